"""Editing the catalog by hand: create and update producers and products, one action each.

Every rule is in app.services.catalog_rules (pure) or here (what needs the database: unique
SKU and barcode, the producer exists, the next in-store code). A dialog calls one function per
Save; on a FieldErrors it marks each named field, otherwise it shows the row it gets back.
Products without a GTIN either keep only their SKU (printed as Code 128) or get the next free
in-store EAN-13 (prefix 20): we never invent a number in GS1 Vietnam's 893 range, because
that would claim to be a producer's registered code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Counter, Producer, Product
from app.models.base import utcnow
from app.services import audit_log, rights
from app.services.catalog import search_text_for
from app.services.catalog_listing import ProducerRow, ProductRow, producer_row, product_row
from app.services.catalog_rules import (
    Collector,
    barcode_value,
    kind_value,
    price_value,
    sku_value,
    star_rating,
    text_value,
    url_value,
    vat_value,
)
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from app.services.gtin import make_in_store_ean13
from app.services.rights import Actor, Right
from app.services.settings import next_counter
from app.services.textfold import fold

IN_STORE_PREFIX = "20"
IN_STORE_COUNTER = "in_store_code"
PRODUCER_CODE_COUNTER = "producer_code"


@dataclass(frozen=True)
class ProducerInput:
    name: str
    kind: str  # company / cooperative / household / group, or a Vietnamese alias ("HTX")
    district: str = ""
    commune: str = ""
    code: str = ""  # empty: the next "SX00001"-style code is given
    active: bool = True


@dataclass(frozen=True)
class ProductInput:
    """What a product dialog collects; text fields may be raw text, they are cleaned here."""

    sku: str
    name: str
    price: int | str
    producer_id: int | None = None
    barcode: str | None = None
    category: str = ""
    unit: str = ""
    vat_rate: int | str = 0
    stars: int | str | None = None
    star_certified_on: date | str | None = None
    star_expires_on: date | str | None = None  # empty: 36 months after certification
    traceability_url: str | None = None
    sold_by_weight: bool = False
    active: bool = True
    assign_in_store_code: bool = False  # no barcode given: allocate the next in-store EAN-13


# ------------------------------------------------------------------------------ producers


def _clean_producer(c: Collector, inp: ProducerInput) -> dict[str, Any]:
    return {
        "name": c.run("name", text_value, inp.name, 200, True),
        "kind": c.run("kind", kind_value, inp.kind),
        "district": c.run("district", text_value, inp.district, 100),
        "commune": c.run("commune", text_value, inp.commune, 100),
        "code": c.run("code", text_value, inp.code, 32),
        "active": bool(inp.active),
    }


def find_producer(session: Session, name: str, district: str) -> Producer | None:
    """Producers are told apart by name and district, folded: two "HTX Nông nghiệp Đồng Văn"
    exist, one in Bình Liêu (Quảng Ninh), one in Đồng Văn (Hà Giang)."""
    key = (fold(name), fold(district))
    rows = session.execute(select(Producer.id, Producer.name, Producer.district)).all()
    found = next((pid for pid, n, d in rows if (fold(n), fold(d)) == key), None)
    return session.get(Producer, found) if found is not None else None


def next_producer_code(session: Session) -> str:
    while True:
        code = f"SX{next_counter(session, PRODUCER_CODE_COUNTER):05d}"
        if session.scalar(select(Producer.id).where(Producer.code == code)) is None:
            return code


def _save_producer(session: Session, producer: Producer | None, inp: ProducerInput) -> Producer:
    c = Collector()
    data = _clean_producer(c, inp)
    if data["name"] and data["district"] is not None:
        twin = find_producer(session, data["name"], data["district"])
        if twin is not None and (producer is None or twin.id != producer.id):
            c.add("name", QT_TRANSLATE_NOOP("errors", "đã có chủ thể “{name}” ở {district}"),
                  name=twin.name, district=twin.district or "—")
    if data["code"]:
        taken = session.scalar(select(Producer.id).where(Producer.code == data["code"]))
        if taken is not None and (producer is None or taken != producer.id):
            c.add("code", QT_TRANSLATE_NOOP("errors", "mã {code} đã được dùng"), code=data["code"])
    c.raise_if_any()
    if not data["code"]:
        data["code"] = producer.code if producer else next_producer_code(session)
    if producer is None:
        producer = Producer(**data)
        session.add(producer)
        session.flush()
        return producer
    renamed = (producer.name, producer.district, producer.commune) != (
        data["name"], data["district"], data["commune"]
    )
    for key, value in data.items():
        setattr(producer, key, value)
    session.flush()
    if renamed:  # product search covers the producer's name and locality
        for product in session.scalars(select(Product).where(Product.producer_id == producer.id)):
            product.search_text = search_text_for(product, producer)
    return producer


def create_producer(db: Database, inp: ProducerInput) -> ProducerRow:
    with db.write() as session:
        producer = _save_producer(session, None, inp)
        return producer_row(producer, 0)


def update_producer(db: Database, producer_id: int, inp: ProducerInput) -> ProducerRow:
    with db.write() as session:
        producer = _producer(session, producer_id)
        _save_producer(session, producer, inp)
        count = session.scalar(
            select(func.count()).select_from(Product).where(Product.producer_id == producer_id)
        )
        return producer_row(producer, count or 0)


def _producer(session: Session, producer_id: int) -> Producer:
    producer = session.get(Producer, producer_id)
    if producer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Không tìm thấy chủ thể {id}"), id=producer_id
        )
    return producer


# ------------------------------------------------------------------------------- products


def next_in_store_code(session: Session) -> str:
    """The next unused in-store EAN-13 (prefix 20), taken inside the caller's transaction.

    The counter only moves forward, and codes a product already holds (the demo catalog, an
    import) are skipped, so two products never share one.
    """
    while True:
        code = make_in_store_ean13(next_counter(session, IN_STORE_COUNTER), IN_STORE_PREFIX)
        if session.scalar(select(Product.id).where(Product.barcode == code)) is None:
            return code


def suggest_in_store_code(db: Database) -> str:
    """What next_in_store_code would give now, for a dialog's preview; nothing is reserved."""
    with db.read() as session:
        counter = session.get(Counter, IN_STORE_COUNTER)
        n = (counter.value if counter else 0) + 1
        while True:
            code = make_in_store_ean13(n, IN_STORE_PREFIX)
            if session.scalar(select(Product.id).where(Product.barcode == code)) is None:
                return code
            n += 1


