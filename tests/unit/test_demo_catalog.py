"""Checks the demo catalog shipped in resources/demo/catalog.json.

The file is plain data, so the checks here are self-contained on purpose: they do not import
project modules (GTIN and text-folding helpers live elsewhere and are tested there).
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

CATALOG_PATH = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalog.json"
PRODUCER_KINDS = {"company", "cooperative", "household", "group"}
LOCATION_KINDS = {"booth", "sale_point", "warehouse"}
VAT_RATES = {0, 5, 8, 10}
SKU_RE = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")


def ean13_check_digit(first12: str) -> int:
    """GS1 mod-10: weights 1,3,1,3,... from the left over the first 12 digits."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return (10 - total % 10) % 10


def add_months(d: date, months: int) -> date:
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def iter_strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from iter_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_strings(item)


@pytest.fixture(scope="module")
def raw_text() -> str:
    return CATALOG_PATH.read_text(encoding="utf-8")


# The day the file's dates are written for; load_demo moves them to the day it runs.
REFERENCE_DAY = date.fromisoformat(json.loads(CATALOG_PATH.read_text("utf-8"))["reference_day"])


@pytest.fixture(scope="module")
def catalog(raw_text: str) -> dict:
    return json.loads(raw_text)


@pytest.fixture(scope="module")
def products(catalog: dict) -> list[dict]:
    return catalog["products"]


def test_top_level_shape(catalog):
    assert set(catalog) == {
        "reference_day",
        "shop",
        "locations",
        "fair",
        "bank_account",
        "staff",
        "producers",
        "products",
    }
    assert catalog["shop"]["name"] == "Điểm giới thiệu và bán sản phẩm OCOP Quảng Ninh"
    assert catalog["shop"]["address"].strip()
    assert 25 <= len(catalog["producers"]) <= 40
    assert 60 <= len(catalog["products"]) <= 90


def test_file_is_utf8_and_nfc_everywhere(raw_text, catalog):
    assert raw_text == unicodedata.normalize("NFC", raw_text)
    assert "\\u" not in raw_text, "Vietnamese should be written as UTF-8, not \\u escapes"
    bad = [s for s in iter_strings(catalog) if s != unicodedata.normalize("NFC", s)]
    assert bad == []


def test_barcodes_are_in_store_ean13_with_correct_check_digit(products):
    for p in products:
        code = p["barcode"]
        assert isinstance(code, str) and len(code) == 13 and code.isdigit(), code
        assert code.startswith("20"), code
        assert int(code[-1]) == ean13_check_digit(code[:12]), code


def test_check_digit_helper_against_known_gtins():
    # Guards the helper itself so a broken helper cannot make every barcode "pass".
    assert ean13_check_digit("400638133393") == 1  # 4006381333931
    assert ean13_check_digit("978020137962") == 4  # 9780201379624
    assert ean13_check_digit("200000000000") == 8


def test_skus_and_barcodes_are_unique(products):
    skus = Counter(p["sku"] for p in products)
    barcodes = Counter(p["barcode"] for p in products)
    assert [s for s, n in skus.items() if n > 1] == []
    assert [b for b, n in barcodes.items() if n > 1] == []


def test_skus_are_short_uppercase_ascii(products):
    for p in products:
        assert SKU_RE.match(p["sku"]) and len(p["sku"]) <= 16, p["sku"]


def test_producers_are_well_formed_and_referenced(catalog, products):
    producers = catalog["producers"]
    codes = [p["code"] for p in producers]
    assert len(codes) == len(set(codes))
    assert {p["kind"] for p in producers} <= PRODUCER_KINDS
    assert {p["kind"] for p in producers} == PRODUCER_KINDS, "every kind should appear"
    for p in producers:
        assert p["name"].strip() and p["district"].strip() and p["commune"].strip()
    known = set(codes)
    missing = [p["sku"] for p in products if p["producer"] not in known]
    assert missing == []
    unused = known - {p["producer"] for p in products}
    assert unused == set(), "every producer should have at least one product"


