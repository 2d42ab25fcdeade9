"""Checkout: the one transaction that makes a sale real.

Sale, lines, payments, stock moves, outbox fact and audit entries are written in ONE SQLite
transaction (BEGIN IMMEDIATE ... COMMIT with synchronous=FULL). When checkout returns, the sale
is on disk; if the laptop dies before that, nothing of it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.db import Database
from app.ids import uuid7
from app.models import AuditEntry, Counter, Payment, Sale, SaleLine, Shift, StockMove
from app.models.sales import PAYMENT_METHODS
from app.services.auth import require_manager
from app.services.cart import Cart
from app.services.clock import local_offset_minutes, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.money import format_dong
from app.services.outbox import enqueue
from app.services.settings import next_counter
from app.services.till import Till, no_open_shift


@dataclass(frozen=True)
class PaymentInput:
    """For cash, amount is what the customer handed over; change is worked out here."""

    method: str
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class AppliedPayment:
    method: str
    amount: int
    tendered: int | None
    change: int
    reference: str


@dataclass(frozen=True)
class SaleResult:
    id: str
    number: str
    total: int
    change: int


def sale_number(device_code: str, n: int) -> str:
    return f"{device_code}-{n:06d}"


def peek_next_sale_number(db: Database, device_code: str) -> str:
    """The number the next sale will get: shown in the VietQR reference before paying.

    Safe because one process owns the database (instance lock) and numbers are only taken
    inside the checkout transaction.
    """
    with db.read() as session:
        row = session.get(Counter, "sale_number")
        return sale_number(device_code, (row.value if row else 0) + 1)


NEEDS_REFERENCE = ("card", "ewallet")


def validate_payment(p: PaymentInput) -> None:
    """One payment on its own; card and e-wallet need the terminal's or app's transaction code,
    or the payment cannot be matched to the statement later."""
    if p.method not in PAYMENT_METHODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Phương thức thanh toán không hợp lệ: {method}"),
            method=p.method,
        )
    if p.amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Số tiền thanh toán phải lớn hơn 0"))
    if p.method in NEEDS_REFERENCE and not p.reference.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Nhập mã giao dịch cho thanh toán {method}"),
            method=QT_TRANSLATE_NOOP("errors", "thẻ") if p.method == "card"
            else QT_TRANSLATE_NOOP("errors", "ví điện tử"),
        )


def apply_payments(total: int, payments: list[PaymentInput]) -> list[AppliedPayment]:
    """Non-cash pays exactly; cash covers the rest and gives change; never less than the total."""
    for p in payments:
        validate_payment(p)
    non_cash = sum(p.amount for p in payments if p.method != "cash")
    cash_given = sum(p.amount for p in payments if p.method == "cash")
    if non_cash > total:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Thanh toán không dùng tiền mặt ({paid}) vượt quá tổng tiền ({total})"
            ),
            paid=format_dong(non_cash),
            total=format_dong(total),
        )
    if non_cash + cash_given < total:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Khách trả thiếu {short}: tổng {total}, đã trả {paid}"),
            short=format_dong(total - non_cash - cash_given),
            total=format_dong(total),
            paid=format_dong(non_cash + cash_given),
        )
    applied = [
        AppliedPayment(p.method, p.amount, None, 0, p.reference.strip())
        for p in payments
        if p.method != "cash"
    ]
    cash_due = total - non_cash
    if cash_given:
        applied_cash = min(cash_due, cash_given)
        change = cash_given - applied_cash
        if applied_cash > 0:
            applied.append(AppliedPayment("cash", applied_cash, cash_given, change, ""))
        elif change:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Đã đủ tiền, không cần thu thêm tiền mặt")
            )
    return applied


def checkout(db: Database, till: Till, cart: Cart, payments: list[PaymentInput]) -> SaleResult:
    if cart.is_empty:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Giỏ hàng trống"))
    applied = apply_payments(cart.total, payments)
    with db.write() as session:
        shift = _open_shift(session, till)
        _check_approvals(session, cart)
        now = now_utc()
        offset = local_offset_minutes(now)
        sale = Sale(
            id=uuid7(),
            number=sale_number(till.device_code, next_counter(session, "sale_number")),
            shift_id=shift.id,
            location_id=till.location_id,
            fair_id=till.fair_id,
            staff_id=till.staff.id,
            created_utc=now,
            utc_offset_min=offset,
            subtotal=cart.subtotal,
            discount_total=cart.discount_total,
            total=cart.total,
            vat_total=cart.vat_total,
            status="completed",
        )
        session.add(sale)
        for no, line in enumerate(cart.lines, start=1):
            p = line.product
            row = SaleLine(
                id=uuid7(),
                line_no=no,
                product_id=p.id,
                sku=p.sku,
                barcode=p.barcode,
                name=p.name,
                unit=p.unit,
                list_price=p.price,
                unit_price=line.unit_price,
                quantity=line.quantity,
                discount=line.discount,
                total=line.total,
                vat_rate=p.vat_rate,
                vat_amount=line.vat_amount,
            )
            sale.lines.append(row)
            session.add(
                StockMove(
                    id=uuid7(),
                    product_id=p.id,
                    location_id=till.location_id,
                    quantity=-line.quantity,
                    kind="sale",
                    ref_id=sale.id,
                    staff_id=till.staff.id,
                    created_utc=now,
                )
            )
            _audit_line(session, sale, row, line.price_approved_by, line.discount_approved_by, till)
        for pay in applied:
            sale.payments.append(
                Payment(
                    id=uuid7(),
                    method=pay.method,
                    amount=pay.amount,
                    tendered=pay.tendered,
                    change=pay.change,
                    reference=pay.reference,
                    status="confirmed",
                )
            )
        session.flush()
        enqueue(session, "sale", sale_payload(sale), fact_id=sale.id)
        change = sum(p.change for p in applied)
        return SaleResult(sale.id, sale.number, sale.total, change)


def _open_shift(session: Session, till: Till) -> Shift:
    shift = session.get(Shift, till.shift_id) if till.shift_id else None
    if shift is None or shift.status != "open":
        raise no_open_shift()
    return shift


def _check_approvals(session: Session, cart: Cart) -> None:
    for line in cart.lines:
        if line.price_changed:
            require_manager(session, line.price_approved_by, "đổi giá bán")
        if cart.discount_needs_approval(line.gross, line.discount):
            require_manager(session, line.discount_approved_by, "giảm giá quá hạn mức")


def _audit_line(
    session: Session,
    sale: Sale,
    line: SaleLine,
    price_by: int | None,
    discount_by: int | None,
    till: Till,
) -> None:
    if line.unit_price != line.list_price:
        session.add(
            AuditEntry(
                id=uuid7(),
                created_utc=sale.created_utc,
                action="price_override",
                staff_id=till.staff.id,
                approved_by_id=price_by,
                sale_id=sale.id,
                detail=json.dumps(
                    {"sku": line.sku, "list_price": line.list_price, "unit_price": line.unit_price}
                ),
            )
        )
    if line.discount:
        session.add(
            AuditEntry(
                id=uuid7(),
                created_utc=sale.created_utc,
                action="discount",
                staff_id=till.staff.id,
                approved_by_id=discount_by,
                sale_id=sale.id,
                detail=json.dumps(
                    {
                        "sku": line.sku,
                        "discount": line.discount,
                        "gross": line.total + line.discount,
                    }
                ),
            )
        )


def _qty(q: Decimal) -> str:
    return format(q, "f")


SALE_FIELDS = (
    "id", "number", "shift_id", "location_id", "fair_id", "staff_id", "created_utc",
    "utc_offset_min", "subtotal", "discount_total", "total", "vat_total",
)
LINE_FIELDS = (
    "id", "line_no", "sku", "barcode", "name", "unit", "list_price", "unit_price", "quantity",
    "discount", "total", "vat_rate", "vat_amount",
)
PAYMENT_FIELDS = ("id", "method", "amount", "reference")


def build_sale_payload(
    sale: dict[str, Any], lines: list[dict[str, Any]], payments: list[dict[str, Any]]
) -> dict[str, Any]:
    """The sale as the hub receives it: self-contained, so catalog drift never loses it."""
    payload = {k: sale[k] for k in SALE_FIELDS}
    payload["created_utc"] = sale["created_utc"].isoformat()
    payload["lines"] = [
        {**{k: ln[k] for k in LINE_FIELDS}, "quantity": _qty(ln["quantity"])} for ln in lines
    ]
    payload["payments"] = [{k: p[k] for k in PAYMENT_FIELDS} for p in payments]
    return payload


def sale_payload(sale: Sale) -> dict[str, Any]:
    return build_sale_payload(
        {k: getattr(sale, k) for k in SALE_FIELDS},
        [{k: getattr(ln, k) for k in LINE_FIELDS} for ln in sale.lines],
        [{k: getattr(p, k) for k in PAYMENT_FIELDS} for p in sale.payments],
    )
