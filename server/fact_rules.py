"""What the hub checks of a fact beyond its schema, before anything of it is stored.

A schema (app/sync/payloads.py) says what a fact may look like; these rules say whether this
booth may say it, given what the hub holds. The hub trusts no booth: whatever a payload says,
the booth is the token's, and what can be re-derived is, and must agree.

- time: the envelope's ``created_at`` must be a time the hub can place (the payload's times
  are checked by their field type, ``app.sync.fields.Moment``);
- fair: a sale's, shift's or visitor count's fair is none, or one its booth is assigned to
  now, or was on the fact's date(s) (``BoothFair``); any other is ``forbidden``;
- sale: each line's total is round(unit price x quantity) less its discount (half up to the
  đồng, as the till does, app/services/cart.py) with the VAT in it extracted the till's way;
  the sale's subtotal, discounts, total and VAT are the sums of its lines and its payments,
  when it has any, add up to its total; the ids inside it are unique. A sale id another booth
  holds is ``forbidden``, one this booth holds under another fact a ``conflict``;
- void: names a sale of this booth (another's: ``forbidden``; one the hub does not hold yet,
  e.g. still in a batch in flight: ``deferred``, sent again later);
- refund: the same of its sale; its lines are lines of that sale, each within what was sold
  less what was refunded before (quantity and amount), and its total is their sum;
- shift close: closes after it opens, one count per payment method.

Both ways a batch is written (in bulk, or fact by fact with savepoints: server/facts.py) ask
the same ``Checks``, so no rule can be missing from one of them. It is loaded once per batch
(a few queries) and then follows the batch (``accept``): a sale accepted earlier in a batch can
be refunded later in it, and refunds add up across facts and batches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from app.sync.fields import in_service
from app.sync.payloads import (
    RefundV1,
    SaleV1,
    SaleV2,
    ShiftCloseV1,
    StockMoveV1,
    VisitorCountV1,
    VoidV1,
)
from app.sync.protocol import FactHead, FieldError
from server.bulk import rows_by_id
from server.models import BoothFair, RefundLineRecord, RefundRecord, SaleLineRecord, SaleRecord

MAX_ERRORS = 20  # per fact: a 1,000-line sale must not make a megabyte answer


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a fact is not stored: a FactResult status, a sentence, the fields at fault."""

    status: str
    detail: str
    errors: tuple[FieldError, ...] = ()


@dataclass(slots=True)
class _Line:
    quantity: int  # milli, as stored
    total: int
    refunded_quantity: int = 0
    refunded_amount: int = 0


@dataclass(slots=True)
class _Sale:
    booth_id: int
    lines: dict[str, _Line] | None = None  # loaded for this booth's sales that refunds name
    accepted: SaleV1 | None = None  # accepted in this batch: its lines made when first asked

    def line_map(self) -> dict[str, _Line]:
        if self.lines is None and self.accepted is not None:
            self.lines = {ln.id: _Line(milli(ln.quantity), ln.total)
                          for ln in self.accepted.lines}
        return self.lines or {}


@dataclass(frozen=True, slots=True)
class _Period:
    fair_id: int
    first: date | None  # None: since before the history was kept
    last: date | None  # None: the current assignment, whatever the date


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def local_date(moment: datetime, offset_min: int) -> date:
    """The booth's calendar day of ``moment`` (reports group by it)."""
    return (moment.astimezone(UTC) + timedelta(minutes=offset_min)).date()


def milli(quantity: Decimal | str) -> int:
    """A protocol quantity in thousandths, as the hub stores it (at most 3 decimals): plain
    text ("2", "1.25") by integer arithmetic, any other spelling (a Decimal) exactly."""
    if isinstance(quantity, str):
        whole, _, fraction = quantity.partition(".")
        return int(whole) * 1000 + (int(fraction.ljust(3, "0")) if fraction else 0)
    return int(quantity * 1000)


def line_gross(unit_price: int, quantity: Decimal | str) -> int:
    """round(unit price x quantity), half up to the đồng: the till's CartLine.gross (both are
    non-negative, so half up is +0.5 and floor, in thousandths)."""
    return (unit_price * milli(quantity) + 500) // 1000


