"""Restoring the booth database from a backup, with the current file kept as a backup first.

A restore replaces the one file that holds the booth's sales, so it refuses anything doubtful
before touching it: the chosen file must be an SQLite database that passes integrity_check, have
the booth's tables, and carry a schema revision this version of the app knows (an older one is
fine: the app migrates it on the next open, after its own backup; a newer one is refused).

Nothing may have the database open meanwhile: ``restore`` takes the data directory's instance
lock, so it refuses while the app runs (the GUI closes its database first, then restores, then
opens the restored file afresh).

Never half-written. The chosen file is copied (with its -wal, if one lies beside it) to a
staging name in the data directory and checked there; the source is only read. Then:
1. the current booth.db is copied to backups/ (``booth-…-before-restore.db``, by the backup
   API, or byte for byte with its -wal when it is too damaged for that) and fsynced;
2. its counters are carried over (``_carry_counters``: numbers never go back), and its
   -wal/-shm/-journal are removed: SQLite would otherwise replay the old
   file's log into the new one;
3. the staging file is renamed over booth.db (atomic) and the directory fsynced.
A crash before 3 leaves the old booth.db (at worst without WAL frames it had not checkpointed,
which step 1's copy holds); after 3 the restored file is complete.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.config import DEFAULT_TIMEZONE, Paths
from app.db import known_revisions
from app.instance_lock import InstanceLock
from app.services.backups import (
    BEFORE_RESTORE,
    BackupFailed,
    BackupInfo,
    backup_name,
    fsync_dir,
    fsync_file,
    integrity_problems,
    make_backup,
    parse_backup,
)
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError

BOOTH_TABLES = {"alembic_version", "sales", "sale_lines", "outbox", "settings"}
SIDECARS = ("-wal", "-shm", "-journal")
STAGING_NAME = "booth.db.restoring"


class RestoreRefused(ValidationError):
    """The chosen file cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class BackupCheck:
    """What a restore would bring back, for the confirmation the manager reads."""

    path: Path
    info: BackupInfo | None  # kind and time from the file's name, when it is a backup name
    revision: str
    sales: int
    last_sale_utc: datetime | None


@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    kept: Path | None  # the copy of the database that was replaced (None: there was none)


def check_backup(source: Path, scratch: Path, tz: str = DEFAULT_TIMEZONE) -> BackupCheck:
    """Check a file without changing it: copied to ``scratch`` (a folder), checked, deleted."""
    staging = scratch / f".check-{source.name}"
    try:
        return _stage(source, staging, tz)
    finally:
        _remove_with_sidecars(staging)


def restore(paths: Paths, source: Path, now: datetime | None = None,
            tz: str = DEFAULT_TIMEZONE) -> RestoreResult:
    """Replace booth.db with ``source`` (see the module docstring); refuses while the app runs."""
    source = Path(source)
    if source.resolve() == paths.database.resolve():
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("errors", "Tệp {path} là chính cơ sở dữ liệu đang dùng"),
            path=str(source),
        )
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(paths.lock_file)
    try:
        lock.acquire()
    except StateError:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "OCOP Booth đang chạy với thư mục dữ liệu {path}: hãy đóng ứng dụng rồi khôi "
                "phục lại.",
            ),
            path=str(paths.data_dir),
        ) from None
    staging = paths.data_dir / STAGING_NAME
    try:
        check = _stage(source, staging, tz)
        kept = _keep_current(paths, now, tz)
        _carry_counters(paths.database, staging)
        try:
            for suffix in SIDECARS:
                Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
            fsync_file(staging)
            staging.replace(paths.database)
            fsync_dir(paths.data_dir)
        except OSError as exc:
            raise BackupFailed(
                QT_TRANSLATE_NOOP("errors", "Không thay được {path}: {detail}"),
                path=str(paths.database),
                detail=exc.strerror or str(exc),
            ) from None
        return RestoreResult(check, kept)
    finally:
        _remove_with_sidecars(staging)
        lock.release()


