"""Many rows in one statement on PostgreSQL: ``INSERT ... SELECT * FROM unnest(arrays)``.

psycopg parses every distinct SQL text it is given; SQLAlchemy's multi-row VALUES makes a new,
huge text per batch, and parsing it cost more than PostgreSQL's work. One array per column
keeps the SQL text fixed and the whole batch goes in one round trip; arrays travel in binary
(``%b``), because the text format escapes every element with a regex (the payload column is
long JSON). It runs on the DBAPI connection of the caller's Session: same transaction.
SQLite (in-process, no round trips) gets the DBAPI's own ``executemany`` with one tuple per row
(``sqlite_insert``): SQLAlchemy's executemany of dicts cost several times SQLite's work in
per-row parameter processing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, exc, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from app.dbtypes import bind_processor


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
    steps = tuple((c.name, bind_processor(c, dialect)) for c in columns)
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
    names = [name for name, _ in steps]
    params = {name: list(values) for name, values in zip(names, _columns(rows, names), strict=True)}
    for name, process in steps:
        if process is not None:
            params[name] = list(_processed(process, params[name]))
    # A column of nothing but NULLs has no element type to send in binary: send it as text.
    for name, values in params.items():
        if all(v is None for v in values):
            rest = rest.replace(f"%({name})b", f"%({name})s")
    raw = session.connection().connection.dbapi_connection
    with raw.cursor() as cursor, _wrapped(dialect, head):  # type: ignore[union-attr]
        cursor.execute(head + rest, params)
        return [r[0] for r in cursor.fetchall()] if returning else []


@contextmanager
def _wrapped(dialect: Dialect, sql: str) -> Iterator[None]:
    """The driver's IntegrityError/DataError as SQLAlchemy's, which callers already catch (a
    batch the database refuses is redone fact by fact)."""
    dbapi = dialect.dbapi  # type: ignore[attr-defined]
    try:
        yield
    except dbapi.IntegrityError as error:
        raise exc.IntegrityError(sql, None, error) from error
    except dbapi.DataError as error:
        raise exc.DataError(sql, None, error) from error


def _columns(rows: list[dict[str, Any]], names: list[str]) -> list[tuple[Any, ...]]:
    """``rows`` as one tuple per column, in ``names`` order (a missing key is NULL). With
    every key present, itemgetter and zip do it without a Python loop per value."""
    try:
        if len(names) == 1:
            return [tuple(row[names[0]] for row in rows)]
        return list(zip(*map(itemgetter(*names), rows), strict=True))
    except KeyError:
        return [tuple(row.get(name) for row in rows) for name in names]


def _processed(process: Any, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """``process`` applied to every value; once for a column of one repeated value (the
    booth, the device, the time the batch was received)."""
    first = values[0]
    if values.count(first) == len(values):
        return (process(first),) * len(values)
    return tuple(map(process, values))


@cache
def _sqlite_plan(table: Table, conflict: tuple[str, ...] | None, dialect: Dialect
                 ) -> tuple[str, tuple[tuple[str, Any], ...]]:
    columns = [c for c in table.columns if not (c.primary_key and c.autoincrement is True)]
    sql = (f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    if conflict:
        sql += f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
    return sql, tuple((c.name, bind_processor(c, dialect)) for c in columns)


def sqlite_insert(session: Session, table: Table, rows: list[dict[str, Any]],
                  conflict: tuple[str, ...] | None = None) -> int:
    """Insert ``rows`` with one DBAPI executemany (same transaction as the Session); returns
    how many rows were inserted (rows skipped by ON CONFLICT DO NOTHING are not counted)."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect
    sql, steps = _sqlite_plan(table, conflict, dialect)
    columns = _columns(rows, [name for name, _ in steps])
    for j, (_, process) in enumerate(steps):  # column by column: one check per column
        if process is not None:
            columns[j] = _processed(process, columns[j])
    values = list(zip(*columns, strict=True))
    raw = session.connection().connection.dbapi_connection
    cursor = raw.cursor()  # type: ignore[union-attr]
    try:
        with _wrapped(dialect, sql):
            cursor.executemany(sql, values)
        return cursor.rowcount
    finally:
        cursor.close()


def existing_ids(session: Session, table: Table, ids: list[str]) -> set[str]:
    """Which of ``ids`` the table's ``id`` column holds (see ``rows_by_id``)."""
    return {row[0] for row in rows_by_id(session, table, ids, ("id",))}


def rows_by_id(session: Session, table: Table, ids: list[str] | set[str],
               columns: tuple[str, ...], *, key: str = "id", lock: bool = False
               ) -> list[tuple[Any, ...]]:
    """``columns`` of the rows whose ``key`` is one of ``ids``, in one statement with one
    parameter (a JSON array on SQLite, an array on PostgreSQL): SQLAlchemy's IN of 500 bound
    values cost ten times the lookup. Other databases get the plain IN. ``lock``: FOR UPDATE
    on PostgreSQL (SQLite's writer already holds the whole database)."""
    if not ids:
        return []
    ids = list(ids)
    name = session.get_bind().dialect.name
    listed = ", ".join(columns)
    if name == "sqlite":
        sql = (f"SELECT {listed} FROM {table.name} "
               f"WHERE {key} IN (SELECT value FROM json_each(?))")
        argument: Any = (json.dumps(ids),)
    elif name == "postgresql":
        sql = f"SELECT {listed} FROM {table.name} WHERE {key} = ANY(%s)"
        sql += f" ORDER BY {key} FOR UPDATE" if lock else ""  # one order: no deadlock
        argument = (ids,)
    else:
        query = select(*(table.c[c] for c in columns)).where(table.c[key].in_(ids))
        return [tuple(row) for row in session.execute(query)]
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, argument)
        return [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()
