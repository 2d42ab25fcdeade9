"""Receipts waiting for the receipt printer: a spool folder, sent in order, kept until printed.

Why a spool folder (DATA_DIR/print-spool, one small JSON file per job) and not a table:
- A print job belongs to this laptop and the printer on its cable, not to the booth's books.
  In booth.db it would travel with every backup, and restoring yesterday's backup would
  print yesterday's queue again; the hub must never see it either.
- Its rows would need a migration and a model for something that lives for seconds.
- The sale itself is the durable fact: checkout has committed it before a job exists, and the
  job names the sale, not its bytes. A job lost between the two (the laptop dies in that
  instant) loses no receipt: it is reprinted from the sale.
Each file is written to a temporary name, fsynced and renamed, so a crash leaves the old job
or the new one, never half of one; one process owns the data directory (instance lock), so
one worker owns the folder.

Jobs go out oldest first, and the first one the printer refuses stops the round: the
printer is off or out of paper, and the receipts behind it keep their order. The drawer pulse
of a cash sale is sent only while the sale is fresh (KICK_WINDOW_S): a printer switched on ten
minutes later prints the receipt but does not throw the till open in front of nobody.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from app.db import Database
from app.ids import uuid7
from app.printing import escpos
from app.printing.transports import send
from app.services import receipt_printing
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, BoothError, NotFoundError, StateError
from app.services.printer_settings import load as load_printer

KICK_WINDOW_S = 120
KINDS = ("sale", "refund", "drawer")


@dataclass(frozen=True)
class PrintJob:
    id: str  # uuid7: time-ordered, so file names sort in the order jobs were made
    kind: str  # "sale" (ref = sale id), "refund" (ref = refund number), "drawer" (pulse only)
    ref: str
    number: str  # what the cashier reads: the sale or refund number
    created_utc: str  # ISO time
    open_drawer: bool
    attempts: int = 0
    last_error: str = ""

    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_utc)


@dataclass(frozen=True)
class QueueState:
    """After a round: what printed, what still waits, and why (None when nothing waits)."""

    printed: tuple[str, ...]
    waiting: tuple[str, ...]
    problem: BoothError | None

    @property
    def ok(self) -> bool:
        return not self.waiting


def waiting_problem(waiting: tuple[str, ...], cause: BoothError | None) -> StateError:
    """The one line the cashier sees: which receipt waits, never a traceback."""
    params: dict[str, object] = {"detail": cause.text if cause else ""}
    if len(waiting) == 1:
        return StateError(
            QT_TRANSLATE_NOOP("errors",
                              "Máy in hóa đơn không phản hồi — hóa đơn {number} đang chờ in"),
            number=waiting[0], **params)
    return StateError(
        QT_TRANSLATE_NOOP("errors", "Máy in hóa đơn không phản hồi — {count} hóa đơn đang chờ "
                          "in, mới nhất {number}"),
        count=len(waiting), number=waiting[-1], **params)


class PrintSpool:
    """The folder of waiting jobs. Not thread-safe by design: one print worker owns it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, job_id: str) -> Path:
        return self.folder / f"{job_id}.json"

    def _write(self, job: PrintJob) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(job.id)
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "wb") as handle:
            handle.write(json.dumps(asdict(job), ensure_ascii=False).encode())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _sync_folder(self.folder)

    def add(self, kind: str, ref: str, number: str, open_drawer: bool,
            at: datetime | None = None) -> PrintJob:
        if kind not in KINDS:
            raise ValueError(f"unknown print job kind {kind!r}")
        job = PrintJob(uuid7(), kind, ref, number, (at or now_utc()).isoformat(), open_drawer)
        self._write(job)
        return job

    def jobs(self) -> list[PrintJob]:
        """Waiting jobs, oldest first; leftovers of an interrupted write are dropped."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.iterdir()):
            if path.suffix == ".part":
                path.unlink(missing_ok=True)
                continue
            if path.suffix != ".json":
                continue
            try:
                found.append(PrintJob(**json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                path.rename(path.with_suffix(".bad"))  # kept for support, never retried
        return found

    def waiting(self) -> tuple[str, ...]:
        return tuple(job.number for job in self.jobs() if job.kind != "drawer")

    def update(self, job: PrintJob) -> None:
        self._write(job)

    def remove(self, job_id: str) -> None:
        self._path(job_id).unlink(missing_ok=True)

    def clear(self) -> int:
        """The cashier gave up on the waiting receipts (they stay reprintable from the sale)."""
        jobs = self.jobs()
        for job in jobs:
            self.remove(job.id)
        return len(jobs)


def _sync_folder(folder: Path) -> None:
    """The rename itself must reach the disk (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def queue_sale(db: Database, spool: PrintSpool, sale_id: str, number: str,
               reprint: bool = False) -> PrintJob | None:
    """After a sale (or when the cashier asks for a reprint): the job, or None when there is
    nothing for the printer. The receipt prints when auto-print is on or it is a reprint; a
    first-time cash sale opens the drawer even with auto-print off."""
    settings = load_printer(db)
    if not settings.configured:
        return None
    drawer = (not reprint and settings.drawer_on_cash
              and receipt_printing.took_cash(db, sale_id))
    if reprint or settings.auto_print:
        return spool.add("sale", sale_id, number, drawer)
    if drawer:
        return spool.add("drawer", sale_id, number, True)
    return None


def _job_bytes(db: Database, job: PrintJob, width_mm: int, now: datetime) -> bytes | None:
    fresh = now - job.created() <= timedelta(seconds=KICK_WINDOW_S)
    drawer = job.open_drawer and fresh
    if job.kind == "drawer":
        return escpos.job(None, open_drawer=True) if drawer else None
    return receipt_printing.receipt_job(db, job.kind, job.ref, width_mm, drawer)


def print_pending(db: Database, spool: PrintSpool, now: datetime | None = None,
                  timeout: float | None = None) -> QueueState:
    """One round: send waiting jobs in order until the printer refuses one. Safe to call
    from a worker thread (its own sessions, no Qt); never raises for a printer problem."""
    settings = load_printer(db)
    printed: list[str] = []
    for job in spool.jobs():
        now_ = now or now_utc()
        try:
            data = _job_bytes(db, job, settings.paper_mm, now_)
        except NotFoundError:
            data = None  # its sale is gone (an older backup was restored): nothing to print
        if data is None:
            spool.remove(job.id)
            continue
        try:
            target = settings.target()
            send(target, data, **({"timeout": timeout} if timeout else {}))
        except BoothError as error:  # PrinterError, or a URI that no longer parses
            spool.update(replace(job, attempts=job.attempts + 1, last_error=error.text))
            waiting = spool.waiting()
            return QueueState(tuple(printed), waiting,
                              waiting_problem(waiting, error) if waiting else error)
        spool.remove(job.id)
        if job.kind != "drawer":
            printed.append(job.number)
    return QueueState(tuple(printed), (), None)
