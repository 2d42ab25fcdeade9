"""Starting the app: opening the database, logging in, and the whole window without exec()."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar

from app.config import Paths
from app.db import Database
from app.services import auth
from app.services.clock import now_utc
from app.services.visitors import hour_start, visitors_today
from app.ui.application import build_main_window, open_database
from app.ui.context import AppContext
from app.ui.labels_page import LabelsPage
from app.ui.login_dialog import LoginDialog
from app.ui.products_page import ProductsPage
from app.ui.reports_page import ReportsPage
from app.ui.sell_page import SellPage
from app.ui.settings_page import SettingsPage
from app.ui.stock_page import StockPage
from app.ui.sync_page import SyncPage
from app.ui.visitors_page import VisitorsPage

PAGE_KEYS = [
    "sell", "products", "stock", "labels", "visitors", "reports", "sync", "staff", "settings"]

pytest_plugins = ["tests.ui.fixtures_app"]


def _login(qtbot, dialog: LoginDialog, pin: str) -> None:
    dialog.pin_edit().clear()
    qtbot.keyClicks(dialog.pin_edit(), pin)
    qtbot.mouseClick(dialog.login_button(), Qt.MouseButton.LeftButton)


def test_wrong_pin_shows_error_and_stays_then_right_pin_logs_in(qtbot, ctx, staff_named):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    cashier = staff_named(ctx.db, "Nguyễn Thị Hoa")
    dialog.select_staff(cashier.id)

    _login(qtbot, dialog, "0000")
    assert "Sai mã PIN" in dialog.error_message()
    assert "còn 4 lần" in dialog.error_message()
    assert dialog.isVisible() and dialog.result() == 0
    assert ctx.staff is None
    assert dialog.pin_edit().text() == ""

    with qtbot.waitSignal(ctx.staff_changed):
        _login(qtbot, dialog, "1111")
    assert ctx.staff == cashier
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.error_message() == ""


def test_keypad_types_the_pin(qtbot, ctx, staff_named):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_staff(staff_named(ctx.db, "Nguyễn Thị Hoa").id)
    for key in "1111":
        dialog._keys[key].click()
    assert dialog.pin_edit().text() == "1111"
    dialog._keys["back"].click()
    assert dialog.pin_edit().text() == "111"
    assert dialog.pin_edit().echoMode() == dialog.pin_edit().EchoMode.Password


def test_five_wrong_pins_lock_even_the_right_pin_out(qtbot, ctx, staff_named):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_staff(staff_named(ctx.db, "Nguyễn Thị Hoa").id)
    for _ in range(5):
        _login(qtbot, dialog, "2222")
    assert "bị khóa 60 giây" in dialog.error_message()

    _login(qtbot, dialog, "1111")
    assert "bị khóa thêm" in dialog.error_message()
    assert ctx.staff is None
    assert dialog.isVisible()


def test_login_without_choosing_staff_asks_for_a_name(qtbot, ctx):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit(), "1111")
    dialog.login_button().click()
    assert dialog.error_message() == "Hãy chọn tên của bạn trước"
    assert ctx.staff is None


def test_main_window_has_eight_pages_in_order_and_status(qtbot, shift_ctx, themed):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    assert window.page_keys() == PAGE_KEYS
    assert isinstance(window.page("sell"), SellPage)
    assert isinstance(window.page("visitors"), VisitorsPage)
    assert isinstance(window.page("reports"), ReportsPage)
    assert isinstance(window.page("settings"), SettingsPage)
    assert isinstance(window.page("products"), ProductsPage)
    assert isinstance(window.page("stock"), StockPage)
    assert isinstance(window.page("labels"), LabelsPage)
    assert isinstance(window.page("sync"), SyncPage)
    assert window.shell.sync_worker is None  # not enrolled: nothing tries to reach a hub
    assert window.findChild(QLabel, "unsyncedLabel").text() == "Chưa kết nối máy chủ tỉnh"

    badge = window.findChild(QPushButton, "starBadge")  # demo: 3 expired, 3 expiring
    assert "3 hết hạn" in badge.text() and "3 sắp hết hạn" in badge.text()
    badge.click()
    assert window.current_page() == "products"

    shift_label = window.findChild(QLabel, "shiftLabel")
    assert shift_ctx.shift.number in shift_label.text()
    assert "Nguyễn Thị Hoa" in window.findChild(QLabel, "staffLabel").text()
    assert window.findChild(QToolBar, "quickActions") is not None
    display = window.shell.customer_display
    assert display is not None and display.current_state() == "idle"
    window.show()
    display.show()
    window.close()
    assert not display.isVisible()  # closing the till closes the buyer's screen too


def test_toolbar_visitor_actions_and_f12_update_page_db_and_unsynced(qtbot, shift_ctx):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.page("visitors")
    location = shift_ctx.settings.location_id

    window.shell.action("plus").trigger()
    assert page.today_count() == 1
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert page.hour_count() == 2
    assert visitors_today(shift_ctx.db, location, hour_start(now_utc())) == 2
    assert window.findChild(QLabel, "unsyncedLabel").text() == (
        "Chưa kết nối máy chủ tỉnh — 2 giao dịch chờ gửi"
    )

    qtbot.keyClick(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert page.today_count() == 1
    window.shell.action("minus").trigger()
    window.shell.action("minus").trigger()
    assert page.today_count() == 0
    assert "Không còn lượt khách" in window.statusBar().currentMessage()


def test_status_and_actions_follow_the_shift(qtbot, cashier_ctx):
    window = build_main_window(cashier_ctx)
    qtbot.addWidget(window)
    shell = window.shell
    assert window.findChild(QLabel, "shiftLabel").text() == "Ca: —"
    assert shell.action("open_shift").isVisible() and not shell.action("close_shift").isVisible()

    from app.ui.shift_dialogs import OpenShiftDialog

    dialog = OpenShiftDialog(cashier_ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.commit()
    assert cashier_ctx.shift.number in window.findChild(QLabel, "shiftLabel").text()
    assert shell.action("close_shift").isVisible() and not shell.action("open_shift").isVisible()


def test_unconfigured_database_shows_only_settings(qtbot, db, qapp):
    ctx = AppContext(db)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    assert window.page_keys() == ["settings"]
    assert isinstance(window.page("settings"), SettingsPage)
    assert "chưa được gán gian hàng" in window.page("settings")._notice.text()


def test_corrupt_database_is_refused_with_a_clear_message(tmp_path, qapp):
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    garbage = b"this is not an SQLite database, it was damaged on a USB stick" * 100
    paths.database.write_bytes(garbage)

    db, message = open_database(paths)

    assert db is None
    assert "tệp bị hỏng" in message
    assert str(paths.database) in message
    assert str(paths.backups) in message
    assert paths.database.read_bytes() == garbage  # left exactly as it was


def test_second_window_on_the_same_data_is_refused(tmp_path, qapp):
    paths = Paths(tmp_path / "data")
    first = Database(paths)
    try:
        db, message = open_database(paths)
        assert db is None
        assert "đang chạy" in message and str(paths.data_dir) in message
    finally:
        first.close()
    db, message = open_database(paths)
    assert db is not None and message == ""
    db.close()


def test_open_database_works_on_a_fresh_dir(tmp_path, qapp):
    db, message = open_database(Paths(tmp_path / "fresh"))
    try:
        assert message == ""
        assert db is not None and auth.list_staff(db) == []
    finally:
        db.close()


def test_the_pending_count_follows_a_stock_move(qtbot, shift_ctx, manager):
    from decimal import Decimal

    from app.services import catalog
    from app.services.rights import Actor
    from app.services.stock import MoveLine, receive
    from app.ui.stock_signals import announce_stock

    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "unsyncedLabel")
    before = label.text()
    product = catalog.lookup_code(shift_ctx.db, "TRA-HV-100")
    receive(shift_ctx.db, Actor.of(manager), shift_ctx.settings.location_id,
            [MoveLine(product.id, Decimal(5))], mode="purchase")
    announce_stock(shift_ctx)  # what every stock dialog does after its write
    assert label.text() != before and "1 giao dịch chờ gửi" in label.text()
