"""The goods receipt as a manager types it: Enter moves on, only the button or Ctrl+Enter
writes it, each product keeps its own agreed price, and nothing typed is ever dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.services.catalog_admin import ProductInput, create_product
from app.services.rights import Actor
from app.services.stock_query import list_moves
from app.ui.stock_receive_dialog import ReceiveDialog

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]


def _field(dialog: ReceiveDialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def test_enter_moves_on_and_only_ctrl_enter_saves(qtbot, manager_ctx, consignor, places,
                                                   manager):
    ctx = manager_ctx
    comb = create_product(ctx.db, ProductInput(
        "MO-NTL-COMB", "Mật ong cầu Lương Mông", "320.000", consignor.producer.id, unit="hộp",
        assign_in_store_code=True), Actor.of(manager))
    dialog = ReceiveDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_mode(consignment=True)
    dialog.set_producer(consignor.producer.id)
    dialog.set_location(places["sale_point"])
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    search, quantity, cost = (_field(dialog, n) for n in ("lineSearch", "lineQuantity",
                                                          "lineCost"))
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "MO-NTL-500")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(quantity.hasFocus)
    qtbot.keyClicks(quantity, "40")
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(cost.hasFocus)
    qtbot.keyClicks(cost, "180000")
    qtbot.keyClick(cost, Qt.Key.Key_Return)  # the line is added; nothing is saved yet
    assert [ln.quantity for ln in dialog.lines_editor().model().lines()] == ["40"]
    assert cost.text() == ""
    qtbot.waitUntil(search.hasFocus)
    assert not list_moves(ctx.db, product_id=consignor.jar.id).rows

    qtbot.keyClicks(search, "MO-NTL-COMB")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClicks(quantity, "5")  # typed, not yet added: the agreed price is not carried over
    assert cost.text() == ""
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    qtbot.keyClicks(cost, "250000")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    jar_moves = list_moves(ctx.db, product_id=consignor.jar.id).rows
    comb_moves = list_moves(ctx.db, product_id=comb.id).rows
    assert [(m.unit_cost) for m in jar_moves] == [180_000]
    assert [(m.unit_cost) for m in comb_moves] == [250_000]  # the line still being typed too
    assert "40 × Mật ong rừng" in dialog.message() and "5 × Mật ong cầu" in dialog.message()


def test_the_count_sheet_shows_the_variance_as_it_is_typed(qtbot, manager_ctx, consignor, places,
                                                          manager):
    from app.services.stock import MoveLine, receive
    from app.ui.stock_count_dialog import CountDialog

    ctx = manager_ctx
    receive(ctx.db, Actor.of(manager), places["booth"], [MoveLine(consignor.jar.id, 20, 180_000)],
            mode="consignment", producer_id=consignor.producer.id)
    count = CountDialog(ctx)
    qtbot.addWidget(count)
    count.set_location(places["booth"])
    count.load_sheet()
    model = count.lines_editor().model()
    row = next(i for i, ln in enumerate(model.lines()) if ln.product_id == consignor.jar.id)
    variance = model.index(row, model.columns.index("variance"))
    assert model.data(variance) == ""
    count.set_counted(consignor.jar.id, "17")
    assert model.data(variance) == "-3"  # before any preview
    count.set_counted(consignor.jar.id, "2O")  # a mistyped count shows no variance
    assert model.data(variance) == ""
