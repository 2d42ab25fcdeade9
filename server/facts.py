"""Applying uploaded facts: idempotent insert into the fact log plus materialisation.

One batch is one transaction, in four steps whichever way it is written:
1. facts the hub already holds (one query) are answered ``duplicate``/``conflict``/
   ``forbidden`` before their payload is even validated, so a fact the hub once accepted is
   never refused later, whatever changed in validation since;
2. the others are validated (server/incoming.py did most of it), invalid ones answered;
3. the rest are checked against what the hub holds (server/fact_rules.py: fair, sums, the
   sale a void or refund names), in batch order;
4. what passes is written (server/materialise.py): the log row and its kind's rows.

Step 4 is done in bulk, a handful of multi-row statements for the batch. When the database
refuses anything in it, the transaction is rolled back and redone with a SAVEPOINT per fact, so
the fact at fault is answered on its own and the others still commit. Both ways build the same
rows from the same checks; only how they are sent differs.

A fact that passes validation yet cannot be placed (a value the database refuses) is answered
``invalid`` on its own: one fact never fails the batch.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pydantic_core
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.sync.payloads import parse_payload
from app.sync.protocol import FACT_KINDS, PAYLOAD_VERSIONS, STATUS_CODES, FactHead, FieldError
from server.auth import DeviceContext
from server.bulk import existing_ids
from server.db import Database
from server.fact_rules import MAX_ERRORS, Checks, Refusal
from server.incoming import Incoming, same_content, stored_text
from server.materialise import FACTS, IdsHeld, Origin, Rows, add_rows, new_rows, write
from server.models import Fact, SaleRecord
from server.models.base import utcnow

log = logging.getLogger("ocop_hub.facts")

Result = dict[str, Any]  # one FactResult, as the JSON object it becomes
# What building a fact's rows may raise on a value no check foresaw: that fact is invalid.
UNPLACEABLE = (ValueError, ArithmeticError, RecursionError)


class Unplaceable(Exception):  # noqa: N818 - an outcome: the batch is redone fact by fact
    """A fact's rows could not be built in bulk; the per-fact path answers it alone."""


def _result(fact: FactHead, status: str, detail: str = "",
            errors: list[FieldError] | tuple[FieldError, ...] = ()) -> Result:
    # A plain dict in FactResult's shape, serialised with the rest of the answer in one call:
    # a FactResult object per fact (even unvalidated) cost more than hashing the fact.
    return {"id": fact.id, "seq": fact.seq, "status": status, "code": STATUS_CODES[status],
            "detail": detail, "errors": [e.model_dump() for e in errors]}


@dataclass(frozen=True)
class Answer:
    """What POST /facts answers: an ``UploadResponse``, kept as plain data until sent."""

    device_id: str
    booth_id: int
    max_seq: int
    received_at: datetime
    results: list[Result]

    def to_json(self) -> bytes:
        return pydantic_core.to_json({
            "device_id": self.device_id, "booth_id": self.booth_id, "max_seq": self.max_seq,
            "received_at": self.received_at, "results": self.results,
        })


def apply_batch(db: Database, device: DeviceContext, items: list[Incoming]) -> Answer:
    """In bulk first; if the database refuses anything, the whole transaction is rolled back
    and redone fact by fact with savepoints."""
    origin = Origin(device.device_id, device.installation_id, device.booth_id, utcnow())
    try:
        with db.write() as session:
            results = _apply(session, origin, items, per_fact=False)
            max_seq = _max_seq(session, device.installation_id)
    except (IdsHeld, Unplaceable, IntegrityError, DataError) as exc:
        log.info("batch falls back to per-fact savepoints: %s", type(exc).__name__)
        with db.write() as session:
            results = _apply(session, origin, items, per_fact=True)
            max_seq = _max_seq(session, device.installation_id)
    counts = Counter(r["status"] for r in results)
    log.info("upload device=%s booth=%s facts=%d %s", device.device_id, device.booth_id,
             len(items), dict(counts))
    return Answer(device.device_id, device.booth_id, max_seq, origin.received_at, results)


