"""Facts of selling: shifts, sales with their lines and payments, refunds.

Names, prices and VAT are frozen on each line at sale time, so a later catalog change never
rewrites what a customer paid. Ids are client-made UUIDs: the idempotency key up to the hub.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Quantity, UTCDateTime

PAYMENT_METHODS = ("cash", "vietqr", "card", "ewallet")
_METHOD_CHECK = "method IN ('cash', 'vietqr', 'card', 'ewallet')"


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (CheckConstraint("status IN ('open', 'closed')", name="status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id"))
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    opening_float: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="open")
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)

    counts: Mapped[list[ShiftCount]] = relationship(
        back_populates="shift", cascade="all, delete-orphan"
    )


class ShiftCount(Base):
    """Expected vs counted money per payment method when the shift closes."""

    __tablename__ = "shift_counts"
    __table_args__ = (
        UniqueConstraint("shift_id", "method"),
        CheckConstraint(_METHOD_CHECK, name="method"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"))
    method: Mapped[str] = mapped_column(String(16))
    expected: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int | None] = mapped_column(Integer)

    shift: Mapped[Shift] = relationship(back_populates="counts")


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("status IN ('completed', 'voided')", name="status"),
        CheckConstraint("total >= 0", name="total"),
        # The reports read a period's sales from this index alone (migration 0006).
        Index("ix_sales_report", "created_utc", "status", "total", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    fair_id: Mapped[int | None] = mapped_column(ForeignKey("fairs.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    subtotal: Mapped[int] = mapped_column(Integer)
    discount_total: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer)
    vat_total: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="completed")
    voided_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    void_reason: Mapped[str | None] = mapped_column(String(300))

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", cascade="all, delete-orphan", order_by="SaleLine.line_no"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="sale", cascade="all, delete-orphan"
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        Index("ix_sale_lines_report", "sale_id", "product_id", "quantity", "total"),  # 0006
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    barcode: Mapped[str | None] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(32), default="")
    list_price: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    discount: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[int] = mapped_column(Integer)
    vat_amount: Mapped[int] = mapped_column(Integer)

    sale: Mapped[Sale] = relationship(back_populates="lines")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint(_METHOD_CHECK, name="method"),
        CheckConstraint("amount > 0", name="amount"),
        Index("ix_payments_report", "sale_id", "method", "amount"),  # migration 0006
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(Integer)
    tendered: Mapped[int | None] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="confirmed")

    sale: Mapped[Sale] = relationship(back_populates="payments")


class Refund(Base):
    """Money given back for some lines of an earlier sale (never more than was sold)."""

    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint(_METHOD_CHECK, name="method"),
        Index("ix_refunds_created_utc", "created_utc"),  # every report filters on it (0006)
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    total: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300), default="")

    lines: Mapped[list[RefundLine]] = relationship(
        back_populates="refund", cascade="all, delete-orphan"
    )


class RefundLine(Base):
    __tablename__ = "refund_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    refund_id: Mapped[str] = mapped_column(ForeignKey("refunds.id"), index=True)
    sale_line_id: Mapped[str] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    amount: Mapped[int] = mapped_column(Integer)

    refund: Mapped[Refund] = relationship(back_populates="lines")
