"""Many rows in one statement on PostgreSQL: ``INSERT ... SELECT * FROM unnest(arrays)``.

psycopg parses every distinct SQL text it is given; SQLAlchemy's multi-row VALUES makes a new,
huge text per batch, and parsing it cost more than PostgreSQL's work. One array per column
keeps the SQL text fixed and the whole batch goes in one round trip; arrays travel in binary
(``%b``), because the text format escapes every element with a regex (the payload column is
long JSON). It runs on the DBAPI connection of the caller's Session: same transaction.
SQLite (in-process, no round trips) keeps SQLAlchemy's executemany.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


@cache
def _plan(table: Table, conflict: tuple[str, ...] | None, returning: str | None,
          dialect: Dialect) -> tuple[str, str, tuple[tuple[str, Any], ...]]:
    # A primary key the database numbers itself is left out; every other column is written.
    columns = [c for c in table.columns if not (c.primary_key and c.autoincrement is True)]
    head = f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) SELECT * FROM unnest("
    casts = ", ".join(f"CAST(%({c.name})b AS {c.type.compile(dialect=dialect)}[])"
                      for c in columns)
    tail = ")"
    if conflict:
        tail += f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
    if returning:
        tail += f" RETURNING {returning}"
    steps = tuple((c.name, c.type.bind_processor(dialect)) for c in columns)
    return head, casts + tail, steps


def pg_insert(session: Session, table: Table, rows: list[dict[str, Any]],
              conflict: tuple[str, ...] | None = None, returning: str | None = None
              ) -> list[Any]:
    """Insert ``rows`` (dicts keyed by column name) in one statement; returns the RETURNING
    column of the rows actually inserted (those not skipped by ON CONFLICT DO NOTHING)."""
    if not rows:
        return []
    dialect = session.get_bind().dialect
    head, rest, steps = _plan(table, conflict, returning, dialect)
    params: dict[str, list[Any]] = {}
    for name, process in steps:
        values = [row.get(name) for row in rows]
        params[name] = [process(v) for v in values] if process is not None else values
    # A column of nothing but NULLs has no element type to send in binary: send it as text.
    for name, values in params.items():
        if all(v is None for v in values):
            rest = rest.replace(f"%({name})b", f"%({name})s")
    raw = session.connection().connection.dbapi_connection
    with raw.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(head + rest, params)
        return [r[0] for r in cursor.fetchall()] if returning else []
