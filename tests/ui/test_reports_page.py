"""The reports page: shift figures, the sales list, void and refund with a manager's PIN."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from app.services import refunds, sales_query, shifts
from app.services.errors import ValidationError
from app.services.money import format_dong
from app.ui.manager_pin_dialog import ManagerPinDialog
from app.ui.models.sales_table_model import SalesTableModel
from app.ui.refund_dialog import RefundDialog
from app.ui.reports_page import ReportsPage

pytest_plugins = ["tests.ui.fixtures_app"]


@pytest.fixture
def page(qtbot, shift_ctx) -> ReportsPage:
    widget = ReportsPage(shift_ctx)
    qtbot.addWidget(widget)
    return widget


def test_shift_summary_and_list_follow_a_new_sale(page, shift_ctx, make_sale):
    assert shift_ctx.shift.number in page.shift_text()
    assert "Bán: 0 hóa đơn" in page.shift_text()
    assert page.sales_model().rowCount() == 0

    sale = make_sale(shift_ctx, quantity=2)

    assert f"Bán: 1 hóa đơn · {format_dong(sale.total)}" in page.shift_text()
    assert page.sales_model().rowCount() == 1
    index = page.sales_model().index(0, SalesTableModel.NUMBER)
    assert page.sales_model().data(index) == sale.number
    cash = page.findChild(type(page._title), "expected_cash")
    assert cash.text() == format_dong(500_000 + sale.total)


def test_search_by_number(page, shift_ctx, make_sale):
    first = make_sale(shift_ctx, quantity=1)
    second = make_sale(shift_ctx, quantity=1)
    assert page.sales_model().rowCount() == 2
    page.search_edit().setText(second.number[-6:])
    assert page.sales_model().rowCount() == 1
    assert page.sales_model().sale_at(0).number == second.number
    page.search_edit().setText(first.number.lower())
    assert [page.sales_model().sale_at(0).number] == [first.number]


def test_void_with_manager_pin_marks_sale_voided(page, shift_ctx, manager, make_sale):
    sale = make_sale(shift_ctx, quantity=2)
    assert page.select_sale(sale.id)
    assert page.current_detail().summary.id == sale.id
    assert page._void.isEnabled()

    assert page.void_current("Khách đổi ý", manager)

    assert sales_query.sale_detail(shift_ctx.db, sale.id).summary.status == "voided"
    assert page.current_detail().summary.status == "voided"  # still selected, refreshed
    assert not page._void.isEnabled() and not page._refund.isEnabled()
    assert page.sales_model().data(page.sales_model().index(0, SalesTableModel.STATUS)) == "Đã hủy"
    assert "Đã hủy: 1" in page.shift_text()
    assert sale.number in page.message()

    assert not page.void_current("lần nữa", manager)
    assert "đã bị hủy trước đó" in page.message()


def test_void_button_asks_reason_and_manager_pin(qtbot, page, shift_ctx, make_sale, staff_named):
    """The interactive path: reason box, then the manager's PIN dialog, both answered."""
    sale = make_sale(shift_ctx, quantity=1)
    page.select_sale(sale.id)
    seen: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QInputDialog) and "input" not in seen:
            seen.append("input")
            modal.setTextValue("Quét nhầm sản phẩm")
            modal.accept()
        elif isinstance(modal, ManagerPinDialog) and "pin" not in seen:
            seen.append("pin")
            modal.choose_manager(staff_named(shift_ctx.db, "Trần Văn Minh").id)
            modal.set_pin("9999")
            modal.approve()
        if len(seen) < 2:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    page._void.click()
    assert seen == ["input", "pin"]
    assert sales_query.sale_detail(shift_ctx.db, sale.id).summary.status == "voided"


