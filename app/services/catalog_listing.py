"""Table-friendly reads of the catalog: paged, sorted, filtered rows for the catalog pages.

The products page re-queries on every keystroke over 10,322+ products, so these reads go
through the database's hot reader with plain SQL (like the till's search): FTS5 narrows the
rows, SQLite sorts and pages them, and only one page is turned into dataclasses. A table model
asks for a page (offset, limit) and gets the total to size its scroll bar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from app.db import Database
from app.models import Producer, Product
from app.services.gtin import barcode_kind, is_gs1_vietnam, is_in_store
from app.services.stars import EXPIRY_WARNING_DAYS, StarStatus, star_status
from app.services.textfold import fold

T = TypeVar("T")
_TOKEN = re.compile(r"[0-9a-z][0-9a-z\-]*")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    total: int  # rows matching the filter, all pages
    offset: int
    limit: int


@dataclass(frozen=True)
class ProductRow:
    id: int
    sku: str
    barcode: str | None
    name: str
    producer_id: int | None
    producer_name: str
    district: str
    commune: str
    category: str
    unit: str
    price: int
    vat_rate: int
    stars: int | None
    star_certified_on: date | None
    star_expires_on: date | None
    star_status: StarStatus  # as of the day the row was read
    traceability_url: str | None
    sold_by_weight: bool
    active: bool

    @property
    def barcode_kind(self) -> str | None:
        """ean13 / ean8 / upca, or None (no GTIN: the SKU prints as Code 128)."""
        return barcode_kind(self.barcode) if self.barcode else None

    @property
    def gs1_vietnam(self) -> bool:
        return bool(self.barcode) and is_gs1_vietnam(self.barcode or "")

    @property
    def in_store_code(self) -> bool:
        return bool(self.barcode) and is_in_store(self.barcode or "")


@dataclass(frozen=True)
class ProducerRow:
    id: int
    code: str
    name: str
    kind: str
    district: str
    commune: str
    active: bool
    product_count: int


def product_row(product: Product, producer: Producer | None, today: date | None = None) -> ProductRow:
    return ProductRow(
        id=product.id, sku=product.sku, barcode=product.barcode, name=product.name,
        producer_id=product.producer_id, producer_name=producer.name if producer else "",
        district=producer.district if producer else "", commune=producer.commune if producer else "",
        category=product.category, unit=product.unit, price=product.price,
        vat_rate=product.vat_rate, stars=product.stars,
        star_certified_on=product.star_certified_on, star_expires_on=product.star_expires_on,
        star_status=star_status(product.stars, product.star_expires_on, today or date.today()),
        traceability_url=product.traceability_url, sold_by_weight=product.sold_by_weight,
        active=product.active,
    )


def producer_row(producer: Producer, product_count: int) -> ProducerRow:
    return ProducerRow(
        producer.id, producer.code, producer.name, producer.kind, producer.district,
        producer.commune, producer.active, product_count,
    )


_COLUMNS = """p.id, p.sku, p.barcode, p.name, p.producer_id, pr.name, pr.district, pr.commune,
    p.category, p.unit, p.price, p.vat_rate, p.stars, p.star_certified_on, p.star_expires_on,
    p.traceability_url, p.sold_by_weight, p.active"""
# Name order is folded order, so "Đông Triều" sorts among the D's, not after Z as a byte order
# would put it. search_text starts with the folded name, which (for Vietnamese: one letter per
# letter) is as long as the name itself, so its prefix is the sort key, computed by SQLite.
NAME_KEY = "substr(p.search_text, 1, length(p.name))"
PRODUCT_SORTS: dict[str, str] = {
    "sku": "p.sku", "barcode": "p.barcode", "name": NAME_KEY, "producer": "pr.name",
    "category": "p.category", "price": "p.price", "vat_rate": "p.vat_rate",
    "stars": "p.stars", "star_expires_on": "p.star_expires_on", "updated_at": "p.updated_at",
    "unit": "p.unit",
}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _fts_match(query: str) -> str | None:
    terms = _TOKEN.findall(fold(query))
    return " ".join(f'"{t}"*' for t in terms) if terms else None


def list_products(
    db: Database,
    query: str = "",
    *,
    producer_id: int | None = None,
    category: str | None = None,
    star_filter: StarStatus | None = None,
    active: bool | None = True,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    today: date | None = None,
) -> Page[ProductRow]:
    """One page of products matching every given filter.

    query is matched like the till's search (folded, word prefixes: "mien dong", "893", a SKU);
    star_filter EXPIRING/EXPIRED/VALID/NONE uses the same 90-day rule as app.services.stars.
    """
    today = today or date.today()
    where, params = ["1=1"], []
    match = _fts_match(query)
    if query.strip() and match is None:
        return Page((), 0, offset, limit)
    if match:
        # "+p.id": not a lookup key. Walking the name index in order and keeping matching
        # rows stops after one page even when a short prefix ("t", "21") matches them all.
        where.append("+p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH ?)")
        params.append(match)
    only_active = match is not None and producer_id is None and category is None and (
        star_filter is None and active is True)
    if producer_id is not None:
        where.append("p.producer_id = ?")
        params.append(producer_id)
    if category is not None:
        where.append("p.category = ?")
        params.append(category)
    if active is not None:
        where.append("p.active = ?")
        params.append(1 if active else 0)
    if star_filter is not None:
        warn = (today + timedelta(days=EXPIRY_WARNING_DAYS)).isoformat()
        clause, args = {
            StarStatus.NONE: ("p.stars IS NULL", []),
            StarStatus.EXPIRED: (
                "p.stars IS NOT NULL AND (p.star_expires_on IS NULL OR p.star_expires_on < ?)",
                [today.isoformat()],
            ),
            StarStatus.EXPIRING: (
                "p.stars IS NOT NULL AND p.star_expires_on BETWEEN ? AND ?",
                [today.isoformat(), warn],
            ),
            StarStatus.VALID: ("p.stars IS NOT NULL AND p.star_expires_on > ?", [warn]),
        }[StarStatus(star_filter)]
        where.append(clause)
        params.extend(args)
    order = PRODUCT_SORTS.get(sort, NAME_KEY)
    direction = "DESC" if descending else "ASC"
    filters = " AND ".join(where)
    conn = db.hot_reader()
    conn.execute("BEGIN")  # one snapshot for the count and the page
    try:
        if only_active:  # the common keystroke: drive the count from the FTS matches
            total = conn.execute(
                "SELECT count(*) FROM (SELECT rowid AS r FROM product_fts WHERE product_fts "
                "MATCH ?) f JOIN products p ON p.id = f.r WHERE p.active = 1", [match]
            ).fetchone()[0]
        else:
            total = conn.execute(
                f"SELECT count(*) FROM products p WHERE {filters}", params
            ).fetchone()[0]
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id "
            f"WHERE {filters} ORDER BY {order} {direction} NULLS LAST, p.name {direction}, p.id "
            "LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    finally:
        conn.execute("COMMIT")
    out = []
    for r in rows:
        expires = _day(r[14])
        out.append(ProductRow(
            id=r[0], sku=r[1], barcode=r[2], name=r[3], producer_id=r[4], producer_name=r[5] or "",
            district=r[6] or "", commune=r[7] or "", category=r[8], unit=r[9], price=r[10],
            vat_rate=r[11], stars=r[12], star_certified_on=_day(r[13]), star_expires_on=expires,
            star_status=star_status(r[12], expires, today), traceability_url=r[15],
            sold_by_weight=bool(r[16]), active=bool(r[17]),
        ))
    return Page(tuple(out), total, offset, limit)


def get_product(db: Database, product_id: int, today: date | None = None) -> ProductRow | None:
    with db.read() as session:
        product = session.get(Product, product_id)
        return product_row(product, product.producer, today) if product else None


PRODUCER_SORTS = ("code", "name", "kind", "district", "commune", "product_count")


def list_producers(
    db: Database,
    query: str = "",
    *,
    kind: str | None = None,
    active: bool | None = True,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> Page[ProducerRow]:
    """Producers with their product counts; query matches name, code, district, commune
    without diacritics. Filtered and sorted in Python: a few thousand rows at most."""
    conn = db.hot_reader()
    rows = conn.execute(
        "SELECT pr.id, pr.code, pr.name, pr.kind, pr.district, pr.commune, pr.active, "
        "(SELECT count(*) FROM products p WHERE p.producer_id = pr.id) FROM producers pr"
    ).fetchall()
    terms = fold(query).split()
    picked = []
    for r in rows:
        if kind is not None and r[3] != kind:
            continue
        if active is not None and bool(r[6]) != active:
            continue
        if terms:
            hay = fold(f"{r[1]} {r[2]} {r[4]} {r[5]}")
            if not all(t in hay for t in terms):
                continue
        picked.append(ProducerRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]))
    key = sort if sort in PRODUCER_SORTS else "name"
    if key in ("name", "district", "commune"):
        picked.sort(key=lambda p: (fold(getattr(p, key)), p.id), reverse=descending)
    else:
        picked.sort(key=lambda p: (getattr(p, key), p.id), reverse=descending)
    return Page(tuple(picked[offset:offset + limit]), len(picked), offset, limit)


@dataclass(frozen=True)
class CatalogChoices:
    """Values for the product dialog's combo boxes."""

    categories: tuple[str, ...]
    units: tuple[str, ...]
    producers: tuple[tuple[int, str, str], ...]  # id, name, district


def catalog_choices(db: Database) -> CatalogChoices:
    conn = db.hot_reader()
    cats = [r[0] for r in conn.execute("SELECT DISTINCT category FROM products WHERE category != ''")]
    units = [r[0] for r in conn.execute("SELECT DISTINCT unit FROM products WHERE unit != ''")]
    makers = conn.execute("SELECT id, name, district FROM producers WHERE active = 1").fetchall()
    return CatalogChoices(
        tuple(sorted(cats, key=fold)),
        tuple(sorted(units, key=fold)),
        tuple(sorted(((r[0], r[1], r[2]) for r in makers), key=lambda m: fold(m[1]))),
    )
