"""Producers (chủ thể) and their rated products: reference data the hub publishes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime, utcnow


# The kinds are app.services.catalog_rules.PRODUCER_KINDS (the rulebook the hub shares).
class Producer(Base):
    __tablename__ = "producers"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('company', 'cooperative', 'household', 'group')", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    district: Mapped[str] = mapped_column(String(100), default="")
    commune: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The hub's id once the catalog has synced (migration 0004); null for local-only rows.
    hub_id: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)

    products: Mapped[list[Product]] = relationship(back_populates="producer")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("stars IS NULL OR stars BETWEEN 3 AND 5", name="stars"),
        CheckConstraint("price >= 0", name="price"),
        CheckConstraint("vat_rate BETWEEN 0 AND 100", name="vat_rate"),
        # Folded-name order for the catalog pages (migration 0003).
        Index("ix_products_name_key", text("substr(search_text, 1, length(name))")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producers.id"), index=True)
    category: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(32), default="")
    price: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[int] = mapped_column(Integer, default=0)
    stars: Mapped[int | None] = mapped_column(Integer)
    star_certified_on: Mapped[date | None] = mapped_column(Date)
    star_expires_on: Mapped[date | None] = mapped_column(Date)
    traceability_url: Mapped[str | None] = mapped_column(String(500))
    sold_by_weight: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Lower-case, diacritic-free copy of name, codes, producer and locality: FTS5's
    # remove_diacritics does not fold đ, so the index is built from this instead.
    search_text: Mapped[str] = mapped_column(String(1000), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The hub's id once the catalog has synced (migration 0004); null for local-only rows.
    hub_id: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)

    producer: Mapped[Producer | None] = relationship(back_populates="products")
