"""Declarative base of the client's tables; the shared column types live in app.dbtypes."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from app.dbtypes import (
    NAMING_CONVENTION,
    QTY_SCALE,
    Quantity,
    UTCDateTime,
    milli_to_decimal,
    utcnow,
)

__all__ = [
    "NAMING_CONVENTION", "QTY_SCALE", "Base", "Quantity", "UTCDateTime", "milli_to_decimal",
    "utcnow",
]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
