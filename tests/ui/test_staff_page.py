"""The Nhân viên page (issue 14 item 2): a manager adds, edits, disables and re-enables staff and
resets a PIN; a cashier is asked for a manager's PIN first; a disabled cashier disappears from
the login screen. The table is a QTableView over StaffTableModel, tested without widgets too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.services import auth
from app.services.audit_log import list_entries
from app.ui.login_dialog import LoginDialog
from app.ui.manager_pin_dialog import ManagerPinDialog
from app.ui.models.staff_table_model import StaffTableModel
from app.ui.staff_dialogs import PinResetDialog, StaffEditDialog
from app.ui.staff_page import StaffPage

pytest_plugins = ["tests.ui.fixtures_app"]


def _when_modal(kind: type, act: Callable[[QDialog], None], seen: list, tries: int = 100) -> None:
    """Once a modal dialog of `kind` is up, record it and act on it (never hangs a test)."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, kind):
        seen.append(modal)
        act(modal)
    elif tries:
        QTimer.singleShot(20, lambda: _when_modal(kind, act, seen, tries - 1))


def _cells(model: StaffTableModel, name: str) -> list[str]:
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_the_model_lists_everyone_with_role_and_status(ctx):
    model = StaffTableModel(ctx.db)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Họ tên", "Vai trò", "Trạng thái"]
    assert _cells(model, "Nguyễn Thị Hoa") == ["Nguyễn Thị Hoa", "Thu ngân", "Đang làm"]
    assert _cells(model, "Trần Văn Minh") == ["Trần Văn Minh", "Quản lý", "Đang làm"]


def test_a_manager_adds_disables_and_re_enables_a_cashier(qtbot, manager_ctx, staff_named):
    ctx = manager_ctx
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024 - 220, 520)  # the page area of a 1024×600 screen
    page.show()

    def fill(dialog: StaffEditDialog) -> None:
        dialog.set_name("Đỗ Thị Mai")
        dialog.set_role("cashier")
        dialog.set_pin("13572468")
        dialog.submit()

    seen: list = []
    QTimer.singleShot(20, lambda: _when_modal(StaffEditDialog, fill, seen))
    with qtbot.waitSignal(page.staff_edited):
        page._add.click()
    assert seen and not any(isinstance(d, ManagerPinDialog) for d in seen)  # no PIN for a manager
    assert "Đã thêm Đỗ Thị Mai" in page.message()
    assert _cells(page.model(), "Đỗ Thị Mai") == ["Đỗ Thị Mai", "Thu ngân", "Đang làm"]
    mai = page.selected()
    assert mai is not None and mai.name == "Đỗ Thị Mai"
    assert auth.authenticate(ctx.db, mai.id, "13572468").name == "Đỗ Thị Mai"

    hoa = staff_named(ctx.db, "Nguyễn Thị Hoa")
    assert page.select_staff(hoa.id)
    assert page._toggle.text() == "Tắt tài khoản"
    page._toggle.click()
    assert _cells(page.model(), "Nguyễn Thị Hoa")[2] == "Đã tắt"
    assert "không đăng nhập được nữa" in page.message()
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    assert hoa.id not in login.staff_ids()  # hidden from the login screen

    assert page.select_staff(hoa.id) and page._toggle.text() == "Bật lại"
    page._toggle.click()
    assert _cells(page.model(), "Nguyễn Thị Hoa")[2] == "Đang làm"
    assert [e.action for e in list_entries(ctx.db)] == [
        "staff_add", "staff_disable", "staff_enable"]


def test_a_manager_cannot_disable_herself_and_is_told_why(qtbot, manager_ctx):
    page = StaffPage(manager_ctx)
    qtbot.addWidget(page)
    page.select_staff(manager_ctx.staff.id)
    page._toggle.click()
    assert "không thể tự tắt" in page.message()
    assert _cells(page.model(), "Trần Văn Minh")[2] == "Đang làm"


def test_a_cashier_is_asked_for_a_managers_pin_before_the_dialog(qtbot, cashier_ctx):
    page = StaffPage(cashier_ctx)
    qtbot.addWidget(page)
    asked: list = []
    QTimer.singleShot(20, lambda: _when_modal(ManagerPinDialog, lambda d: d.reject(), asked))
    page._add.click()
    assert len(asked) == 1 and page.model().rowCount() == 2  # cancelled: nothing happens

    def approve(dialog: ManagerPinDialog) -> None:
        dialog.set_pin("9999")
        dialog.approve()
        QTimer.singleShot(20, lambda: _when_modal(StaffEditDialog, fill, filled))

    def fill(dialog: StaffEditDialog) -> None:
        dialog.set_name("Lê Văn Tùng")
        dialog.set_role("manager")
        dialog.set_pin("2468", "2469")
        assert dialog.submit() is None and "không giống nhau" in dialog.error_message()
        dialog.set_pin("2468")
        dialog.submit()

    filled: list = []
    QTimer.singleShot(20, lambda: _when_modal(ManagerPinDialog, approve, asked))
    page._add.click()
    assert len(asked) == 2 and filled
    assert _cells(page.model(), "Lê Văn Tùng")[1] == "Quản lý"
    [entry] = list_entries(cashier_ctx.db, "staff_add")
    assert entry.staff_id == cashier_ctx.staff.id and entry.approved_by_id != entry.staff_id


def test_the_dialogs_show_the_services_refusals(qtbot, manager_ctx, staff_named):
    from app.services.rights import Actor

    actor = Actor(manager_ctx.staff.id)
    add = StaffEditDialog(manager_ctx, actor)
    qtbot.addWidget(add)
    add.set_name("  ")
    add.set_pin("1234")
    assert add.submit() is None and add.error_message() == "Hãy nhập tên nhân viên"
    add.set_name("Mai")
    add.set_pin("12")
    assert add.submit() is None and "4 đến 8 chữ số" in add.error_message()

    hoa = next(r for r in StaffTableModel(manager_ctx.db)._rows if r.name == "Nguyễn Thị Hoa")
    reset = PinResetDialog(manager_ctx, actor, hoa)
    qtbot.addWidget(reset)
    reset.set_pin("97531")
    assert reset.submit() is not None
    assert auth.authenticate(manager_ctx.db, hoa.id, "97531").id == hoa.id
    assert staff_named(manager_ctx.db, "Nguyễn Thị Hoa").id == hoa.id
