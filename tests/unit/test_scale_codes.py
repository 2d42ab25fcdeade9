"""Label-scale codes: the PLU and the price or weight read from an EAN-13, per shop's rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services import scale_codes
from app.services.auth import list_staff
from app.services.catalog_admin import ProductInput, create_product
from app.services.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.gtin import gtin_check_digit
from app.services.rights import Actor
from app.services.scale_codes import (
    DEFAULT_RULES,
    ScaleRule,
    base_code,
    format_rules_text,
    parse_rules_text,
    parse_scale_code,
)
from app.services.scan_codes import find_scanned

PRICE = ScaleRule("21", "price", 5, price_unit=100)
WEIGHT = ScaleRule("22", "weight", 5, decimals=3)


def label(body: str) -> str:
    """A code with its right check digit, as a scale prints it."""
    return body + str(gtin_check_digit(body))


def _boss(db) -> Actor:
    return Actor(list_staff(db, "manager")[0].id)


def _squid(db, plu: str = "00123", rule: ScaleRule = WEIGHT, weighed: bool = True) -> None:
    """Mực một nắng sold loose at 650.000 ₫/kg, carrying its PLU's base code as barcode."""
    create_product(db, ProductInput(
        sku=f"MUC-CAN-{plu}", name="Mực một nắng cân tại quầy", price=650_000, unit="kg",
        sold_by_weight=weighed, barcode=base_code(rule, plu)), _boss(db))


def test_weight_and_price_labels_with_the_default_rules():
    weight = parse_scale_code(label("220012301250"), DEFAULT_RULES)
    assert (weight.plu, weight.weight, weight.price) == ("00123", Decimal("1.250"), None)
    price = parse_scale_code(label("210012308125"), DEFAULT_RULES)
    assert (price.plu, price.price, price.weight) == ("00123", 812_500, None)


def test_a_wrong_check_digit_is_refused_with_the_right_one():
    good = label("220012301250")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as refused:
        parse_scale_code(bad, DEFAULT_RULES)
    assert "sai số kiểm tra" in refused.value.text and f"phải là {good[-1]}" in refused.value.text


def test_codes_outside_the_rules_are_not_scale_codes():
    assert parse_scale_code(label("200001000001"), DEFAULT_RULES) is None  # in-store, prefix 20
    assert parse_scale_code("8930000000017", DEFAULT_RULES) is None
    assert parse_scale_code("2200123", DEFAULT_RULES) is None
    assert parse_scale_code(label("220012301250"), []) is None


def test_configurable_prefixes_and_layouts():
    rules = parse_rules_text("# our scale\n27 cân 4 2\n28 giá 4 1\n29 price 6 1000")
    assert rules == [ScaleRule("27", "weight", 4, decimals=2),
                     ScaleRule("28", "price", 4, price_unit=1),
                     ScaleRule("29", "price", 6, price_unit=1000)]
    assert parse_scale_code(label("270042001250"), rules).weight == Decimal("12.50")
    reading = parse_scale_code(label("280042137500"), rules)
    assert (reading.plu, reading.price) == ("0042", 137_500)
    assert parse_scale_code(label("290001230250"), rules).price == 250_000
    assert parse_scale_code(label("220012301250"), rules) is None  # 22 is no longer a scale
    assert parse_rules_text(format_rules_text(rules)) == rules
    assert parse_rules_text(format_rules_text(DEFAULT_RULES)) == list(DEFAULT_RULES)


@pytest.mark.parametrize("text, words", [
    ("19 cân 5 3", "tiền tố “19” phải từ 20 đến 29"),
    ("22 hộp 5", "phải có dạng"),
    ("22 cân 8", "3 đến 6 chữ số"),
    ("22 cân 5 6", "từ 0 đến 5"),
    ("21 giá 5 50", "1, 10, 100 hoặc 1000"),
    ("22 cân 5\n22 giá 5", "dòng 2: tiền tố 22 đã có"),
])
def test_bad_rules_say_which_line_and_what(text, words):
    with pytest.raises(ValidationError) as refused:
        parse_rules_text(text)
    assert words in refused.value.text


def test_rules_are_a_setting_a_manager_saves(demo_db):
    assert scale_codes.load_rules(demo_db) == list(DEFAULT_RULES)
    cashier = Actor(next(s for s in list_staff(demo_db, "cashier")).id)
    rules = parse_rules_text("26 cân 5 3")
    with pytest.raises(PermissionDenied):
        scale_codes.save_rules(demo_db, cashier, rules)
    scale_codes.save_rules(demo_db, _boss(demo_db), rules)
    assert scale_codes.load_rules(demo_db) == rules


def test_the_till_reads_a_weight_label_into_product_and_amount(demo_db):
    _squid(demo_db)
    found = find_scanned(demo_db, label("220012301250"), from_scanner=True)
    assert found.product.sku == "MUC-CAN-00123" and found.quantity == Decimal("1.250")
    assert found.reading.plu == "00123"


def test_a_price_label_sells_the_weight_that_price_buys(demo_db):
    _squid(demo_db)  # base code made with the weight prefix: found from a price label too
    found = find_scanned(demo_db, label("210012308125"), from_scanner=False)
    assert found.quantity == Decimal("1.250")  # 812.500 ₫ at 650.000 ₫/kg
    odd = find_scanned(demo_db, label("210012301000"), from_scanner=False)
    assert odd.quantity == Decimal("0.154")  # 100.000 / 650.000 = 0,15385 kg, to the gram


def test_unknown_plu_names_the_base_code_to_give_a_product(demo_db):
    with pytest.raises(NotFoundError) as refused:
        find_scanned(demo_db, label("220999901250"), from_scanner=True)
    assert "PLU 09999" in refused.value.text and base_code(WEIGHT, "09999") in refused.value.text


def test_only_goods_sold_by_weight_take_a_scale_label(demo_db):
    _squid(demo_db, plu="00777", weighed=False)
    with pytest.raises(ValidationError) as refused:
        find_scanned(demo_db, label("220077701250"), from_scanner=True)
    assert "không bán theo cân" in refused.value.text


def test_the_base_code_itself_is_the_product_and_an_in_store_code_still_wins(demo_db):
    _squid(demo_db)
    found = find_scanned(demo_db, base_code(WEIGHT, "00123"), from_scanner=True)
    assert found.product.sku == "MUC-CAN-00123" and found.quantity is None  # weight asked
    scale_codes.save_rules(demo_db, _boss(demo_db), parse_rules_text("20 cân 5 3"))
    found = find_scanned(demo_db, "2000010000012", from_scanner=True)  # prefix 20 = in-store too
    assert found.product.sku == "TRA-HV-100" and found.quantity is None
