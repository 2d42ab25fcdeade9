"""The outbox: every booth fact, queued for the hub in the same transaction as the fact."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class OutboxEntry(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sent', 'rejected')", name="status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the fact's UUID
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # per-device, gap-free
    kind: Mapped[str] = mapped_column(String(32))
    payload_version: Mapped[int] = mapped_column(Integer, default=1)
    payload: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    sent_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
