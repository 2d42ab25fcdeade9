"""Reference data the hub owns and publishes: fairs, booths, producers, products.

Every edit also writes a ``Change`` row in the same transaction; booths download those after
their cursor. Nothing here is ever deleted (``active`` goes false), so a snapshot is complete.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, BigId, UTCDateTime, utcnow


class Fair(Base):
    __tablename__ = "fairs"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Booth(Base):
    """A booth or sale point; ``district`` is the district it represents (reports group on it)."""

    __tablename__ = "booths"
    __table_args__ = (CheckConstraint("kind IN ('booth', 'sale_point')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="booth")
    district: Mapped[str] = mapped_column(String(100), default="")
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BoothFair(Base):
    """Which fair a booth was assigned to, and when: a fact may name its booth's fair of that
    day, so a sale queued offline before the booth moved still counts for the fair it was
    made at. ``until`` is null for the current assignment; ``since`` is null where the start
    is older than this table (migration 0003)."""

    __tablename__ = "booth_fairs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    booth_id: Mapped[int] = mapped_column(ForeignKey("booths.id"), index=True)
    fair_id: Mapped[int] = mapped_column(ForeignKey("fairs.id"))
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Producer(Base):
    __tablename__ = "producers"
    __table_args__ = (
        CheckConstraint("kind IN ('company', 'cooperative', 'household', 'group')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    district: Mapped[str] = mapped_column(String(100), default="")
    commune: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("stars IS NULL OR stars BETWEEN 3 AND 5", name="stars"),
        CheckConstraint("price >= 0", name="price"),
        CheckConstraint("vat_rate BETWEEN 0 AND 100", name="vat_rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producers.id"), index=True)
    category: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(32), default="")
    price: Mapped[int] = mapped_column(BigInteger)
    vat_rate: Mapped[int] = mapped_column(Integer, default=0)
    stars: Mapped[int | None] = mapped_column(Integer)
    star_certified_on: Mapped[date | None] = mapped_column(Date)
    star_expires_on: Mapped[date | None] = mapped_column(Date)
    traceability_url: Mapped[str | None] = mapped_column(String(500))
    sold_by_weight: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Change(Base):
    """The change sequence: one row per reference edit, with the entity's state after it."""

    __tablename__ = "changes"
    # AUTOINCREMENT: SQLite must never hand out a seq again after pruning emptied the table.
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class HubMeta(Base):
    """Small named values, e.g. how far the change history has been pruned."""

    __tablename__ = "hub_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
