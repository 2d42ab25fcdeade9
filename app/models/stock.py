"""Stock is a ledger: a balance is only ever the sum of its moves."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Quantity, UTCDateTime

MOVE_KINDS = (
    "sale", "void", "refund", "receive", "consign_in", "transfer_out", "transfer_in",
    "count", "spoilage", "return_to_producer",
)


class StockMove(Base):
    __tablename__ = "stock_moves"
    __table_args__ = (
        CheckConstraint("quantity != 0", name="quantity"),
        Index("ix_stock_moves_product_location", "product_id", "location_id"),
        # Consignment receipts among one move per sale line: reports and settlement (0006).
        Index("ix_stock_moves_kind_created", "kind", "created_utc"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)  # signed: + in, - out
    kind: Mapped[str] = mapped_column(String(24))
    ref_id: Mapped[str | None] = mapped_column(String(36), index=True)
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producers.id"))
    unit_cost: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
