"""Restore (services.restore): the old file kept first, the restored content in place, and
every doubtful file refused before anything is touched."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.config import Paths
from app.db import Database
from app.services import backups
from app.services.errors import StateError
from app.services.restore import RestoreRefused, check_backup, restore
from app.services.till import Till

NOW = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # 11:00 in Hạ Long


def _sales(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        conn.close()


def sell_tea(db: Database, till: Till, n: int) -> None:
    from app.services import catalog
    from app.services.cart import Cart
    from app.services.checkout import PaymentInput, checkout

    product = catalog.lookup_code(db, "TRA-HV-100")
    assert product is not None
    for _ in range(n):
        cart = Cart()
        cart.add(product, 1)
        checkout(db, till, cart, [PaymentInput("cash", cart.total)])


def test_restore_keeps_the_current_file_and_brings_the_backup_back(
    demo_db: Database, cashier_till: Till
) -> None:
    paths = demo_db.paths
    sell_tea(demo_db, cashier_till, 3)
    saved = backups.make_backup(paths, backups.DAILY, now=NOW)
    sell_tea(demo_db, cashier_till, 2)  # sold after the backup: lost from booth.db, kept aside
    demo_db.close()

    result = restore(paths, saved.path, now=NOW)

    assert result.check.sales == 3 and result.check.info == saved
    assert result.kept is not None and result.kept.parent == paths.backups
    assert result.kept.name == "booth-2026-11-24-1100-before-restore.db"
    assert _sales(result.kept) == 5
    assert backups.integrity_problems(result.kept) == []
    assert saved.path.exists()  # the source is only read
    assert not (paths.data_dir / "booth.db.restoring").exists()
    reopened = Database(paths)  # the app opens the restored file as usual
    try:
        with reopened.read() as session:
            from sqlalchemy import func, select

            from app.models import Sale

            assert session.scalar(select(func.count()).select_from(Sale)) == 3
        # numbers never go back: the next sale is the 6th, not a second 4th
        sell_tea(reopened, cashier_till, 1)
        with reopened.read() as session:
            numbers = sorted(session.scalars(select(Sale.number)))
        assert [n.rsplit("-", 1)[1] for n in numbers] == ["000001", "000002", "000003", "000006"]
    finally:
        reopened.close()


def test_restore_refuses_while_the_app_runs(db: Database) -> None:
    saved = backups.make_backup(db.paths, backups.MANUAL, now=NOW)
    before = db.paths.database.read_bytes()
    with pytest.raises(StateError, match="hãy đóng ứng dụng"):
        restore(db.paths, saved.path)
    assert db.paths.database.read_bytes() == before


@pytest.fixture
def closed_paths(db: Database) -> Paths:
    """A data dir whose app is closed, with its database file in place."""
    db.close()
    return db.paths


def _refused(paths: Paths, source: Path, match: str) -> None:
    before = paths.database.read_bytes()
    with pytest.raises(RestoreRefused, match=match):
        restore(paths, source, now=NOW)
    assert paths.database.read_bytes() == before  # untouched
    assert backups.list_backups(paths.backups) == []  # and nothing set aside: nothing happened
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["booth.db", "booth.lock"]


def test_restore_refuses_a_file_that_is_not_a_database(closed_paths: Paths, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("Doanh thu hội chợ tháng 11\n" * 200, encoding="utf-8")
    _refused(closed_paths, text, "không phải cơ sở dữ liệu")
    _refused(closed_paths, tmp_path / "missing.db", "Không có tệp")


def test_restore_refuses_a_database_of_another_app(closed_paths: Paths, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    _refused(closed_paths, other, "không phải dữ liệu của OCOP Booth")


def test_restore_refuses_a_corrupt_backup(closed_paths: Paths, tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    shutil.copyfile(closed_paths.database, broken)
    data = bytearray(broken.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 4] = 0xFF  # page 5 is a b-tree page: its type byte is now invalid
    broken.write_bytes(bytes(data))
    _refused(closed_paths, broken, "bị hỏng")


def test_restore_refuses_a_newer_schema(closed_paths: Paths, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(closed_paths.database, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    _refused(closed_paths, newer, "phiên bản mới hơn")


def test_check_names_what_would_come_back(demo_db: Database, cashier_till: Till,
                                          tmp_path: Path) -> None:
    sell_tea(demo_db, cashier_till, 2)
    saved = backups.export_backup(demo_db.paths, tmp_path, now=NOW)
    check = check_backup(saved.path, demo_db.paths.data_dir)
    assert check.sales == 2 and check.last_sale_utc is not None
    assert check.info is not None and check.info.kind == "manual"
    assert check.revision
    assert not [p for p in demo_db.paths.data_dir.iterdir() if p.name.startswith(".check")]


def test_a_raw_copy_with_its_wal_is_restored_whole(demo_db: Database, cashier_till: Till,
                                                   tmp_path: Path) -> None:
    """A booth.db copied by hand with its -wal beside it (e.g. from a dead laptop's disk):
    the sales that were only in the WAL come back too."""
    sell_tea(demo_db, cashier_till, 4)
    raw = tmp_path / "rescued" / "booth.db"
    raw.parent.mkdir()
    for suffix in ("", "-wal"):
        source = Path(f"{demo_db.paths.database}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{raw}{suffix}"))
    assert Path(f"{raw}-wal").stat().st_size > 0  # the test means something only then
    target = Paths(tmp_path / "new-laptop")  # a fresh install: no database yet
    result = restore(target, raw)
    assert result.kept is None
    assert _sales(target.database) == 4
