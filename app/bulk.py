"""Executemany straight on the DBAPI cursor, with SQLAlchemy's own column types and defaults.

Checkout is the till's hot path: SQLAlchemy's per-statement execution context cost more than
the fsync that makes the sale durable. This keeps the table definitions and type conversions
(Quantity, UTCDateTime...) from the models, and only skips the per-call machinery. It runs on
the connection of the caller's Session, so it is inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Integer, Table
from sqlalchemy.orm import Session

from app.dbtypes import bind_processor

Row = dict[str, Any]
_MISSING = object()


@cache
def _plan(table: Table, dialect_name: str, dialect: Any) -> tuple[str, tuple[Any, ...]]:
    # An integer primary key is left to SQLite (rowid); every other column is written.
    columns = [c for c in table.columns if not (c.primary_key and isinstance(c.type, Integer))]
    names = ", ".join(c.name for c in columns)
    marks = ", ".join("?" for _ in columns)
    steps = []
    for column in columns:
        default = (
            column.default.arg
            if column.default is not None and column.default.is_scalar
            else _MISSING
        )
        factory = (
            column.default.arg
            if column.default is not None and column.default.is_callable
            else None
        )
        steps.append((column.name, default, factory, bind_processor(column, dialect)))
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})", tuple(steps)


def _value(
    row: Row,
    name: str,
    default: Any,
    factory: Callable[..., Any] | None,
    process: Callable[[Any], Any] | None,
) -> Any:
    value = row.get(name, _MISSING)
    if value is _MISSING:
        value = factory(None) if factory is not None else (None if default is _MISSING else default)
    return process(value) if process is not None else value


def insert_rows(session: Session, table: Table, rows: Sequence[Row]) -> None:
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    sql, steps = _plan(table, dialect.name, dialect)
    params = [tuple(_value(row, *step) for step in steps) for row in rows]
    connection.connection.driver_connection.executemany(sql, params)


def increment(session: Session, table: Table, key: str, name: str) -> int | None:
    """UPDATE ... SET value = value + 1 ... RETURNING value, on the raw connection."""
    cursor = session.connection().connection.driver_connection.execute(
        f"UPDATE {table.name} SET value = value + 1 WHERE {key} = ? RETURNING value", (name,)
    )
    row = cursor.fetchone()
    cursor.close()
    return row[0] if row else None
