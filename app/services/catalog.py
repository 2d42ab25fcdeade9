"""Finding products at the till: by scanned code, or by typing part of a name.

Search folds case and Vietnamese diacritics (đ included) on both sides, so "mien dong" finds
"Miến dong Bình Liêu". Ranking: exact code, then name prefix, then words anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
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


def lookup_code(db: Database, code: str) -> ProductInfo | None:
    """A scanned barcode or a typed SKU (case-insensitive), active products only."""
    code = code.strip()
    if not code:
        return None
    with db.read() as session:
        query = select(Product).options(joinedload(Product.producer)).where(Product.active)
        product = session.scalars(query.where(Product.barcode == code)).first()
        if product is None:
            product = session.scalars(query.where(Product.sku == code.upper())).first()
        return _info(product) if product else None


def get_product(db: Database, product_id: int) -> ProductInfo | None:
    with db.read() as session:
        product = session.get(Product, product_id, options=[joinedload(Product.producer)])
        return _info(product) if product else None


_TOKEN = re.compile(r"[0-9a-z][0-9a-z\-]*")


def search(db: Database, query: str, limit: int = 30) -> list[ProductInfo]:
    folded = fold(query)
    terms = _TOKEN.findall(folded)
    if not terms:
        return []
    match = " ".join(f'"{t}"*' for t in terms)
    # Rank inside SQLite: 0 exact code, 1 name starts with the query, 2 words anywhere.
    sql = text(
        """
        SELECT p.id,
               CASE WHEN p.barcode = :raw OR lower(p.sku) = :folded THEN 0
                    WHEN p.search_text LIKE :prefix ESCAPE '\\' THEN 1
                    ELSE 2 END AS rank
        FROM product_fts f JOIN products p ON p.id = f.rowid
        WHERE product_fts MATCH :match AND p.active = 1
        ORDER BY rank, p.name
        LIMIT :limit
        """
    )
    prefix = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.read() as session:
        rows = session.execute(
            sql,
            {
                "raw": query.strip(),
                "folded": folded,
                "prefix": prefix,
                "match": match,
                "limit": limit,
            },
        ).all()
        ids = [r[0] for r in rows]
        if not ids:
            return []
        products = session.scalars(
            select(Product).options(joinedload(Product.producer)).where(Product.id.in_(ids))
        ).all()
        by_id = {p.id: p for p in products}
        return [_info(by_id[i]) for i in ids]
