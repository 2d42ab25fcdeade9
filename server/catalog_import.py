"""``ocop-hub import-catalog FILE``: the province's product list, by the booths' own rulebook.

The file is the one a booth imports (app.services.catalog_files: CSV in UTF-8 or XLSX, the
fixed columns sku, barcode, name, producer, producer_kind, district, commune, category, unit,
price, vat_rate, stars, star_certified_on, star_expires_on, traceability_url; a file in a
legacy Vietnamese encoding is refused), and every cell goes through the booth's rules
(app.services.catalog_import_rows over app.services.catalog_rules): the hub publishes to every
booth, so it must never take a product a booth would refuse, such as a barcode with a wrong
check digit or written in Arabic-Indic digits. Errors read exactly as on a booth ("Dòng 12,
cột price: ...").

All rows or none: a half-applied price list is worse than none, so any bad row stops the import
and every bad row is reported. Only rows that really change write a change-sequence entry.

Producers have no code in the file; the hub derives a stable one from the folded name
(``P`` + 8 hex digits of SHA-1 of app.services.textfold.fold), so re-importing never duplicates
a producer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.services.catalog_files import read_table
from app.services.catalog_import_rows import (
    CodeRegister,
    ParsedRow,
    RowError,
    issue_order,
    parse_row,
)
from app.services.catalog_rules import weighed
from app.services.errors import BoothError
from app.services.textfold import fold
from server.catalog import record_change
from server.db import Database
from server.models import Producer, Product
from server.models.base import utcnow


def producer_code(name: str) -> str:
    return "P" + hashlib.sha1(fold(name).encode()).hexdigest()[:8].upper()


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    producers_created: int = 0
    errors: list[str] = field(default_factory=list)  # one line per bad cell or file


def parse_file(path: Path) -> tuple[list[ParsedRow], list[RowError]]:
    """Every row through the booth's row rules; a file-level problem raises BoothError."""
    parsed: list[ParsedRow] = []
    errors: list[RowError] = []
    for number, cells in read_table(Path(path)).rows:
        row, problems = parse_row(number, cells)
        if row is not None:
            parsed.append(row)
        errors += problems
    return parsed, errors


def import_catalog(db: Database, path: Path) -> ImportResult:
    try:
        parsed, errors = parse_file(path)
    except BoothError as exc:
        return ImportResult(errors=[exc.text])
    result = ImportResult()
    with db.write() as session:
        producers = {p.code: p for p in session.scalars(select(Producer))}
        products = {p.sku: p for p in session.scalars(select(Product))}
        codes = CodeRegister({p.barcode: p.sku for p in products.values() if p.barcode})
        good: list[ParsedRow] = []
        for row in parsed:
            problems = codes.claim(row)
            errors += problems
            if not problems:
                good.append(row)
        if errors:
            session.rollback()
            return ImportResult(errors=[e.text for e in sorted(errors, key=issue_order)])
        for row in good:
            producer_id = _producer(session, producers, row, result)
            values = {"sku": row.sku, **row.product, "producer_id": producer_id, "active": True}
            _product(session, products, values, result)
    return result


def _producer(session: Any, producers: dict[str, Producer], row: ParsedRow,
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
        # Sold by weight when its unit is a weight, as a booth's own import decides; later
        # imports leave the flag alone, as a booth's do.
        product = Product(**values, sold_by_weight=weighed(values["unit"]), updated_at=utcnow())
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
