"""Where selling happens: booths, sale points, warehouses, and the fairs booths attend."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

LOCATION_KINDS = ("booth", "sale_point", "warehouse")


class Location(Base):
    __tablename__ = "locations"
    __table_args__ = (
        CheckConstraint("kind IN ('booth', 'sale_point', 'warehouse')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The hub's booth id once this laptop is enrolled (migration 0004); null for local-only.
    hub_id: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)


class Fair(Base):
    __tablename__ = "fairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    # The hub's fair id: facts carry it on the wire instead of the local id (migration 0004).
    hub_id: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)
