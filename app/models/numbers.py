"""Sale numbers handed out before their sale exists.

A VietQR code carries the sale number in its transfer note, so the number is shown to the
customer before the sale is saved. From then on it is spent: if the cart is abandoned (or the
laptop dies) the next sale must not get it, or a customer's transfer would match the wrong
sale. A reservation row is written with the counter's step in one transaction; checkout then
uses it, and a reservation with no sale is an abandoned number the Z-report lists.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class NumberReservation(Base):
    __tablename__ = "number_reservations"

    number: Mapped[str] = mapped_column(String(32), primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reserved_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(16), default="vietqr")
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), default=None)