def _stage(source: Path, staging: Path, tz: str) -> BackupCheck:
    """Copy ``source`` (and a -wal beside it) to ``staging``, check it, make it one file."""
    where = {"path": str(source)}
    if not source.is_file():
        raise RestoreRefused(QT_TRANSLATE_NOOP("errors", "Không có tệp {path}"), **where)
    _remove_with_sidecars(staging)
    try:
        shutil.copyfile(source, staging)
        wal = Path(f"{source}-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            shutil.copyfile(wal, Path(f"{staging}-wal"))
    except OSError as exc:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("errors", "Không đọc được tệp {path}: {detail}"),
            detail=exc.strerror or str(exc),
            **where,
        ) from None
    try:
        problems = integrity_problems(staging)
        conn = sqlite3.connect(staging)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not BOOTH_TABLES <= tables:
                raise RestoreRefused(
                    QT_TRANSLATE_NOOP("errors", "Tệp {path} không phải dữ liệu của OCOP Booth"),
                    **where,
                )
            if problems:
                raise RestoreRefused(
                    QT_TRANSLATE_NOOP(
                        "errors", "Tệp {path} bị hỏng (kiểm tra toàn vẹn: {detail})"
                    ),
                    detail="; ".join(problems[:3]),
                    **where,
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else ""
            if revision not in known_revisions():
                raise RestoreRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Tệp {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}): hãy "
                        "cập nhật OCOP Booth trước khi khôi phục.",
                    ),
                    revision=revision or "?",
                    **where,
                )
            sales, last = conn.execute("SELECT count(*), max(created_utc) FROM sales").fetchone()
            conn.execute("PRAGMA journal_mode=DELETE")  # fold a copied -wal in: one file
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise RestoreRefused(
                QT_TRANSLATE_NOOP("errors", "Tệp {path} không phải cơ sở dữ liệu"), **where
            ) from None
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("errors", "Tệp {path} bị hỏng (kiểm tra toàn vẹn: {detail})"),
            detail=str(exc),
            **where,
        ) from None
    return BackupCheck(source, parse_backup(source, tz), revision, sales, _utc(last))


def _keep_current(paths: Paths, now: datetime | None, tz: str) -> Path | None:
    """Step 1: the database about to be replaced, copied to backups/ (None if there is none)."""
    current = paths.database
    if not current.is_file() or current.stat().st_size == 0:
        return None
    try:
        return make_backup(paths, BEFORE_RESTORE, now=now, tz=tz).path
    except BackupFailed:
        pass  # too damaged for the backup API (often why one restores): keep its bytes
    taken = (now or now_utc()).astimezone(ZoneInfo(tz))
    target = paths.backups / backup_name(BEFORE_RESTORE, taken, "raw", seconds=True)
    try:
        paths.backups.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            if Path(f"{current}{suffix}").is_file():
                shutil.copyfile(Path(f"{current}{suffix}"), Path(f"{target}{suffix}"))
                fsync_file(Path(f"{target}{suffix}"))
        fsync_dir(paths.backups)
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Không ghi được bản sao lưu vào {folder}: {detail}"),
            folder=str(paths.backups),
            detail=exc.strerror or str(exc),
        ) from None
    return target


def _carry_counters(current: Path, staging: Path) -> None:
    """Numbers never go back: the restored file's counters (sale and refund numbers, shift
    numbers, the outbox sequence) are raised to those of the file it replaces, so a receipt
    number printed after the backup was made is never printed again for another sale. A file
    too damaged to read them from is skipped (its numbers are in the copy kept aside)."""
    if not current.is_file():
        return
    try:
        conn = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
        try:
            counters = conn.execute("SELECT name, value FROM counters").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return
    conn = sqlite3.connect(staging)
    try:
        with conn:
            for name, value in counters:
                conn.execute(
                    "INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) "
                    "DO UPDATE SET value = max(value, excluded.value)",
                    (name, value),
                )
    except sqlite3.Error as exc:
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("errors", "Không đọc được tệp {path}: {detail}"),
            path=str(staging),
            detail=str(exc),
        ) from None
    finally:
        conn.close()


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _utc(text: str | None) -> datetime | None:
    """sales.created_utc as stored (ISO text in UTC), as an aware datetime."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        return None
