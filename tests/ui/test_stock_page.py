"""The Kho page: 40 jars on consignment at the Hạ Long sale point, 20 to the fair booth, a
count at the end of the fair with a variance approved by a manager's PIN, and the balances."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.stock_query import balance, list_moves
from app.ui.manager_pin_dialog import ManagerPinDialog
from app.ui.stock_count_dialog import CountDialog
from app.ui.stock_out_dialog import SPOILAGE, StockOutDialog
from app.ui.stock_page import StockPage
from app.ui.stock_receive_dialog import ReceiveDialog
from app.ui.stock_transfer_dialog import TransferDialog

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]


def _balance_cell(page: StockPage, product_id: int, location_id: int) -> str | None:
    model = page.balances_panel().model()
    row = model.row_of((product_id, location_id))
    return None if row < 0 else model.data(model.index(row, model.column_of("quantity")))


def test_receive_transfer_count_show_in_the_balances(qtbot, cashier_ctx, consignor, places,
                                                     staff_named):
    ctx, jar = cashier_ctx, consignor.jar
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()

    receive = ReceiveDialog(ctx)
    qtbot.addWidget(receive)
    receive.set_mode(consignment=True)
    receive.set_producer(consignor.producer.id)
    receive.set_location(places["sale_point"])
    receive.lines_editor().add_product(jar.id, "40", "180.000")
    assert receive.commit() is not None, receive.message()
    assert "Đã nhận ký gửi" in receive.message() and "40 × Mật ong" in receive.message()
    assert _balance_cell(page, jar.id, places["sale_point"]) == "40 hũ"
    [move] = list_moves(ctx.db, product_id=jar.id).rows
    assert (move.kind, move.unit_cost, move.producer_name) == (
        "consign_in", 180_000, consignor.producer.name)

    transfer = TransferDialog(ctx)
    qtbot.addWidget(transfer)
    transfer.set_locations(places["sale_point"], places["booth"])
    transfer.lines_editor().add_product(jar.id, "20")
    assert transfer.commit() is not None, transfer.message()
    assert _balance_cell(page, jar.id, places["sale_point"]) == "20 hũ"
    assert _balance_cell(page, jar.id, places["booth"]) == "20 hũ"

    count = CountDialog(ctx)
    qtbot.addWidget(count)
    count.set_location(places["booth"])
    assert jar.id in {line.product_id for line in count.lines_editor().model().lines()}
    count.set_counted(jar.id, "17")
    count.set_reason("Cuối hội chợ hè: vỡ 3 hũ khi dọn gian hàng")
    [line] = [ln for ln in count.preview() if ln.product_id == jar.id]
    assert (line.expected, line.counted, line.variance) == (20, 17, -3)
    assert balance(ctx.db, jar.id, places["booth"]) == 20  # a preview books nothing

    answered = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, ManagerPinDialog):
            modal.choose_manager(staff_named(ctx.db, "Trần Văn Minh").id)
            modal.set_pin("9999")
            modal.approve()
            answered.append(True)
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    count._on_save_clicked()  # the Ghi kiểm kê button: preview, manager PIN, count_stock

    assert answered == [True]
    assert "Đã ghi kiểm kê" in count.message() and "Trần Văn Minh" in count.message()
    assert _balance_cell(page, jar.id, places["booth"]) == "17 hũ"
    assert _balance_cell(page, jar.id, places["sale_point"]) == "20 hũ"
    moves = list_moves(ctx.db, product_id=jar.id, kinds=["count"]).rows
    assert [(m.quantity, m.reason) for m in moves] == [
        (-3, "Cuối hội chợ hè: vỡ 3 hũ khi dọn gian hàng")]
    page.show_tab("moves")  # a hidden tab refreshes when shown
    history = page.moves_panel().model()
    mine = [history.row_at(r) for r in range(history.rowCount())
            if history.row_at(r).product_id == jar.id]
    assert [m.kind for m in mine][0] == "count"
    assert sorted(m.kind for m in mine) == ["consign_in", "count", "transfer_in", "transfer_out"]


def test_count_without_a_manager_books_nothing(qtbot, cashier_ctx, consignor, places, manager):
    ctx, jar = cashier_ctx, consignor.jar
    count = CountDialog(ctx)
    qtbot.addWidget(count)
    count.set_location(places["booth"])
    count.set_counted(jar.id, "5")
    cashier = ctx.staff
    assert count.commit(cashier) is None
    assert "quản lý" in count.message()
    count.set_reason("")
    assert count.commit(manager) is None and "lý do" in count.message()
    assert balance(ctx.db, jar.id, places["booth"]) == 0


def test_negative_balances_are_red_and_listable(qtbot, cashier_ctx, consignor, places, manager):
    ctx, jar = cashier_ctx, consignor.jar
    page = StockPage(ctx)
    qtbot.addWidget(page)
    page.show()
    out = StockOutDialog(ctx, SPOILAGE)
    qtbot.addWidget(out)
    out.set_location(places["booth"])
    out.set_reason("Hũ vỡ")
    out.lines_editor().add_product(jar.id, "2")
    assert out.commit(manager) is not None, out.message()
    assert "Chú ý" in out.message() and "-2" in out.message()

    panel = page.balances_panel()
    assert "1 dòng tồn âm" in panel.negative_text()
    panel.set_filters(only_negative=True)
    model = panel.model()
    assert model.total() == 1 and model.row_at(0).product_id == jar.id
    index = model.index(0, model.column_of("quantity"))
    assert model.data(index) == "-2 hũ"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == "#a30d25"


def test_consignment_needs_the_agreed_cost(qtbot, cashier_ctx, consignor, places):
    receive = ReceiveDialog(cashier_ctx)
    qtbot.addWidget(receive)
    receive.set_producer(consignor.producer.id)
    receive.set_location(places["sale_point"])
    receive.lines_editor().add_product(consignor.jar.id, "40")
    assert receive.commit() is None
    assert "giá thỏa thuận" in receive.message()
    assert balance(cashier_ctx.db, consignor.jar.id) == 0
