"""The till with a receipt printer on the network (a TCP listener on 127.0.0.1): a cash sale
prints and opens the drawer with no dialog, a VietQR receipt carries the code shown on screen,
a printer that is off leaves one clear line and the receipt waiting until it is back."""

from __future__ import annotations

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from app.services import audit_log, printer_settings
from app.services.auth import list_staff
from app.services.printer_settings import PrinterSettings
from app.services.rights import Actor
from app.ui.printer_settings_box import PrinterSettingsBox
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    booth_db_fixture,
    ctx_fixture,
    display_fixture,
    make_page,
)
from tests.ui.test_sell_page import EGGS, GOLDEN_TEA, finish, open_payment, scan
from tests.unit.escpos_reader import parse
from tests.unit.printer_listener import PrinterListener, free_port


def set_printer(ctx, uri: str) -> None:
    manager = list_staff(ctx.db, "manager")[0]
    printer_settings.save(ctx.db, Actor(manager.id), PrinterSettings(uri, 80, True, True))
    ctx.reload_settings()


def codes(stream: bytes) -> list[str]:
    [job] = parse(stream)
    return [r.text for r in zxingcpp.read_barcodes(job.image())]


def test_cash_sale_prints_and_opens_the_drawer_with_no_dialog(qtbot, qapp, ctx, display):
    with PrinterListener() as printer:
        set_printer(ctx, printer.uri)
        page = make_page(qtbot, qapp, ctx, display)
        assert page.printer_bar.isVisible()
        scan(qtbot, page, EGGS)
        finish(qtbot, page, open_payment(qtbot, page, Qt.Key.Key_F5))
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
        assert page.active_dialog() is None and qapp.activeModalWidget() is None
        [job] = parse(printer.jobs[0])
        assert job.kicks and job.commands[1] == "kick"
        assert codes(printer.jobs[0]) == [page.last_sale().number]
        assert page.printer_bar.status_text() == ""
        page.receipt_actions().wait()


def test_vietqr_receipt_carries_the_code_shown_on_screen(qtbot, qapp, ctx, display):
    with PrinterListener() as printer:
        set_printer(ctx, printer.uri)
        page = make_page(qtbot, qapp, ctx, display)
        scan(qtbot, page, GOLDEN_TEA)
        dialog = open_payment(qtbot, page, Qt.Key.Key_F6)
        shown = dialog.qr_widget().payload()
        finish(qtbot, page, dialog)
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
        [job] = parse(printer.jobs[0])
        assert job.kicks == []
        assert shown in codes(printer.jobs[0])
        page.receipt_actions().wait()


def test_printer_off_keeps_the_receipt_waiting_then_prints_it(qtbot, qapp, ctx, display):
    port = free_port()
    set_printer(ctx, f"tcp://127.0.0.1:{port}")
    page = make_page(qtbot, qapp, ctx, display)
    scan(qtbot, page, EGGS)
    finish(qtbot, page, open_payment(qtbot, page, Qt.Key.Key_F5))
    number = page.last_sale().number
    line = f"Máy in hóa đơn không phản hồi — hóa đơn {number} đang chờ in"
    qtbot.waitUntil(lambda: page.printer_bar.status_text() == line, timeout=10_000)
    assert page.message() == line
    scan(qtbot, page, EGGS)  # the next customer is served meanwhile ...
    assert page.printer_bar.status_text() == line  # ... and the line stays
    with PrinterListener(port) as printer:
        page.printer_bar.findChild(QPushButton, "retryPrintButton").click()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: page.printer_bar.status_text() == "", timeout=5_000)
        assert number in codes(printer.jobs[0])
    # The reprint button under the last sale goes to the receipt printer, without the drawer.
    with PrinterListener(port) as printer:
        page.receipt_actions().findChild(QPushButton, "printButton").click()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
        [job] = parse(printer.jobs[0])
        assert job.kicks == [] and number in codes(printer.jobs[0])
    page.printer_bar.printer.wait()
    page.receipt_actions().wait()


def test_open_drawer_button_needs_a_manager_and_is_audited(qtbot, qapp, ctx, display,
                                                           monkeypatch):
    with PrinterListener() as printer:
        set_printer(ctx, printer.uri)
        page = make_page(qtbot, qapp, ctx, display)
        button = page.printer_bar.findChild(QPushButton, "openDrawerButton")
        asked = []
        monkeypatch.setattr("app.ui.printer_bar.ask_manager",
                            lambda *args: asked.append(args[2]))  # the manager walks away
        button.click()
        assert asked == ["Mở két tiền"]
        page.printer_bar.printer.wait()
        assert printer.jobs == [] and audit_log.list_entries(ctx.db, "drawer_open") == []

        manager = list_staff(ctx.db, "manager")[0]
        monkeypatch.setattr("app.ui.printer_bar.ask_manager", lambda *args: manager)
        button.click()
        qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
        assert parse(printer.jobs[0])[0].commands == ["init", "kick"]
        qtbot.waitUntil(lambda: page.message() == "Đã mở két", timeout=5_000)
        [entry] = audit_log.list_entries(ctx.db, "drawer_open")
        assert entry.approved_by_id == manager.id and entry.staff_id == ctx.staff.id
        page.receipt_actions().wait()


def test_settings_box_test_print_and_save(qtbot, ctx, tmp_path, monkeypatch):
    box = PrinterSettingsBox(ctx)
    qtbot.addWidget(box)
    device = tmp_path / "lp0"
    box.findChild(QLineEdit, "printerUriField").setText(f"file://{device}")
    box.findChild(QComboBox, "printerPaperCombo").setCurrentIndex(1)  # 58 mm
    box.findChild(QPushButton, "testPrintButton").click()
    qtbot.waitUntil(lambda: box.message().startswith("Đã gửi trang in thử"), timeout=10_000)
    [job] = parse(device.read_bytes())
    assert job.width_bytes == 48 and job.cut
    assert printer_settings.load(ctx.db).uri == ""  # a test print saves nothing

    box.findChild(QLineEdit, "printerUriField").setText("lpt1")
    box.findChild(QPushButton, "testPrintButton").click()
    assert box.message().startswith("Địa chỉ máy in “lpt1” không hợp lệ")

    manager = list_staff(ctx.db, "manager")[0]
    monkeypatch.setattr("app.ui.printer_settings_box.ask_manager", lambda *args: manager)
    box.findChild(QLineEdit, "printerUriField").setText(f"file://{device}")
    box.findChild(QPushButton, "savePrinterButton").click()
    saved = printer_settings.load(ctx.db)
    assert (saved.uri, saved.paper_mm) == (f"file://{device}", 58)
    assert ctx.settings.receipt_width_mm == 58  # one roll width for PDF and printer
    [entry] = audit_log.list_entries(ctx.db, "settings")[-1:]
    assert entry.approved_by_id == manager.id
    box.wait()
