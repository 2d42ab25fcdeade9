"""Shifts (ca): open with a cash float, close by counting, print the Z-report.

Expected cash = float + cash taken (net of change) − cash refunded. Other methods are expected
to match what the bank / card terminal shows; the cashier may enter a counted figure for them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.ids import uuid7
from app.models import (
    Fair,
    Location,
    Payment,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    Shift,
    ShiftCount,
    Staff,
)
from app.models.sales import PAYMENT_METHODS
from app.printing.documents import ZReportData, ZReportMethodRow
from app.services import sale_numbers
from app.services.clock import local_offset_minutes, now_utc, to_local
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.money import round_dong
from app.services.outbox import enqueue
from app.services.settings import load as load_settings
from app.services.settings import next_counter
from app.services.till import Till
from app.services.visitors import visitors_between


@dataclass(frozen=True)
class ShiftInfo:
    id: str
    number: str
    opened_utc: datetime
    opening_float: int
    opened_by: str
    status: str


@dataclass(frozen=True)
class ShiftTotals:
    sales_count: int
    sales_total: int
    voids_count: int
    voids_total: int
    refunds_count: int
    refunds_total: int
    discounts_total: int
    expected: dict[str, int]
    vat_by_rate: dict[int, int]


def current_shift(db: Database, location_id: int) -> ShiftInfo | None:
    with db.read() as session:
        shift = session.scalars(
            select(Shift).where(Shift.location_id == location_id, Shift.status == "open")
        ).first()
        return _info(session, shift) if shift else None


def _info(session: Session, shift: Shift) -> ShiftInfo:
    staff = session.get(Staff, shift.opened_by_id)
    return ShiftInfo(
        shift.id,
        shift.number,
        shift.opened_utc,
        shift.opening_float,
        staff.name if staff else "",
        shift.status,
    )


def open_shift(db: Database, till: Till, opening_float: int) -> ShiftInfo:
    if opening_float < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tiền đầu ca không được âm"))
    with db.write() as session:
        existing = session.scalars(
            select(Shift).where(Shift.location_id == till.location_id, Shift.status == "open")
        ).first()
        if existing:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Ca {number} đang mở: hãy chốt ca đó trước"),
                number=existing.number,
            )
        now = now_utc()
        n = next_counter(session, "shift_number")
        shift = Shift(
            id=uuid7(),
            number=f"{till.device_code}-C{n:04d}",
            location_id=till.location_id,
            fair_id=till.fair_id,
            opened_by_id=till.staff.id,
            opened_utc=now,
            utc_offset_min=local_offset_minutes(now),
            opening_float=opening_float,
            status="open",
        )
        session.add(shift)
        session.flush()
        return _info(session, shift)


def shift_totals(session: Session, shift: Shift) -> ShiftTotals:
    sales = session.execute(
        select(
            Sale.status,
            func.count(),
            func.coalesce(func.sum(Sale.total), 0),
            func.coalesce(func.sum(Sale.discount_total), 0),
        )
        .where(Sale.shift_id == shift.id)
        .group_by(Sale.status)
    ).all()
    by_status = {row[0]: row for row in sales}
    done = by_status.get("completed", (None, 0, 0, 0))
    voided = by_status.get("voided", (None, 0, 0, 0))
    expected: dict[str, int] = defaultdict(int)
    expected["cash"] = shift.opening_float
    for method, amount in session.execute(
        select(Payment.method, func.sum(Payment.amount))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.shift_id == shift.id, Sale.status == "completed")
        .group_by(Payment.method)
    ):
        expected[method] += amount
    refunds = session.execute(
        select(Refund.method, func.count(), func.sum(Refund.total))
        .where(Refund.shift_id == shift.id)
        .group_by(Refund.method)
    ).all()
    for method, _count, amount in refunds:
        expected[method] -= amount
    vat: dict[int, int] = {}
    for rate, amount in session.execute(
        select(SaleLine.vat_rate, func.sum(SaleLine.vat_amount))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.shift_id == shift.id, Sale.status == "completed")
        .group_by(SaleLine.vat_rate)
        .order_by(SaleLine.vat_rate)
    ):
        vat[rate] = amount
    for back in refunded_in_shift(session, shift.id):
        vat[back.vat_rate] = vat.get(back.vat_rate, 0) - back.vat
    return ShiftTotals(
        sales_count=done[1],
        sales_total=done[2],
        voids_count=voided[1],
        voids_total=voided[2],
        refunds_count=sum(r[1] for r in refunds),
        refunds_total=sum(r[2] for r in refunds),
        discounts_total=done[3],
        expected={m: expected.get(m, 0) for m in PAYMENT_METHODS},
        vat_by_rate=vat,
    )


@dataclass(frozen=True)
class RefundedLine:
    """What a refund made in a shift took back from one sale line (of this or an earlier
    shift): the Z-report's products and VAT are net of it, as its cash already is."""

    name: str
    vat_rate: int
    quantity: Decimal
    amount: int
    vat: int  # the line's VAT in proportion to the amount given back


