"""Reading the stock ledger for the stock pages: locations, balances, moves, negatives.

Balances are computed from the moves on every read (SUM ... GROUP BY), never stored, so what a
page shows is by construction the sum of the moves it can list underneath.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from app.db import Database
from app.models.base import milli_to_decimal
from app.services.catalog_listing import NAME_KEY, Page, _fts_match


@dataclass(frozen=True)
class LocationRow:
    id: int
    code: str
    name: str
    kind: str  # booth / sale_point / warehouse
    active: bool


@dataclass(frozen=True)
class BalanceRow:
    product_id: int
    sku: str
    name: str
    unit: str
    producer_name: str
    location_id: int
    location_name: str
    quantity: Decimal


@dataclass(frozen=True)
class MoveRow:
    id: str
    created_utc: datetime
    kind: str
    ref_id: str | None
    product_id: int
    sku: str
    name: str
    location_id: int
    location_name: str
    quantity: Decimal  # signed: + in, - out
    producer_name: str
    unit_cost: int | None
    reason: str
    staff_name: str


def list_locations(db: Database, include_inactive: bool = False) -> list[LocationRow]:
    conn = db.hot_reader()
    rows = conn.execute("SELECT id, code, name, kind, active FROM locations ORDER BY code").fetchall()
    return [LocationRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows
            if include_inactive or r[4]]


def balance(db: Database, product_id: int, location_id: int | None = None) -> Decimal:
    """One product's stock at one location, or over all locations when location_id is None."""
    sql = "SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE product_id = ?"
    args: list[int] = [product_id]
    if location_id is not None:
        sql += " AND location_id = ?"
        args.append(location_id)
    return milli_to_decimal(db.hot_reader().execute(sql, args).fetchone()[0])


BALANCE_SORTS = {"name": NAME_KEY, "sku": "p.sku", "quantity": "qty",
                 "location": "l.name", "producer": "pr.name"}


def list_balances(
    db: Database, query: str = "", *, location_id: int | None = None,
    producer_id: int | None = None, only_negative: bool = False, hide_zero: bool = False,
    sort: str = "name", descending: bool = False, offset: int = 0, limit: int = 200,
) -> Page[BalanceRow]:
    """Balances per product and location (rows exist where the product ever moved there)."""
    where, args = ["1=1"], []
    match = _fts_match(query)
    if query.strip() and match is None:
        return Page((), 0, offset, limit)
    if match:
        where.append("m.product_id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)")
        args.append(match)
    if location_id is not None:
        where.append("m.location_id = ?")
        args.append(location_id)
    if producer_id is not None:
        where.append("p.producer_id = ?")
        args.append(producer_id)
    having = "HAVING qty < 0" if only_negative else ("HAVING qty != 0" if hide_zero else "")
    base = (
        "SELECT m.product_id, p.sku, p.name, p.unit, coalesce(pr.name, ''), m.location_id, "
        "l.name, sum(m.quantity) AS qty FROM stock_moves m "
        "JOIN products p ON p.id = m.product_id JOIN locations l ON l.id = m.location_id "
        "LEFT JOIN producers pr ON pr.id = p.producer_id "
        f"WHERE {' AND '.join(where)} GROUP BY m.product_id, m.location_id {having}"
    )
    order = BALANCE_SORTS.get(sort, NAME_KEY)
    direction = "DESC" if descending else "ASC"
    conn = db.hot_reader()
    conn.execute("BEGIN")
    try:
        total = conn.execute(f"SELECT count(*) FROM ({base})", args).fetchone()[0]
        rows = conn.execute(
            f"{base} ORDER BY {order} {direction}, p.name, l.name LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
    finally:
        conn.execute("COMMIT")
    return Page(tuple(BalanceRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], milli_to_decimal(r[7]))
                      for r in rows), total, offset, limit)


def negative_balances(db: Database, location_id: int | None = None) -> list[BalanceRow]:
    """What the manager must look at: sales went on while the ledger said there was none."""
    page = list_balances(db, location_id=location_id, only_negative=True, sort="quantity",
                         limit=100_000)
    return list(page.rows)


def list_moves(
    db: Database, *, product_id: int | None = None, location_id: int | None = None,
    kinds: Sequence[str] | None = None, since: datetime | None = None,
    until: datetime | None = None, ref_id: str | None = None, offset: int = 0, limit: int = 200,
) -> Page[MoveRow]:
    """The ledger, newest first: the history behind any balance."""
    where, args = ["1=1"], []
    for column, value in (("m.product_id", product_id), ("m.location_id", location_id),
                          ("m.ref_id", ref_id)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if kinds:
        where.append(f"m.kind IN ({','.join('?' * len(kinds))})")
        args.extend(kinds)
    if since is not None:
        where.append("m.created_utc >= ?")
        args.append(_naive(since))
    if until is not None:
        where.append("m.created_utc < ?")
        args.append(_naive(until))
    filters = " AND ".join(where)
    conn = db.hot_reader()
    conn.execute("BEGIN")
    try:
        total = conn.execute(f"SELECT count(*) FROM stock_moves m WHERE {filters}",
                             args).fetchone()[0]
        rows = conn.execute(
            "SELECT m.id, m.created_utc, m.kind, m.ref_id, m.product_id, p.sku, p.name, "
            "m.location_id, l.name, m.quantity, coalesce(pr.name, ''), m.unit_cost, m.reason, "
            "coalesce(s.name, '') FROM stock_moves m JOIN products p ON p.id = m.product_id "
            "JOIN locations l ON l.id = m.location_id "
            "LEFT JOIN producers pr ON pr.id = m.producer_id "
            f"LEFT JOIN staff s ON s.id = m.staff_id WHERE {filters} "
            "ORDER BY m.created_utc DESC, m.id DESC LIMIT ? OFFSET ?",
            [*args, limit, offset],
        ).fetchall()
    finally:
        conn.execute("COMMIT")
    return Page(tuple(
        MoveRow(r[0], datetime.fromisoformat(r[1]).replace(tzinfo=UTC), r[2], r[3], r[4], r[5],
                r[6], r[7], r[8], milli_to_decimal(r[9]), r[10], r[11], r[12], r[13])
        for r in rows), total, offset, limit)


def _naive(moment: datetime) -> str:
    """The stored form of UTCDateTime (naive UTC, 'YYYY-MM-DD HH:MM:SS.ffffff')."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
