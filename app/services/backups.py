"""Backups of the booth file: consistent, checked, readable names, pruned on a schedule.

Why: until it syncs, booth.db is the only record of what the booth sold; a laptop that dies at
a fair must not take the week with it. So a copy is made every day the app starts and at every
shift close, and a manager can put one on a USB stick at any time.

Consistent: SQLite's online backup API copies the whole database in one step, i.e. under one
read snapshot. A copy made while the till writes sales holds every sale committed before the
snapshot, whole, and nothing of the ones after; in WAL mode that reader never blocks the till.
Never half-written: the copy goes to a hidden temporary name in the target folder, is switched
to rollback-journal mode (one self-contained file, no -wal beside it on a USB stick), passes
PRAGMA integrity_check, is fsynced, and only then is renamed to its final name. A file with a
backup name is therefore always a complete, checked database; a failed check deletes the copy
and raises BackupFailed.

Names, in the booth's local time so staff can read them (the restore dialog shows the same):
``booth-2026-11-24-0930-daily.db``, ``booth-2026-11-24-1730-shift-BL03-C0004.db``,
``booth-2026-11-24-1012-manual.db``, ``booth-2026-11-24-1100-before-restore.db``; seconds are
added when a name of that minute is taken. app/db.py's copies made before a migration
(``booth-20261124-093000-123456-before-<revision>.db``) are listed as kind "migration".

Retention (``plan_retention``) applies to automatic backups only (daily and shift); manual,
before-restore and migration copies are never deleted here. Kept, like restic's
``--keep-daily 7 --keep-weekly 4``: the newest automatic backup of each of the 7 most recent
local days that have one, the newest of each of the 4 most recent ISO weeks that have one, every
shift-close backup made on one of those 7 days, and always the newest backup. Counting days
that have backups (not calendar days back from today) means a laptop left in a drawer for a
month still has its last week of copies when it is switched on again.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.config import DEFAULT_TIMEZONE, Paths
from app.db import BUSY_TIMEOUT_MS, Database
from app.models import Staff
from app.services.auth import StaffInfo
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, StateError

DAILY, SHIFT, MANUAL, BEFORE_RESTORE = "daily", "shift", "manual", "before-restore"
MIGRATION, OTHER = "migration", "other"
AUTOMATIC = (DAILY, SHIFT)
KEEP_DAYS = 7
KEEP_WEEKS = 4
PART_SUFFIX = ".part"
STALE_PART_SECONDS = 24 * 3600  # a temporary copy this old was left by a crash

_NAME = re.compile(
    r"^booth-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})?-"
    r"(daily|shift|manual|before-restore)(?:-(.+))?\.db$"
)
_MIGRATION_NAME = re.compile(r"^booth-(\d{8})-(\d{6})-\d+-before-(.+)\.db$")
_LABEL_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class BackupFailed(StateError):
    """No backup was made (the folder cannot be written, or the copy failed its check)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # DAILY, SHIFT, MANUAL, BEFORE_RESTORE, MIGRATION or OTHER
    label: str  # the shift number, the migrated revision, or ""
    taken: datetime  # aware, in the booth's time zone
    size: int

    @property
    def automatic(self) -> bool:
        return self.kind in AUTOMATIC


def backup_name(kind: str, taken: datetime, label: str = "", seconds: bool = False) -> str:
    """``booth-YYYY-MM-DD-HHMM[SS]-kind[-label].db`` for a local time ``taken``."""
    stamp = taken.strftime("%Y-%m-%d-%H%M%S" if seconds else "%Y-%m-%d-%H%M")
    safe = _LABEL_UNSAFE.sub("-", label).strip("-")
    return f"booth-{stamp}-{kind}{'-' + safe if safe else ''}.db"


def parse_backup(path: Path, tz: str = DEFAULT_TIMEZONE) -> BackupInfo | None:
    """What a file in a backups folder is, from its name (its mtime when the name says
    nothing); None for a file that is not a database copy (a sidecar, a temporary copy)."""
    name = path.name
    if not name.endswith(".db") or name.startswith("."):
        return None
    zone = ZoneInfo(tz)
    try:
        size = path.stat().st_size
        match = _NAME.match(name)
        if match:
            y, mo, d, h, mi, s, kind, label = match.groups()
            taken = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=zone)
            return BackupInfo(path, kind, label or "", taken, size)
        match = _MIGRATION_NAME.match(name)
        if match:
            naive = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
            return BackupInfo(path, MIGRATION, match[3], naive.replace(tzinfo=zone), size)
        taken = datetime.fromtimestamp(path.stat().st_mtime, zone)
    except (OSError, ValueError):
        return None
    return BackupInfo(path, OTHER, "", taken, size)


def list_backups(folder: Path, tz: str = DEFAULT_TIMEZONE) -> list[BackupInfo]:
    """Every database copy in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if p.is_file() and (info := parse_backup(p, tz))]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def integrity_problems(path: Path) -> list[str]:
    """PRAGMA integrity_check of a file that nothing else has open; [] when it is sound."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:  # damaged beyond what the check can walk
        if "not a database" in str(exc):
            raise
        return [str(exc)]
    finally:
        conn.close()
    problems = [str(r[0]) for r in rows]
    return [] if problems == ["ok"] else problems


