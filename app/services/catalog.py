"""Finding products at the till: by scanned code, or by typing part of a name.

Search folds case and Vietnamese diacritics (đ included) on both sides, so "mien dong" finds
"Miến dong Bình Liêu". Ranking: exact code, then name prefix, then words anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session, joinedload

from app.db import Database
from app.models import Producer, Product
from app.services.textfold import fold


@dataclass(frozen=True)
class ProductInfo:
    """What the till needs about a product, detached from any session."""

    id: int
    sku: str
    barcode: str | None
    name: str
    unit: str
    price: int
    vat_rate: int
    stars: int | None
    star_expires_on: date | None
    sold_by_weight: bool
    producer_name: str
    locality: str

    def stars_valid_on(self, day: date) -> bool:
        return bool(self.stars and self.star_expires_on and self.star_expires_on >= day)


def search_text_for(product: Product, producer: Producer | None) -> str:
    parts = [product.name, product.sku, product.barcode or "", product.category]
    if producer is not None:
        parts += [producer.name, producer.district, producer.commune]
    return fold(" ".join(p for p in parts if p))


def refresh_search_text(session: Session, product: Product) -> None:
    producer = session.get(Producer, product.producer_id) if product.producer_id else None
    product.search_text = search_text_for(product, producer)


def _info(product: Product) -> ProductInfo:
    producer = product.producer
    locality = ""
    if producer is not None:
        locality = ", ".join(p for p in (producer.commune, producer.district) if p)
    return ProductInfo(
        id=product.id,
        sku=product.sku,
        barcode=product.barcode,
        name=product.name,
        unit=product.unit,
        price=product.price,
        vat_rate=product.vat_rate,
        stars=product.stars,
        star_expires_on=product.star_expires_on,
        sold_by_weight=product.sold_by_weight,
        producer_name=producer.name if producer else "",
        locality=locality,
    )


# The till's two hot paths (a scan, a keystroke in the search box) read through the database's
# long-lived sqlite3 connection with plain SQL: the ORM's per-call session and row mapping cost
# more than the query itself. Columns and filters mirror _info() exactly.
_PRODUCT_COLUMNS = """
    p.id, p.sku, p.barcode, p.name, p.unit, p.price, p.vat_rate, p.stars, p.star_expires_on,
    p.sold_by_weight, pr.name, pr.commune, pr.district"""
_LOOKUP_BY = (
    f"SELECT {_PRODUCT_COLUMNS} FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id "
    "WHERE p.active = 1 AND p.{column} = ? LIMIT 1"
)
_LOOKUP_BARCODE = _LOOKUP_BY.format(column="barcode")
_LOOKUP_SKU = _LOOKUP_BY.format(column="sku")


def _row_info(row: tuple) -> ProductInfo:
    """ProductInfo from a _PRODUCT_COLUMNS row, converted as the ORM types would."""
    expires, maker, commune, district = row[8], row[10], row[11], row[12]
    return ProductInfo(
        id=row[0],
        sku=row[1],
        barcode=row[2],
        name=row[3],
        unit=row[4],
        price=row[5],
        vat_rate=row[6],
        stars=row[7],
        star_expires_on=date.fromisoformat(expires) if expires else None,
        sold_by_weight=bool(row[9]),
        producer_name=maker or "",
        locality=", ".join(p for p in (commune, district) if p),
    )


def lookup_code(db: Database, code: str) -> ProductInfo | None:
    """A scanned barcode or a typed SKU (case-insensitive), active products only."""
    code = code.strip()
    if not code:
        return None
    conn = db.hot_reader()
    rows = conn.execute(_LOOKUP_BARCODE, (code,)).fetchall()
    if not rows:
        rows = conn.execute(_LOOKUP_SKU, (code.upper(),)).fetchall()
    return _row_info(rows[0]) if rows else None


def get_product(db: Database, product_id: int) -> ProductInfo | None:
    with db.read() as session:
        product = session.get(Product, product_id, options=[joinedload(Product.producer)])
        return _info(product) if product else None


_TOKEN = re.compile(r"[0-9a-z][0-9a-z\-]*")


# Rank inside SQLite: 0 exact code, 1 name starts with the query, 2 words anywhere. Only ids
# go through the sort (a broad query like "tra" ranks thousands of rows); the 30 winners are
# then read whole, inside the same read transaction so both statements see one snapshot.
_RANK = """
    SELECT p.id,
           CASE WHEN p.barcode = ? OR lower(p.sku) = ? THEN 0
                WHEN p.search_text LIKE ? ESCAPE '\\' THEN 1
                ELSE 2 END AS rank
    FROM product_fts f JOIN products p ON p.id = f.rowid
    WHERE product_fts MATCH ? AND p.active = 1
    ORDER BY rank, p.name
    LIMIT ?
"""
_BY_IDS = (
    f"SELECT {_PRODUCT_COLUMNS} FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id "
    "WHERE p.id IN ({marks})"
)


def search(db: Database, query: str, limit: int = 30) -> list[ProductInfo]:
    folded = fold(query)
    terms = _TOKEN.findall(folded)
    if not terms:
        return []
    match = " ".join(f'"{t}"*' for t in terms)
    prefix = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    conn = db.hot_reader()
    conn.execute("BEGIN")
    try:
        ids = [
            row[0]
            for row in conn.execute(_RANK, (query.strip(), folded, prefix, match, limit)).fetchall()
        ]
        if not ids:
            return []
        rows = conn.execute(_BY_IDS.format(marks=",".join("?" * len(ids))), ids).fetchall()
    finally:
        conn.execute("COMMIT")
    by_id = {row[0]: row for row in rows}
    return [_row_info(by_id[i]) for i in ids]
