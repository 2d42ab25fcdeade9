"""Visitor counts (lượt khách) per booth, fair and hour."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class VisitorCount(Base):
    """Absolute count for one hour: re-sending it to the hub is harmless."""

    __tablename__ = "visitor_counts"
    __table_args__ = (UniqueConstraint("location_id", "fair_id", "hour_utc"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id"))
    hour_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)