def test_producer_kind_mix_is_roughly_national(catalog):
    kinds = Counter(p["kind"] for p in catalog["producers"])
    total = sum(kinds.values())
    assert 0.30 <= kinds["cooperative"] / total <= 0.45
    assert 0.18 <= kinds["company"] / total <= 0.30
    assert 0.28 <= kinds["household"] / total <= 0.42
    assert kinds["group"] >= 1


def test_locations_and_fair(catalog):
    locations = catalog["locations"]
    assert {loc["kind"] for loc in locations} == LOCATION_KINDS
    assert len({loc["code"] for loc in locations}) == len(locations)
    fair = catalog["fair"]
    starts, ends = date.fromisoformat(fair["starts_on"]), date.fromisoformat(fair["ends_on"])
    assert starts <= REFERENCE_DAY <= ends


def test_bank_account(catalog):
    bank = catalog["bank_account"]
    assert re.fullmatch(r"\d{6}", bank["bank_bin"])
    assert re.fullmatch(r"\d{6,19}", bank["account"])
    name = bank["account_name"]
    assert name == name.upper() and name.isascii() and name.strip() == name


def test_staff_roles_and_pins(catalog):
    staff = catalog["staff"]
    assert {s["role"] for s in staff} >= {"cashier", "manager"}
    for s in staff:
        assert re.fullmatch(r"\d{4}", s["pin"]), s


def test_stars_and_mix(products):
    stars = Counter(p["stars"] for p in products)
    assert set(stars) <= {3, 4, 5}
    assert 1 <= stars[5] <= 3
    assert stars[3] > stars[4] > stars[5]


def test_prices_vat_and_units(products):
    for p in products:
        assert isinstance(p["price"], int) and not isinstance(p["price"], bool), p["sku"]
        assert p["price"] > 0 and p["price"] % 1000 == 0, p["sku"]
        assert p["vat_rate"] in VAT_RATES, p["sku"]
        assert p["name"].strip() and p["category"].strip() and p["unit"].strip()
        assert isinstance(p["sold_by_weight"], bool)
        if p["sold_by_weight"]:
            assert p["unit"] == "kg", p["sku"]
    assert sum(p["sold_by_weight"] for p in products) >= 3
    alcohol = [p for p in products if p["name"].startswith("Rượu")]
    assert alcohol and all(p["vat_rate"] == 10 for p in alcohol)


def test_rating_lasts_36_months(products):
    for p in products:
        certified = date.fromisoformat(p["star_certified_on"])
        expires = date.fromisoformat(p["star_expires_on"])
        assert certified <= REFERENCE_DAY, p["sku"]
        assert expires == add_months(certified, 36), p["sku"]


def test_some_ratings_expired_and_some_expiring_soon(products):
    soon_limit = REFERENCE_DAY + timedelta(days=90)
    expiries = [date.fromisoformat(p["star_expires_on"]) for p in products]
    expired = [d for d in expiries if d < REFERENCE_DAY]
    expiring = [d for d in expiries if REFERENCE_DAY <= d <= soon_limit]
    assert len(expired) >= 3
    assert len(expiring) >= 3
    assert len(expired) + len(expiring) <= len(products) // 4, "most ratings should be valid"


def test_traceability_urls(products):
    with_url = [p for p in products if p["traceability_url"] is not None]
    assert 0.5 <= len(with_url) / len(products) <= 0.85
    for p in with_url:
        assert p["traceability_url"].startswith("https://"), p["sku"]


def test_names_a_quang_ninh_manager_would_search_for(catalog, products):
    names = [p["name"] for p in products]
    assert "Miến dong Bình Liêu" in names
    assert any(fold(n).startswith("mien dong") for n in names)
    assert any(n.startswith("Trà hoa vàng Ba Chẽ") for n in names)
    producer_names = [p["name"] for p in catalog["producers"]]
    assert any("Đông Triều" in n for n in names + producer_names)
