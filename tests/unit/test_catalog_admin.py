"""Editing producers and products, and the paged listings the catalog pages show."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.auth import list_staff
from app.services.catalog import search
from app.services.catalog_admin import (
    ProducerInput,
    ProductInput,
    create_producer,
    create_product,
    product_input,
    set_product_active,
    suggest_in_store_code,
    update_producer,
    update_product,
)
from app.services.catalog_listing import catalog_choices, get_product, list_producers, list_products
from app.services.catalog_rules import FieldErrors
from app.services.gtin import gtin_check_digit, is_in_store, is_valid_gtin
from app.services.rights import Actor
from app.services.stars import StarStatus
from app.services.textfold import fold


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


def _gs1_vn(body9: str) -> str:
    body = "893" + body9
    return body + str(gtin_check_digit(body))


def _ba_che(db):
    return create_producer(db, ProducerInput("HTX Ba kích Đạp Thanh", "HTX", "Ba Chẽ", "Đạp Thanh"))


def test_every_wrong_field_is_named_at_once(demo_db):
    with pytest.raises(FieldErrors) as info:
        create_product(demo_db, ProductInput(
            sku="BK 01", name=" ", price="45.5", barcode="8930000000001", vat_rate=7, stars=4,
            star_certified_on="2024-01-01", star_expires_on="2028-01-01",
            traceability_url="ftp://x", producer_id=9999), _boss(demo_db))
    fields = sorted(e.field for e in info.value.errors)
    assert fields == ["barcode", "name", "price", "producer", "sku", "star_expires_on",
                      "traceability_url", "vat_rate"]
    assert "phải là" in info.value.for_field("barcode")[0].text


def test_new_product_from_a_ba_che_cooperative(demo_db):
    maker = _ba_che(demo_db)
    code = _gs1_vn("600123456")
    row = create_product(demo_db, ProductInput(
        sku="bk-dt-250", name="Ba kích tím Đạp Thanh hũ 250g", price="320.000 ₫",
        producer_id=maker.id, barcode=code, unit="hũ", vat_rate="5", stars="4",
        star_certified_on=date(2025, 3, 1)), _boss(demo_db))
    assert row.sku == "BK-DT-250" and row.price == 320_000 and row.gs1_vietnam
    assert row.barcode_kind == "ean13" and not row.in_store_code
    assert row.star_expires_on == date(2028, 3, 1) and row.producer_name == maker.name
    assert [p.sku for p in search(demo_db, "ba kich dap thanh")] == ["BK-DT-250"]
    with pytest.raises(FieldErrors) as info:
        create_product(demo_db, ProductInput(sku="BK-DT-250", name="x", price=1, barcode=code), _boss(demo_db))
    assert sorted(e.field for e in info.value.errors) == ["barcode", "sku"]


def test_upc_a_and_ean8_are_accepted(demo_db):
    upc = create_product(demo_db, ProductInput(sku="UPC-1", name="Hàng Mỹ", price=1000,
                                               barcode="036000291452"), _boss(demo_db))
    ean8 = create_product(demo_db, ProductInput(sku="EAN8-1", name="Gói nhỏ", price=1000,
                                                barcode="9638 5074"), _boss(demo_db))
    assert (upc.barcode_kind, ean8.barcode_kind, ean8.barcode) == ("upca", "ean8", "96385074")


def test_in_store_codes_are_unique_and_never_893(demo_db):
    taken = "2000000000015"  # the first code the allocator would give, already in use
    create_product(demo_db, ProductInput(sku="HELD", name="Đã có mã", price=1, barcode=taken), _boss(demo_db))
    preview = suggest_in_store_code(demo_db)
    codes = [
        create_product(demo_db, ProductInput(sku=f"NO-GTIN-{i}", name=f"Không mã {i}", price=1000,
                                             assign_in_store_code=True), _boss(demo_db)).barcode
        for i in range(3)
    ]
    assert preview == codes[0] != taken
    assert len(set(codes)) == 3
    assert all(is_valid_gtin(c) and is_in_store(c) and c.startswith("20") for c in codes)
    plain = create_product(demo_db, ProductInput(sku="CODE128-ONLY", name="Chỉ SKU", price=1000), _boss(demo_db))
    assert plain.barcode is None and plain.barcode_kind is None  # printed as Code 128 SKU


def test_update_product_and_retire_it(demo_db):
    row = list_products(demo_db, "TRA-HV-100").rows[0]
    changed = update_product(demo_db, row.id, product_input(row).__class__(
        **{**product_input(row).__dict__, "price": "470.000"}), _boss(demo_db))
    assert changed.price == 470_000 and changed.sku == row.sku
    set_product_active(demo_db, row.id, False)
    assert list_products(demo_db, "TRA-HV-100").total == 0
    assert list_products(demo_db, "TRA-HV-100", active=None).total == 1
    assert get_product(demo_db, row.id).active is False


def test_renaming_a_producer_refreshes_product_search(demo_db):
    maker = list_producers(demo_db, "mien dong binh lieu").rows[0]
    assert maker.product_count > 0
    update_producer(demo_db, maker.id, ProducerInput("HTX Miến dong Hoành Mô", maker.kind,
                                                     maker.district, maker.commune))
    assert len(search(demo_db, "hoanh mo mien")) >= maker.product_count
    with pytest.raises(FieldErrors) as info:
        create_producer(demo_db, ProducerInput("htx miến dong hoành mô", "cooperative",
                                               "Bình Liêu"))
    assert info.value.errors[0].field == "name"


def test_product_listing_filters_sorts_and_pages(demo_db):
    everything = list_products(demo_db, limit=10)
    assert everything.total == 72 and len(everything.rows) == 10
    names = [r.name for r in list_products(demo_db, limit=100).rows]
    assert names == sorted(names, key=lambda n: (fold(n), n))  # Đ among the D's
    pages = [r.id for off in range(0, 72, 25) for r in list_products(demo_db, offset=off,
                                                                       limit=25).rows]
    assert len(pages) == 72 and len(set(pages)) == 72
    prices = [r.price for r in list_products(demo_db, sort="price", descending=True).rows]
    assert prices == sorted(prices, reverse=True)
    mien = list_products(demo_db, "mien dong")
    assert mien.total >= 3 and all("mien dong" in fold(r.name) for r in mien.rows)
    today = date(2026, 11, 23)
    for status in StarStatus:
        rows = list_products(demo_db, star_filter=status, today=today, limit=100).rows
        assert all(r.star_status is status for r in rows)
    total = sum(list_products(demo_db, star_filter=s, today=today).total for s in StarStatus)
    assert total == 72
    choices = catalog_choices(demo_db)
    assert "Trà" in choices.categories and "kg" in choices.units and len(choices.producers) == 36


def test_producer_listing(demo_db):
    page = list_producers(demo_db, "ba che", sort="product_count", descending=True)
    assert page.total >= 3 and all(fold(r.district) == "ba che" or "ba che" in fold(r.name)
                                   for r in page.rows)
    counts = [r.product_count for r in page.rows]
    assert counts == sorted(counts, reverse=True)
    assert list_producers(demo_db, kind="household").total == sum(
        1 for r in list_producers(demo_db, limit=1000).rows if r.kind == "household")
