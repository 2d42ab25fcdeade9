"""The till and a real booth's scanner: Telex on, scanner bursts vs a person, scale labels."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.auth import list_staff
from app.services.catalog_admin import ProductInput, create_product
from app.services.gtin import gtin_check_digit
from app.services.rights import Actor
from app.services.scale_codes import DEFAULT_RULES, base_code
from app.ui.scan_timing import ScanTiming
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    booth_db_fixture,
    ctx_fixture,
    display_fixture,
    page_fixture,
)
from tests.ui.keys import enter_by_hand, scanner_burst, type_by_hand

WEIGHT_RULE = DEFAULT_RULES[1]  # 22: weight in grams


def _boss(db) -> Actor:
    return Actor(list_staff(db, "manager")[0].id)


def label(body: str) -> str:
    return body + str(gtin_check_digit(body))


def test_a_scanner_with_telex_on_finds_a_sku_with_letters(qtbot, page, booth_db):
    create_product(booth_db, ProductInput(sku="DDS-TRAF-01", name="Trà đặc sản thử", price=99_000,
                                          unit="hộp"), _boss(booth_db))
    scanner_burst(page.scan_field(), "ĐS-TRÀ-01")  # what Telex made of D D S - T R A F - 0 1
    assert [line.product.sku for line in page.cart().lines] == ["DDS-TRAF-01"]
    assert page.total_text() == "99.000 ₫"
    assert page.scan_field().text() == ""

    # Unikey on Windows rewrites a letter with Backspace + the composed one, in the burst.
    scanner_burst(page.scan_field(), "D\bĐS-TRA\bÀ-01")  # 'D', then 'D' → ⌫ 'Đ'
    assert page.cart().lines[0].quantity == 2


def test_a_person_typing_tra_still_searches_by_name(qtbot, page):
    type_by_hand(qtbot, page.scan_field(), "tra")
    first = page.results()[0]
    enter_by_hand(qtbot, page.scan_field())
    assert len(page.cart().lines) == 1
    assert first.startswith(page.cart().lines[0].product.name)


def test_a_scanner_burst_never_searches_names(qtbot, page):
    scanner_burst(page.scan_field(), "mien dong")
    assert page.message() == "Không tìm thấy mã mien dong"
    assert page.cart().is_empty
    assert page.scan_field().selectedText() == "mien dong"  # the next scan replaces it


def test_a_weight_label_adds_the_weighed_product(qtbot, page, booth_db):
    create_product(booth_db, ProductInput(
        sku="MUC-CAN", name="Mực một nắng cân", price=650_000, unit="kg", sold_by_weight=True,
        barcode=base_code(WEIGHT_RULE, "00123")), _boss(booth_db))
    scanner_burst(page.scan_field(), label("220012301250"))  # PLU 00123, 1,250 kg
    assert page.active_dialog() is None  # the label says the weight: nothing to ask
    line = page.cart().lines[0]
    assert (line.product.sku, line.quantity, line.total) == ("MUC-CAN", Decimal("1.250"), 812_500)
    assert page.total_text() == "812.500 ₫"
    assert page.message() == "Đã thêm Mực một nắng cân: 1,25 kg"

    scanner_burst(page.scan_field(), label("210012301000"))  # a price label: 100.000 ₫
    assert page.cart().lines[1].quantity == Decimal("0.154")
    assert page.total_text() == "912.600 ₫"  # 812.500 + 0,154 kg × 650.000


def test_a_bad_scale_label_is_a_clear_message(qtbot, page, booth_db):
    good = label("220012301250")
    scanner_burst(page.scan_field(), good[:-1] + str((int(good[-1]) + 3) % 10))
    assert page.message().startswith(f"Mã cân {good[:-1]}")
    assert f"sai số kiểm tra (phải là {good[-1]})" in page.message()
    page.scan_field().clear()
    scanner_burst(page.scan_field(), good)  # nobody holds PLU 00123 yet
    assert page.message() == (f"Mã cân {good}: không có hàng nào mang mã PLU 00123 "
                              f"(mã vạch gốc {base_code(WEIGHT_RULE, '00123')})")
    assert page.cart().is_empty and page.active_dialog() is None


def test_scan_timing_tells_a_burst_from_typing(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    timing = ScanTiming(field)
    scanner_burst(field, "8930000000017")
    burst = timing.last_burst()
    assert burst.scanner and burst.keys == 13 and burst.max_gap_ms == 4 and burst.span_ms == 52
    field.clear()
    scanner_burst(field, "8930000000017", gap_ms=45)
    assert not timing.was_scanner()
    field.clear()
    scanner_burst(field, "abc")  # too short to judge: a person's quick "abc" + Enter
    assert not timing.was_scanner()
    field.setText("12")  # typed earlier by hand: the burst did not type the whole field
    scanner_burst(field, "34567")
    assert not timing.was_scanner()


def test_input_method_commits_count_as_keys_of_the_burst(qtbot):
    """ibus-unikey on Linux hands composed letters over as input-method commits."""
    field = QLineEdit()
    qtbot.addWidget(field)
    timing = ScanTiming(field)
    for piece in ("Đ", "S", "-", "T", "R", "À"):
        event = QInputMethodEvent()
        event.setCommitString(piece)
        QApplication.sendEvent(field, event)
    qtbot.keyClick(field, "\r")
    assert field.text() == "ĐS-TRÀ"
    assert timing.last_burst().keys == 6
