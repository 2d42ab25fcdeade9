"""Settings → "Máy quét": the test field shows exactly what arrived and what the till finds."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from app.services import scale_codes
from app.services.auth import list_staff
from app.services.catalog_admin import ProductInput, create_product
from app.services.gtin import gtin_check_digit
from app.services.rights import Actor
from app.services.scale_codes import DEFAULT_RULES, ScaleRule, base_code
from app.ui.scanner_test_box import ScannerTestBox
from app.ui.settings_page import SettingsPage
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    booth_db_fixture,
    ctx_fixture,
)
from tests.ui.keys import enter_by_hand, scanner_burst, type_by_hand


def _box(qtbot, ctx) -> ScannerTestBox:
    box = ScannerTestBox(ctx)
    qtbot.addWidget(box)
    box.show()
    return box


def _manager(db):
    return list_staff(db, "manager")[0]


def test_a_telex_scan_shows_its_letters_code_points_timing_and_product(qtbot, ctx, booth_db):
    create_product(booth_db, ProductInput(sku="DDS-TRAF-01", name="Trà đặc sản thử", price=99_000,
                                          unit="hộp"), Actor(_manager(booth_db).id))
    box = _box(qtbot, ctx)
    scanner_burst(box.test_field(), "ĐS-TRÀ-01")
    arrived, points, timing, found = box.report()
    assert arrived == "Nhận được: “ĐS-TRÀ-01” (9 ký tự)"
    assert points.split() == ["Đ=U+0110", "S=U+0053", "-=U+002D", "T=U+0054", "R=U+0052",
                              "À=U+00C0", "-=U+002D", "0=U+0030", "1=U+0031"]
    assert timing == "Máy quét: 9 phím trong 36 ms, cách nhau tối đa 4 ms"
    assert "bộ gõ tiếng Việt (Telex) đang bật" in found and "DDS-TRAF-01" in found
    assert found.endswith("Tìm thấy: Trà đặc sản thử (mã DDS-TRAF-01) — 99.000 ₫")


def test_typing_by_hand_is_shown_as_typing(qtbot, ctx):
    box = _box(qtbot, ctx)
    type_by_hand(qtbot, box.test_field(), "ab c")
    enter_by_hand(qtbot, box.test_field())
    arrived, points, timing, found = box.report()
    assert arrived == "Nhận được: “ab c” (4 ký tự)"
    assert points == "a=U+0061 b=U+0062 U+0020 c=U+0063"
    assert timing.startswith("Gõ tay (không phải máy quét): 4 phím")
    assert found == "Không tìm thấy sản phẩm nào với mã này"


def test_a_scale_label_shows_the_plu_weight_and_amount(qtbot, ctx, booth_db):
    create_product(booth_db, ProductInput(
        sku="MUC-CAN", name="Mực một nắng cân", price=650_000, unit="kg", sold_by_weight=True,
        barcode=base_code(DEFAULT_RULES[1], "00123")), Actor(_manager(booth_db).id))
    box = _box(qtbot, ctx)
    body = "220012301250"
    scanner_burst(box.test_field(), body + str(gtin_check_digit(body)))
    assert box.report()[3] == "Tìm thấy (tem cân, PLU 00123): Mực một nắng cân — 1,25 kg, 812.500 ₫"


def test_scale_rules_are_edited_as_text_and_need_a_manager(qtbot, ctx, booth_db):
    box = _box(qtbot, ctx)
    assert box.rules_editor().toPlainText() == "21 giá 5 100\n22 cân 5 3"
    box.rules_editor().setPlainText("27 cân 4 2\n27 giá 5")
    assert not box.save_rules(_manager(booth_db))
    assert box.message() == "Quy tắc cân dòng 2: tiền tố 27 đã có ở dòng trên"
    box.rules_editor().setPlainText("27 cân 4 2")
    assert not box.save_rules()  # the cashier alone
    assert scale_codes.load_rules(booth_db) == list(DEFAULT_RULES)
    assert box.save_rules(_manager(booth_db))
    assert box.message() == "Đã lưu 1 quy tắc cân"
    assert scale_codes.load_rules(booth_db) == [ScaleRule("27", "weight", 4, decimals=2)]


def test_the_settings_page_has_the_scanner_tab(qtbot, ctx):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    tabs = page.findChild(QTabWidget)
    assert tabs.tabText(tabs.indexOf(page.scanner)) == "Máy quét"