def _apply(session: Session, origin: Origin, items: list[Incoming], *, per_fact: bool
           ) -> list[Result]:
    held = _prefetch_held(session, [item.fact.id for item in items])
    results: list[Result | None] = [None] * len(items)
    valid: list[tuple[int, Incoming, Any]] = []
    for i, item in enumerate(items):  # steps 1 and 2
        prior = held.get(item.fact.id)
        if prior is not None:
            results[i] = _compare(item, origin.booth_id, prior)
            continue
        parsed, errors = _validate(item)
        if parsed is None:
            results[i] = _result(item.fact, "invalid", "the fact does not match its schema",
                                 errors)
        else:
            valid.append((i, item, parsed))
    checks = Checks.load(session, origin.booth_id, (parsed for _, _, parsed in valid))
    rows = new_rows()
    for i, item, parsed in valid:  # steps 3 and 4
        fact = item.fact
        if fact.id in held:  # the same id earlier in this batch: the first one decides
            results[i] = _compare(item, origin.booth_id, held[fact.id])
            continue
        refusal = checks.check(fact, parsed)
        if refusal is not None:
            results[i] = _refused(fact, refusal)
            continue
        stored = stored_text(parsed)
        mine = new_rows() if per_fact else rows  # in bulk, straight into the batch's rows
        try:
            add_rows(mine, origin, fact, parsed, stored, item.content_hash)
        except UNPLACEABLE as exc:
            if not per_fact:  # part of its rows may be in the batch's: redo fact by fact
                raise Unplaceable(fact.id) from exc
            log.warning("fact %s cannot be placed: %s", fact.id, type(exc).__name__)
            results[i] = _result(fact, "invalid", "a value is out of range for the hub")
            continue
        if per_fact:
            refused = _write_one(session, origin, item, mine)
            if refused is not None:
                results[i] = refused
                continue
        checks.accept(parsed)
        held[fact.id] = Held(origin.booth_id, item.content_hash, origin.received_at,
                             fact.kind, fact.payload_version, stored)
        results[i] = _result(fact, "inserted")
    if not per_fact:
        write(session, rows)
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


def _write_one(session: Session, origin: Origin, item: Incoming, rows: Rows) -> Result | None:
    """One fact inside its own savepoint; its answer when the database would not take it."""
    fact = item.fact
    try:
        with session.begin_nested():
            write(session, rows)
    except IdsHeld as exc:
        if exc.target is FACTS:  # another request inserted it a moment ago: a re-send
            prior = _prefetch_held(session, [fact.id])[fact.id]
            return _compare(item, origin.booth_id, prior)
        owner = session.scalar(select(SaleRecord.booth_id)
                               .where(SaleRecord.id == rows[exc.target][0]["id"]))
        if owner != origin.booth_id:
            return _result(fact, "forbidden", "this sale id belongs to another booth")
        return _result(fact, "conflict", "this sale is already held under another fact id")
    except IntegrityError:
        return _result(fact, "conflict", "an id inside this fact is already held elsewhere")
    except DataError as exc:
        log.warning("fact %s refused by the database: %s", fact.id, type(exc.orig).__name__)
        return _result(fact, "invalid", "a value is out of range for the hub")
    return None


def _refused(fact: FactHead, refusal: Refusal) -> Result:
    return _result(fact, refusal.status, refusal.detail, refusal.errors)


def _max_seq(session: Session, installation_id: str) -> int:
    return session.scalar(
        select(func.max(Fact.seq)).where(Fact.installation_id == installation_id)) or 0


@dataclass(frozen=True)
class Held:
    """A fact the hub holds, as much of it as telling a re-send from a conflict needs."""

    booth_id: int
    content_hash: str
    received_at: datetime
    kind: str
    payload_version: int
    payload: str


def _prefetch_held(session: Session, ids: list[str]) -> dict[str, Held]:
    """Two queries at most for the whole batch: which of these ids the hub already holds
    (a batch of new facts, the common case, finds none and loads nothing), then those."""
    held = existing_ids(session, Fact.__table__, ids)  # type: ignore[arg-type]
    if not held:
        return {}
    rows = session.execute(
        select(Fact.id, Fact.booth_id, Fact.content_hash, Fact.received_at, Fact.kind,
               Fact.payload_version, Fact.payload)
        .where(Fact.id.in_(held))
    ).all()
    return {r.id: Held(r.booth_id, r.content_hash, r.received_at, r.kind, r.payload_version,
                       r.payload) for r in rows}


def _compare(item: Incoming, booth_id: int, held: Held) -> Result:
    fact = item.fact
    if held.booth_id != booth_id:
        return _result(fact, "forbidden", "this fact id belongs to another booth")
    if held.content_hash == item.content_hash or same_content(
            held.kind, held.payload_version, held.payload, item):
        return _result(fact, "duplicate")
    return _result(fact, "conflict",
                   f"a different fact with this id was received at {held.received_at:%Y-%m-%dT%H:%M:%SZ}")


def _validate(item: Incoming) -> tuple[Any, list[FieldError]]:
    if item.parsed is not None:
        return item.parsed, []
    fact = item.fact
    if fact.kind not in FACT_KINDS:
        return None, [FieldError(loc="kind", msg=f"unknown kind; one of {', '.join(FACT_KINDS)}")]
    accepted = PAYLOAD_VERSIONS[fact.kind]
    if fact.payload_version not in accepted:
        return None, [FieldError(loc="payload_version",
                                 msg=f"{fact.kind} accepts versions {list(accepted)}")]
    if item.refused:
        return None, item.refused
    failure = item.failure  # the fast path validated it already
    if failure is None:
        try:
            return parse_payload(fact.kind, fact.payload_version, item.payload), []
        except ValidationError as exc:
            failure = exc
        except (ValueError, RecursionError) as exc:
            return None, [FieldError(loc="payload", msg=str(exc)[:200])]
    return None, [
        FieldError(loc=".".join(["payload", *(str(p) for p in err["loc"])]), msg=err["msg"])
        for err in failure.errors(include_url=False)[:MAX_ERRORS]
    ]
