"""Business settings and device counters, kept in the database to survive reinstalls."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Setting(Base):
    """One JSON value per key (booth, fair, bank account, discount limit...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Per-device monotonic counters: the outbox sequence and the sale/refund numbers.

    Incremented inside the transaction that uses the number, so a rolled-back sale leaves no gap
    in what the hub sees and no number is ever used twice.
    """

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