def refunded_in_shift(session: Session, shift_id: str) -> list[RefundedLine]:
    rows = session.execute(
        select(SaleLine.name, SaleLine.vat_rate, SaleLine.total, SaleLine.vat_amount,
               RefundLine.quantity, RefundLine.amount)
        .join(RefundLine, RefundLine.sale_line_id == SaleLine.id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(Refund.shift_id == shift_id)
    ).all()
    return [RefundedLine(name, rate, quantity, amount,
                         round_dong(Decimal(line_vat) * amount / line_total) if line_total else 0)
            for name, rate, line_total, line_vat, quantity, amount in rows]


def best_sellers(session: Session, shift_id: str, limit: int = 10
                 ) -> list[tuple[str, Decimal, int]]:
    """(name, quantity, amount) sold in the shift less what its refunds took back, best first."""
    sold: dict[str, list[Any]] = {}
    for name, quantity, amount in session.execute(
        select(SaleLine.name, func.sum(SaleLine.quantity), func.sum(SaleLine.total))
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(Sale.shift_id == shift_id, Sale.status == "completed")
        .group_by(SaleLine.name)
    ):
        sold[name] = [name, Decimal(quantity), int(amount)]
    for back in refunded_in_shift(session, shift_id):
        row = sold.setdefault(back.name, [back.name, Decimal(0), 0])
        row[1] -= back.quantity
        row[2] -= back.amount
    ranked = sorted((r for r in sold.values() if r[1] > 0 or r[2] > 0),
                    key=lambda r: (-r[2], r[0]))
    return [(name, quantity, amount) for name, quantity, amount in ranked[:limit]]


def expected_amounts(db: Database, shift_id: str) -> ShiftTotals:
    with db.read() as session:
        return shift_totals(session, _get(session, shift_id))


def _get(session: Session, shift_id: str) -> Shift:
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy ca {id}"), id=shift_id)
    return shift


def close_shift(db: Database, till: Till, shift_id: str, counted: dict[str, int | None]) -> str:
    """Close with the counted money per method; cash must be counted."""
    if counted.get("cash") is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập số tiền mặt đếm được"))
    for method, amount in counted.items():
        if amount is not None and amount < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Số tiền đếm được không được âm ({method})"),
                method=method,
            )
    with db.write() as session:
        shift = _get(session, shift_id)
        if shift.status != "open":
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Ca {number} đã chốt"), number=shift.number
            )
        totals = shift_totals(session, shift)
        now = now_utc()
        shift.status = "closed"
        shift.closed_by_id = till.staff.id
        shift.closed_utc = now
        for method in PAYMENT_METHODS:
            shift.counts.append(
                ShiftCount(
                    method=method, expected=totals.expected[method], counted=counted.get(method)
                )
            )
        session.flush()
        enqueue(
            session,
            "shift_close",
            {
                "id": shift.id,
                "number": shift.number,
                "location_id": shift.location_id,
                "fair_id": shift.fair_id,
                "opened_utc": shift.opened_utc.isoformat(),
                "closed_utc": now.isoformat(),
                "opening_float": shift.opening_float,
                "sales_count": totals.sales_count,
                "sales_total": totals.sales_total,
                "refunds_total": totals.refunds_total,
                "counts": [
                    {"method": c.method, "expected": c.expected, "counted": c.counted}
                    for c in shift.counts
                ],
            },
        )
        return shift.id


def zreport_data(db: Database, shift_id: str) -> ZReportData:
    """Everything the Z-report prints, for an open (X) or closed (Z) shift."""
    settings = load_settings(db)
    tz = settings.timezone
    with db.read() as session:
        shift = _get(session, shift_id)
        totals = shift_totals(session, shift)
        location = session.get(Location, shift.location_id)
        fair = session.get(Fair, shift.fair_id) if shift.fair_id else None
        opened_by = session.get(Staff, shift.opened_by_id)
        closed_by = session.get(Staff, shift.closed_by_id) if shift.closed_by_id else None
        counts = {c.method: c.counted for c in shift.counts}
        top = best_sellers(session, shift.id)
        end = shift.closed_utc or now_utc()
        visitors = visitors_between(session, shift.location_id, shift.opened_utc, end)
        return ZReportData(
            shop_name=settings.shop_name,
            location_name=location.name if location else "",
            fair_name=fair.name if fair else None,
            shift_label=shift.number,
            opened_local=to_local(shift.opened_utc, tz),
            closed_local=to_local(shift.closed_utc, tz) if shift.closed_utc else None,
            opened_by=opened_by.name if opened_by else "",
            closed_by=closed_by.name if closed_by else None,
            opening_float=shift.opening_float,
            sales_count=totals.sales_count,
            sales_total=totals.sales_total,
            voids_count=totals.voids_count,
            voids_total=totals.voids_total,
            refunds_count=totals.refunds_count,
            refunds_total=totals.refunds_total,
            discounts_total=totals.discounts_total,
            vat_by_rate=tuple(totals.vat_by_rate.items()),
            methods=tuple(
                ZReportMethodRow(m, totals.expected[m], counts.get(m))
                for m in PAYMENT_METHODS
                if totals.expected[m] or counts.get(m) or m == "cash"
            ),
            visitors=visitors,
            top_products=tuple((name, qty, amount) for name, qty, amount in top),
            abandoned_numbers=tuple(sale_numbers.abandoned(session, shift.id)),
            printed_local=to_local(now_utc(), tz),
        )
