"""Consignment settlement (quyết toán hàng ký gửi) per producer and period.

Which goods: the producer's products (products.producer_id) that were ever received from them
on consignment ("consign_in" moves) up to the end of the period.

The period is a range of calendar days in the booth's time zone (settings "timezone", default
Asia/Ho_Chi_Minh), first and last day included: [start 00:00, end + 1 day 00:00) local time,
compared with the UTC time each fact was recorded.

Per product, over all locations (a transfer between the warehouse and a booth changes nothing):
- opening / closing: ledger balance just before the period / at its end;
- received: consign_in moves in the period;
- sold: quantities of sale lines of COMPLETED sales made in the period, minus quantities of
  refunds made in the period (whenever the sale was). Voided sales never count: a void is only
  possible while the sale's shift is open, so it is decided within the day;
- returned: return_to_producer moves in the period;
- adjusted: count variances and spoilage in the period (signed);
- other: what is left for the ledger to balance: closing - opening - received + sold + returned
  - adjusted. Zero unless the goods were also bought outright ("receive"), or a sale made just
  before the period's end was voided after it. Shown, never hidden, so the sheet always adds up.
- amount owed = sold x agreed unit cost (the cost on the latest consignment receipt up to the
  period's end), rounded half-up to whole đồng per product; the total is the sum of the lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Producer, Product, Refund, RefundLine, Sale, SaleLine, StockMove
from app.services import settings
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.money import round_dong

ADJUST_KINDS = ("count", "spoilage")


@dataclass(frozen=True)
class SettlementLine:
    product_id: int
    sku: str
    name: str
    unit: str
    unit_cost: int
    opening: Decimal
    received: Decimal
    sold: Decimal
    returned: Decimal
    adjusted: Decimal
    other: Decimal
    closing: Decimal
    sales_amount: int  # what customers paid for these goods, net of refunds
    amount_owed: int


@dataclass(frozen=True)
class Settlement:
    producer_id: int
    producer_code: str
    producer_name: str
    producer_locality: str
    start: date
    end: date
    timezone: str
    shop_name: str
    lines: tuple[SettlementLine, ...]

    def _sum(self, attr: str) -> Decimal:
        return sum((getattr(line, attr) for line in self.lines), Decimal(0))

    @property
    def received(self) -> Decimal:
        return self._sum("received")

    @property
    def sold(self) -> Decimal:
        return self._sum("sold")

    @property
    def returned(self) -> Decimal:
        return self._sum("returned")

    @property
    def closing(self) -> Decimal:
        return self._sum("closing")

    @property
    def sales_amount(self) -> int:
        return sum(line.sales_amount for line in self.lines)

    @property
    def amount_owed(self) -> int:
        return sum(line.amount_owed for line in self.lines)


def period_bounds(start: date, end: date, tz: str) -> tuple[datetime, datetime]:
    """[first local midnight, midnight after the last day) as aware UTC datetimes."""
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Ngày cuối kỳ {end} trước ngày đầu kỳ {start}"),
            start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"),
        )
    zone = ZoneInfo(tz)
    lo = datetime.combine(start, time(0), zone).astimezone(UTC)
    hi = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(UTC)
    return lo, hi


def _consigned(session: Session, producer_id: int, hi: datetime) -> list[Product]:
    ids = select(StockMove.product_id).where(
        StockMove.kind == "consign_in", StockMove.created_utc < hi)
    return list(session.scalars(
        select(Product).where(Product.producer_id == producer_id, Product.id.in_(ids))
        .order_by(Product.sku)
    ))


def agreed_costs(session: Session, hi: datetime, pids: list[int] | None = None) -> dict[int, int]:
    """Per product ever received on consignment before ``hi``: the unit cost of its latest
    consignment receipt up to then (0 when none was agreed). Public because the sales reports
    put what is owed beside each producer and must agree with the sheet to the đồng."""
    query = (
        select(StockMove.product_id, StockMove.unit_cost)
        .where(StockMove.kind == "consign_in", StockMove.created_utc < hi)
        .order_by(StockMove.created_utc, StockMove.id)
    )
    if pids is not None:
        query = query.where(StockMove.product_id.in_(pids))
    return {pid: cost or 0 for pid, cost in session.execute(query)}


def amount_owed(sold: Decimal, unit_cost: int) -> int:
    """What one product earns its producer: net quantity sold x agreed cost, half-up."""
    return round_dong(sold * unit_cost)


def _by_product(session: Session, query: object) -> dict[int, tuple]:
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}  # type: ignore[call-overload]


def _line_figures(session: Session, pids: list[int], lo: datetime, hi: datetime) -> dict[str, dict]:
    qty = func.coalesce(func.sum(StockMove.quantity), 0)
    moves = select(StockMove.product_id, qty).where(StockMove.product_id.in_(pids)).group_by(
        StockMove.product_id)
    in_period = moves.where(StockMove.created_utc >= lo, StockMove.created_utc < hi)
    sold = (
        select(SaleLine.product_id, func.sum(SaleLine.quantity), func.sum(SaleLine.total))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(SaleLine.product_id.in_(pids), Sale.status == "completed",
               Sale.created_utc >= lo, Sale.created_utc < hi)
        .group_by(SaleLine.product_id)
    )
    refunded = (
        select(SaleLine.product_id, func.sum(RefundLine.quantity), func.sum(RefundLine.amount))
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(Sale, and_(Sale.id == SaleLine.sale_id, Sale.status == "completed"))
        .where(SaleLine.product_id.in_(pids), Refund.created_utc >= lo, Refund.created_utc < hi)
        .group_by(SaleLine.product_id)
    )
    return {
        "opening": _by_product(session, moves.where(StockMove.created_utc < lo)),
        "closing": _by_product(session, moves.where(StockMove.created_utc < hi)),
        "received": _by_product(session, in_period.where(StockMove.kind == "consign_in")),
        "returned": _by_product(session, in_period.where(StockMove.kind == "return_to_producer")),
        "adjusted": _by_product(session, in_period.where(StockMove.kind.in_(ADJUST_KINDS))),
        "cost": {pid: (cost,) for pid, cost in agreed_costs(session, hi, pids).items()},
        "sold": _by_product(session, sold),
        "refunded": _by_product(session, refunded),
    }


def settle(db: Database, producer_id: int, start: date, end: date) -> Settlement:
    """The settlement sheet of one producer for the days start..end (booth time)."""
    booth = settings.load(db)
    lo, hi = period_bounds(start, end, booth.timezone)
    with db.read() as session:
        producer = session.get(Producer, producer_id)
        if producer is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy chủ thể {id}"), id=producer_id
            )
        products = _consigned(session, producer_id, hi)
        figures = _line_figures(session, [p.id for p in products], lo, hi)
        lines = []
        zero = Decimal(0)
        for p in products:
            def qty(key: str, pid: int = p.id) -> Decimal:
                return Decimal(figures[key].get(pid, (zero,))[0] or 0)

            sold_q, sold_amount = figures["sold"].get(p.id, (zero, 0))
            back_q, back_amount = figures["refunded"].get(p.id, (zero, 0))
            sold = Decimal(sold_q or 0) - Decimal(back_q or 0)
            cost = figures["cost"].get(p.id, (0,))[0] or 0
            opening, closing = qty("opening"), qty("closing")
            received, adjusted = qty("received"), qty("adjusted")
            returned = -qty("returned")  # stored as an outgoing (negative) move
            other = closing - opening - received + sold + returned - adjusted
            lines.append(SettlementLine(
                product_id=p.id, sku=p.sku, name=p.name, unit=p.unit, unit_cost=cost,
                opening=opening, received=received, sold=sold, returned=returned,
                adjusted=adjusted, other=other, closing=closing,
                sales_amount=int(sold_amount or 0) - int(back_amount or 0),
                amount_owed=amount_owed(sold, cost),
            ))
        locality = ", ".join(x for x in (producer.commune, producer.district) if x)
        return Settlement(
            producer.id, producer.code, producer.name, locality, start, end, booth.timezone,
            booth.shop_name, tuple(lines),
        )


@dataclass(frozen=True)
class SettlementSummary:
    producer_id: int
    producer_name: str
    received: Decimal
    sold: Decimal
    returned: Decimal
    closing: Decimal
    amount_owed: int


def list_settlements(db: Database, start: date, end: date) -> list[SettlementSummary]:
    """Every producer who has consigned goods by the period's end, with their totals: the
    month-end list the manager prints from."""
    _, hi = period_bounds(start, end, settings.load(db).timezone)
    with db.read() as session:
        producer_ids = list(session.scalars(
            select(Product.producer_id).join(StockMove, StockMove.product_id == Product.id)
            .where(StockMove.kind == "consign_in", StockMove.created_utc < hi,
                   Product.producer_id.is_not(None))
            .distinct()
        ))
    out = []
    for pid in producer_ids:
        s = settle(db, pid, start, end)
        out.append(SettlementSummary(pid, s.producer_name, s.received, s.sold, s.returned,
                                     s.closing, s.amount_owed))
    return sorted(out, key=lambda s: s.producer_name)


CSV_COLUMNS = (
    "sku", "name", "unit", "unit_cost", "opening", "received", "sold", "returned", "adjusted",
    "other", "closing", "sales_amount", "amount_owed",
)


def write_settlement_csv(settlement: Settlement, path: str) -> None:
    """Machine-readable twin of the PDF: one row per product, then a TOTAL row."""
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["producer", settlement.producer_code, settlement.producer_name])
        writer.writerow(["period", settlement.start.isoformat(), settlement.end.isoformat()])
        writer.writerow(CSV_COLUMNS)
        for line in settlement.lines:
            writer.writerow([format(v, "f") if isinstance(v, Decimal) else v
                             for v in (getattr(line, c) for c in CSV_COLUMNS)])
        writer.writerow(["TOTAL", "", "", "", "", format(settlement.received, "f"),
                         format(settlement.sold, "f"), format(settlement.returned, "f"), "", "",
                         format(settlement.closing, "f"), settlement.sales_amount,
                         settlement.amount_owed])
