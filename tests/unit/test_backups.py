"""Backups (services.backups): consistent under a running till, checked, named, pruned.

Real files throughout: the booth database of the `db` fixtures, copies written next to it.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.config import Paths
from app.db import Database
from app.models import Product
from app.services import backups
from app.services.backups import BackupFailed, BackupInfo
from app.services.cart import Cart
from app.services.catalog import get_product
from app.services.checkout import PaymentInput, checkout
from app.services.till import Till

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def audit_sales(path: Path, lines_of: Callable[[str], int | None] | None = None) -> int:
    """The file opens, passes integrity_check and holds whole sales only, numbered 1..n
    without a gap (a prefix of what the till wrote); returns n. ``lines_of(number)`` is how
    many lines the writer gave that sale (None: not known)."""
    lines_of = lines_of or expected_lines
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
        rows = conn.execute(
            """
            SELECT s.number, s.total,
                   (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id),
                   (SELECT coalesce(sum(l.total), 0) FROM sale_lines l WHERE l.sale_id = s.id),
                   (SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.sale_id = s.id),
                   (SELECT count(*) FROM outbox o WHERE o.id = s.id AND o.kind = 'sale')
            FROM sales s
            """
        ).fetchall()
        counter = conn.execute(
            "SELECT coalesce(max(value), 0) FROM counters WHERE name = 'sale_number'"
        ).fetchone()[0]
    finally:
        conn.close()
    for number, total, n_lines, lines_sum, paid, facts in rows:
        assert n_lines >= 1 and n_lines == (lines_of(number) or n_lines), number
        assert lines_sum == total and paid >= total and facts == 1, number
    numbers = sorted(int(r[0].rsplit("-", 1)[1]) for r in rows)
    assert numbers == list(range(1, len(rows) + 1))
    assert counter == len(rows)
    return len(rows)


def expected_lines(number: str) -> int:
    """The writer below gives sale n (n % 4) + 1 lines, so a partial sale shows."""
    return int(number.rsplit("-", 1)[1]) % 4 + 1


def test_backup_while_a_till_sells_is_always_a_whole_prefix(
    demo_db: Database, cashier_till: Till, tmp_path: Path
) -> None:
    with demo_db.read() as session:
        ids = list(session.scalars(select(Product.id).where(Product.active)).all())
    products = [p for p in (get_product(demo_db, i) for i in ids) if p and not p.sold_by_weight]
    sold = [0]
    stop = threading.Event()
    failure: list[BaseException] = []

    def sell() -> None:
        try:
            n = 1
            while not stop.is_set():
                cart = Cart()
                for product in products[n % 7: n % 7 + expected_lines(f"x-{n}")]:
                    cart.add(product, 1)
                checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
                sold[0] = n
                n += 1
        except BaseException as exc:  # noqa: BLE001 - reported by the test thread
            failure.append(exc)

    writer = threading.Thread(target=sell, name="till")
    writer.start()
    counts = []
    try:
        for i in range(12):
            before = sold[0]
            while sold[0] < before + 3 and writer.is_alive():  # sales land between copies
                stop.wait(0.005)
            target = tmp_path / "copies" / f"copy-{i}.db"
            backups.copy_database(demo_db.paths.database, target)
            counts.append(audit_sales(target))
    finally:
        stop.set()
        writer.join()
    assert not failure, failure
    assert counts == sorted(counts) and counts[-1] > counts[0] > 0
    assert counts[-1] <= sold[0] + 1
    assert not list((tmp_path / "copies").glob(".*"))  # no temporary copy left behind


def test_names_say_kind_and_local_time(db: Database) -> None:
    taken = datetime(2026, 11, 24, 2, 30, tzinfo=UTC)  # 09:30 in Hạ Long
    daily = backups.make_backup(db.paths, backups.DAILY, now=taken)
    shift = backups.make_backup(db.paths, backups.SHIFT, label="BL03-C0004", now=taken)
    again = backups.make_backup(db.paths, backups.DAILY, now=taken)
    assert daily.path.name == "booth-2026-11-24-0930-daily.db"
    assert shift.path.name == "booth-2026-11-24-0930-shift-BL03-C0004.db"
    assert again.path.name == "booth-2026-11-24-093000-daily.db"  # the minute's name was taken
    assert (shift.kind, shift.label, shift.taken) == ("shift", "BL03-C0004", taken.astimezone(HCM))
    listed = backups.list_backups(db.paths.backups)
    assert {b.path for b in listed} == {daily.path, shift.path, again.path}
    assert all(b.size > 0 for b in listed)
    migration = db.paths.backups / "booth-20261120-081500-123456-before-0004.db"
    migration.write_bytes(b"")
    info = backups.parse_backup(migration)
    assert info is not None and (info.kind, info.label) == ("migration", "0004")
    assert info.taken == datetime(2026, 11, 20, 8, 15, tzinfo=HCM)


def corrupt_copy_source(path: Path) -> None:
    """A database whose fifth page has an invalid b-tree page type: readable, not sound."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("CREATE INDEX t_x ON t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"row {i}" * 20,) for i in range(2000)])
    conn.commit()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[page_size * 4] = 0xFF
    path.write_bytes(bytes(data))


def test_a_copy_that_fails_integrity_check_is_deleted(tmp_path: Path) -> None:
    source = tmp_path / "broken.db"
    corrupt_copy_source(source)
    target = tmp_path / "out" / "copy.db"
    with pytest.raises(BackupFailed, match="không qua kiểm tra toàn vẹn"):
        backups.copy_database(source, target)
    assert not target.exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_backup_refuses_a_missing_database_and_itself(tmp_path: Path, db: Database) -> None:
    with pytest.raises(BackupFailed, match="Không có cơ sở dữ liệu"):
        backups.copy_database(tmp_path / "none.db", tmp_path / "x.db")
    with pytest.raises(BackupFailed, match="đè lên chính"):
        backups.copy_database(db.paths.database, db.paths.database)
    assert db.paths.database.stat().st_size > 0


