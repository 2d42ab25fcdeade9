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

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bulk import insert_rows
from app.db import Database
from app.ids import uuid7
from app.models import AuditEntry, Counter, Payment, Sale, SaleLine, Shift, StockMove
from app.models.sales import PAYMENT_METHODS
from app.services import sale_numbers
from app.services.cart import Cart
from app.services.clock import local_offset_minutes, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.money import format_dong
from app.services.outbox import enqueue
from app.services.rights import Actor, Right, require
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


sale_number = sale_numbers.sale_number  # kept here too: demo data and tests format numbers


def peek_next_sale_number(db: Database, device_code: str) -> str:
    """The number the next sale would get if nothing is reserved first (nothing is taken)."""
    with db.read() as session:
        row = session.get(Counter, sale_numbers.COUNTER)
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
            method=QT_TRANSLATE_NOOP("errors", "thẻ")
            if p.method == "card"
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


def checkout(db: Database, till: Till, cart: Cart, payments: list[PaymentInput],
             number: str | None = None) -> SaleResult:
    """Write the sale; when this returns, it is committed and fsynced. `number` is one
    reserved for it beforehand (a VietQR showed it: app.services.sale_numbers), else the next.

    The rows go in as Core executemany statements rather than ORM objects: checkout is the
    till's hot path and the unit-of-work bookkeeping cost more than the fsync itself.
    """
    if cart.is_empty:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Giỏ hàng trống"))
    applied = apply_payments(cart.total, payments)
    with db.write() as session:
        _require_open_shift(session, till)
        _check_approvals(session, till, cart)
        if number is not None:
            sale_numbers.require_claimable(session, number, till.shift_id)
        now = now_utc()
        sale_id = uuid7()
        sale = {
            "id": sale_id,
            "number": number or sale_numbers.take(session, till.device_code),
            "shift_id": till.shift_id,
            "location_id": till.location_id,
            "fair_id": till.fair_id,
            "staff_id": till.staff.id,
            "created_utc": now,
            "utc_offset_min": local_offset_minutes(now),
            "subtotal": cart.subtotal,
            "discount_total": cart.discount_total,
            "total": cart.total,
            "vat_total": cart.vat_total,
            "status": "completed",
        }
        lines = [
            {
                "id": uuid7(),
                "sale_id": sale_id,
                "line_no": no,
                "product_id": ln.product.id,
                "sku": ln.product.sku,
                "barcode": ln.product.barcode,
                "name": ln.product.name,
                "unit": ln.product.unit,
                "list_price": ln.product.price,
                "unit_price": ln.unit_price,
                "quantity": ln.quantity,
                "discount": ln.discount,
                "total": ln.total,
                "vat_rate": ln.product.vat_rate,
                "vat_amount": ln.vat_amount,
            }
            for no, ln in enumerate(cart.lines, start=1)
        ]
        pays = [
            {
                "id": uuid7(),
                "sale_id": sale_id,
                "method": p.method,
                "amount": p.amount,
                "tendered": p.tendered,
                "change": p.change,
                "reference": p.reference,
                "status": "confirmed",
            }
            for p in applied
        ]
        moves = [
            {
                "id": uuid7(),
                "product_id": ln["product_id"],
                "location_id": till.location_id,
                "quantity": -ln["quantity"],
                "kind": "sale",
                "ref_id": sale_id,
                "staff_id": till.staff.id,
                "created_utc": now,
                "reason": "",
            }
            for ln in lines
        ]
        insert_rows(session, Sale.__table__, [sale])
        if number is not None:
            sale_numbers.claim(session, number, sale_id)
        insert_rows(session, SaleLine.__table__, lines)
        insert_rows(session, Payment.__table__, pays)
        insert_rows(session, StockMove.__table__, moves)
        insert_rows(session, AuditEntry.__table__, _audit_rows(sale, lines, cart, till))
        enqueue(session, "sale", build_sale_payload(sale, lines, pays), fact_id=sale_id)
        change = sum(p.change for p in applied)
        return SaleResult(sale_id, sale["number"], sale["total"], change)


def _require_open_shift(session: Session, till: Till) -> None:
    status = (
        session.connection()
        .execute(select(Shift.__table__.c.status).where(Shift.__table__.c.id == till.shift_id))
        .scalar()
        if till.shift_id
        else None
    )
    if status != "open":
        raise no_open_shift()


def _check_approvals(session: Session, till: Till, cart: Cart) -> None:
    """Each changed price and each discount over the limit needs its right (services.rights):
    the cashier's own, or that of the manager who approved that line with a PIN."""
    for line in cart.lines:
        if line.price_changed:
            require(session, Actor(till.staff.id, line.price_approved_by), Right.PRICE)
        if cart.discount_needs_approval(line.gross, line.discount):
            require(session, Actor(till.staff.id, line.discount_approved_by),
                    Right.DISCOUNT_OVER_LIMIT)


def _audit_rows(
    sale: dict[str, Any], lines: list[dict[str, Any]], cart: Cart, till: Till
) -> list[dict[str, Any]]:
    """Price overrides and discounts, with who approved them (None: within the cashier's limit)."""
    rows = []
    for row, line in zip(lines, cart.lines, strict=True):
        base = {
            "created_utc": sale["created_utc"],
            "staff_id": till.staff.id,
            "sale_id": sale["id"],
        }
        if row["unit_price"] != row["list_price"]:
            rows.append(
                {
                    **base,
                    "id": uuid7(),
                    "action": "price_override",
                    "approved_by_id": line.price_approved_by,
                    "detail": json.dumps(
                        {
                            "sku": row["sku"],
                            "list_price": row["list_price"],
                            "unit_price": row["unit_price"],
                        }
                    ),
                }
            )
        if row["discount"]:
            rows.append(
                {
                    **base,
                    "id": uuid7(),
                    "action": "discount",
                    "approved_by_id": line.discount_approved_by,
                    "detail": json.dumps(
                        {
                            "sku": row["sku"],
                            "discount": row["discount"],
                            "gross": row["total"] + row["discount"],
                        }
                    ),
                }
            )
    return rows


def _qty(q: Decimal) -> str:
    return format(q, "f")


SALE_FIELDS = (
    "id",
    "number",
    "shift_id",
    "location_id",
    "fair_id",
    "staff_id",
    "created_utc",
    "utc_offset_min",
    "subtotal",
    "discount_total",
    "total",
    "vat_total",
)
LINE_FIELDS = (
    "id",
    "line_no",
    "sku",
    "barcode",
    "name",
    "unit",
    "list_price",
    "unit_price",
    "quantity",
    "discount",
    "total",
    "vat_rate",
    "vat_amount",
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