def test_refund_one_of_two_then_two_more_is_refused(qtbot, page, shift_ctx, manager, make_sale):
    sale = make_sale(shift_ctx, quantity=2)
    dialog = RefundDialog(shift_ctx, sale.id)
    qtbot.addWidget(dialog)
    [line_id] = dialog.line_ids()
    spin = dialog.quantity_spin(line_id)
    assert spin.maximum() == 2
    spin.setValue(1)
    dialog.set_method("cash")
    dialog.set_reason("Hộp bị móp")

    number = dialog.commit(manager)

    assert number is not None and dialog.error_message() == ""
    assert dialog.slip_path is not None and dialog.slip_path.exists()
    slip = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.slip_pdf)).pages)
    assert number in slip and sale.number in slip
    detail = sales_query.sale_detail(shift_ctx.db, sale.id)
    assert detail.lines[0].refundable == Decimal(1)
    totals = shifts.expected_amounts(shift_ctx.db, shift_ctx.shift.id)
    assert totals.refunds_count == 1
    assert totals.expected["cash"] == 500_000 + sale.total - totals.refunds_total
    assert "Hoàn tiền: 1" in page.shift_text()

    second = RefundDialog(shift_ctx, sale.id)
    qtbot.addWidget(second)
    spin = second.quantity_spin(line_id)
    assert spin.maximum() == 1
    spin.setValue(2)
    assert spin.value() == 1  # the box cannot even hold 2
    with pytest.raises(ValidationError, match="tối đa 1"):
        refunds.refund_lines(
            shift_ctx.db, shift_ctx.till(), sale.id, {line_id: Decimal(2)}, "cash",
            manager.id, "lần hai",
        )
    assert shifts.expected_amounts(shift_ctx.db, shift_ctx.shift.id).refunds_count == 1


def test_refund_with_nothing_chosen_is_refused_inline(qtbot, shift_ctx, manager, make_sale):
    sale = make_sale(shift_ctx, quantity=2)
    dialog = RefundDialog(shift_ctx, sale.id)
    qtbot.addWidget(dialog)
    assert dialog.commit(manager) is None
    assert dialog.error_message() == "Hãy chọn ít nhất một dòng để hoàn"


def test_x_report_for_the_open_shift(page, shift_ctx, make_sale):
    make_sale(shift_ctx, quantity=1)
    pdf = page.print_x_report()
    assert pdf is not None
    assert page.last_report_path.exists()
    assert page.last_report_path.name.startswith(f"X-{shift_ctx.shift.number}-")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert shift_ctx.shift.number in text and "chưa đóng" in text
    assert shift_ctx.shift is not None  # an X-report does not close anything


def test_page_without_shift_offers_to_open_one(qtbot, cashier_ctx):
    widget = ReportsPage(cashier_ctx)
    qtbot.addWidget(widget)
    assert "Chưa mở ca" in widget.shift_text()
    assert widget.print_x_report() is None
    assert not widget._x_button.isEnabled()
    assert widget._open_button.isVisibleTo(widget)
    assert not widget._close_button.isVisibleTo(widget)


def test_sales_table_model_without_a_view(shift_ctx, make_sale, manager):
    kept = make_sale(shift_ctx, quantity=1)
    voided = make_sale(shift_ctx, quantity=1)
    refunds.void_sale(shift_ctx.db, shift_ctx.till(), voided.id, manager.id, "thử")
    model = SalesTableModel("Asia/Ho_Chi_Minh")
    model.set_sales(sales_query.recent_sales(shift_ctx.db))
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.sale_at(0).number == voided.number  # newest first
    cell = model.data(model.index(0, SalesTableModel.STATUS))
    assert cell == "Đã hủy"
    assert model.data(model.index(0, SalesTableModel.STATUS), Qt.ItemDataRole.ForegroundRole)
    assert model.data(model.index(1, SalesTableModel.STATUS), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, SalesTableModel.TOTAL)) == format_dong(kept.total)
    assert model.data(model.index(1, SalesTableModel.METHODS)) == "Tiền mặt"
    assert model.row_of(kept.id) == 1 and model.row_of("nope") == -1
