"""One catalog rulebook: the hub's import and a booth's import judge every row alike.

Each case is one row written to one file, imported by a booth (app.services.catalog_io) and by
the hub (server.catalog_import), on SQLite and on PostgreSQL (the hub fixtures). Both must
refuse it with the same words, or both must store the same values. The hub used to re-implement
the rules: it took a barcode with a wrong check digit or in Arabic-Indic digits (and sent it to
every booth), a date a booth reads as day-first but left a rating without its 36-month expiry,
text in NFD with double spaces as written, and a price in "đồng" it could not read.
"""

from __future__ import annotations

import csv
import unicodedata
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Producer as BoothProducer
from app.models import Product as BoothProduct
from app.services.catalog_io import commit_import, preview_import
from app.services.catalog_rules import COLUMNS
from app.services.gtin import make_in_store_ean13
from app.services.textfold import fold
from server.catalog_import import import_catalog, producer_code
from server.models import Producer as HubProducer
from server.models import Product as HubProduct

STORED = ("barcode", "name", "category", "unit", "price", "vat_rate", "stars",
          "star_certified_on", "star_expires_on", "traceability_url", "sold_by_weight")
BASE = {
    "name": "Miến dong Bình Liêu", "producer": "HTX Miến dong Bình Liêu",
    "producer_kind": "HTX", "district": "Bình Liêu", "commune": "Đồng Văn",
    "category": "Thực phẩm", "unit": "gói", "price": "45.000", "vat_rate": "0",
}
REFUSED = None


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _spaced_code() -> str:
    """A valid in-store EAN-13 no other test holds, written in groups as on a label."""
    code = make_in_store_ean13(uuid.uuid4().int % 10**10)
    return f"{code[:1]} {code[1:7]} {code[7:]}"


# case -> (cells written over BASE, what both sides store; REFUSED: both refuse the row)
CASES: dict[str, tuple[dict[str, Any], dict[str, Any] | None]] = {
    "GTIN-13 with a wrong check digit": ({"barcode": "4006381333932"}, REFUSED),
    "GTIN-13 in Arabic-Indic digits": ({"barcode": "٤٠٠٦٣٨١٣٣٣٩٣١"}, REFUSED),
    "GTIN-13 in full-width digits": ({"barcode": "４００６３８１３３３９３１"}, REFUSED),
    "GTIN-12 of 11 digits": ({"barcode": "03600029145"}, REFUSED),
    "GTIN-14 (a case, not a retail unit)": ({"barcode": "14006381333938"}, REFUSED),
    "a valid GTIN written in groups": ({"barcode": _spaced_code()}, {"barcode": "spaced"}),
    "price 1.250.000 ₫": ({"price": "1.250.000 ₫"}, {"price": 1_250_000}),
    "price 1.250.000 đồng": ({"price": "1.250.000 đồng"}, {"price": 1_250_000}),
    "price 45,000 ₫": ({"price": "45,000 ₫"}, {"price": 45_000}),
    "price 45.5 (no minor unit)": ({"price": "45.5"}, REFUSED),
    "day-first date 12/05/2024, expiry 36 months on": (
        {"stars": "4 sao", "star_certified_on": "12/05/2024"},
        {"stars": 4, "star_certified_on": date(2024, 5, 12),
         "star_expires_on": date(2027, 5, 12)}),
    "expiry past 36 months": (
        {"stars": "4", "star_certified_on": "12/05/2024", "star_expires_on": "13/05/2027"},
        REFUSED),
    "stars without a certification date": ({"stars": "5"}, REFUSED),
    "VAT 8%": ({"vat_rate": "8%"}, {"vat_rate": 8}),
    "VAT 7% (not a Vietnamese rate)": ({"vat_rate": "7%"}, REFUSED),
    "Đông Triều in NFD with double spaces": (
        {"name": _nfd("Miến dong  Đông Triều"), "producer": _nfd("HTX  Đông Triều"),
         "district": _nfd("Đông Triều")},
        {"name": "Miến dong Đông Triều", "fold": "mien dong dong trieu",
         "producer": "HTX Đông Triều", "producer_fold": "htx dong trieu"}),
    "producer kind Hộ SX": ({"producer_kind": "Hộ SX"}, {"kind": "household"}),
    "a weighed unit": ({"unit": "kg"}, {"sold_by_weight": True}),
}


def _write(path: Path, cells: dict[str, Any]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(COLUMNS)
        writer.writerow([cells.get(c, "") for c in COLUMNS])


def _booth_row(db: Database, sku: str) -> tuple[dict[str, Any], BoothProducer | None, str]:
    with db.read() as session:
        product = session.scalars(select(BoothProduct).where(BoothProduct.sku == sku)).one()
        producer = session.get(BoothProducer, product.producer_id)
        return {f: getattr(product, f) for f in STORED}, producer, product.search_text


def _hub_row(hub: Any, sku: str) -> tuple[dict[str, Any], HubProducer | None] | None:
    with hub.db.read() as session:
        product = session.scalars(select(HubProduct).where(HubProduct.sku == sku)).one_or_none()
        if product is None:
            return None
        producer = session.get(HubProducer, product.producer_id)
        return {f: getattr(product, f) for f in STORED}, producer


@pytest.mark.parametrize("case", list(CASES))
def test_the_hub_and_a_booth_import_a_row_alike(case: str, hub: Any, db: Database,
                                                tmp_path: Path) -> None:
    written, expected = CASES[case]
    sku = f"RB-{uuid.uuid4().hex[:10].upper()}"
    cells = {**BASE, "sku": sku, **written}
    path = tmp_path / "catalog.csv"
    _write(path, cells)

    preview = preview_import(db, path)
    result = import_catalog(hub.db, path)
    # The same words for the same cell, whoever imports it.
    assert result.errors == [e.text for e in preview.errors]
    if expected is REFUSED:
        assert preview.errors and not preview.parsed, case
        assert _hub_row(hub, sku) is None  # never published to the booths
        return
    assert not preview.errors and result.created == 1
    commit_import(db, preview)
    booth, booth_maker, search_text = _booth_row(db, sku)
    hub_row = _hub_row(hub, sku)
    assert hub_row is not None
    stored, hub_maker = hub_row
    assert stored == booth
    assert booth_maker is not None and hub_maker is not None
    assert (hub_maker.name, hub_maker.kind, hub_maker.district, hub_maker.commune) == (
        booth_maker.name, booth_maker.kind, booth_maker.district, booth_maker.commune)
    for key, value in expected.items():
        if key == "barcode":
            assert stored["barcode"] == "".join(written["barcode"].split())
        elif key == "fold":
            assert value in search_text and fold(stored["name"]) == value
        elif key == "producer":
            assert hub_maker.name == value
        elif key == "producer_fold":
            assert hub_maker.code == producer_code(value)
            assert value in search_text
        elif key == "kind":
            assert hub_maker.kind == value
        else:
            assert stored[key] == value, key
