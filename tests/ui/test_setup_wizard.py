"""The first-run wizard: from a new data directory to a first real sale, without a command line.

Driven the way a manager does it: buttons and the keyboard, page by page; each page refuses
what services.setup refuses, under the field; the last step opens the real import preview.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from app.services import auth, catalog, places, settings
from app.services.cart import Cart
from app.services.checkout import PaymentInput, checkout
from app.services.setup import is_set_up
from app.services.shifts import open_shift
from app.services.vietqr import parse_tlv, verify_crc
from app.ui.application import build_main_window
from app.ui.context import AppContext
from app.ui.enroll_dialog import EnrollDialog
from app.ui.first_run import set_up_if_new
from app.ui.import_dialog import ImportDialog
from app.ui.setup_pages import EMPTY, ENROLL
from app.ui.setup_wizard import SetupWizard
from tests.ui.test_small_screen import SMALL, TITLE_BAR, layout_problems

pytest_plugins = ["tests.ui.fixtures_app"]

CATALOG = Path(__file__).resolve().parents[1] / "data" / "catalog_good.csv"


@pytest.fixture
def wizard(qtbot, db, themed):
    dialog = SetupWizard(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    yield dialog
    if dialog.translator() is not None:  # never leave English installed for other tests
        dialog.switch_language("vi")


def _edit(wizard: SetupWizard, name: str) -> QLineEdit:
    edit = wizard.findChild(QLineEdit, name)
    assert edit is not None, name
    return edit


def _keys(qtbot, edit: QLineEdit, text: str) -> None:
    """QTest types ASCII only; Vietnamese arrives as an input method commits it, whole."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def _type(qtbot, wizard: SetupWizard, name: str, text: str, enter: bool = False) -> None:
    edit = _edit(wizard, name)
    edit.setFocus()
    _keys(qtbot, edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _next(qtbot, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.next_button(), Qt.MouseButton.LeftButton)


def _fill_to_catalog_page(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _type(qtbot, wizard, "shopNameEdit", "Gian hàng OCOP Bình Liêu")
    _type(qtbot, wizard, "boothCodeEdit", "bl03", enter=True)
    _type(qtbot, wizard, "managerNameEdit", "Trần Văn Minh")
    _type(qtbot, wizard, "managerPinEdit", "2468")
    _type(qtbot, wizard, "managerPinAgainEdit", "2468", enter=True)
    _next(qtbot, wizard)  # no bank: cash only
    _next(qtbot, wizard)
    assert wizard.current_page() is wizard.catalog_page


def test_a_manager_goes_from_the_wizard_to_a_first_sale(qtbot, wizard, db):
    assert wizard.current_page() is wizard.language_page
    _next(qtbot, wizard)

    # Shop: Enter on an empty form stays and says which field, under it.
    assert wizard.current_page() is wizard.shop_page
    assert QApplication.focusWidget() is _edit(wizard, "shopNameEdit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.shop_page
    assert wizard.shop_page.form.error_for("shop_name") == "Không được để trống"
    assert wizard.shop_page.form.error_for("booth_code") == "Không được để trống"
    _type(qtbot, wizard, "shopNameEdit", "Gian hàng OCOP Bình Liêu")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is _edit(wizard, "shopAddressEdit")
    _keys(qtbot, QApplication.focusWidget(), "Chợ Bình Liêu")
    _type(qtbot, wizard, "boothCodeEdit", "bl 03", enter=True)
    assert "gạch ngang" in wizard.shop_page.form.error_for("booth_code")
    _edit(wizard, "boothCodeEdit").clear()
    _type(qtbot, wizard, "boothCodeEdit", "bl03", enter=True)

    # Staff: the PIN typed twice alike; a cashier with her own PIN.
    assert wizard.current_page() is wizard.staff_page
    _type(qtbot, wizard, "managerNameEdit", "Trần Văn Minh")
    _type(qtbot, wizard, "managerPinEdit", "2468")
    _type(qtbot, wizard, "managerPinAgainEdit", "2469", enter=True)
    assert wizard.staff_page.form.error_for("manager_pin_again") == (
        "Hai lần nhập mã PIN chưa giống nhau")
    _edit(wizard, "managerPinAgainEdit").clear()
    _type(qtbot, wizard, "managerPinAgainEdit", "2468")
    qtbot.mouseClick(wizard.findChild(QWidget, "addCashierButton"), Qt.MouseButton.LeftButton)
    _type(qtbot, wizard, "cashierName_0", "Nguyễn Thị Hoa")
    _type(qtbot, wizard, "cashierPin_0", "2468", enter=True)
    assert "trùng mã PIN của quản lý" in wizard.staff_page.form.error_for("cashiers")
    _edit(wizard, "cashierPin_0").clear()
    _type(qtbot, wizard, "cashierPin_0", "1357", enter=True)

    # Bank: found by name without diacritics, the QR preview is the builder's payload.
    assert wizard.current_page() is wizard.bank_page
    combo = wizard.bank_page.bank
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "ngoai thuong")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.bank_bin() == "970436"
    assert wizard.current_page() is wizard.bank_page  # Enter chose the bank, nothing more
    assert wizard.bank_page.qr_payload() == ""
    _type(qtbot, wizard, "bankAccountEdit", "1023-456")
    assert wizard.bank_page.qr_payload() == ""
    assert "chỉ gồm chữ và số" in wizard.bank_page.preview_note()
    _edit(wizard, "bankAccountEdit").clear()
    _type(qtbot, wizard, "bankAccountEdit", "1023456789")
    payload = wizard.bank_page.qr_payload()
    assert verify_crc(payload)
    assert parse_tlv(parse_tlv(parse_tlv(payload)["38"])["01"]) == {
        "00": "970436", "01": "1023456789"}
    _type(qtbot, wizard, "bankHolderEdit", "Trần Văn Minh", enter=True)

    # Receipt width, then the catalog step: the real import preview.
    assert wizard.current_page() is wizard.receipt_page
    wizard.findChild(QWidget, "receipt80").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 58 mm
    _next(qtbot, wizard)
    assert wizard.current_page() is wizard.catalog_page
    assert wizard.next_button().text() == "Hoàn tất"
    assert not is_set_up(db)
    _next(qtbot, wizard)
    assert is_set_up(db)
    dialog = wizard.next_dialog()
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.preview_finished, timeout=20_000):
        dialog.start_preview(CATALOG)
    with qtbot.waitSignal(dialog.commit_finished, timeout=20_000):
        dialog.commit(all_or_nothing=False)
    assert dialog.import_result().created == 5
    dialog.reject()  # "Đóng"
    assert wizard.result() == QDialog.DialogCode.Accepted

    s = settings.load(db)
    assert (s.device_code, s.shop_name, s.shop_address) == (
        "BL03", "Gian hàng OCOP Bình Liêu", "Chợ Bình Liêu")
    assert (s.bank_bin, s.bank_account, s.bank_account_name) == (
        "970436", "1023456789", "TRAN VAN MINH")
    assert (s.receipt_width_mm, s.fair_id) == (58, None)
    assert places.location_name(db, s.location_id) == "Gian hàng OCOP Bình Liêu"

    # The till, in the same run: the new manager logs in and sells for cash.
    ctx = AppContext(db)
    manager = next(p for p in auth.list_staff(db) if p.name == "Trần Văn Minh")
    ctx.log_in(auth.authenticate(db, manager.id, "2468"))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    assert "sell" in window.page_keys()
    assert window.page("sell").receipt_actions().width_mm() == 58
    open_shift(db, ctx.till(), 0)
    ctx.announce_shift()
    cart = Cart()
    cart.add(catalog.lookup_code(db, "MD-BL-500"), 2)
    sale = checkout(db, ctx.till(), cart, [PaymentInput("cash", 100_000)])
    assert (sale.number, sale.total, sale.change) == ("BL03-000001", 90_000, 10_000)


def test_the_language_page_switches_the_wizard_at_once(qtbot, wizard):
    assert wizard.findChild(QWidget, "pageTitle").text() == "Chào mừng! Chọn ngôn ngữ"
    wizard.findChild(QWidget, "language_vi").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the next language: English
    assert wizard.language() == "en" and wizard.translator() is not None
    title = wizard.findChild(QWidget, "pageTitle")
    qtbot.waitUntil(lambda: title.text() == "Welcome! Choose a language")  # a posted event
    assert wizard.next_button().text() == "Next"
    _next(qtbot, wizard)
    assert wizard.findChild(QWidget, "kindBooth").text() == "Fair booth"
    assert wizard.request().language == "en"
    wizard.switch_language("vi")
    assert wizard.translator() is not None  # qtbase_vi: Qt's own buttons in Vietnamese
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    booth = wizard.findChild(QWidget, "kindBooth")
    qtbot.waitUntil(lambda: booth.text() == "Gian hàng hội chợ")
    assert wizard.next_button().text() == "Tiếp"


def test_every_page_fits_1024x600(qtbot, wizard):
    limit = QSize(SMALL.width(), SMALL.height() - TITLE_BAR)
    need = wizard.minimumSizeHint().expandedTo(wizard.minimumSize())
    assert need.width() <= limit.width() and need.height() <= limit.height()
    wizard.resize(limit)
    problems = []
    for index in range(6):
        wizard._show_page(index)
        qtbot.wait(10)
        problems += layout_problems(wizard)
    assert problems == []


def test_enroll_step_opens_the_enroll_dialog_and_setup_stays(qtbot, wizard, db):
    _fill_to_catalog_page(qtbot, wizard)
    wizard.catalog_page.choose(ENROLL)
    _next(qtbot, wizard)
    dialog = wizard.next_dialog()
    assert isinstance(dialog, EnrollDialog)
    dialog.reject()  # no network today: enroll later on the Đồng bộ page
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert is_set_up(db)


def test_cancel_writes_nothing_and_empty_catalog_finishes_at_once(qtbot, wizard, db):
    _fill_to_catalog_page(qtbot, wizard)
    wizard.reject()
    assert wizard.result() == QDialog.DialogCode.Rejected and not is_set_up(db)
    again = SetupWizard(db)
    qtbot.addWidget(again)
    again.show()
    _fill_to_catalog_page(qtbot, again)
    again.catalog_page.choose(EMPTY)
    _next(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted and again.next_dialog() is None
    assert catalog.lookup_code(db, "MD-BL-500") is None


def test_start_up_runs_the_wizard_only_on_a_new_data_dir(qtbot, db, demo_db, themed):
    assert set_up_if_new(demo_db, "vi", None) == (True, None)  # a set-up booth: no wizard


def test_start_up_cancelled_wizard_ends_the_start(qtbot, tmp_path, themed):
    from app.config import Paths
    from app.db import Database

    fresh = Database(Paths(tmp_path / "fresh"))
    try:
        def cancel() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, SetupWizard)
            dialog.reject()

        QTimer.singleShot(0, cancel)
        assert set_up_if_new(fresh, "vi", None) == (False, None)
        assert not is_set_up(fresh)
    finally:
        fresh.close()