def clean_product(c: Collector, inp: ProductInput) -> dict[str, Any]:
    rating = star_rating(c, inp.stars, inp.star_certified_on, inp.star_expires_on)
    return {
        "sku": c.run("sku", sku_value, inp.sku),
        "name": c.run("name", text_value, inp.name, 300, True),
        "barcode": c.run("barcode", barcode_value, inp.barcode),
        "producer_id": inp.producer_id,
        "category": c.run("category", text_value, inp.category, 100),
        "unit": c.run("unit", text_value, inp.unit, 32),
        "price": c.run("price", price_value, inp.price),
        "vat_rate": c.run("vat_rate", vat_value, inp.vat_rate),
        "stars": rating.stars,
        "star_certified_on": rating.certified_on,
        "star_expires_on": rating.expires_on,
        "traceability_url": c.run("traceability_url", url_value, inp.traceability_url),
        "sold_by_weight": bool(inp.sold_by_weight),
        "active": bool(inp.active),
    }


def _save_product(
    session: Session, product: Product | None, inp: ProductInput, actor: Actor | None
) -> Product:
    c = Collector()
    data = clean_product(c, inp)
    own_id = product.id if product else None
    if data["sku"]:
        taken = session.scalar(select(Product.id).where(Product.sku == data["sku"]))
        if taken is not None and taken != own_id:
            c.add("sku", QT_TRANSLATE_NOOP("errors", "mã {sku} đã có sản phẩm khác dùng"),
                  sku=data["sku"])
    if data["barcode"]:
        taken = session.scalar(select(Product.sku).where(
            Product.barcode == data["barcode"], Product.id != (own_id or -1)))
        if taken is not None:
            c.add("barcode", QT_TRANSLATE_NOOP("errors", "mã vạch {code} đã thuộc sản phẩm {sku}"),
                  code=data["barcode"], sku=taken)
    producer = None
    if data["producer_id"] is not None:
        producer = session.get(Producer, data["producer_id"])
        if producer is None:
            c.add("producer", QT_TRANSLATE_NOOP("errors", "không tìm thấy chủ thể {id}"),
                  id=data["producer_id"])
    c.raise_if_any()
    _check_price_right(session, product, data["price"], data["sku"], actor)
    if data["barcode"] is None and inp.assign_in_store_code:
        data["barcode"] = next_in_store_code(session)
    if product is None:
        product = Product(**data)
        session.add(product)
    else:
        for key, value in data.items():
            setattr(product, key, value)
    product.updated_at = utcnow()
    product.search_text = search_text_for(product, producer)
    session.flush()
    return product


def _check_price_right(
    session: Session, product: Product | None, price: int, sku: str, actor: Actor | None
) -> None:
    """A new product, or a new price, is a price the next sales will use: it needs the price
    right (rights.Right.PRICE), and it is audited with who approved it. Other edits (a name,
    a barcode, a star date) are anyone's."""
    old = product.price if product is not None else None
    if old == price:
        rights.require_staff(session, actor)
        return
    holder = rights.require_or_setup(session, actor, Right.PRICE)
    audit_log.record(session, "price_change", actor, holder,
                     {"sku": sku, "old_price": old, "new_price": price})


def create_product(db: Database, inp: ProductInput, actor: Actor | None) -> ProductRow:
    """actor: the logged-in staff (and approving manager); None only before any staff exist."""
    with db.write() as session:
        product = _save_product(session, None, inp, actor)
        return product_row(product, product.producer)


def update_product(
    db: Database, product_id: int, inp: ProductInput, actor: Actor | None
) -> ProductRow:
    with db.write() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy sản phẩm {id}"), id=product_id
            )
        _save_product(session, product, inp, actor)
        session.refresh(product)
        return product_row(product, product.producer)


def product_input(row: ProductRow) -> ProductInput:
    """A dialog's starting values for editing an existing product."""
    return ProductInput(
        sku=row.sku, name=row.name, price=row.price, producer_id=row.producer_id,
        barcode=row.barcode, category=row.category, unit=row.unit, vat_rate=row.vat_rate,
        stars=row.stars, star_certified_on=row.star_certified_on,
        star_expires_on=row.star_expires_on, traceability_url=row.traceability_url,
        sold_by_weight=row.sold_by_weight, active=row.active,
    )


def set_product_active(db: Database, product_id: int, active: bool) -> None:
    """Products are never deleted (sales and the ledger point at them); they are retired."""
    with db.write() as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Không tìm thấy sản phẩm {id}"), id=product_id
            )
        product.active = active
        product.updated_at = utcnow()
