"""Voids and refunds: both need their right (services.rights: a manager, or a manager's PIN),
both are audited, both go to the hub.

A void cancels a whole sale of the open shift (the money has not left the drawer's story yet);
a refund gives money back for some lines of an earlier sale, never more than was sold.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.ids import uuid7
from app.models import AuditEntry, Refund, RefundLine, Sale, SaleLine, Shift, StockMove
from app.models.sales import PAYMENT_METHODS
from app.services.checkout import _qty
from app.services.clock import local_offset_minutes, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.money import round_dong
from app.services.outbox import enqueue
from app.services.rights import Actor, Right, require
from app.services.settings import next_counter
from app.services.till import Till, no_open_shift


def _sale(session: Session, sale_id: str) -> Sale:
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy hóa đơn {id}"), id=sale_id)
    return sale


def _void_problem(session: Session, sale: Sale) -> StateError | None:
    """Why this sale cannot be voided (already voided, its shift closed, partly refunded)."""
    if sale.status == "voided":
        return StateError(QT_TRANSLATE_NOOP("errors", "Hóa đơn {number} đã bị hủy trước đó"),
                          number=sale.number)
    shift = session.get(Shift, sale.shift_id)
    if shift is None or shift.status != "open":
        return StateError(QT_TRANSLATE_NOOP(
            "errors", "Hóa đơn {number} thuộc ca đã chốt: hãy dùng hoàn tiền thay vì hủy"),
            number=sale.number)
    if _refunded_by_line(session, sale.id):
        return StateError(
            QT_TRANSLATE_NOOP("errors", "Hóa đơn {number} đã có hoàn tiền, không thể hủy"),
            number=sale.number)
    return None


def void_refusal(db: Database, sale_id: str) -> StateError | None:
    """Asked before the reason and the manager's PIN are typed: a void that cannot happen is
    refused first, and the void button is offered only where this is None."""
    with db.read() as session:
        return _void_problem(session, _sale(session, sale_id))


def void_sale(
    db: Database, till: Till, sale_id: str, approver_id: int | None, reason: str
) -> None:
    """approver_id: the manager who typed their PIN; None when the till's staff holds the void
    right themselves (services.rights)."""
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy nhập lý do hủy hóa đơn"))
    with db.write() as session:
        approver = require(session, Actor(till.staff.id, approver_id), Right.VOID)
        sale = _sale(session, sale_id)
        problem = _void_problem(session, sale)
        if problem is not None:
            raise problem
        now = now_utc()
        sale.status = "voided"
        sale.voided_utc = now
        sale.voided_by_id = approver.id
        sale.void_reason = reason.strip()
        for line in sale.lines:
            _back_to_stock(
                session,
                till,
                line.product_id,
                sale.location_id,
                line.quantity,
                "void",
                sale.id,
                now,
            )
        _audit(
            session,
            "void",
            till,
            approver.id,
            sale.id,
            now,
            {"number": sale.number, "total": sale.total, "reason": reason},
        )
        enqueue(
            session,
            "void",
            {
                "sale_id": sale.id,
                "number": sale.number,
                "voided_utc": now.isoformat(),
                "approved_by": approver.id,
                "reason": sale.void_reason,
            },
        )


def _back_to_stock(
    session: Session,
    till: Till,
    product_id: int | None,
    location_id: int,
    quantity: Decimal,
    kind: str,
    ref_id: str,
    now: datetime,
) -> None:
    """Goods that come back (void, refund) re-enter the ledger where they were sold from."""
    if product_id is None:
        return
    session.add(
        StockMove(
            id=uuid7(),
            product_id=product_id,
            location_id=location_id,
            quantity=quantity,
            kind=kind,
            ref_id=ref_id,
            staff_id=till.staff.id,
            created_utc=now,
        )
    )


def _audit(
    session: Session,
    action: str,
    till: Till,
    approver_id: int,
    sale_id: str,
    now: datetime,
    detail: dict[str, object],
) -> None:
    session.add(
        AuditEntry(
            id=uuid7(),
            created_utc=now,
            action=action,
            staff_id=till.staff.id,
            approved_by_id=approver_id,
            sale_id=sale_id,
            detail=json.dumps(detail, ensure_ascii=False),
        )
    )


def _refunded_by_line(session: Session, sale_id: str) -> dict[str, Decimal]:
    rows = session.execute(
        select(RefundLine.sale_line_id, func.sum(RefundLine.quantity))
        .join(Refund, Refund.id == RefundLine.refund_id)
        .where(Refund.sale_id == sale_id)
        .group_by(RefundLine.sale_line_id)
    ).all()
    return {line_id: qty for line_id, qty in rows}


def refundable(db: Database, sale_id: str) -> dict[str, Decimal]:
    """What may still be refunded, per sale line id."""
    with db.read() as session:
        sale = _sale(session, sale_id)
        done = _refunded_by_line(session, sale.id)
        return {ln.id: ln.quantity - done.get(ln.id, Decimal(0)) for ln in sale.lines}


def line_refund_amount(line: SaleLine, quantity: Decimal) -> int:
    """The share of what was actually paid for the line, discount included."""
    return share_of_line(line.total, line.quantity, quantity)


def share_of_line(total: int, sold: Decimal, quantity: Decimal) -> int:
    """What giving back `quantity` of a line that sold `sold` for `total` pays back: the one
    rule the refund dialog shows before the PIN and refund_lines books."""
    if quantity == sold:
        return total
    return round_dong(Decimal(total) * quantity / sold)


def refund_lines(
    db: Database,
    till: Till,
    sale_id: str,
    quantities: dict[str, Decimal],
    method: str,
    approver_id: int | None,
    reason: str,
) -> str:
    """Refund some lines; returns the refund's number. Never more than was sold."""
    if method not in PAYMENT_METHODS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Phương thức thanh toán không hợp lệ: {method}"),
            method=method,
        )
    wanted = {k: Decimal(v) for k, v in quantities.items() if Decimal(v) != 0}
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy chọn ít nhất một dòng để hoàn"))
    with db.write() as session:
        approver = require(session, Actor(till.staff.id, approver_id), Right.REFUND)
        sale = _sale(session, sale_id)
        if sale.status == "voided":
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Hóa đơn {number} đã bị hủy"), number=sale.number
            )
        shift = session.get(Shift, till.shift_id) if till.shift_id else None
        if shift is None or shift.status != "open":
            raise no_open_shift()
        lines = {ln.id: ln for ln in sale.lines}
        done = _refunded_by_line(session, sale.id)
        now = now_utc()
        refund = Refund(
            id=uuid7(),
            number=f"{till.device_code}-R{next_counter(session, 'refund_number'):05d}",
            sale_id=sale.id,
            shift_id=shift.id,
            staff_id=till.staff.id,
            approved_by_id=approver.id,
            created_utc=now,
            utc_offset_min=local_offset_minutes(now),
            method=method,
            total=0,
            reason=reason.strip(),
        )
        for line_id, qty in wanted.items():
            line = lines.get(line_id)
            if line is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Dòng {line} không thuộc hóa đơn {number}"),
                    line=line_id,
                    number=sale.number,
                )
            left = line.quantity - done.get(line_id, Decimal(0))
            if qty < 0 or qty > left:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "{name}: chỉ được hoàn tối đa {left} (đã bán {sold})"
                    ),
                    name=line.name,
                    left=_qty(left),
                    sold=_qty(line.quantity),
                )
            amount = (
                line.total - _already_refunded_amount(session, line_id)
                if qty == left
                else line_refund_amount(line, qty)
            )
            refund.lines.append(
                RefundLine(id=uuid7(), sale_line_id=line_id, quantity=qty, amount=amount)
            )
            refund.total += amount
            _back_to_stock(
                session, till, line.product_id, till.location_id, qty, "refund", refund.id, now
            )
        session.add(refund)
        _audit(
            session,
            "refund",
            till,
            approver.id,
            sale.id,
            now,
            {"refund": refund.number, "total": refund.total, "reason": reason},
        )
        session.flush()
        enqueue(
            session,
            "refund",
            {
                "id": refund.id,
                "number": refund.number,
                "sale_id": sale.id,
                "shift_id": shift.id,
                "created_utc": now.isoformat(),
                "method": method,
                "total": refund.total,
                "approved_by": approver.id,
                "reason": refund.reason,
                "lines": [
                    {
                        "id": rl.id,
                        "sale_line_id": rl.sale_line_id,
                        "quantity": _qty(rl.quantity),
                        "amount": rl.amount,
                    }
                    for rl in refund.lines
                ],
            },
            fact_id=refund.id,
        )
        return refund.number


def _already_refunded_amount(session: Session, line_id: str) -> int:
    """Refunding the last units returns exactly what is left, so rounding never drifts."""
    return (
        session.scalar(
            select(func.coalesce(func.sum(RefundLine.amount), 0)).where(
                RefundLine.sale_line_id == line_id
            )
        )
        or 0
    )
