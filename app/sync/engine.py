"""One sync cycle: check the hub, read its clock, push the outbox, pull the catalog.

Qt-free and blocking: the desktop app runs ``SyncEngine(db).run_cycle()`` on a worker thread
and schedules the next one after ``report.next_delay_s`` (30 s while it works, exponential
backoff with full jitter up to 5 minutes while it fails, never sooner than Retry-After);
``ocop-booth sync`` runs one cycle in the foreground. ``SEND_LOCK`` makes sure only one cycle
talks to the hub at a time in this process (a second instance of the app on the same data
directory is already refused by the instance lock).

Exactly-once comes from the protocol, not from luck: a fact is marked sent only after the
hub's 200 names it ``inserted`` or ``duplicate``; any other outcome leaves it pending and the
same bytes are sent again later (the hub answers ``duplicate``). A fact the hub refuses
(403/409/422) is set aside for a person; one it defers (424: the sale it names is not held
yet) stays queued for the next cycle (app/sync/wire.py, ``record_answer``). Sales never wait
for any of this: they are committed locally and only queued here.

``SyncEngine.cancel()`` ends a cycle between two exchanges without counting it as a failure:
the app calls it when closing.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.db import Database
from app.models import OutboxEntry, SyncState
from app.services import settings as booth_settings
from app.services.errors import BoothError
from app.services.sync_state import (
    STATE_ID,
    problem_json,
    state_row,
)
from app.sync import errors
from app.sync.catalog_apply import apply_page
from app.sync.cycle_report import SYNC_INTERVAL_S, CycleReport, retry_delay
from app.sync.protocol import MAX_BATCH, HubInfo, UploadResponse
from app.sync.transport import ClockSample, HubClient
from app.sync.wire import (
    BatchOutcome,
    WireFact,
    encode_batch,
    freeze_pending,
    next_batch,
    record_answer,
    set_aside,
)

log = logging.getLogger("ocop_booth.sync")

SEND_LOCK = threading.Lock()  # one sender per process
MAX_PAGES_PER_CYCLE = 10_000
UPLOAD_DEPTH = 2  # batches on the wire at once
ClientFactory = Callable[[str, str | None, str | None], HubClient]


def default_client(url: str, token: str | None, ca_file: str | None) -> HubClient:
    return HubClient(url, token, ca_file)


class CycleCancelled(Exception):  # noqa: N818 - a request, not a fault
    """Raised at a check point after ``SyncEngine.cancel()``; never leaves ``run_cycle``."""


class SyncEngine:
    """Runs sync cycles for one database. Cheap to make; holds no connection between cycles.

    ``cancel`` (or the ``cancel()`` method) stops cycles cooperatively: a running cycle
    checks it before each batch and each catalog page, so it ends after the exchange under way
    with everything answered so far recorded. It stays set (a closing app must not have it
    cleared under it): every later cycle returns at once, cancelled, until its owner clears it.
    """

    def __init__(self, db: Database, *, client_factory: ClientFactory = default_client,
                 now: Callable[[], datetime] | None = None, rng: random.Random | None = None,
                 batch_size: int = MAX_BATCH, page_size: int = 500,
                 cancel: threading.Event | None = None, upload_depth: int = UPLOAD_DEPTH) -> None:
        self.db = db
        self.cancelled = cancel if cancel is not None else threading.Event()
        self._client_factory = client_factory
        self._now = now or (lambda: datetime.now(UTC))
        self._rng = rng
        self.batch_size = min(batch_size, MAX_BATCH)
        self.page_size = page_size
        self.upload_depth = max(1, upload_depth)

    def cancel(self) -> None:
        """Ask the running cycle (and every later one) to stop at its next check point."""
        self.cancelled.set()

    def run_cycle(self, *, upload: bool = True, download: bool = True,
                  wait: bool = False) -> CycleReport:
        """One full cycle. Never raises a SyncError: failures are in the report and the state.
        With ``wait`` false a cycle already running elsewhere makes this one return at once
        (``skipped``), which is what a "sync now" button wants.

        A cancelled cycle (``report.cancelled``) is neither a success nor a failure: the
        failure count, the last error and the backoff stay as they were. A dropped
        connection after a cancel counts as the cancel: the owner cut the exchange short to
        stop, as the app does when closing while a request hangs."""
        report = CycleReport(started_utc=self._now())
        if not SEND_LOCK.acquire(blocking=wait):
            report.skipped = True
            report.next_delay_s = SYNC_INTERVAL_S
            return report
        sample: ClockSample | None = None
        try:
            with self.db.read() as session:
                state = session.get(SyncState, STATE_ID)
                url = state.hub_url if state else None
                token = state.device_token if state else None
                ca_file = state.ca_file if state else None
                reenroll = bool(state and state.needs_reenroll)
            if not token or not url:
                raise errors.not_enrolled()
            if reenroll:
                raise errors.needs_reenrollment()
            self._check_cancel()
            with self._client_factory(url, token, ca_file) as client:
                info = client.info()
                self._check_versions(info)
                sample = client.clock(self._now)
                report.clock_offset_s = sample.offset_ms / 1000
                if upload:
                    self._upload(client, report)
                if download:
                    self._download(client, report)
            report.ok = True
        except CycleCancelled:
            report.cancelled = True
        except BoothError as exc:
            if self.cancelled.is_set() and isinstance(exc, errors.HubUnreachable):
                report.cancelled = True
            else:
                report.error = exc
        finally:
            try:
                self._finish(report, sample)
            finally:
                SEND_LOCK.release()
        return report

    # ------------------------------------------------------------------ steps
    def _check_cancel(self) -> None:
        if self.cancelled.is_set():
            raise CycleCancelled

    def _check_versions(self, info: HubInfo) -> None:
        """Every (kind, payload version) still queued must be one the hub accepts; otherwise
        nothing is sent (it would all be refused as invalid and set aside for nothing)."""
        with self.db.read() as session:
            pairs = session.execute(
                select(OutboxEntry.kind, OutboxEntry.payload_version)
                .where(OutboxEntry.status == "pending").distinct()
            ).all()
        for kind, version in pairs:
            if version not in info.payload_versions.get(kind, []):
                raise errors.incompatible(f"{kind} v{version}")

    def _upload(self, client: HubClient, report: CycleReport) -> None:
        """Batch after batch, up to ``upload_depth`` requests at a time, with the local work
        beside the network.

        Up to ``upload_depth`` batches are on the wire at once (the hub may work on them in
        parallel: several workers, or one parsing while another writes). Answers are taken in
        the order the batches went out. One helper thread does every local step, in the order
        given: record an answer, read and encode the next batch (the facts after the last seq
        sent). So the hub never waits for an fsync, a fact is marked sent only after the hub
        answered for it, and no batch holds a fact of another batch still unanswered. Every
        recording is waited for, and its error raised, before this returns; a crash anywhere
        in between only leaves facts pending, to be sent again (the hub answers
        ``duplicate``).
        """
        zone = ZoneInfo(booth_settings.load(self.db).timezone)
        recording: Future[BatchOutcome] | None = None
        flight: deque[tuple[list[WireFact], Future[UploadResponse]]] = deque()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-local") as local, \
                ThreadPoolExecutor(max_workers=self.upload_depth,
                                   thread_name_prefix="sync-send") as send:
            batch: Future[tuple[list[WireFact], bytes]] | None = local.submit(
                self._read_batch, self.batch_size, zone, None)

            def record(outcome: Callable[[], BatchOutcome]) -> None:
                nonlocal recording
                done, recording = recording, local.submit(outcome)
                self._collect(done, report)

            try:
                while True:
                    while batch is not None and len(flight) < self.upload_depth \
                            and not self.cancelled.is_set():
                        facts, body = batch.result()
                        if not facts:
                            batch = None
                            break
                        batch = local.submit(self._read_batch, self.batch_size, zone,
                                             facts[-1].seq)
                        flight.append((facts, send.submit(client.upload, body)))
                    if not flight:
                        self._check_cancel()
                        return
                    facts, answer = flight.popleft()
                    try:
                        result = answer.result()
                    except errors.BatchTooLarge:
                        if len(facts) > 1:  # the same facts again, in two halves...
                            self._settle(flight, record)  # ...once the later ones are in
                            if batch is not None:
                                self._drop(batch)
                            half = max(1, len(facts) // 2)  # from its first seq on:
                            batch = local.submit(self._read_batch, half, zone, facts[0].seq - 1)
                            continue
                        # One fact too large alone: set aside; the read-ahead stays valid.
                        record(partial(self._set_aside_too_large, facts[0].id))
                        continue
                    except BaseException:
                        self._settle(flight, record)
                        raise
                    record(partial(record_answer, self.db, facts, result, self._now()))
            finally:
                if batch is not None:
                    self._drop(batch)
                self._collect(recording, report)

    def _settle(self, flight: deque[tuple[list[WireFact], Future[UploadResponse]]],
                record: Callable[[Callable[[], BatchOutcome]], None]) -> None:
        """Wait for the requests still on the wire and record those the hub answered (the
        others stay pending: sent again later, the hub answers ``duplicate``)."""
        while flight:
            facts, answer = flight.popleft()
            try:
                result = answer.result()
            except Exception:  # noqa: BLE001 - left pending; the cycle's error is elsewhere
                log.debug("an upload in flight failed too", exc_info=True)
                continue
            record(partial(record_answer, self.db, facts, result, self._now()))

    def _read_batch(self, size: int, zone: ZoneInfo, after_seq: int | None
                    ) -> tuple[list[WireFact], bytes]:
        """The next batch, gzipped. Facts are frozen only when the frozen ones run short:
        every fact queued after a freeze has a higher seq than all it froze (seqs are taken
        in commit order), so the send order is the same as freezing before every batch,
        without the check's scan of the whole queue each time."""
        facts = next_batch(self.db, size, after_seq)
        if len(facts) < size and freeze_pending(self.db):
            facts = next_batch(self.db, size, after_seq)
        return facts, (encode_batch(facts, zone) if facts else b"")

    @staticmethod
    def _collect(recording: Future[BatchOutcome] | None, report: CycleReport) -> None:
        """Wait for a recording and count it in the report; its error is the cycle's."""
        if recording is not None:
            outcome = recording.result()
            report.sent.update(outcome.sent)
            report.duplicates += outcome.duplicates
            report.rejected += outcome.rejected
            report.deferred += len(outcome.deferred)

    @staticmethod
    def _drop(batch: Future[Any]) -> None:
        """A batch read ahead that will not be sent: wait for the read, ignore its outcome."""
        try:
            batch.result()
        except Exception:  # noqa: BLE001 - the batch is read again before any send
            log.debug("read-ahead batch dropped", exc_info=True)

    def _set_aside_too_large(self, fact_id: str) -> BatchOutcome:
        reason = json.dumps({"status": "too_large", "code": 413,
                             "detail": "larger than the hub accepts"})
        with self.db.write() as session:
            set_aside(session, [{"b_id": fact_id, "b_reason": reason}])
        return BatchOutcome(rejected=[(fact_id, "too_large", "larger than the hub accepts")])

    def _download(self, client: HubClient, report: CycleReport) -> None:
        with self.db.read() as session:
            state = session.get(SyncState, STATE_ID)
            cursor = state.cursor if state else None
        for _ in range(MAX_PAGES_PER_CYCLE):
            self._check_cancel()
            try:
                page = client.changes(cursor, self.page_size)
            except errors.BadCursor:
                if cursor is None:
                    raise
                cursor = None  # the hub forgot our place: take a snapshot
                continue
            applied = apply_page(self.db, page, self._now())
            report.downloaded.update(applied.counts)
            report.refused += applied.refused
            report.snapshot = report.snapshot or page.snapshot
            if not page.has_more:
                return
            if page.cursor == cursor and not page.changes:
                raise errors.incompatible("changes feed does not advance")
            cursor = page.cursor
        raise errors.incompatible("changes feed does not end")

    def _finish(self, report: CycleReport, sample: ClockSample | None) -> None:
        """Record the outcome in one transaction; work out when to try again."""
        now = self._now()
        report.finished_utc = now
        error = report.error
        with self.db.write() as session:
            state = state_row(session)
            report.pending = session.scalar(
                select(func.count()).select_from(OutboxEntry)
                .where(OutboxEntry.status == "pending")) or 0
            if isinstance(error, errors.NotEnrolled):
                report.next_delay_s = None
                return
            state.last_attempt_utc = now
            if sample is not None:
                state.clock_offset_ms = sample.offset_ms
                state.clock_checked_utc = now
            if report.cancelled or (error is None and not report.ok):
                # Cancelled, or cut short by an exception that is not a sync error (Ctrl+C, a
                # bug): neither a success nor a hub failure. The schedule goes on as the last
                # finished cycle left it.
                report.next_delay_s = retry_delay(state.failures or 0, rng=self._rng)
            elif error is None:
                state.last_success_utc = now
                state.failures = 0
                state.last_error = None
                report.next_delay_s = SYNC_INTERVAL_S
            else:
                kind = getattr(error, "kind", "error")
                state.failures = (state.failures or 0) + 1
                state.last_error = problem_json(kind, error.template, error.params, now)
                if kind == "reenroll":
                    state.needs_reenroll = True
                    report.next_delay_s = None
                else:
                    retry_after = getattr(error, "retry_after", None)
                    report.next_delay_s = retry_delay(state.failures, retry_after, self._rng)
        log.info("sync cycle ok=%s cancelled=%s sent=%d rejected=%d downloaded=%d "
                 "refused=%d pending=%d error=%s", report.ok, report.cancelled,
                 sum(report.sent.values()), len(report.rejected),
                 sum(report.downloaded.values()), len(report.refused), report.pending,
                 report.error_kind)
