"""Sale numbers: taken inside the sale's own transaction, or reserved ahead for a VietQR.

A number shown to a customer is spent (app/models/numbers.py says why): `reserve` writes the
counter's step and a reservation in one transaction before the QR is shown; checkout `claim`s
it for the sale. Reservations no sale claimed are the abandoned numbers of their shift.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import NumberReservation
from app.services.clock import local_offset_minutes, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.settings import next_counter
from app.services.till import Till

COUNTER = "sale_number"


def sale_number(device_code: str, n: int) -> str:
    return f"{device_code}-{n:06d}"


def take(session: Session, device_code: str) -> str:
    """The next number, inside the caller's write transaction (a sale nobody saw before)."""
    return sale_number(device_code, next_counter(session, COUNTER))


def reserve(db: Database, till: Till, purpose: str = "vietqr") -> str:
    """A number for a sale still being paid for, durable before anyone sees it."""
    till.require_open_shift()
    with db.write() as session:
        number = take(session, till.device_code)
        now = now_utc()
        session.add(NumberReservation(
            number=number, shift_id=till.shift_id, staff_id=till.staff.id, reserved_utc=now,
            utc_offset_min=local_offset_minutes(now), purpose=purpose))
    return number


def require_claimable(session: Session, number: str, shift_id: str | None) -> None:
    """Before the sale is written: the number is this shift's reservation and still free."""
    free = session.scalar(
        select(NumberReservation.number)
        .where(NumberReservation.number == number, NumberReservation.shift_id == shift_id,
               NumberReservation.sale_id.is_(None)))
    if free is None:
        raise StateError(QT_TRANSLATE_NOOP(
            "errors", "Số hóa đơn {number} không được giữ cho ca này hoặc đã được dùng"),
            number=number)


def claim(session: Session, number: str, sale_id: str) -> None:
    """Give the reserved number to its sale, in the sale's transaction (after its row)."""
    session.execute(update(NumberReservation).where(NumberReservation.number == number)
                    .values(sale_id=sale_id))


def abandoned(session: Session, shift_id: str) -> list[str]:
    """Numbers a customer may have seen on a QR whose sale was never saved."""
    return list(session.scalars(
        select(NumberReservation.number)
        .where(NumberReservation.shift_id == shift_id, NumberReservation.sale_id.is_(None))
        .order_by(NumberReservation.number)))
