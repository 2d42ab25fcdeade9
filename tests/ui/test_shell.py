"""The application shell: QR rendering, customer display, main window, translations."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from app.services.money import format_dong
from app.ui.customer_display import CustomerDisplay
from app.ui.i18n import available_languages, install_translator, remove_translator
from app.ui.main_window import MainWindow
from app.ui.placeholder_page import PlaceholderPage
from app.ui.qr_widget import QrWidget, qr_image
from app.ui.theme import apply_theme

PAYLOAD = (
    "00020101021238540010A00000072701240006970436011012345678900208QRIBFTTA"
    "530370454061600005802VN62120808HD0001236304ABCD"
)


def _to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    return Image.frombuffer("RGB", (width, height), data, "raw", "RGB", image.bytesPerLine(), 1)


def _decode(image: QImage) -> list[str]:
    return [
        r.text
        for r in zxingcpp.read_barcodes(_to_pil(image))
        if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


@pytest.fixture(autouse=True)
def _themed(qapp):
    apply_theme(qapp)


def test_qr_widget_renders_decodable_code(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_payload(PAYLOAD)
    widget.resize(300, 220)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.payload() == PAYLOAD
    assert _decode(widget.grab().toImage()) == [PAYLOAD]


def test_qr_image_is_square_and_decodes():
    image = qr_image("Xin chào OCOP", 250)
    assert (image.width(), image.height()) == (250, 250)
    assert _decode(image) == ["Xin chào OCOP"]


def test_customer_display_vietqr(qtbot):
    display = CustomerDisplay(frameless=False)
    qtbot.addWidget(display)
    display.resize(1280, 800)
    display.show_cart([("Trà Shan tuyết Bình Liêu", "2", 240_000)], 240_000)
    assert display.current_state() == "cart"
    display.show_vietqr(
        PAYLOAD, 1_600_000, "Vietcombank", "HTX CHE BINH LIEU", "1234567890", "HD000123"
    )
    display.show()
    qtbot.waitExposed(display)
    assert display.current_state() == "vietqr"
    texts = [label.text() for label in display.findChildren(QLabel) if label.isVisible()]
    assert format_dong(1_600_000) in texts
    assert "Nội dung: HD000123" in texts
    assert "Quét mã bằng ứng dụng ngân hàng bất kỳ" in texts
    assert display.qr_widget().payload() == PAYLOAD
    assert _decode(display.grab().toImage()) == [PAYLOAD]
    display.grab().save("/tmp/shell_customer_vietqr.png")
    display.show_thanks(50_000)
    assert display.current_state() == "thanks"
    display.show_idle("Gian hàng Quảng Ninh")
    assert display.current_state() == "idle"


def _window(qtbot) -> MainWindow:
    pages = [
        ("sell", "Bán hàng", PlaceholderPage("Bán hàng", "Chưa có")),
        ("stock", "Kho", PlaceholderPage("Kho", "Chưa có")),
        ("labels", "Nhãn in", PlaceholderPage("Nhãn in", "Chưa có")),
    ]
    window = MainWindow(pages)
    qtbot.addWidget(window)
    return window


def test_main_window_navigation_and_status(qtbot):
    window = _window(qtbot)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.current_page() == "sell"

    nav = window.findChild(QWidget, "navList")
    rect = nav.visualItemRect(nav.item(2))
    with qtbot.waitSignal(window.page_changed) as blocker:
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["labels"]
    assert window.current_page() == "labels"

    with qtbot.waitSignal(window.page_changed) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == ["stock"]

    window.show_page("sell")
    assert window.current_page() == "sell"

    window.set_status("Hội chợ Hạ Long", "Lan", "Ca sáng", 12)
    labels = {
        name: window.findChild(QLabel, name).text()
        for name in ("boothLabel", "staffLabel", "shiftLabel", "unsyncedLabel")
    }
    assert labels == {
        "boothLabel": "Gian hàng: Hội chợ Hạ Long",
        "staffLabel": "Nhân viên: Lan",
        "shiftLabel": "Ca: Ca sáng",
        "unsyncedLabel": "Chờ đồng bộ: 12",
    }
    window.set_status("Hội chợ Hạ Long", "Lan", "Ca sáng", 0)
    assert window.findChild(QLabel, "unsyncedLabel").text() == "Đã đồng bộ hết"


def test_translator_switches_language(qapp):
    assert [code for code, _ in available_languages()] == ["vi", "en"]
    source = "Chờ đồng bộ: {count}"
    vietnamese = install_translator(qapp, "vi")  # Qt's own dialogs in Vietnamese
    assert vietnamese is not None
    assert QCoreApplication.translate("MainWindow", source) == source
    remove_translator(vietnamese)
    translator = install_translator(qapp, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", source) == "Waiting to sync: {count}"
        assert QCoreApplication.translate("CustomerDisplay", "Chào mừng quý khách") == "Welcome"
    finally:
        remove_translator(translator)
    assert QCoreApplication.translate("MainWindow", source) == source


def test_missing_translation_falls_back_to_vietnamese(qapp):
    assert install_translator(qapp, "xx") is None
