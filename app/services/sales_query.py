"""Reading sales back: the recent-sales list, one sale's detail, and its receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from app.db import Database
from app.models import Fair, Location, Refund, Sale, Staff
from app.printing.documents import ReceiptData, ReceiptLine, ReceiptPayment
from app.services.clock import to_local
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.refunds import _refunded_by_line
from app.services.settings import BoothSettings
from app.services.settings import load as load_settings
from app.services.vietqr import build_payload


@dataclass(frozen=True)
class SaleSummary:
    id: str
    number: str
    created_utc: datetime
    total: int
    status: str
    methods: str
    staff_name: str


@dataclass(frozen=True)
class SaleLineDetail:
    id: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: int
    discount: int
    total: int
    refundable: Decimal


@dataclass(frozen=True)
class SaleDetail:
    summary: SaleSummary
    lines: tuple[SaleLineDetail, ...]


def _summary(sale: Sale, staff_name: str) -> SaleSummary:
    methods = ", ".join(sorted({p.method for p in sale.payments}))
    return SaleSummary(
        sale.id, sale.number, sale.created_utc, sale.total, sale.status, methods, staff_name
    )


def recent_sales(db: Database, limit: int = 50, text: str = "") -> list[SaleSummary]:
    with db.read() as session:
        query = (
            select(Sale, Staff.name)
            .join(Staff, Staff.id == Sale.staff_id)
            .options(selectinload(Sale.payments))
            .order_by(Sale.created_utc.desc())
            .limit(limit)
        )
        if text.strip():
            query = query.where(or_(Sale.number.contains(text.strip().upper())))
        return [_summary(sale, name) for sale, name in session.execute(query)]


def sale_detail(db: Database, sale_id: str) -> SaleDetail:
    with db.read() as session:
        sale = session.get(Sale, sale_id)
        if sale is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy hóa đơn {id}"), id=sale_id
            )
        staff = session.get(Staff, sale.staff_id)
        done = _refunded_by_line(session, sale.id)
        lines = tuple(
            SaleLineDetail(
                ln.id,
                ln.name,
                ln.unit,
                ln.quantity,
                ln.unit_price,
                ln.discount,
                ln.total,
                ln.quantity - done.get(ln.id, Decimal(0))
                if sale.status == "completed"
                else Decimal(0),
            )
            for ln in sale.lines
        )
        return SaleDetail(_summary(sale, staff.name if staff else ""), lines)


def receipt_data(db: Database, sale_id: str) -> ReceiptData:
    settings = load_settings(db)
    with db.read() as session:
        sale = session.get(Sale, sale_id)
        if sale is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy hóa đơn {id}"), id=sale_id
            )
        location = session.get(Location, sale.location_id)
        fair = session.get(Fair, sale.fair_id) if sale.fair_id else None
        staff = session.get(Staff, sale.staff_id)
        cash = [p for p in sale.payments if p.method == "cash"]
        return ReceiptData(
            shop_name=settings.shop_name,
            location_name=location.name if location else "",
            fair_name=fair.name if fair else None,
            address=settings.shop_address,
            sale_number=sale.number,
            created_local=to_local(sale.created_utc, settings.timezone),
            staff_name=staff.name if staff else "",
            lines=tuple(
                ReceiptLine(
                    ln.name, ln.quantity, ln.unit, ln.unit_price, ln.discount, ln.total, ln.vat_rate
                )
                for ln in sale.lines
            ),
            subtotal=sale.subtotal,
            discount_total=sale.discount_total,
            total=sale.total,
            vat_included=sale.vat_total,
            payments=tuple(ReceiptPayment(p.method, p.amount, p.reference) for p in sale.payments),
            cash_tendered=sum(p.tendered or 0 for p in cash),
            change=sum(p.change for p in cash),
            voided=sale.status == "voided",
            vietqr_payloads=_vietqr_payloads(settings, sale),
        )


def _vietqr_payloads(settings: BoothSettings, sale: Sale) -> tuple[str, ...]:
    """The payload the customer scanned for each transfer: the payment dialog built it from
    the same bank account, the amount and the sale number (the payment's reference). A bank
    setting that no longer makes a valid code leaves the code off rather than the receipt."""
    if not settings.has_bank_account:
        return ()
    payloads = []
    for payment in sale.payments:
        if payment.method != "vietqr":
            continue
        try:
            payloads.append(build_payload(settings.bank_bin, settings.bank_account,
                                          amount=payment.amount,
                                          reference=payment.reference or sale.number))
        except ValidationError:
            continue
    return tuple(payloads)


def refund_receipt_data(db: Database, refund_number: str) -> ReceiptData:
    settings = load_settings(db)
    with db.read() as session:
        refund = session.scalars(select(Refund).where(Refund.number == refund_number)).first()
        if refund is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy phiếu hoàn {id}"), id=refund_number
            )
        sale = session.get(Sale, refund.sale_id)
        assert sale is not None
        by_id = {ln.id: ln for ln in sale.lines}
        location = session.get(Location, sale.location_id)
        staff = session.get(Staff, refund.staff_id)
        lines = []
        for rl in refund.lines:
            ln = by_id[rl.sale_line_id]
            lines.append(
                ReceiptLine(ln.name, rl.quantity, ln.unit, ln.unit_price, 0, rl.amount, ln.vat_rate)
            )
        return ReceiptData(
            shop_name=settings.shop_name,
            location_name=location.name if location else "",
            fair_name=None,
            address=settings.shop_address,
            sale_number=refund.number,
            created_local=to_local(refund.created_utc, settings.timezone),
            staff_name=staff.name if staff else "",
            lines=tuple(lines),
            subtotal=refund.total,
            discount_total=0,
            total=refund.total,
            vat_included=0,
            payments=(ReceiptPayment(refund.method, refund.total, ""),),
            cash_tendered=0,
            change=0,
            refund_of=sale.number,
        )
