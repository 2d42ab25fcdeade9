"""Declarative base of the hub's tables; column types are shared with the client (app.dbtypes)."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase

from app.dbtypes import (
    NAMING_CONVENTION,
    QTY_SCALE,
    UTCDateTime,
    milli_to_decimal,
    utcnow,
)
from app.dbtypes import BigQuantity as Milli

__all__ = [
    "NAMING_CONVENTION", "QTY_SCALE", "Base", "BigId", "Milli", "UTCDateTime",
    "milli_to_decimal", "utcnow",
]

# 64-bit on PostgreSQL; on SQLite an INTEGER PRIMARY KEY must be spelled INTEGER to autoincrement.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
