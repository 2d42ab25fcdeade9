"""Applying uploaded facts: idempotent insert into the fact log plus materialisation.

One batch is one transaction. The common case is written in bulk (server/facts_bulk.py); when
the database refuses something in it, the batch is redone here with a SAVEPOINT per fact, so a
fact the database refuses is answered on its own and the others still commit. The order of checks is what makes re-sending
safe: a fact already held is answered ``duplicate`` (same content) or ``conflict`` (different
content) before its payload is even validated, so a fact the hub once accepted is never
refused later, whatever changed in validation since.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pydantic_core
from pydantic import ValidationError
from sqlalchemy import func, insert, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.sync.payloads import (
    RefundV1,
    SaleV1,
    SaleV2,
    ShiftCloseV1,
    StockMoveV1,
    VisitorCountV1,
    VoidV1,
    parse_payload,
)
from app.sync.protocol import (
    FACT_KINDS,
    PAYLOAD_VERSIONS,
    STATUS_CODES,
    FactHead,
    FieldError,
)
from server.auth import DeviceContext
from server.bulk import existing_ids
from server.db import Database, dialect_insert
from server.facts_bulk import NeedsSavepoints, apply_bulk
from server.facts_bulk import max_seq as bulk_max_seq
from server.incoming import Incoming, same_content
from server.models import (
    Fact,
    Fair,
    PaymentRecord,
    RefundLineRecord,
    RefundRecord,
    SaleLineRecord,
    SaleRecord,
    ShiftClosingCount,
    ShiftClosingRecord,
    StockMoveRecord,
    VisitorCountRecord,
    VoidRecord,
)
from server.models.base import utcnow

log = logging.getLogger("ocop_hub.facts")


class Refused(Exception):
    """Raised inside a fact's savepoint: undo this fact only, answer with this status."""

    def __init__(self, status: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


Result = dict[str, Any]  # one FactResult, as the JSON object it becomes


def _result(fact: FactHead, status: str, detail: str = "",
            errors: list[FieldError] | None = None) -> Result:
    # A plain dict in FactResult's shape, serialised with the rest of the answer in one call:
    # a FactResult object per fact (even unvalidated) cost more than hashing the fact.
    return {"id": fact.id, "seq": fact.seq, "status": status, "code": STATUS_CODES[status],
            "detail": detail, "errors": [e.model_dump() for e in errors or ()]}


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
    """The bulk path (server/facts_bulk.py) first; if the database refuses anything in it,
    the whole transaction is rolled back and redone fact by fact with savepoints."""
    now = utcnow()
    try:
        with db.write() as session:
            held = _prefetch_held(session, [item.fact.id for item in items])
            results = apply_bulk(session, device, items, now, held)
            max_seq = bulk_max_seq(session, device.installation_id)
    except (NeedsSavepoints, IntegrityError, DataError) as exc:
        log.info("batch falls back to per-fact savepoints: %s", type(exc).__name__)
        with db.write() as session:
            held = _prefetch_held(session, [item.fact.id for item in items])
            results = [_apply_one(session, device, item, now, held) for item in items]
            max_seq = session.scalar(
                select(func.max(Fact.seq)).where(Fact.installation_id == device.installation_id)
            )
    counts = Counter(r["status"] for r in results)
    log.info("upload device=%s booth=%s facts=%d %s", device.device_id, device.booth_id,
             len(items), dict(counts))
    return Answer(device.device_id, device.booth_id, max_seq or 0, now, results)


def _apply_one(session: Session, device: DeviceContext, item: Incoming, now: datetime,
               held_before: dict[str, Held]) -> Result:
    fact = item.fact
    held = held_before.get(fact.id)
    if held is not None:
        return _compare(item, device, held)
    parsed, errors = _validate(item)
    if parsed is None:
        return _result(fact, "invalid", "the fact does not match its schema", errors)
    try:
        with session.begin_nested():
            _check_references(session, device, parsed)
            offset = _offset_minutes(fact.created_at)
            inserted = session.execute(_statements(session).fact, dict(
                id=fact.id, device_id=device.device_id,
                installation_id=device.installation_id, booth_id=device.booth_id,
                seq=fact.seq, kind=fact.kind, payload_version=fact.payload_version,
                payload=item.text, content_hash=item.content_hash,
                created_at=fact.created_at, utc_offset_min=offset, received_at=now,
            )).first()
            if inserted is None:  # another request inserted it a moment ago
                raise Refused("lost_race", "")
            _MATERIALISE[type(parsed)](session, device, fact, parsed, offset)
    except Refused as refused:
        if refused.status == "lost_race":
            held = _held(session, fact.id)
            assert held is not None
            return _compare(item, device, held)
        return _result(fact, refused.status, refused.detail)
    except IntegrityError:
        return _result(fact, "conflict", "an id inside this fact is already held elsewhere")
    except DataError as exc:
        log.warning("fact %s refused by the database: %s", fact.id, type(exc.orig).__name__)
        return _result(fact, "invalid", "a value is out of range for the hub")
    held_before[fact.id] = Held.of(item, device.booth_id, now)  # for repeats in the batch
    return _result(fact, "inserted")


@dataclass(frozen=True)
class Held:
    """A fact the hub holds, as much of it as telling a re-send from a conflict needs."""

    booth_id: int
    content_hash: str
    received_at: datetime
    kind: str
    payload_version: int
    payload: str

    @staticmethod
    def of(item: Incoming, booth_id: int, now: datetime) -> Held:
        return Held(booth_id, item.content_hash, now, item.fact.kind, item.fact.payload_version,
                    item.text)


def _prefetch_held(session: Session, ids: list[str]) -> dict[str, Held]:
    """Two queries at most for the whole batch: which of these ids the hub already holds
    (a batch of new facts, the common case, finds none and loads nothing), then those."""
    held = existing_ids(session, Fact.__table__, ids)
    if not held:
        return {}
    rows = session.execute(
        select(Fact.id, Fact.booth_id, Fact.content_hash, Fact.received_at, Fact.kind,
               Fact.payload_version, Fact.payload)
        .where(Fact.id.in_(held))
    ).all()
    return {r.id: Held(r.booth_id, r.content_hash, r.received_at, r.kind, r.payload_version,
                       r.payload) for r in rows}


def _held(session: Session, fact_id: str) -> Held | None:
    return _prefetch_held(session, [fact_id]).get(fact_id)


@dataclass(frozen=True)
class Statements:
    """INSERT ... ON CONFLICT statements built once per dialect: building them per fact (with
    the values inlined) cost more CPU than the database work itself."""

    fact: Any
    sale: Any
    visitor: Any


_STATEMENTS: dict[str, Statements] = {}


def _statements(session: Session) -> Statements:
    name = session.get_bind().dialect.name
    if name not in _STATEMENTS:
        visitor = dialect_insert(session, VisitorCountRecord.__table__)
        _STATEMENTS[name] = Statements(
            fact=dialect_insert(session, Fact.__table__)
            .on_conflict_do_nothing(index_elements=["id"]).returning(Fact.__table__.c.id),
            sale=dialect_insert(session, SaleRecord.__table__)
            .on_conflict_do_nothing(index_elements=["id"]).returning(SaleRecord.__table__.c.id),
            visitor=visitor.on_conflict_do_update(
                index_elements=["installation_id", "fair_key", "hour_utc"],
                set_={"count": visitor.excluded.count, "seq": visitor.excluded.seq,
                      "fact_id": visitor.excluded.fact_id, "booth_id": visitor.excluded.booth_id},
                where=VisitorCountRecord.__table__.c.seq < visitor.excluded.seq,
            ),
        )
    return _STATEMENTS[name]


def _compare(item: Incoming, device: DeviceContext, held: Held) -> Result:
    fact = item.fact
    if held.booth_id != device.booth_id:
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
    failure = item.failure  # the fast path validated it already
    if failure is None:
        try:
            return parse_payload(fact.kind, fact.payload_version, item.payload), []
        except ValidationError as exc:
            failure = exc
        except ValueError as exc:
            return None, [FieldError(loc="payload", msg=str(exc))]
    return None, [
        FieldError(loc=".".join(["payload", *(str(p) for p in err["loc"])]), msg=err["msg"])
        for err in failure.errors(include_url=False)
    ]


def _offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def _check_references(session: Session, device: DeviceContext, parsed: Any) -> None:
    """A void or refund may only touch a sale of the device's own booth."""
    if isinstance(parsed, VoidV1 | RefundV1):
        owner = session.scalar(select(SaleRecord.booth_id).where(SaleRecord.id == parsed.sale_id))
        if owner is not None and owner != device.booth_id:
            raise Refused("forbidden", "the sale belongs to another booth")


def _known_fair(session: Session, fair_id: int | None) -> int | None:
    """Fair ids are the hub's (from the changes feed); one the hub does not know is kept in
    the fact log but not reported under a fair that happens to have that number."""
    if fair_id is None:
        return None
    return fair_id if session.get(Fair, fair_id) is not None else None


def _local_date(moment: datetime, offset_min: int) -> Any:
    return (moment + timedelta(minutes=offset_min)).date()


def _sale(session: Session, device: DeviceContext, fact: FactHead, sale: SaleV1, _off: int) -> None:
    inserted = session.execute(_statements(session).sale, dict(
        id=sale.id, fact_id=fact.id, booth_id=device.booth_id,
        device_id=device.device_id, fair_id=_known_fair(session, sale.fair_id),
        number=sale.number, shift_id=sale.shift_id,
        staff_id=sale.staff_id, created_utc=sale.created_utc,
        utc_offset_min=sale.utc_offset_min,
        local_date=_local_date(sale.created_utc, sale.utc_offset_min),
        subtotal=sale.subtotal, discount_total=sale.discount_total, total=sale.total,
        vat_total=sale.vat_total, received_at=utcnow(),
    )).first()
    if inserted is None:
        owner = session.scalar(select(SaleRecord.booth_id).where(SaleRecord.id == sale.id))
        if owner != device.booth_id:
            raise Refused("forbidden", "this sale id belongs to another booth")
        raise Refused("conflict", "this sale is already held under another fact id")
    session.execute(insert(SaleLineRecord.__table__), [
        {"id": ln.id, "sale_id": sale.id, "line_no": ln.line_no, "sku": ln.sku,
         "barcode": ln.barcode, "name": ln.name, "unit": ln.unit, "list_price": ln.list_price,
         "unit_price": ln.unit_price, "quantity": ln.quantity, "discount": ln.discount,
         "total": ln.total, "vat_rate": ln.vat_rate, "vat_amount": ln.vat_amount,
         "producer_code": getattr(ln, "producer_code", None)}
        for ln in sale.lines
    ])
    if sale.payments:
        session.execute(insert(PaymentRecord.__table__), [
            {"id": p.id, "sale_id": sale.id, "method": p.method, "amount": p.amount,
             "reference": p.reference}
            for p in sale.payments
        ])


def _void(session: Session, device: DeviceContext, fact: FactHead, void: VoidV1, _off: int) -> None:
    session.execute(insert(VoidRecord.__table__), dict(fact_id=fact.id, sale_id=void.sale_id,
                           booth_id=device.booth_id, number=void.number,
                           voided_utc=void.voided_utc, approved_by=void.approved_by,
                           reason=void.reason))


def _refund(session: Session, device: DeviceContext, fact: FactHead, refund: RefundV1,
            offset: int) -> None:
    session.execute(insert(RefundRecord.__table__), dict(
        id=refund.id, fact_id=fact.id, sale_id=refund.sale_id,
        booth_id=device.booth_id, shift_id=refund.shift_id,
        number=refund.number, created_utc=refund.created_utc,
        local_date=_local_date(refund.created_utc, offset), method=refund.method,
        total=refund.total, approved_by=refund.approved_by, reason=refund.reason))
    session.execute(insert(RefundLineRecord.__table__), [
        {"id": ln.id, "refund_id": refund.id, "sale_line_id": ln.sale_line_id,
         "quantity": ln.quantity, "amount": ln.amount}
        for ln in refund.lines
    ])


def _shift_close(session: Session, device: DeviceContext, fact: FactHead, shift: ShiftCloseV1,
                 _off: int) -> None:
    session.execute(insert(ShiftClosingRecord.__table__), dict(
        fact_id=fact.id, shift_id=shift.id, booth_id=device.booth_id,
        fair_id=_known_fair(session, shift.fair_id), number=shift.number, opened_utc=shift.opened_utc,
        closed_utc=shift.closed_utc, opening_float=shift.opening_float,
        sales_count=shift.sales_count, sales_total=shift.sales_total,
        refunds_total=shift.refunds_total))
    if shift.counts:
        session.execute(insert(ShiftClosingCount.__table__), [
            {"fact_id": fact.id, "method": c.method, "expected": c.expected,
             "counted": c.counted}
            for c in shift.counts
        ])


def _visitor_count(session: Session, device: DeviceContext, fact: FactHead,
                   visit: VisitorCountV1, offset: int) -> None:
    """Absolute value per installation/fair/hour; a later seq wins, an older one is ignored."""
    hour = visit.hour_utc.replace(minute=0, second=0, microsecond=0)
    fair_id = _known_fair(session, visit.fair_id)
    session.execute(_statements(session).visitor, dict(
        installation_id=device.installation_id, booth_id=device.booth_id,
        fair_id=fair_id, fair_key=fair_id or 0, hour_utc=hour,
        local_date=_local_date(hour, offset), count=visit.count, seq=fact.seq,
        fact_id=fact.id))


def _stock_move(session: Session, device: DeviceContext, fact: FactHead, move: StockMoveV1,
                _off: int) -> None:
    session.execute(insert(StockMoveRecord.__table__), dict(
        id=move.id, fact_id=fact.id, booth_id=device.booth_id, sku=move.sku,
        quantity=move.quantity, kind=move.kind, ref_id=move.ref_id,
        producer_code=move.producer_code, unit_cost=move.unit_cost, reason=move.reason,
        created_utc=move.created_utc))


_MATERIALISE: dict[type, Any] = {
    SaleV1: _sale, SaleV2: _sale, VoidV1: _void, RefundV1: _refund,
    ShiftCloseV1: _shift_close, VisitorCountV1: _visitor_count, StockMoveV1: _stock_move,
}
