"""Booth facts: the append-only fact log and the tables it is materialised into.

The log (``facts``) is the truth and the idempotency key (the client's UUID). The other tables
are written in the same transaction as the log row, so reports are plain SQL. They carry no
foreign keys between each other: the hub checks a void or refund against its sale itself
(server/fact_rules.py), and one that overtook its sale is answered ``deferred``, not refused.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, BigId, Milli, UTCDateTime


class Fact(Base):
    __tablename__ = "facts"
    # Not unique: a restored client database may reuse a seq for a new fact; the id decides.
    __table_args__ = (Index("ix_facts_installation_seq", "installation_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    booth_id: Mapped[int] = mapped_column(ForeignKey("booths.id"), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    payload_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)  # JSON as validated (unknown fields dropped)
    content_hash: Mapped[str] = mapped_column(String(64))  # of kind, version, payload as sent
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the device's clock
    utc_offset_min: Mapped[int] = mapped_column(Integer)  # the device's offset then
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the hub's clock


class SaleRecord(Base):
    __tablename__ = "sales"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(36), index=True)
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    fair_id: Mapped[int | None] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(32))
    shift_id: Mapped[str | None] = mapped_column(String(36))
    staff_id: Mapped[int | None] = mapped_column(Integer)
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    local_date: Mapped[date] = mapped_column(Date, index=True)
    subtotal: Mapped[int] = mapped_column(BigInteger)
    discount_total: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    vat_total: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SaleLineRecord(Base):
    __tablename__ = "sale_lines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    barcode: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(32))
    list_price: Mapped[int] = mapped_column(BigInteger)
    unit_price: Mapped[int] = mapped_column(BigInteger)
    quantity: Mapped[Decimal] = mapped_column(Milli)
    discount: Mapped[int] = mapped_column(BigInteger)
    total: Mapped[int] = mapped_column(BigInteger)
    vat_rate: Mapped[int] = mapped_column(Integer)
    vat_amount: Mapped[int] = mapped_column(BigInteger)
    producer_code: Mapped[str | None] = mapped_column(String(32))  # payload v2


class PaymentRecord(Base):
    __tablename__ = "payments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(100))


class VoidRecord(Base):
    __tablename__ = "voids"

    fact_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(32))
    voided_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    approved_by: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300))


class RefundRecord(Base):
    __tablename__ = "refunds"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(36), index=True)
    sale_id: Mapped[str] = mapped_column(String(36), index=True)
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    shift_id: Mapped[str | None] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(32))
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    local_date: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    total: Mapped[int] = mapped_column(BigInteger)
    approved_by: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300))


class RefundLineRecord(Base):
    __tablename__ = "refund_lines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    refund_id: Mapped[str] = mapped_column(String(36), index=True)
    sale_line_id: Mapped[str] = mapped_column(String(36), index=True)
    quantity: Mapped[Decimal] = mapped_column(Milli)
    amount: Mapped[int] = mapped_column(BigInteger)


class ShiftClosingRecord(Base):
    __tablename__ = "shift_closings"

    fact_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    shift_id: Mapped[str] = mapped_column(String(36), index=True)
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    fair_id: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32))
    opened_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    opening_float: Mapped[int] = mapped_column(BigInteger)
    sales_count: Mapped[int] = mapped_column(Integer)
    sales_total: Mapped[int] = mapped_column(BigInteger)
    refunds_total: Mapped[int] = mapped_column(BigInteger)


class ShiftClosingCount(Base):
    __tablename__ = "shift_closing_counts"
    __table_args__ = (UniqueConstraint("fact_id", "method"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    fact_id: Mapped[str] = mapped_column(String(36))
    method: Mapped[str] = mapped_column(String(16))
    expected: Mapped[int] = mapped_column(BigInteger)
    counted: Mapped[int | None] = mapped_column(BigInteger)


class VisitorCountRecord(Base):
    """The latest absolute count per booth, installation, fair and hour (highest seq wins).

    Booth and installation are both the hub's (the token's booth; an installation the hub
    granted at enrollment), so no laptop can reach another booth's or laptop's row.
    ``fair_key`` is fair_id or 0, because NULLs never collide in a unique constraint.
    """

    __tablename__ = "visitor_counts"
    __table_args__ = (UniqueConstraint("booth_id", "installation_id", "fair_key", "hour_utc"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    installation_id: Mapped[str] = mapped_column(String(36))
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    fair_id: Mapped[int | None] = mapped_column(Integer)
    fair_key: Mapped[int] = mapped_column(Integer)
    hour_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    local_date: Mapped[date] = mapped_column(Date, index=True)
    count: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    fact_id: Mapped[str] = mapped_column(String(36))


class StockMoveRecord(Base):
    __tablename__ = "stock_moves"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(36), index=True)
    booth_id: Mapped[int] = mapped_column(Integer, index=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    quantity: Mapped[Decimal] = mapped_column(Milli)
    kind: Mapped[str] = mapped_column(String(24))
    ref_id: Mapped[str | None] = mapped_column(String(64))
    producer_code: Mapped[str | None] = mapped_column(String(32))
    unit_cost: Mapped[int | None] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(300))
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
