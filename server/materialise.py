"""A fact's rows, table by table: one description per kind, one writer for any number of facts.

``add_rows`` appends what one valid, checked fact puts in each table (the log row first) to a
``Rows`` mapping; ``write`` inserts a ``Rows`` mapping, table by table, with one statement per
table (server/bulk.py). The bulk path gathers a whole batch into one mapping; the per-fact path
gives each fact its own, written inside its savepoint. So a fact's rows are built in one place
and written one way, and the two paths cannot drift apart.

Every value comes from the validated payload and the token (booth, device, installation):
nothing a booth sends is written unread. Ids that must be new (a fact's, a sale's) are written
``ON CONFLICT (id) DO NOTHING``; one that was not inserted raises ``IdsHeld`` (another request
inserted it a moment ago, or a sale id is held under another fact), which each path answers in
its own way. The visitor count is an upsert where the highest seq wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.sync.payloads import (
    RefundV1,
    SaleV1,
    SaleV2,
    ShiftCloseV1,
    StockMoveV1,
    VisitorCountV1,
    VoidV1,
)
from app.sync.protocol import FactHead
from server.bulk import pg_insert, sqlite_insert
from server.db import dialect_insert
from server.fact_rules import local_date, offset_minutes
from server.models import (
    Fact,
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


@dataclass(frozen=True, eq=False)  # by identity: a key of ``Rows``
class Target:
    """A table facts are written to, and how."""

    table: Table
    new_ids: bool = False  # ON CONFLICT (id) DO NOTHING, and every id must be inserted
    upsert: bool = False  # the visitor count's upsert (highest seq wins)


FACTS = Target(Fact.__table__, new_ids=True)  # type: ignore[arg-type]
SALES = Target(SaleRecord.__table__, new_ids=True)  # type: ignore[arg-type]
SALE_LINES = Target(SaleLineRecord.__table__)  # type: ignore[arg-type]
PAYMENTS = Target(PaymentRecord.__table__)  # type: ignore[arg-type]
VOIDS = Target(VoidRecord.__table__)  # type: ignore[arg-type]
REFUNDS = Target(RefundRecord.__table__)  # type: ignore[arg-type]
REFUND_LINES = Target(RefundLineRecord.__table__)  # type: ignore[arg-type]
SHIFTS = Target(ShiftClosingRecord.__table__)  # type: ignore[arg-type]
SHIFT_COUNTS = Target(ShiftClosingCount.__table__)  # type: ignore[arg-type]
STOCK_MOVES = Target(StockMoveRecord.__table__)  # type: ignore[arg-type]
VISITORS = Target(VisitorCountRecord.__table__, upsert=True)  # type: ignore[arg-type]
# The log first: a fact id that is not new stops the fact before any of its rows is written.
ORDER = (FACTS, SALES, SALE_LINES, PAYMENTS, VOIDS, REFUNDS, REFUND_LINES, SHIFTS,
         SHIFT_COUNTS, STOCK_MOVES, VISITORS)

Rows = defaultdict[Target, list[dict[str, Any]]]


def new_rows() -> Rows:
    return defaultdict(list)


class IdsHeld(Exception):  # noqa: N818 - an outcome, answered per path
    """Some rows of ``target`` were not inserted: their ids are held already."""

    def __init__(self, target: Target) -> None:
        super().__init__(target.table.name)
        self.target = target


@dataclass(frozen=True)
class Origin:
    """Who wrote the batch (from the token) and when the hub received it."""

    device_id: str
    installation_id: str
    booth_id: int
    received_at: datetime


def add_rows(rows: Rows, origin: Origin, fact: FactHead, parsed: Any, stored: str,
             content_hash: str) -> None:
    """Append one fact's rows: its log row, then its kind's (``_KINDS``)."""
    rows[FACTS].append(dict(
        id=fact.id, device_id=origin.device_id, installation_id=origin.installation_id,
        booth_id=origin.booth_id, seq=fact.seq, kind=fact.kind,
        payload_version=fact.payload_version, payload=stored, content_hash=content_hash,
        created_at=fact.created_at, utc_offset_min=offset_minutes(fact.created_at),
        received_at=origin.received_at))
    _KINDS[type(parsed)](rows, origin, fact, parsed)


def _sale(rows: Rows, o: Origin, fact: FactHead, p: SaleV1) -> None:
    sid = p.id
    rows[SALES].append(dict(
        id=sid, fact_id=fact.id, booth_id=o.booth_id, device_id=o.device_id, fair_id=p.fair_id,
        number=p.number, shift_id=p.shift_id, staff_id=p.staff_id, created_utc=p.created_utc,
        utc_offset_min=p.utc_offset_min, local_date=local_date(p.created_utc, p.utc_offset_min),
        subtotal=p.subtotal, discount_total=p.discount_total, total=p.total,
        vat_total=p.vat_total, received_at=o.received_at))
    rows[SALE_LINES].extend(
        {"id": ln.id, "sale_id": sid, "line_no": ln.line_no, "sku": ln.sku,
         "barcode": ln.barcode, "name": ln.name, "unit": ln.unit, "list_price": ln.list_price,
         "unit_price": ln.unit_price, "quantity": ln.quantity, "discount": ln.discount,
         "total": ln.total, "vat_rate": ln.vat_rate, "vat_amount": ln.vat_amount,
         "producer_code": ln.__dict__.get("producer_code")} for ln in p.lines)
    rows[PAYMENTS].extend(
        {"id": pay.id, "sale_id": sid, "method": pay.method, "amount": pay.amount,
         "reference": pay.reference} for pay in p.payments)


def _void(rows: Rows, o: Origin, fact: FactHead, p: VoidV1) -> None:
    rows[VOIDS].append(dict(fact_id=fact.id, sale_id=p.sale_id, booth_id=o.booth_id,
                            number=p.number, voided_utc=p.voided_utc,
                            approved_by=p.approved_by, reason=p.reason))


def _refund(rows: Rows, o: Origin, fact: FactHead, p: RefundV1) -> None:
    rows[REFUNDS].append(dict(
        id=p.id, fact_id=fact.id, sale_id=p.sale_id, booth_id=o.booth_id, shift_id=p.shift_id,
        number=p.number, created_utc=p.created_utc,
        local_date=local_date(p.created_utc, offset_minutes(fact.created_at)),
        method=p.method, total=p.total, approved_by=p.approved_by, reason=p.reason))
    rows[REFUND_LINES].extend(
        {"id": ln.id, "refund_id": p.id, "sale_line_id": ln.sale_line_id,
         "quantity": ln.quantity, "amount": ln.amount} for ln in p.lines)


def _shift_close(rows: Rows, o: Origin, fact: FactHead, p: ShiftCloseV1) -> None:
    rows[SHIFTS].append(dict(
        fact_id=fact.id, shift_id=p.id, booth_id=o.booth_id, fair_id=p.fair_id,
        number=p.number, opened_utc=p.opened_utc, closed_utc=p.closed_utc,
        opening_float=p.opening_float, sales_count=p.sales_count, sales_total=p.sales_total,
        refunds_total=p.refunds_total))
    rows[SHIFT_COUNTS].extend(
        {"fact_id": fact.id, "method": c.method, "expected": c.expected, "counted": c.counted}
        for c in p.counts)


def _visitor_count(rows: Rows, o: Origin, fact: FactHead, p: VisitorCountV1) -> None:
    """Absolute value per booth, installation, fair and hour; a later seq wins."""
    hour = p.hour_utc.replace(minute=0, second=0, microsecond=0)
    rows[VISITORS].append(dict(
        installation_id=o.installation_id, booth_id=o.booth_id, fair_id=p.fair_id,
        fair_key=p.fair_id or 0, hour_utc=hour,
        local_date=local_date(hour, offset_minutes(fact.created_at)), count=p.count,
        seq=fact.seq, fact_id=fact.id))


def _stock_move(rows: Rows, o: Origin, fact: FactHead, p: StockMoveV1) -> None:
    rows[STOCK_MOVES].append(dict(
        id=p.id, fact_id=fact.id, booth_id=o.booth_id, sku=p.sku, quantity=p.quantity,
        kind=p.kind, ref_id=p.ref_id, producer_code=p.producer_code, unit_cost=p.unit_cost,
        reason=p.reason, created_utc=p.created_utc))


_KINDS: dict[type, Callable[[Rows, Origin, FactHead, Any], None]] = {
    SaleV1: _sale, SaleV2: _sale, VoidV1: _void, RefundV1: _refund,
    ShiftCloseV1: _shift_close, VisitorCountV1: _visitor_count, StockMoveV1: _stock_move,
}


def write(session: Session, rows: Rows) -> None:
    """Insert ``rows``, one statement per table, in ``ORDER``; raises ``IdsHeld`` when an id
    that must be new is held, IntegrityError/DataError when the database refuses a row."""
    postgres = session.get_bind().dialect.name == "postgresql"
    for target in ORDER:
        batch = rows.get(target)
        if not batch:
            continue
        if target.upsert:
            statement = _visitor_upsert(session)
            for visit in sorted(batch, key=lambda r: r["seq"]):
                session.execute(statement, visit)
            continue
        conflict = ("id",) if target.new_ids else None
        if postgres:
            inserted = len(pg_insert(session, target.table, batch, conflict=conflict,
                                     returning="id" if conflict else None))
        else:
            inserted = sqlite_insert(session, target.table, batch, conflict=conflict)
        if conflict and inserted != len(batch):
            raise IdsHeld(target)


_UPSERTS: dict[str, Any] = {}


def _visitor_upsert(session: Session) -> Any:
    """Built once per dialect (building it per fact cost more than running it). Keyed by the
    token's booth and the hub-granted installation; an older seq never overwrites a newer."""
    name = session.get_bind().dialect.name
    if name not in _UPSERTS:
        table = VisitorCountRecord.__table__
        statement = dialect_insert(session, table)
        _UPSERTS[name] = statement.on_conflict_do_update(
            index_elements=["booth_id", "installation_id", "fair_key", "hour_utc"],
            set_={"count": statement.excluded.count, "seq": statement.excluded.seq,
                  "fact_id": statement.excluded.fact_id,
                  "local_date": statement.excluded.local_date},
            where=table.c.seq < statement.excluded.seq,
        )
    return _UPSERTS[name]