def copy_database(source: Path, target: Path) -> Path:
    """A consistent, checked copy of the (possibly live) database ``source`` at ``target``.

    ``target`` either appears complete and checked, or not at all (see the module docstring).
    """
    if not source.is_file():
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Không có cơ sở dữ liệu ở {path}"), path=str(source)
        )
    if target.resolve() in {source.resolve(), Path(f"{source.resolve()}-wal")}:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Không thể sao lưu đè lên chính cơ sở dữ liệu {path}"),
            path=str(source),
        )
    part = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}{PART_SUFFIX}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)  # pages=-1: the whole file in one step, one read snapshot
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(part)
        if problems:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Bản sao lưu không qua kiểm tra toàn vẹn ({detail}) nên đã bị xóa. Dữ liệu "
                    "đang dùng có thể đã hỏng: hãy giữ nguyên máy và gọi hỗ trợ.",
                ),
                detail="; ".join(problems[:3]),
            )
        fsync_file(part)
        os.replace(part, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Không sao lưu được {path}: {detail}"),
            path=str(source),
            detail=str(exc),
        ) from None
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("errors", "Không ghi được bản sao lưu vào {folder}: {detail}"),
            folder=str(target.parent),
            detail=exc.strerror or str(exc),
        ) from None
    finally:
        for leftover in (part, Path(f"{part}-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass  # the folder itself is gone (a USB stick pulled out): nothing to tidy
    return target


def make_backup(
    paths: Paths,
    kind: str,
    label: str = "",
    folder: Path | None = None,
    now: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> BackupInfo:
    """A checked copy of the booth database named for ``kind`` and the local time, in
    ``folder`` (the data dir's backups/ by default)."""
    folder = folder or paths.backups
    taken = (now or now_utc()).astimezone(ZoneInfo(tz))
    target = folder / backup_name(kind, taken, label)
    if target.exists():
        target = folder / backup_name(kind, taken, label, seconds=True)
    n = 2
    while target.exists():
        target = folder / backup_name(kind, taken, f"{label}-{n}" if label else str(n), True)
        n += 1
    copy_database(paths.database, target)
    info = parse_backup(target, tz)
    assert info is not None
    return info


def export_backup(paths: Paths, folder: Path, now: datetime | None = None,
                  tz: str = DEFAULT_TIMEZONE) -> BackupInfo:
    """'Sao lưu ngay': a manual copy into a folder the manager chose (a USB stick)."""
    return make_backup(paths, MANUAL, folder=folder, now=now, tz=tz)


def backup_after_shift_close(paths: Paths, shift_number: str, now: datetime | None = None,
                             tz: str = DEFAULT_TIMEZONE) -> BackupInfo:
    """The copy made when a shift closes, then the old automatic copies pruned.

    Called by the application layer after close_shift() returned, so a failed backup can be
    shown but never undoes or blocks the closing.
    """
    info = make_backup(paths, SHIFT, label=shift_number, now=now, tz=tz)
    prune(paths.backups, tz)
    return info


def ensure_daily_backup(paths: Paths, now: datetime | None = None,
                        tz: str = DEFAULT_TIMEZONE) -> BackupInfo | None:
    """Today's automatic copy if there is none yet (at app start); None when there was one."""
    today = (now or now_utc()).astimezone(ZoneInfo(tz)).date()
    if any(b.automatic and b.taken.date() == today for b in list_backups(paths.backups, tz)):
        return None
    if not paths.database.is_file():
        return None
    info = make_backup(paths, DAILY, now=now, tz=tz)
    prune(paths.backups, tz)
    return info


def plan_retention(backups: list[BackupInfo]) -> set[Path]:
    """The automatic backups to keep (see the module docstring); the rest may be deleted."""
    auto = sorted((b for b in backups if b.automatic), key=lambda b: b.taken, reverse=True)
    if not auto:
        return set()
    newest_per_day: dict[date, BackupInfo] = {}
    newest_per_week: dict[tuple[int, int], BackupInfo] = {}
    for b in auto:  # newest first, so the first seen of a day or week is its newest
        newest_per_day.setdefault(b.taken.date(), b)
        newest_per_week.setdefault(tuple(b.taken.isocalendar())[:2], b)  # type: ignore[arg-type]
    kept_days = sorted(newest_per_day, reverse=True)[:KEEP_DAYS]
    kept_weeks = sorted(newest_per_week, reverse=True)[:KEEP_WEEKS]
    keep = {auto[0].path}
    keep |= {newest_per_day[d].path for d in kept_days}
    keep |= {newest_per_week[w].path for w in kept_weeks}
    window = set(kept_days)
    keep |= {b.path for b in auto if b.kind == SHIFT and b.taken.date() in window}
    return keep


def prune(folder: Path, tz: str = DEFAULT_TIMEZONE) -> list[Path]:
    """Delete the automatic backups retention does not keep, and temporary copies left by a
    crash; returns what was deleted. Other kinds of copies are never touched."""
    backups = list_backups(folder, tz)
    keep = plan_retention(backups)
    removed = []
    for b in backups:
        if b.automatic and b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    cutoff = time.time() - STALE_PART_SECONDS
    for part in folder.glob(f".booth-*{PART_SUFFIX}") if folder.is_dir() else ():
        try:
            if part.stat().st_mtime < cutoff:
                part.unlink(missing_ok=True)
                removed.append(part)
        except OSError:
            pass
    return removed


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":  # pragma: no cover - Windows builds only
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def require_manager(db: Database, by: StaffInfo | None, action: str) -> None:
    """Backups hold every sale and PIN hash, and a restore rewinds the booth: a manager's job.

    As for the settings, a fresh install with no staff yet may be set up by anyone (restoring
    a new laptop from a USB stick is how a replacement laptop starts).
    """
    with db.read() as session:
        has_staff = session.scalar(select(func.count()).select_from(Staff)) or 0
    if has_staff and (by is None or not by.is_manager):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Cần mã PIN của quản lý để {action}"), action=action
        )
