"""Column types and naming shared by the client's and the hub's databases.

Both sides store money as integer đồng, quantities as exact thousandths and times as UTC; one
definition keeps the booth and the province agreeing to the last unit.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, TypeDecorator
from sqlalchemy.engine import Dialect

# Named constraints make batch migrations on SQLite (which must recreate tables) reliable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

QTY_SCALE = 1000


class Quantity(TypeDecorator[Decimal]):
    """Decimal quantity stored as an integer count of thousandths.

    SQLite has no decimal type and SQLAlchemy's Numeric goes through float there; goods sold by
    weight (1,250 kg) must add up exactly, and SUM() in SQL must stay exact too.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if type(value) is str and value.isascii() and value.isdigit():  # "2": most lines
            return int(value) * QTY_SCALE
        scaled = Decimal(value) * QTY_SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"quantity {value} has more than 3 decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return milli_to_decimal(int(value))


class BigQuantity(Quantity):
    """The same, 64-bit: the hub sums every booth of the province."""

    impl = BigInteger
    cache_ok = True


def milli_to_decimal(value: int) -> Decimal:
    q = Decimal(value) / QTY_SCALE
    return q.quantize(Decimal(1)) if q == q.to_integral_value() else q.normalize()


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is UTC:
            return value.replace(tzinfo=None)
        if value.tzinfo is None:
            raise ValueError("naive datetime given; times are stored as UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def bind_processor(column: Any, dialect: Dialect) -> Any:
    """The conversion SQLAlchemy's own statements apply to a column's values on ``dialect``
    (the type's, then its dialect implementation's), for code that hands rows to the driver's
    executemany itself. ``column.type.bind_processor`` alone stops at the generic type: on
    SQLite a time then reached sqlite3's default adapter, which writes '2026-11-21 03:00:00'
    for a whole second where SQLAlchemy writes '2026-11-21 03:00:00.000000', and the two
    spellings compare wrongly as text."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def utcnow() -> datetime:
    return datetime.now(UTC)
