"""The outbox's wire form and batch reads, on the booth database alone (no hub needed).

``freeze_pending`` fixes fair ids in SQL; its results are compared with the Python mapping it
replaced, so the rules (top-level keys only, integers only, unknown fair -> null, anything
else byte for byte) cannot drift. ``next_batch`` reads with the sqlite3 cursor; its rows are
compared with the ORM's, and its query plan must walk the seq index without sorting.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from sqlalchemy import select, update

from app.db import Database
from app.models import Fair, OutboxEntry
from app.services.outbox import enqueue
from app.sync.wire import (
    BATCH_AFTER_SQL,
    BATCH_FIRST_SQL,
    FAIR_KEYS,
    WireFact,
    freeze_pending,
    next_batch,
)

LOCAL_FAIR = 1  # the demo's fair


def _python_mapping(payload: dict[str, Any], fairs: dict[int, int | None]) -> dict[str, Any]:
    """The mapping freeze_pending did in Python before it moved to SQL (the reference)."""
    for key in FAIR_KEYS:
        local = payload.get(key)
        if isinstance(local, int) and fairs.get(local) != local:
            payload[key] = fairs.get(local)
    return payload


def _add_fair(db: Database, fair_id: int, hub_id: int | None) -> None:
    with db.write() as session:
        session.add(Fair(id=fair_id, name=f"Fair {fair_id}", starts_on=date(2026, 11, 20),
                         ends_on=date(2026, 11, 29), hub_id=hub_id))


def _texts(db: Database) -> dict[str, tuple[str, bool, str]]:
    with db.read() as session:
        rows = session.execute(select(OutboxEntry.id, OutboxEntry.payload,
                                      OutboxEntry.wire_ready, OutboxEntry.status)).all()
    return {r.id: (r.payload, r.wire_ready, r.status) for r in rows}


def test_freeze_maps_fair_ids_in_sql_and_leaves_every_other_payload_byte_identical(demo_db):
    with demo_db.write() as session:
        session.get(Fair, LOCAL_FAIR).hub_id = 41
    _add_fair(demo_db, 2, 2)  # the hub's id happens to equal the local one
    _add_fair(demo_db, 3, None)  # a fair the hub does not know
    payloads = {
        "mapped": {"fair_id": LOCAL_FAIR, "note": "Chè \"Ba Chẽ\"\n", "total": 185000,
                   "lines": [{"fair_id": LOCAL_FAIR, "qty": "1.250"}]},
        "unknown_fair": {"fair_id": 999, "total": 1},
        "fair_without_hub_id": {"fair_id": 3},
        "same_id_on_hub": {"fair_id": 2, "total": 2},
        "null_fair": {"fair_id": None, "total": 3},
        "no_fair": {"total": 4, "lines": []},
        "nested_only": {"shift": {"fair_id": LOCAL_FAIR}},
        "fair_as_text": {"fair_id": "1"},
        "fair_as_float": {"fair_id": 1.0},
    }
    with demo_db.write() as session:
        ids = {name: enqueue(session, "sale", p) for name, p in payloads.items()}
        done = enqueue(session, "sale", {"fair_id": LOCAL_FAIR, "done": True})
        aside = enqueue(session, "sale", {"fair_id": LOCAL_FAIR, "aside": True})
        session.execute(update(OutboxEntry).where(OutboxEntry.id == done)
                        .values(status="sent"))
        session.execute(update(OutboxEntry).where(OutboxEntry.id == aside)
                        .values(status="rejected"))
    before = _texts(demo_db)
    pending_before = [i for i, (_, _, status) in before.items() if status == "pending"]

    assert freeze_pending(demo_db) == len(pending_before)
    after = _texts(demo_db)

    fairs = {LOCAL_FAIR: 41, 2: 2, 3: None}
    for fact_id in pending_before:
        old, new = before[fact_id][0], after[fact_id][0]
        assert after[fact_id][1], "every pending fact is ready after the freeze"
        assert json.loads(new) == _python_mapping(json.loads(old), fairs), fact_id
    assert json.loads(after[ids["mapped"]][0])["fair_id"] == 41
    assert json.loads(after[ids["mapped"]][0])["lines"][0]["fair_id"] == LOCAL_FAIR
    assert json.loads(after[ids["mapped"]][0])["note"] == "Chè \"Ba Chẽ\"\n"
    assert json.loads(after[ids["unknown_fair"]][0])["fair_id"] is None
    assert json.loads(after[ids["fair_without_hub_id"]][0])["fair_id"] is None
    for name in ("same_id_on_hub", "null_fair", "no_fair", "nested_only", "fair_as_text",
                 "fair_as_float"):
        assert after[ids[name]][0] == before[ids[name]][0], name  # byte for byte
    for fact_id in (done, aside):  # not pending: not touched, not marked
        assert after[fact_id] == before[fact_id]

    # The wire form is fixed once: a mapping learnt later does not change a ready fact.
    with demo_db.write() as session:
        session.get(Fair, 3).hub_id = 77
    assert freeze_pending(demo_db) == 0
    assert _texts(demo_db) == after


def test_freeze_of_a_fact_queued_later_uses_the_mapping_known_then(demo_db):
    with demo_db.write() as session:
        first = enqueue(session, "visitor_count", {"fair_id": LOCAL_FAIR, "count": 3})
    freeze_pending(demo_db)  # the hub does not know the fair yet: null
    with demo_db.write() as session:
        session.get(Fair, LOCAL_FAIR).hub_id = 5
        second = enqueue(session, "visitor_count", {"fair_id": LOCAL_FAIR, "count": 4})
    assert freeze_pending(demo_db) == 1
    texts = _texts(demo_db)
    assert json.loads(texts[first][0])["fair_id"] is None
    assert json.loads(texts[second][0])["fair_id"] == 5


def _queue(db: Database, n: int) -> list[str]:
    with db.write() as session:
        return [enqueue(session, "sale", {"fair_id": LOCAL_FAIR, "n": i}) for i in range(n)]


def _reference_batch(db: Database, limit: int, after: int | None) -> list[WireFact]:
    """next_batch as the ORM reads it (the shape it had before the driver-level read)."""
    query = (select(OutboxEntry.id, OutboxEntry.seq, OutboxEntry.kind,
                    OutboxEntry.payload_version, OutboxEntry.payload, OutboxEntry.created_utc)
             .where(OutboxEntry.status == "pending", OutboxEntry.wire_ready.is_(True)))
    if after is not None:
        query = query.where(OutboxEntry.seq > after)
    with db.read() as session:
        return [WireFact(*r) for r in session.execute(query.order_by(OutboxEntry.seq)
                                                      .limit(limit))]


def test_next_batch_reads_the_same_facts_as_the_orm(demo_db):
    ids = _queue(demo_db, 30)
    freeze_pending(demo_db)
    late = _queue(demo_db, 3)  # queued after the freeze: not ready, never in a batch
    with demo_db.write() as session:
        session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(ids[:4]))
                        .values(status="sent"))
        session.execute(update(OutboxEntry).where(OutboxEntry.id.in_([ids[10], ids[11]]))
                        .values(status="rejected"))
    first = next_batch(demo_db, 7)
    assert first == _reference_batch(demo_db, 7, None)
    assert [f.id for f in first] == ids[4:10] + [ids[12]]
    assert first[0].created_utc.utcoffset() is not None  # aware UTC, as the ORM gives it
    seen = [f.id for f in first]
    after = first[-1].seq
    while batch := next_batch(demo_db, 7, after):
        assert batch == _reference_batch(demo_db, 7, after)
        seen += [f.id for f in batch]
        after = batch[-1].seq
    assert seen == ids[4:10] + ids[12:] and not set(seen) & set(late)
    assert next_batch(demo_db, 7, after) == []


def test_next_batch_walks_the_seq_index_without_sorting(demo_db):
    _queue(demo_db, 5)
    freeze_pending(demo_db)
    conn = sqlite3.connect(demo_db.paths.database)
    try:
        plans = {
            "after": conn.execute("EXPLAIN QUERY PLAN " + BATCH_AFTER_SQL, (0, 500)).fetchall(),
            "first": conn.execute("EXPLAIN QUERY PLAN " + BATCH_FIRST_SQL, (500,)).fetchall(),
        }
    finally:
        conn.close()
    for name, plan in plans.items():
        details = [row[-1] for row in plan]
        assert not any("TEMP B-TREE" in d for d in details), (name, details)
        outer = details[0]  # the outbox rows themselves: a range of the unique seq index
        assert "USING INDEX" in outer and "(seq>?)" in outer, (name, details)
