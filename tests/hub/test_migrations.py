"""Hub schema migrations that change data, checked on a database written by the older code."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import bindparam, insert, select, text
from sqlalchemy.exc import IntegrityError

from server.db import Database, migrate
from server.models import BoothFair, VisitorCountRecord
from server.models.base import UTCDateTime
from tests.hub.conftest import PG_ADMIN_URL


def test_whole_second_times_get_sqlalchemys_spelling_on_sqlite(tmp_path):
    """0002: a time the bulk path wrote through sqlite3's adapter ('... 03:00:00') is given
    the spelling SQLAlchemy writes and compares against; other values are left alone."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    migrate(url, "0001")
    with sqlite3.connect(tmp_path / "hub.db") as conn:  # foreign keys off: facts alone
        for n, when in enumerate(("2026-11-21 03:00:00", "2026-11-21 03:00:00.500000")):
            conn.execute(
                "INSERT INTO facts (id, device_id, installation_id, booth_id, seq, kind, "
                "payload_version, payload, content_hash, created_at, utc_offset_min, "
                "received_at) VALUES (?, 'd', 'i', 1, ?, 'sale', 1, '{}', 'h', ?, 420, ?)",
                (f"fact-{n}", n + 1, when, when))
    migrate(url)
    with sqlite3.connect(tmp_path / "hub.db") as conn:
        stored = conn.execute("SELECT created_at, received_at FROM facts ORDER BY seq").fetchall()
    assert stored == [("2026-11-21 03:00:00.000000",) * 2, ("2026-11-21 03:00:00.500000",) * 2]


@contextmanager
def _database_at(backend: str, tmp_path, revision: str) -> Iterator[str]:
    """A hub database at ``revision`` (PostgreSQL: a new database, dropped afterwards)."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'hub.db'}"
        migrate(url, revision)
        yield url
        return
    import psycopg

    name = f"ocop_hub_migration_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}"
        migrate(url, revision)
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_booth_fairs_come_from_history_and_visitor_counts_take_the_booth(backend, tmp_path):
    """0003 on a database written at 0002: each booth's fair periods are read from its change
    history (the first one open-ended at the start), or from its current fair alone; visitor
    counts already held stay, now unique per booth as well."""
    t1, t2 = datetime(2026, 11, 20, 1), datetime(2026, 11, 22, 1)
    with _database_at(backend, tmp_path, "0002") as url:
        db = Database(url)
        try:
            with db.engine.begin() as conn:
                run = conn.execute
                for fid in (1, 2):
                    run(text("INSERT INTO fairs (id, code, name, place, district, starts_on, "
                             "ends_on, updated_at) VALUES (:i, :c, 'F', '', '', :s, :s, :t)"),
                        {"i": fid, "c": f"F{fid}", "s": date(2026, 11, 20), "t": t1})
                for bid, fair in ((1, 2), (2, 1), (3, None)):
                    run(text("INSERT INTO booths (id, code, name, kind, district, fair_id, "
                             "active, updated_at) VALUES (:i, :c, 'B', 'booth', '', :f, :a, :t)"),
                        {"i": bid, "c": f"B{bid}", "f": fair, "a": True, "t": t2})
                for seq, (fair, when) in enumerate(((1, t1), (2, t2)), start=1):  # booth 1 moved
                    run(text("INSERT INTO changes (seq, entity, entity_id, data, changed_at) "
                             "VALUES (:s, 'booth', 1, :d, :t)"),
                        {"s": seq, "d": json.dumps({"id": 1, "fair_id": fair}), "t": when})
                run(text("INSERT INTO visitor_counts (installation_id, booth_id, fair_id, "
                         "fair_key, hour_utc, local_date, count, seq, fact_id) VALUES "
                         "('inst', 1, 2, 2, :h, :d, 7, 3, 'f1')")  # as the hub spells times
                    .bindparams(bindparam("h", type_=UTCDateTime)),
                    {"h": t2.replace(tzinfo=UTC), "d": t2.date()})
        finally:
            db.close()
        migrate(url)
        db = Database(url)
        try:
            with db.read() as s:
                periods = {(p.booth_id, p.fair_id, p.since, p.until)
                           for p in s.scalars(select(BoothFair))}
                assert s.scalar(select(VisitorCountRecord.count)) == 7
            moved = t2.replace(tzinfo=UTC)
            assert periods == {(1, 1, None, moved), (1, 2, moved, None), (2, 1, None, None)}
            visit = {"installation_id": "inst", "fair_id": 2, "fair_key": 2, "hour_utc": moved,
                     "local_date": t2.date(), "count": 9, "seq": 4, "fact_id": "f2"}
            with db.write() as s:  # the same installation, fair and hour at another booth
                s.execute(insert(VisitorCountRecord), [{**visit, "booth_id": 2}])
            with pytest.raises(IntegrityError), db.write() as s:
                s.execute(insert(VisitorCountRecord), [{**visit, "booth_id": 1}])
        finally:
            db.close()
