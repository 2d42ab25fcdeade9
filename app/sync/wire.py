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
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import bindparam, select, update

from app.db import Database
from app.models import Fair, OutboxEntry
from app.sync import errors
from app.sync.protocol import HELD_STATUSES, UploadResponse

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


def freeze_pending(db: Database) -> int:
    """Give every pending, not yet fixed fact its wire form; returns how many were fixed."""
    with db.read() as session:
        waiting = session.scalar(
            select(OutboxEntry.id).where(OutboxEntry.status == "pending",
                                         OutboxEntry.wire_ready.is_(False)).limit(1)
        )
    if waiting is None:
        return 0
    with db.write() as session:
        fairs = dict(session.execute(select(Fair.id, Fair.hub_id)).all())
        rows = session.execute(
            select(OutboxEntry.id, OutboxEntry.payload).where(
                OutboxEntry.status == "pending", OutboxEntry.wire_ready.is_(False))
        ).all()
        changed = []
        for fact_id, text in rows:
            payload = json.loads(text)
            if _map_fairs(payload, fairs):
                changed.append({"b_id": fact_id, "b_payload": json.dumps(
                    payload, ensure_ascii=False, sort_keys=True, default=str)})
        if changed:
            session.execute(
                update(OutboxEntry.__table__).where(OutboxEntry.__table__.c.id == bindparam("b_id"))
                .values(payload=bindparam("b_payload")),
                changed,
            )
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), 900):
            session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(ids[start:start + 900]))
                            .values(wire_ready=True))
    return len(rows)


def _map_fairs(payload: dict[str, Any], fairs: dict[int, int | None]) -> bool:
    changed = False
    for key in FAIR_KEYS:
        local = payload.get(key)
        if isinstance(local, int):
            hub = fairs.get(local)
            if hub != local:
                payload[key] = hub
                changed = True
    return changed


def next_batch(db: Database, limit: int, after_seq: int | None = None) -> list[WireFact]:
    """The oldest pending facts (by seq) whose wire form is fixed; set-aside ones are skipped.
    ``after_seq``: only facts after that seq (the batch in flight ends there)."""
    query = (
        select(OutboxEntry.id, OutboxEntry.seq, OutboxEntry.kind, OutboxEntry.payload_version,
               OutboxEntry.payload, OutboxEntry.created_utc)
        .where(OutboxEntry.status == "pending", OutboxEntry.wire_ready.is_(True))
    )
    if after_seq is not None:
        query = query.where(OutboxEntry.seq > after_seq)
    with db.read() as session:
        rows = session.execute(query.order_by(OutboxEntry.seq).limit(limit)).all()
    return [WireFact(*r) for r in rows]


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
    """Mark held facts sent and set refused ones aside, in one transaction.

    An answer that does not name every fact sent is not trusted at all (nothing is marked):
    the hub must be speaking something else.
    """
    results = {r.id: r for r in answer.results}
    if len(answer.results) != len(facts) or any(f.id not in results for f in facts):
        raise errors.incompatible("upload answer does not match the batch")
    outcome = BatchOutcome()
    held: list[str] = []
    refused: list[dict[str, Any]] = []
    for fact in facts:
        result = results[fact.id]
        if result.status in HELD_STATUSES:
            held.append(fact.id)
            outcome.sent[fact.kind] += 1
            outcome.duplicates += result.status == "duplicate"
        else:
            detail = result.detail
            if result.errors:
                detail += " (" + "; ".join(f"{e.loc}: {e.msg}" for e in result.errors[:5]) + ")"
            outcome.rejected.append((fact.id, result.status, detail))
            refused.append({"b_id": fact.id, "b_reason": json.dumps(
                {"status": result.status, "code": result.code, "detail": detail},
                ensure_ascii=False)})
    table = OutboxEntry.__table__
    with db.write() as session:
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