def line_vat(total: int, rate: int) -> int:
    """The VAT inside a VAT-inclusive line total: the till's CartLine.vat_amount."""
    if not rate:
        return 0
    return int((Decimal(total) * rate / (100 + rate)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Checks:
    """The rules for one batch of one booth, with what they need of the database."""

    def __init__(self, booth_id: int, periods: list[_Period], sales: dict[str, _Sale]) -> None:
        self.booth_id = booth_id
        self.periods = periods
        self.sales = sales

    @classmethod
    def load(cls, session: Session, booth_id: int, payloads: Iterable[Any]) -> Checks:
        """What the rules need for these payloads, in at most four queries: the booth's fair
        periods, the sales they name or are, and for this booth's sales that refunds name
        their lines and what was refunded of them (locked on PostgreSQL until the batch
        commits, so two batches cannot both refund the same line in full)."""
        periods = [
            _Period(fair, since.date() if since else None, until.date() if until else None)
            for fair, since, until in session.execute(
                select(BoothFair.fair_id, BoothFair.since, BoothFair.until)
                .where(BoothFair.booth_id == booth_id))
        ]
        named, refunded = set(), set()
        for p in payloads:
            if isinstance(p, SaleV1):
                named.add(p.id)
            elif isinstance(p, VoidV1 | RefundV1):
                named.add(p.sale_id)
                if isinstance(p, RefundV1):
                    refunded.add(p.sale_id)
        sales = {sid: _Sale(owner) for sid, owner in rows_by_id(
            session, SaleRecord.__table__, named, ("id", "booth_id"), lock=bool(refunded))}
        own = [sid for sid in refunded if sid in sales and sales[sid].booth_id == booth_id]
        if own:
            for sid in own:
                sales[sid].lines = {}
            for line_id, sid, quantity, total in rows_by_id(
                    session, SaleLineRecord.__table__, own,
                    ("id", "sale_id", "quantity", "total"), key="sale_id"):
                sales[sid].lines[line_id] = _Line(quantity, total)  # type: ignore[index]
            _add_refunded(session, booth_id, own, sales)
        return cls(booth_id, periods, sales)

    def check(self, fact: FactHead, parsed: Any) -> Refusal | None:
        try:
            in_service(fact.created_at)
        except ValueError as exc:
            return Refusal("invalid", "the fact's time is out of range",
                           (FieldError(loc="created_at", msg=str(exc)),))
        return _RULES[type(parsed)](self, fact, parsed)

    def accept(self, parsed: Any) -> None:
        """Count a fact the batch stores: later facts are checked against it."""
        if isinstance(parsed, SaleV1):
            self.sales[parsed.id] = _Sale(self.booth_id, accepted=parsed)
        elif isinstance(parsed, RefundV1):
            lines = self.sales[parsed.sale_id].line_map()
            for rl in parsed.lines:
                line = lines[rl.sale_line_id]
                line.refunded_quantity += milli(rl.quantity)
                line.refunded_amount += rl.amount

    # ------------------------------------------------------------ the rules, per kind
    def _fair(self, fair_id: int | None, first: date, last: date) -> Refusal | None:
        if fair_id is None:
            return None
        for p in self.periods:
            if p.fair_id == fair_id and (p.last is None or (
                    (p.first is None or p.first <= last) and first <= p.last)):
                return None
        return Refusal("forbidden", f"fair {fair_id} is not a fair this booth is, or was on "
                       f"{first.isoformat()}, assigned to",
                       (FieldError(loc="payload.fair_id", msg="not this booth's fair"),))

    def _sale(self, fact: FactHead, sale: SaleV1) -> Refusal | None:
        held = self.sales.get(sale.id)
        if held is not None:
            if held.booth_id != self.booth_id:
                return Refusal("forbidden", "this sale id belongs to another booth")
            return Refusal("conflict", "this sale is already held under another fact id")
        errors = _sale_sums(sale)
        if errors:
            return Refusal("invalid", "the sale's amounts do not add up", errors)
        if sale.fair_id is None:
            return None
        day = local_date(sale.created_utc, sale.utc_offset_min)
        return self._fair(sale.fair_id, day, day)

    def _named_sale(self, sale_id: str) -> _Sale | Refusal:
        sale = self.sales.get(sale_id)
        if sale is None:
            return Refusal("deferred", f"the hub does not hold sale {sale_id} (yet): "
                           "send this again after it")
        if sale.booth_id != self.booth_id:
            return Refusal("forbidden", "the sale belongs to another booth")
        return sale

    def _void(self, fact: FactHead, void: VoidV1) -> Refusal | None:
        sale = self._named_sale(void.sale_id)
        return sale if isinstance(sale, Refusal) else None

    def _refund(self, fact: FactHead, refund: RefundV1) -> Refusal | None:
        sale = self._named_sale(refund.sale_id)
        if isinstance(sale, Refusal):
            return sale
        lines = sale.line_map()
        errors: list[FieldError] = []
        taken: dict[str, tuple[int, int]] = {}
        for i, rl in enumerate(refund.lines):
            line = lines.get(rl.sale_line_id)
            if line is None:
                errors.append(FieldError(loc=f"payload.lines.{i}.sale_line_id",
                                         msg="not a line of the sale this refund names"))
                continue
            quantity, amount = taken.get(rl.sale_line_id, (0, 0))
            quantity += milli(rl.quantity)
            amount += rl.amount
            taken[rl.sale_line_id] = (quantity, amount)
            left = line.quantity - line.refunded_quantity
            if quantity > left:
                errors.append(FieldError(loc=f"payload.lines.{i}.quantity", msg=(
                    f"more than was sold less what was refunded ({Decimal(left) / 1000})")))
            if amount > line.total - line.refunded_amount:
                errors.append(FieldError(loc=f"payload.lines.{i}.amount", msg=(
                    "more than the line's total less what was refunded "
                    f"({line.total - line.refunded_amount})")))
        if len({rl.id for rl in refund.lines}) != len(refund.lines):
            errors.append(FieldError(loc="payload.lines", msg="line ids repeat"))
        if refund.total != sum(rl.amount for rl in refund.lines):
            errors.append(FieldError(loc="payload.total", msg="not the sum of the lines"))
        if errors:
            return Refusal("invalid", "the refund does not fit the sale it names",
                           tuple(errors[:MAX_ERRORS]))
        return None

    def _shift_close(self, fact: FactHead, shift: ShiftCloseV1) -> Refusal | None:
        errors = []
        if shift.closed_utc < shift.opened_utc:
            errors.append(FieldError(loc="payload.closed_utc", msg="before the shift opened"))
        methods = [c.method for c in shift.counts]
        for i, method in enumerate(methods):
            if method in methods[:i]:
                errors.append(FieldError(loc=f"payload.counts.{i}.method", msg="counted twice"))
        if errors:
            return Refusal("invalid", "the shift closing does not add up", tuple(errors))
        offset = offset_minutes(fact.created_at)
        return self._fair(shift.fair_id, local_date(shift.opened_utc, offset),
                          local_date(shift.closed_utc, offset))

    def _visitor_count(self, fact: FactHead, visit: VisitorCountV1) -> Refusal | None:
        day = local_date(visit.hour_utc, offset_minutes(fact.created_at))
        return self._fair(visit.fair_id, day, day)

    def _stock_move(self, fact: FactHead, move: StockMoveV1) -> Refusal | None:
        return None


_Rule = Callable[[Checks, FactHead, Any], Refusal | None]
_RULES: dict[type, _Rule] = {
    SaleV1: Checks._sale, SaleV2: Checks._sale, VoidV1: Checks._void, RefundV1: Checks._refund,
    ShiftCloseV1: Checks._shift_close, VisitorCountV1: Checks._visitor_count,
    StockMoveV1: Checks._stock_move,
}


def _sale_sums(sale: SaleV1) -> tuple[FieldError, ...]:
    errors: list[FieldError] = []
    subtotal = discounts = total = vat = 0
    for i, ln in enumerate(sale.lines):
        gross = line_gross(ln.unit_price, ln.quantity)
        if ln.discount > gross:
            errors.append(FieldError(loc=f"payload.lines.{i}.discount",
                                     msg=f"more than the line's amount ({gross})"))
        elif ln.total != gross - ln.discount:
            errors.append(FieldError(loc=f"payload.lines.{i}.total", msg=(
                f"should be {gross - ln.discount}: unit_price x quantity less discount")))
        if ln.vat_amount != line_vat(ln.total, ln.vat_rate):
            errors.append(FieldError(loc=f"payload.lines.{i}.vat_amount",
                                     msg=f"should be {line_vat(ln.total, ln.vat_rate)}"))
        subtotal += gross
        discounts += ln.discount
        total += ln.total
        vat += ln.vat_amount
    for name, stated, derived in (("subtotal", sale.subtotal, subtotal),
                                  ("discount_total", sale.discount_total, discounts),
                                  ("total", sale.total, total), ("vat_total", sale.vat_total, vat)):
        if stated != derived:
            errors.append(FieldError(loc=f"payload.{name}",
                                     msg=f"should be {derived}, the sum of the lines"))
    if sale.payments and sum(p.amount for p in sale.payments) != sale.total:
        errors.append(FieldError(loc="payload.payments", msg="do not add up to the total"))
    for name, items in (("lines", sale.lines), ("payments", sale.payments)):
        if len({item.id for item in items}) != len(items):
            errors.append(FieldError(loc=f"payload.{name}", msg="ids repeat"))
    return tuple(errors[:MAX_ERRORS])


def _add_refunded(session: Session, booth_id: int, sale_ids: list[str],
                  sales: dict[str, _Sale]) -> None:
    """What was refunded so far of these sales' lines: by this booth, as reports count it."""
    quantity = type_coerce(RefundLineRecord.quantity, BigInteger)  # milli, as stored
    rows = session.execute(
        select(RefundRecord.sale_id, RefundLineRecord.sale_line_id, func.sum(quantity),
               func.sum(RefundLineRecord.amount))
        .join(RefundRecord, RefundRecord.id == RefundLineRecord.refund_id)
        .where(RefundRecord.sale_id.in_(sale_ids), RefundRecord.booth_id == booth_id)
        .group_by(RefundRecord.sale_id, RefundLineRecord.sale_line_id))
    for sid, line_id, refunded_quantity, refunded_amount in rows:
        line = (sales[sid].lines or {}).get(line_id)
        if line is not None:
            line.refunded_quantity += int(refunded_quantity or 0)
            line.refunded_amount += int(refunded_amount or 0)
