"""The outbox on the wire: fix each fact's wire form, build gzip batches, record the answers.

A fact's wire form is fixed once (``wire_ready``) before its first send: local fair ids in the
payload are replaced by the hub's (null when the hub does not know that fair). After that the
exact same bytes are re-sent until the hub answers, so a lost answer can never turn a re-send
into a 409. Batches are assembled as JSON text around the stored payload text (no parse and
re-dump of 10,000 payloads); the hub hashes the parsed payload, so spelling does not matter.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import bindparam, select, text, update

from app.db import Database
from app.models import OutboxEntry
from app.sync import errors
from app.sync.protocol import HELD_STATUSES, RETRY_STATUSES, UploadResponse

# A fact the hub defers names a sale it does not hold yet (sent in a batch still in flight);
# one deferred this many times names a sale that will never come (set aside itself): set
# aside with the hub's reason, so it does not stay queued for ever.
MAX_DEFERRALS = 10
FAIR_KEYS = ("fair_id",)  # top-level payload keys that name a fair (sale, shift, visitors)


@dataclass(frozen=True)
class WireFact:
    id: str
    seq: int
    kind: str
    payload_version: int
    payload: str
    created_utc: datetime


@dataclass
class BatchOutcome:
    sent: Counter[str] = field(default_factory=Counter)  # per kind, inserted or duplicate
    duplicates: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # id, status, detail
    deferred: list[str] = field(default_factory=list)  # ids kept queued, sent again later


def freeze_pending(db: Database) -> int:
    """Give every pending, not yet fixed fact its wire form; returns how many were fixed.

    Done by SQLite's JSON functions (C) in one write transaction instead of a json.loads and
    json.dumps of every payload in Python: for 10,000 sales 0.25 s instead of 0.65 s, most of
    what is left being SQLite rewriting the rows and the fsync. Only payloads whose top-level
    key holds an integer that maps to something else are rewritten (json_set also drops the
    spaces, which the hub's hash of the parsed payload ignores); every other payload, one
    without the key or with null there included, keeps its exact text. The read first keeps
    an idle cycle from taking the write lock the till needs.
    """
    with db.read() as session:
        waiting = session.scalar(
            select(OutboxEntry.id).where(OutboxEntry.status == "pending",
                                         OutboxEntry.wire_ready.is_(False)).limit(1)
        )
    if waiting is None:
        return 0
    with db.write() as session:
        # The last key's statement marks the rows it rewrites ready as well, so a mapped row
        # is written once (not twice: ~30% of the cost); the final statement marks the rest.
        for key in FAIR_KEYS[:-1]:
            session.execute(_MAP_FAIR, {"path": f"$.{key}", "ready": 0})
        mapped = session.execute(_MAP_FAIR, {"path": f"$.{FAIR_KEYS[-1]}", "ready": 1})
        return mapped.rowcount + session.execute(_MARK_READY).rowcount


# The hub's id of the fair a payload names at :path (NULL when the hub does not know it).
_HUB_FAIR = "(SELECT hub_id FROM fairs WHERE id = json_extract(outbox.payload, :path))"
_MAP_FAIR = text(
    f"UPDATE outbox SET payload = json_set(payload, :path, {_HUB_FAIR}), wire_ready = :ready "
    "WHERE status = 'pending' AND wire_ready = 0 "
    "AND json_type(payload, :path) = 'integer' "
    f"AND {_HUB_FAIR} IS NOT json_extract(payload, :path)"
)
_MARK_READY = text("UPDATE outbox SET wire_ready = 1 WHERE status = 'pending' AND wire_ready = 0")

# "+status" keeps SQLite off the status index: through it, every pending row would be read and
# sorted by seq for each batch (quadratic over a long queue). The unique seq index walks the
# queue in order and stops after ``limit`` rows; the first batch of a cycle starts at the
# oldest pending seq, found through the status index once, so the sent history is not walked.
_BATCH_COLUMNS = "SELECT id, seq, kind, payload_version, payload, created_utc FROM outbox "
_BATCH_FILTER = "WHERE +status = 'pending' AND wire_ready = 1 AND seq "
BATCH_AFTER_SQL = _BATCH_COLUMNS + _BATCH_FILTER + "> ? ORDER BY seq LIMIT ?"
BATCH_FIRST_SQL = (_BATCH_COLUMNS + _BATCH_FILTER
                   + ">= (SELECT min(seq) FROM outbox WHERE status = 'pending') "
                   "ORDER BY seq LIMIT ?")


def next_batch(db: Database, limit: int, after_seq: int | None = None) -> list[WireFact]:
    """The oldest pending facts (by seq) whose wire form is fixed; set-aside ones are skipped.
    ``after_seq``: only facts after that seq (the batch in flight ends there).

    Read with the sqlite3 cursor of the read transaction: the ORM's row and type machinery
    cost more than the query itself at 500 rows of ~1 KB.
    """
    if after_seq is None:
        sql, params = BATCH_FIRST_SQL, (limit,)
    else:
        sql, params = BATCH_AFTER_SQL, (after_seq, limit)
    with db.read() as session:
        cursor = session.connection().connection.cursor()
        try:
            rows = cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
    return [WireFact(fid, seq, kind, version, payload, _utc(created))
            for fid, seq, kind, version, payload, created in rows]


def _utc(stored: str) -> datetime:
    """A stored UTCDateTime (naive UTC text, as SQLAlchemy writes it) as an aware datetime."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def encode_batch(facts: list[WireFact], zone: tzinfo) -> bytes:
    """The gzip ``UploadRequest`` body; ``created_at`` carries the laptop's local offset."""
    parts = []
    for f in facts:
        created = f.created_utc.astimezone(zone).isoformat()
        parts.append(
            f'{{"id":"{f.id}","seq":{f.seq},"kind":{json.dumps(f.kind)},'
            f'"payload_version":{f.payload_version},"created_at":"{created}",'
            f'"payload":{f.payload}}}'
        )
    body = '{"facts":[' + ",".join(parts) + "]}"
    return gzip.compress(body.encode("utf-8"), compresslevel=5)


def record_answer(db: Database, facts: list[WireFact], answer: UploadResponse,
                  now: datetime) -> BatchOutcome:
    """Mark held facts sent, keep deferred ones queued, set refused ones aside, in one
    transaction.

    An answer that does not name every fact sent is not trusted at all (nothing is marked):
    the hub must be speaking something else.
    """
    results = {r.id: r for r in answer.results}
    if len(answer.results) != len(facts) or any(f.id not in results for f in facts):
        raise errors.incompatible("upload answer does not match the batch")
    outcome = BatchOutcome()
    held: list[str] = []
    refused: list[dict[str, Any]] = []
    deferred: list[dict[str, Any]] = []
    for fact in facts:
        result = results[fact.id]
        if result.status in HELD_STATUSES:
            held.append(fact.id)
            outcome.sent[fact.kind] += 1
            outcome.duplicates += result.status == "duplicate"
            continue
        detail = result.detail
        if result.errors:
            detail += " (" + "; ".join(f"{e.loc}: {e.msg}" for e in result.errors[:5]) + ")"
        reason = {"b_id": fact.id, "b_reason": json.dumps(
            {"status": result.status, "code": result.code, "detail": detail},
            ensure_ascii=False)}
        if result.status in RETRY_STATUSES:
            deferred.append(reason)
        else:
            outcome.rejected.append((fact.id, result.status, detail))
            refused.append(reason)
    table = OutboxEntry.__table__
    with db.write() as session:
        if deferred:
            tries = dict(session.execute(select(table.c.id, table.c.attempts).where(
                table.c.id.in_([d["b_id"] for d in deferred]))).all())
            for reason in deferred:
                if (tries.get(reason["b_id"]) or 0) + 1 >= MAX_DEFERRALS:
                    refused.append(reason)
                    status = json.loads(reason["b_reason"])
                    outcome.rejected.append((reason["b_id"], status["status"], status["detail"]))
                else:
                    outcome.deferred.append(reason["b_id"])
            kept = [d for d in deferred if d["b_id"] in outcome.deferred]
            if kept:  # still queued, with the hub's reason and one more attempt
                session.execute(
                    update(table).where(table.c.id == bindparam("b_id"),
                                        table.c.status == "pending")
                    .values(last_error=bindparam("b_reason"), attempts=table.c.attempts + 1),
                    kept)
        for start in range(0, len(held), 900):
            session.execute(
                update(table).where(table.c.id.in_(held[start:start + 900]),
                                    table.c.status == "pending")
                .values(status="sent", sent_utc=now, attempts=table.c.attempts + 1,
                        last_error=None)
            )
        if refused:
            set_aside(session, refused)
    return outcome


def set_aside(session: Any, refused: list[dict[str, Any]]) -> None:
    """Refused for good: out of the queue, with the hub's reason, never blocking the rest."""
    table = OutboxEntry.__table__
    session.execute(
        update(table).where(table.c.id == bindparam("b_id"), table.c.status == "pending")
        .values(status="rejected", last_error=bindparam("b_reason"),
                attempts=table.c.attempts + 1),
        refused,
    )
