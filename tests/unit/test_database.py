"""Opening the booth database: migrations, backups, refusals, the single-instance lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.config import Paths
from app.db import Database, DatabaseRefused, head_revision, make_engine, migrate
from app.services.catalog import search
from app.services.errors import StateError


def test_fresh_database_is_at_head_with_pragmas(tmp_path):
    db = Database(Paths(tmp_path))
    try:
        with db.read() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    finally:
        db.close()


def test_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path):
    paths = Paths(tmp_path)
    engine = make_engine(paths.database)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO producers (id, code, name, kind, district, commune, active) "
            "VALUES (1, 'P1', 'HTX Miến dong', 'cooperative', 'Bình Liêu', 'Đồng Văn', 1)"
        ))
        conn.execute(text(
            "INSERT INTO products (id, sku, barcode, name, producer_id, category, unit, price, "
            "vat_rate, sold_by_weight, active, search_text, updated_at) VALUES (1, 'MD-500', "
            "'2000060000024', 'Miến dong Bình Liêu 500g', 1, 'Nông sản', 'gói', 75000, 5, 0, 1, "
            "'mien dong binh lieu 500g md-500', '2026-11-01 00:00:00')"
        ))
    engine.dispose()
    db = Database(paths)
    try:
        assert [p.sku for p in search(db, "mien dong")] == ["MD-500"]  # indexed by 0002
        backups = list(paths.backups.glob("booth-*-before-0001.db"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert conn.execute("SELECT count(*) FROM products").fetchone() == (1,)
    finally:
        db.close()


def test_newer_database_refused_and_untouched(tmp_path):
    paths = Paths(tmp_path)
    Database(paths).close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseRefused, match="mới hơn"):
        Database(paths)
    assert paths.database.read_bytes() == before
    assert not paths.backups.exists() or not any(paths.backups.iterdir())


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # scribble over b-tree pages
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_corrupt_database_refused_with_backup_location(tmp_path):
    from app.services.demo import load_demo

    paths = Paths(tmp_path)
    db = Database(paths)
    load_demo(db)
    db.close()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(paths.database)
    before = paths.database.read_bytes()
    with pytest.raises(DatabaseRefused) as info:
        Database(paths)
    assert str(paths.backups) in info.value.text
    assert paths.database.read_bytes() == before


def test_not_a_database_refused(tmp_path):
    paths = Paths(tmp_path)
    paths.database.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseRefused, match="hỏng"):
        Database(paths)


def test_second_instance_refused(tmp_path):
    first = Database(Paths(tmp_path))
    try:
        with pytest.raises(StateError, match="đang chạy"):
            Database(Paths(tmp_path))
    finally:
        first.close()
    Database(Paths(tmp_path)).close()  # free again once the first closes


def test_manual_backup_is_a_consistent_copy(demo_db):
    target = demo_db.backup("test")
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM products").fetchone()[0] > 50


def test_upgrade_gives_whole_second_times_sqlalchemys_spelling(tmp_path):
    """0005: times the bulk insert wrote through sqlite3's adapter ('... 08:00:00') get the
    spelling SQLAlchemy writes and compares against ('... 08:00:00.000000'); others stay."""
    paths = Paths(tmp_path)
    engine = make_engine(paths.database)
    migrate(engine, "0004")
    with engine.begin() as conn:
        for seq, when in enumerate(("2026-11-20 08:00:00", "2026-11-20 08:00:00.250000"), 1):
            conn.execute(text(
                "INSERT INTO outbox (id, seq, kind, payload_version, payload, created_utc, "
                "status, attempts) VALUES (:id, :seq, 'sale', 1, '{}', :when, 'pending', 0)"
            ), {"id": f"fact-{seq}", "seq": seq, "when": when})
    engine.dispose()
    Database(paths).close()
    with sqlite3.connect(paths.database) as conn:
        stored = conn.execute("SELECT created_utc FROM outbox ORDER BY seq").fetchall()
    assert stored == [("2026-11-20 08:00:00.000000",), ("2026-11-20 08:00:00.250000",)]


def test_bulk_inserted_times_are_spelled_as_sqlalchemy_writes_them(tmp_path):
    """app/bulk.py converts a time with the dialect's own processor, not sqlite3's adapter."""
    from datetime import UTC, datetime

    from app.bulk import insert_rows
    from app.models import AuditEntry

    db = Database(Paths(tmp_path))
    try:
        with db.write() as session:
            insert_rows(session, AuditEntry.__table__, [{"id": "audit-1",
                "created_utc": datetime(2026, 11, 20, 17, 0, tzinfo=UTC), "action": "test",
                "detail": "{}"}])
        with db.read() as session:
            stored = session.execute(text("SELECT created_utc FROM audit_log")).scalar()
            on_or_after = session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.created_utc >= datetime(2026, 11, 20, 17, 0, tzinfo=UTC)))
    finally:
        db.close()
    assert stored == "2026-11-20 17:00:00.000000"
    assert on_or_after == 1


def test_migration_copies_prune_only_their_own_kind(tmp_path):
    """A schema upgrade keeps the newest migration copies and never touches the daily, shift
    and manual backups beside them (app.services.backups keeps those by its own rules)."""
    from app.db import KEEP_BACKUPS, backup_file

    source = tmp_path / "booth.db"
    sqlite3.connect(source).close()
    backups = tmp_path / "backups"
    backups.mkdir()
    daily = backups / "booth-2026-11-20-0930-daily.db"
    daily.write_bytes(b"")
    made = [backup_file(source, backups, "before-0007") for _ in range(KEEP_BACKUPS + 3)]
    left = sorted(p.name for p in backups.glob("booth-*.db"))
    assert daily.exists()
    assert [p.name for p in made[-KEEP_BACKUPS:]] == [n for n in left if n != daily.name]


def test_the_start_up_head_revision_is_alembics_head():
    """app.db skips Alembic when a file is at HEAD_REVISION: it must be the real head."""
    from app.db import HEAD_REVISION, head_revision

    assert HEAD_REVISION == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    from app.config import Paths
    from app.db import Database

    Database(Paths(tmp_path / "data")).close()  # made and migrated: now at the head
    code = ("import sys; from pathlib import Path; from app.config import Paths; "
            "from app.db import Database; "
            f"Database(Paths(Path({str(tmp_path / 'data')!r}))).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip() == "[]"
