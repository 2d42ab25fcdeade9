"""``ocop-hub import-catalog FILE``: the province's product list, as CSV (UTF-8).

Same columns as the client's import: sku, barcode, name, producer, producer_kind, district,
commune, category, unit, price, vat_rate, stars, star_certified_on, star_expires_on,
traceability_url. Prices are written the Vietnamese way ("45.000", "1.250.000 ₫"). All rows or
none: a half-applied price list is worse than none, so any bad row stops the import and every
bad row is reported. Only rows that really change write a change-sequence entry.

Producers have no code in the file; the hub derives a stable one from the folded name
(``P`` + 8 hex digits of SHA-1), so re-importing never duplicates a producer.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from server.catalog import record_change
from server.db import Database
from server.models import Producer, Product
from server.models.base import utcnow

COLUMNS = (
    "sku", "barcode", "name", "producer", "producer_kind", "district", "commune", "category",
    "unit", "price", "vat_rate", "stars", "star_certified_on", "star_expires_on",
    "traceability_url",
)
REQUIRED = ("sku", "name", "price")
KIND_WORDS = {
    "company": "company", "doanh nghiep": "company", "cong ty": "company",
    "cooperative": "cooperative", "htx": "cooperative", "hop tac xa": "cooperative",
    "household": "household", "ho san xuat": "household", "ho kinh doanh": "household",
    "group": "group", "to hop tac": "group",
}


def fold(text: str) -> str:
    """Lower case without diacritics (đ too), for matching words typed many ways."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def producer_code(name: str) -> str:
    return "P" + hashlib.sha1(fold(name).encode()).hexdigest()[:8].upper()


def parse_price(text: str) -> int:
    s = re.sub(r"(₫|đ|vnd|vnđ|\s)", "", text.strip(), flags=re.IGNORECASE)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+|\d+", s):
        return int(s.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(,\d{3})+", s):
        return int(s.replace(",", ""))
    raise ValueError(f"price {text!r}: write it like 45.000")


def parse_date(text: str) -> date | None:
    s = text.strip()
    if not s:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"date {text!r}: use YYYY-MM-DD or DD/MM/YYYY")


def parse_int(text: str, what: str, low: int, high: int) -> int | None:
    s = text.strip().rstrip("%").strip()
    s = re.sub(r"\s*sao$", "", s, flags=re.IGNORECASE)
    if not s:
        return None
    if not s.isdigit() or not low <= int(s) <= high:
        raise ValueError(f"{what} {text!r}: a whole number from {low} to {high}")
    return int(s)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    producers_created: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, Any]
    producer: tuple[str, str, str, str] | None  # name, kind, district, commune


def read_rows(text: str, result: ImportResult) -> list[Row]:
    sample = text[:4096]
    dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        result.errors.append(f"missing columns: {', '.join(missing)}")
        return []
    rows, seen = [], set()
    for n, raw in enumerate(reader, start=2):
        rec = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()
               if isinstance(v, str)}
        try:
            rows.append(_row(n, rec, seen))
        except ValueError as exc:
            result.errors.append(f"line {n}: {exc}")
    return rows


def _row(n: int, rec: dict[str, str], seen: set[str]) -> Row:
    sku = rec.get("sku", "").upper()
    if not sku or not rec.get("name"):
        raise ValueError("sku and name are required")
    if sku in seen:
        raise ValueError(f"sku {sku} appears twice")
    seen.add(sku)
    barcode = rec.get("barcode") or None
    if barcode and not (barcode.isdigit() and len(barcode) <= 14):
        raise ValueError(f"barcode {barcode!r}: up to 14 digits")
    kind_text = fold(rec.get("producer_kind", "")) or "household"
    if rec.get("producer") and kind_text not in KIND_WORDS:
        raise ValueError(f"producer_kind {rec.get('producer_kind')!r}")
    stars = parse_int(rec.get("stars", ""), "stars", 3, 5)
    values = {
        "sku": sku[:64], "barcode": barcode, "name": rec["name"][:300],
        "category": rec.get("category", "")[:100], "unit": rec.get("unit", "")[:32],
        "price": parse_price(rec["price"]),
        "vat_rate": parse_int(rec.get("vat_rate", ""), "vat_rate", 0, 100) or 0,
        "stars": stars,
        "star_certified_on": parse_date(rec.get("star_certified_on", "")),
        "star_expires_on": parse_date(rec.get("star_expires_on", "")),
        "traceability_url": rec.get("traceability_url") or None,
        "active": True,
    }
    producer = None
    if rec.get("producer"):
        producer = (rec["producer"][:200], KIND_WORDS[kind_text],
                    rec.get("district", "")[:100], rec.get("commune", "")[:100])
    return Row(n, values, producer)


def import_catalog(db: Database, path: Path) -> ImportResult:
    result = ImportResult()
    rows = read_rows(path.read_text(encoding="utf-8-sig"), result)
    if result.errors:
        return result
    with db.write() as session:
        producers = {p.code: p for p in session.scalars(select(Producer))}
        products = {p.sku: p for p in session.scalars(select(Product))}
        barcodes = {p.barcode: p.sku for p in products.values() if p.barcode}
        for row in rows:
            bc = row.values["barcode"]
            if bc and barcodes.get(bc, row.values["sku"]) != row.values["sku"]:
                result.errors.append(f"line {row.line}: barcode {bc} belongs to {barcodes[bc]}")
                continue
            if bc:
                barcodes[bc] = row.values["sku"]
            producer_id = _producer(session, producers, row, result)
            _product(session, products, {**row.values, "producer_id": producer_id}, result)
        if result.errors:
            session.rollback()
            return ImportResult(errors=result.errors)
    return result


def _producer(session: Any, producers: dict[str, Producer], row: Row,
              result: ImportResult) -> int | None:
    if row.producer is None:
        return None
    name, kind, district, commune = row.producer
    code = producer_code(name)
    producer = producers.get(code)
    if producer is None:
        producer = Producer(code=code, name=name, kind=kind, district=district,
                            commune=commune, active=True)
        session.add(producer)
        producers[code] = producer
        result.producers_created += 1
        record_change(session, producer)
    elif (producer.kind, producer.district, producer.commune, producer.active) != (
        kind, district, commune, True
    ):
        producer.kind, producer.district, producer.commune = kind, district, commune
        producer.active = True
        record_change(session, producer)
    return producer.id


def _product(session: Any, products: dict[str, Product], values: dict[str, Any],
             result: ImportResult) -> None:
    product = products.get(values["sku"])
    if product is None:
        product = Product(**values, updated_at=utcnow())
        session.add(product)
        products[values["sku"]] = product
        result.created += 1
    elif any(getattr(product, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(product, key, value)
        product.updated_at = utcnow()
        result.updated += 1
    else:
        result.unchanged += 1
        return
    record_change(session, product)