def test_daily_backup_only_once_a_day(db: Database) -> None:
    morning = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    first = backups.ensure_daily_backup(db.paths, now=morning)
    assert first is not None and first.kind == "daily"
    assert backups.ensure_daily_backup(db.paths, now=morning + timedelta(hours=5)) is None
    # 17:05 UTC is already the next day in Hạ Long
    assert backups.ensure_daily_backup(db.paths, now=morning + timedelta(hours=16)) is not None
    shift = backups.backup_after_shift_close(db.paths, "BL03-C0001", now=morning + timedelta(hours=9))
    assert shift.kind == "shift"
    # the shift copy is now the newest of the 24th, so that day's morning copy goes
    assert _kept_names(db.paths.backups) == {
        "booth-2026-11-24-1700-shift-BL03-C0001.db",
        "booth-2026-11-25-0000-daily.db",
    }


def _kept_names(folder: Path) -> set[str]:
    return {b.path.name for b in backups.list_backups(folder)}


def test_retention_over_sixty_days(db: Database) -> None:
    """A daily copy each morning, a shift copy each evening except Sundays, a manual copy on
    day 3, pruned as the app prunes; then exactly the planned set is left."""
    start = date(2026, 9, 26)  # a Saturday
    manual = None
    for n in range(60):
        day = start + timedelta(days=n)
        morning = datetime(day.year, day.month, day.day, 8, 0, tzinfo=HCM)
        backups.ensure_daily_backup(db.paths, now=morning)
        if day.isoweekday() != 7:
            backups.backup_after_shift_close(db.paths, f"BL03-C{n:04d}", now=morning.replace(hour=17))
        if n == 3:
            manual = backups.make_backup(db.paths, backups.MANUAL, now=morning)
    last = start + timedelta(days=59)  # Tuesday 24/11/2026
    assert last == date(2026, 11, 24)
    expected = set()
    for back in range(7):  # the 7 most recent days: each one's newest copy, its shift copy
        day = last - timedelta(days=back)
        if day.isoweekday() == 7:
            expected.add(f"booth-{day:%Y-%m-%d}-0800-daily.db")
        else:
            expected.add(f"booth-{day:%Y-%m-%d}-1700-shift-BL03-C{(day - start).days:04d}.db")
    # the 4 most recent ISO weeks: this week's newest is today's; the three before end on
    # Sundays 22/11 (already kept), 15/11 and 8/11, whose newest copy is the morning one
    for sunday in (date(2026, 11, 15), date(2026, 11, 8)):
        expected.add(f"booth-{sunday:%Y-%m-%d}-0800-daily.db")
    assert manual is not None
    expected.add(manual.path.name)  # manual copies are never pruned
    assert _kept_names(db.paths.backups) == expected
    assert len(expected) == 7 + 2 + 1


def test_plan_keeps_the_newest_whatever_else(tmp_path: Path) -> None:
    def info(name: str, when: datetime, kind: str = "daily") -> BackupInfo:
        return BackupInfo(tmp_path / name, kind, "", when, 1)

    old = datetime(2026, 1, 1, 9, 0, tzinfo=HCM)
    items = [info(f"b{i}.db", old + timedelta(days=30 * i)) for i in range(12)]
    keep = backups.plan_retention(items)
    # months apart: each copy is the newest of its own day and week; 7 days win
    assert keep == {b.path for b in items[-7:]}
    assert items[-1].path in keep
    only = [info("only.db", old, "shift")]
    assert backups.plan_retention(only) == {only[0].path}
    assert backups.plan_retention([info("m.db", old, "manual")]) == set()


def test_prune_removes_stale_temporary_copies_only(db: Database) -> None:
    folder = db.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / ".booth-2026-11-20-0930-daily.db.1-2.part"
    fresh = folder / ".booth-2026-11-24-0930-daily.db.1-3.part"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"x")
    import os

    now = time.time()  # the suite's clock: file times come from the real one, so set both
    os.utime(fresh, (now, now))
    old = now - 30 * 86400
    os.utime(stale, (old, old))
    assert backups.prune(folder) == [stale]
    assert fresh.exists()


def test_export_to_a_chosen_folder(db: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    info = backups.export_backup(db.paths, usb, now=datetime(2026, 11, 24, 3, 12, tzinfo=UTC))
    assert info.path == usb / "booth-2026-11-24-1012-manual.db"
    assert sorted(p.name for p in usb.iterdir()) == [info.path.name]  # no -wal, no temp
    with pytest.raises(BackupFailed, match="Không ghi được"):
        backups.export_backup(db.paths, info.path / "not-a-folder")


def test_backups_need_a_manager(demo_db: Database, tmp_path: Path) -> None:
    from app.services.auth import list_staff
    from app.services.errors import PermissionDenied

    cashier = list_staff(demo_db, "cashier")[0]
    manager = list_staff(demo_db, "manager")[0]
    with pytest.raises(PermissionDenied):
        backups.require_manager(demo_db, cashier, "sao lưu dữ liệu")
    with pytest.raises(PermissionDenied):
        backups.require_manager(demo_db, None, "sao lưu dữ liệu")
    backups.require_manager(demo_db, manager, "sao lưu dữ liệu")
    empty = Database(Paths(tmp_path / "fresh"))
    try:
        backups.require_manager(empty, None, "khôi phục dữ liệu")  # nobody to ask yet
    finally:
        empty.close()
