"""The till, driven like a booth worker drives it: scanner keystrokes, search, payment dialog.

Every sale is checked in the real SQLite file through the read services, never raw SQL.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from app.services import sales_query
from app.services.errors import ValidationError
from app.services.money import parse_quantity
from app.services.vietqr import parse_tlv, verify_crc
from app.ui.errors import error_text
from app.ui.line_edit_dialog import LineValueDialog
from app.ui.manager_pin_dialog import ManagerPinDialog, ask_manager
from app.ui.models.cart_table_model import COL_DISCOUNT, COL_NAME, COL_QTY
from app.ui.payment_dialog import PaymentDialog
from app.ui.pdf_printing import paint_pdf
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    MANAGER_PIN,
    booth_db_fixture,
    ctx_fixture,
    display_fixture,
    logged_in_context,
    make_page,
    page_fixture,
)
from tests.ui.keys import enter_by_hand, type_by_hand

NOODLES_500G = "2000060000024"  # Miến dong Bình Liêu gói 500g, 70.000 ₫
GOLDEN_TEA = "2000010000012"  # Trà hoa vàng Ba Chẽ hộp 100g, 450.000 ₫
FISH_SAUCE = "2000150000019"  # Nước mắm Cái Rồng cao đạm chai 500ml, 150.000 ₫
EGGS = "2000100000014"  # Trứng vịt biển Đồng Rui hộp 10 quả, 45.000 ₫


def scan(qtbot, page, code: str) -> None:
    """What a USB scanner does: type the digits, then Enter."""
    qtbot.keyClicks(page.scan_field(), code)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Return)


def cell(page, row: int, column: int) -> str:
    model = page.cart_model()
    return model.data(model.index(row, column))


def open_payment(qtbot, page, key: Qt.Key = Qt.Key.Key_F9) -> PaymentDialog:
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.scan_field(), key)
    return active(qtbot, page, PaymentDialog)


def active(qtbot, page, kind: type) -> QDialog:
    """The dialog the page opened, once it has the keyboard (as it would on screen)."""
    dialog = page.active_dialog()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def finish(qtbot, page, dialog: PaymentDialog) -> None:
    with qtbot.waitSignal(page.sale_completed, timeout=5000):
        qtbot.mouseClick(dialog.confirm_button(), Qt.MouseButton.LeftButton)
    assert page.active_dialog() is None


def test_scan_adds_line_and_total(qtbot, page, display):
    scan(qtbot, page, NOODLES_500G)
    assert page.cart_model().rowCount() == 1
    assert cell(page, 0, COL_NAME) == "Miến dong Bình Liêu gói 500g"
    assert page.total_text() == "70.000 ₫"
    assert page.scan_field().text() == ""
    assert page.scan_field().hasFocus()
    assert display.current_state() == "cart"

    scan(qtbot, page, NOODLES_500G)
    assert page.cart_model().rowCount() == 1
    assert cell(page, 0, COL_QTY) == "2 gói"
    assert page.total_text() == "140.000 ₫"


def test_unknown_code_is_an_inline_message(qtbot, page):
    scan(qtbot, page, NOODLES_500G)
    scan(qtbot, page, "8930000000017")
    assert page.message() == "Không tìm thấy mã 8930000000017"
    assert page.active_dialog() is None
    assert page.cart_model().rowCount() == 1
    assert page.cart().lines[0].quantity == 1
    assert page.total_text() == "70.000 ₫"


def test_search_by_name_without_accents_then_weigh(qtbot, page):
    type_by_hand(qtbot, page.scan_field(), "mien dong")  # a scanner's burst never searches
    assert page.results()[0] == "Miến dong Bình Liêu — 110.000 ₫/kg"
    assert any(r.startswith("Miến dong Bình Liêu gói 500g") for r in page.results())
    enter_by_hand(qtbot, page.scan_field())
    # Sold by weight: the quantity dialog asks for the weight right away.
    dialog = page.active_dialog()
    assert isinstance(dialog, LineValueDialog)
    dialog.set_text("0")
    dialog.submit()
    with pytest.raises(ValidationError) as refused:
        parse_quantity("0")
    assert dialog.error_message() == error_text(refused.value)
    assert page.active_dialog() is dialog
    dialog.set_text("abc")
    dialog.submit()
    assert "không phải là số" in dialog.error_message()
    dialog.set_text("1,25")
    dialog.submit()
    assert page.active_dialog() is None
    assert cell(page, 0, COL_NAME) == "Miến dong Bình Liêu"
    assert page.cart().lines[0].quantity == Decimal("1.25")
    assert page.total_text() == "137.500 ₫"
    qtbot.waitUntil(page.scan_field().hasFocus)


def test_arrow_keys_pick_another_result(qtbot, page):
    type_by_hand(qtbot, page.scan_field(), "mien dong")
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Down)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Return)
    assert page.active_dialog() is None
    assert cell(page, 0, COL_NAME) == "Miến dong Bình Liêu gói 500g"
    assert page.results() == []


def test_plus_minus_and_bad_quantity_inline(qtbot, page):
    scan(qtbot, page, NOODLES_500G)
    plus = page.findChild(QPushButton, "plusButton")
    minus = page.findChild(QPushButton, "minusButton")
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert cell(page, 0, COL_QTY) == "2 gói"
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(minus, Qt.MouseButton.LeftButton)
    with pytest.raises(ValidationError) as refused:
        parse_quantity("0")
    assert page.message() == error_text(refused.value)
    assert cell(page, 0, COL_QTY) == "1 gói"
    assert page.scan_field().hasFocus()


def test_pay_cash_with_quick_button(qtbot, page, ctx, display):
    scan(qtbot, page, NOODLES_500G)
    scan(qtbot, page, NOODLES_500G)
    announced = []
    ctx.sales_changed.connect(lambda: announced.append(True))
    dialog = open_payment(qtbot, page)
    assert dialog.method() == "cash"
    qtbot.mouseClick(dialog.quick_cash_button(500_000), Qt.MouseButton.LeftButton)
    assert dialog.change_text() == "360.000 ₫"
    finish(qtbot, page, dialog)

    result = page.last_sale()
    [sale] = sales_query.recent_sales(ctx.db)
    assert (sale.number, sale.total, sale.methods) == (result.number, 140_000, "cash")
    detail = sales_query.sale_detail(ctx.db, sale.id)
    assert [(ln.name, ln.quantity) for ln in detail.lines] == [
        ("Miến dong Bình Liêu gói 500g", Decimal(2))]
    receipt = sales_query.receipt_data(ctx.db, sale.id)
    assert (receipt.cash_tendered, receipt.change) == (500_000, 360_000)
    assert result.change == 360_000
    assert announced == [True]
    assert page.cart_model().rowCount() == 0
    assert page.total_text() == "0 ₫"
    assert display.current_state() == "thanks"
    qtbot.waitUntil(page.scan_field().hasFocus)

    # The receipt PDF is saved without blocking the till, and names the sale.
    actions = page.receipt_actions()
    qtbot.waitUntil(lambda: actions.receipt(80) is not None, timeout=10_000)
    path = actions.receipt(80)
    assert path == ctx.db.paths.receipts / f"{result.number}-80mm.pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    assert result.number in text

    # The next customer can be rung up straight away.
    scan(qtbot, page, EGGS)
    assert page.total_text() == "45.000 ₫"
    assert display.current_state() == "cart"


def test_scan_enter_enter_is_an_exact_cash_sale(qtbot, page, ctx):
    """The quickest sale: scan, Enter on the empty field opens payment, Enter = exact cash."""
    scan(qtbot, page, EGGS)
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Return)
    dialog = active(qtbot, page, PaymentDialog)
    assert dialog.method() == "cash"
    assert dialog.change_text() == "0 ₫"
    with qtbot.waitSignal(page.sale_completed, timeout=5000):
        qtbot.keyClick(dialog.cash_field(), Qt.Key.Key_Return)
    assert page.last_sale().change == 0
    [sale] = sales_query.recent_sales(ctx.db)
    assert (sale.total, sale.methods) == (45_000, "cash")


def _decode(image: QImage) -> list[str]:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    pil = Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB",
                           image.bytesPerLine(), 1)
    return [r.text for r in zxingcpp.read_barcodes(pil)]


def test_pay_by_vietqr(qtbot, page, ctx, display):
    scan(qtbot, page, GOLDEN_TEA)
    scan(qtbot, page, NOODLES_500G)
    dialog = open_payment(qtbot, page, Qt.Key.Key_F6)
    assert dialog.method() == "vietqr"
    payload = dialog.qr_widget().payload()
    assert verify_crc(payload)
    fields = parse_tlv(payload)
    assert fields["54"] == "520000"
    reference = parse_tlv(fields["62"])["08"]
    assert reference == dialog.sale_number()
    assert display.current_state() == "vietqr"
    assert display.qr_widget().payload() == payload
    assert _decode(dialog.qr_widget().grab().toImage()) == [payload]
    assert dialog.confirm_button().text() == "Đã nhận tiền (Enter)"
    qtbot.keyClick(dialog, Qt.Key.Key_F5)  # the buyer pays cash after all: QR leaves the display
    assert display.current_state() == "cart"
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert display.current_state() == "vietqr"
    assert dialog.qr_widget().payload() == payload
    finish(qtbot, page, dialog)

    [sale] = sales_query.recent_sales(ctx.db)
    assert (sale.number, sale.total, sale.methods) == (reference, 520_000, "vietqr")


def test_split_card_and_cash(qtbot, page, ctx):
    scan(qtbot, page, GOLDEN_TEA)
    dialog = open_payment(qtbot, page, Qt.Key.Key_F7)
    dialog.amount_field("card").setText("300.000")
    qtbot.mouseClick(dialog.add_button(), Qt.MouseButton.LeftButton)
    assert dialog.error_message() == "Nhập mã giao dịch cho thanh toán thẻ"
    assert dialog.payments() == []
    qtbot.keyClicks(dialog.reference_field("card"), "POS-8841")
    qtbot.mouseClick(dialog.add_button(), Qt.MouseButton.LeftButton)
    assert [(p.method, p.amount) for p in dialog.payments()] == [("card", 300_000)]
    assert dialog.remaining() == 150_000
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert dialog.method() == "cash"
    qtbot.keyClicks(dialog.cash_field(), "200.000")
    assert dialog.change_text() == "50.000 ₫"
    finish(qtbot, page, dialog)

    [sale] = sales_query.recent_sales(ctx.db)
    assert (sale.total, sale.methods) == (450_000, "card, cash")
    receipt = sales_query.receipt_data(ctx.db, sale.id)
    assert sorted((p.method, p.amount, p.reference) for p in receipt.payments) == [
        ("card", 300_000, "POS-8841"), ("cash", 150_000, "")]
    assert receipt.change == 50_000


def test_paying_less_is_refused_and_nothing_written(qtbot, page, ctx):
    scan(qtbot, page, NOODLES_500G)
    scan(qtbot, page, NOODLES_500G)
    dialog = open_payment(qtbot, page)
    qtbot.keyClicks(dialog.cash_field(), "50.000")
    assert dialog.change_text() == "90.000 ₫"  # shown as still missing
    qtbot.mouseClick(dialog.confirm_button(), Qt.MouseButton.LeftButton)
    assert dialog.error_message() == "Khách trả thiếu 90.000 ₫: tổng 140.000 ₫, đã trả 50.000 ₫"
    assert page.active_dialog() is dialog
    assert dialog.cash_field().text() == "50.000"
    assert sales_query.recent_sales(ctx.db) == []
    assert page.cart_model().rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.active_dialog() is None
    assert page.total_text() == "140.000 ₫"


def _discount(qtbot, page, text: str) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, "discountButton"), Qt.MouseButton.LeftButton)
    dialog = page.active_dialog()
    assert isinstance(dialog, LineValueDialog)
    dialog.set_text(text)
    dialog.submit()


def test_discount_within_limit_needs_no_manager(qtbot, page):
    scan(qtbot, page, NOODLES_500G)
    scan(qtbot, page, NOODLES_500G)
    _discount(qtbot, page, "10%")
    assert page.active_dialog() is None
    assert cell(page, 0, COL_DISCOUNT) == "-14.000"
    assert page.total_text() == "126.000 ₫"


def test_discount_above_limit_needs_manager_pin(qtbot, page, ctx):
    scan(qtbot, page, NOODLES_500G)
    scan(qtbot, page, NOODLES_500G)
    _discount(qtbot, page, "20%")
    pin = active(qtbot, page, ManagerPinDialog)
    qtbot.keyClick(pin, Qt.Key.Key_Escape)  # no manager at hand
    assert page.active_dialog() is None
    assert page.cart().lines[0].discount == 0
    assert page.total_text() == "140.000 ₫"

    _discount(qtbot, page, "20%")
    pin = page.active_dialog()
    pin.set_pin("1234")
    pin.approve()
    assert pin.error_message() == "Sai mã PIN (còn 4 lần thử)"
    assert page.cart().lines[0].discount == 0
    pin.set_pin(MANAGER_PIN)
    pin.approve()
    assert page.active_dialog() is None
    assert page.cart().lines[0].discount == 28_000
    assert page.total_text() == "112.000 ₫"
    assert page.message() == "Trần Văn Minh đã duyệt"

    dialog = open_payment(qtbot, page)
    finish(qtbot, page, dialog)
    [sale] = sales_query.recent_sales(ctx.db)
    assert sale.total == 112_000


def test_price_change_always_needs_manager(qtbot, page):
    scan(qtbot, page, GOLDEN_TEA)
    qtbot.mouseClick(page.findChild(QPushButton, "priceButton"), Qt.MouseButton.LeftButton)
    page.active_dialog().set_text("400.000")
    page.active_dialog().submit()
    pin = page.active_dialog()
    assert isinstance(pin, ManagerPinDialog)
    assert page.cart().lines[0].unit_price == 450_000
    pin.set_pin(MANAGER_PIN)
    pin.approve()
    assert page.cart().lines[0].unit_price == 400_000
    assert page.total_text() == "400.000 ₫"


def test_escape_clears_cart_after_confirmation(qtbot, page, display):
    scan(qtbot, page, EGGS)
    scan(qtbot, page, FISH_SAUCE)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Escape)
    box = page.active_dialog()
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert page.cart_model().rowCount() == 2
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Escape)
    box = page.active_dialog()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.cart_model().rowCount() == 0
    assert page.total_text() == "0 ₫"
    assert display.current_state() == "idle"
    qtbot.waitUntil(page.scan_field().hasFocus)


def test_selling_refused_without_login_or_shift(qtbot, qapp, booth_db):
    no_shift = logged_in_context(booth_db, shift=False)
    page = make_page(qtbot, qapp, no_shift, None)
    scan(qtbot, page, EGGS)
    assert page.message() == "Chưa mở ca: hãy mở ca trước khi bán"
    assert page.cart_model().rowCount() == 0
    no_shift.log_out()
    scan(qtbot, page, EGGS)
    assert page.message() == "Chưa đăng nhập"
    assert page.cart_model().rowCount() == 0


def test_receipt_prints_true_to_size(qtbot, page, ctx, tmp_path):
    scan(qtbot, page, FISH_SAUCE)
    finish(qtbot, page, open_payment(qtbot, page))
    actions = page.receipt_actions()
    actions.set_width_mm(58)
    path = actions.receipt_file()
    assert path.name == f"{page.last_sale().number}-58mm.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(path.read_bytes(), printer) == 1
    source = pypdf.PdfReader(path).pages[0].mediabox
    printed = pypdf.PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes())).pages[0].mediabox
    assert abs(float(printed.width) - float(source.width)) < 1.5  # 58 mm, not A4
    assert abs(float(printed.height) - float(source.height)) < 1.5


def test_ask_manager_returns_the_approver(qtbot, qapp, ctx):
    """The blocking helper other pages use: fill the modal dialog while exec() waits."""
    seen = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ManagerPinDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog)
        dialog.set_pin(MANAGER_PIN)
        dialog.approve()

    QTimer.singleShot(0, fill)
    approver = ask_manager(None, ctx, "Hủy hóa đơn BL03-000001")
    assert seen
    assert approver is not None
    assert (approver.name, approver.is_manager) == ("Trần Văn Minh", True)
