"""The product editor asks for a manager's PIN when a cashier changes a price (issue 12).

A cashier changed Trà hoa vàng from 450.000 to 460.000 in this dialog with no PIN and the next
sales used it. Now Lưu asks for the PIN when the rights table says the person logged in lacks
the price right, and the service refuses anyway when nobody approved.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.services.audit_log import list_entries
from app.services.catalog_listing import list_products
from app.ui.manager_pin_dialog import ManagerPinDialog
from app.ui.product_edit_dialog import ProductEditDialog

pytest_plugins = ["tests.ui.fixtures_app"]

TEA = "TRA-HV-100"


def _tea(db):
    return list_products(db, TEA).rows[0]


def _answer_pin(pin: str | None, seen: list[str], tries: int = 100) -> None:
    """Fill (or cancel, pin=None) the manager-PIN dialog once it is the active modal; `seen`
    gets the reason it showed. Gives up after `tries` polls, so a test never hangs."""
    modal = QApplication.activeModalWidget()
    if not isinstance(modal, ManagerPinDialog):
        if tries:
            QTimer.singleShot(20, lambda: _answer_pin(pin, seen, tries - 1))
        return
    seen.append(modal.findChild(QLabel, "dialogReason").text())
    if pin is None:
        modal.reject()
    else:
        modal.set_pin(pin)
        modal.approve()


def _editor(qtbot, ctx, price: str) -> ProductEditDialog:
    dialog = ProductEditDialog(ctx, _tea(ctx.db))
    qtbot.addWidget(dialog)
    dialog.set_text("price", price)
    return dialog


def test_a_cashier_changing_a_price_is_asked_for_a_managers_pin(qtbot, cashier_ctx, staff_named):
    dialog = _editor(qtbot, cashier_ctx, "460.000")
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_pin("9999", seen))
    dialog._on_save_clicked()  # the Lưu button

    assert seen and "Cần mã PIN của quản lý để đổi giá bán" in seen[-1]
    assert dialog.saved_row() is not None and dialog.saved_row().price == 460_000
    assert _tea(cashier_ctx.db).price == 460_000
    [entry] = list_entries(cashier_ctx.db, "price_change")
    assert entry.staff_id == cashier_ctx.staff.id
    assert entry.approved_by_id == staff_named(cashier_ctx.db, "Trần Văn Minh").id


def test_without_the_pin_the_price_stays(qtbot, cashier_ctx):
    dialog = _editor(qtbot, cashier_ctx, "460.000")
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_pin(None, seen))
    dialog._on_save_clicked()

    assert seen  # it asked
    assert dialog.saved_row() is None
    assert "đổi giá bán" in dialog.error_message()
    assert _tea(cashier_ctx.db).price == 450_000
    assert list_entries(cashier_ctx.db, "price_change") == []


def test_the_service_refuses_even_if_the_dialog_never_asks(qtbot, cashier_ctx):
    dialog = _editor(qtbot, cashier_ctx, "460.000")
    assert dialog.save() is None  # save() itself never asks: the service must refuse
    assert dialog.denied() is not None
    assert _tea(cashier_ctx.db).price == 450_000


def test_a_cashier_fixing_a_name_is_not_asked(qtbot, cashier_ctx):
    dialog = _editor(qtbot, cashier_ctx, "450.000")
    dialog.set_text("name", "Trà hoa vàng Ba Chẽ hộp 100 g")
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_pin(None, seen, tries=5))
    dialog._on_save_clicked()
    assert seen == []
    assert dialog.saved_row() is not None and dialog.saved_row().name.endswith("100 g")


def test_a_manager_changes_a_price_without_a_pin(qtbot, manager_ctx):
    dialog = _editor(qtbot, manager_ctx, "455.000")
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_pin(None, seen, tries=5))
    dialog._on_save_clicked()
    assert seen == []
    assert _tea(manager_ctx.db).price == 455_000
