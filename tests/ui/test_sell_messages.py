"""The sell page's words follow the state: the message after a weight is typed, the last-sale
panel once the next cart starts, and today's visitor count always in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services.checkout import PaymentInput, checkout
from app.services.errors import BoothError
from app.ui.errors import error_text
from app.ui.visitors_page import change_visitors
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    booth_db_fixture,
    ctx_fixture,
    display_fixture,
    page_fixture,
)
from tests.ui.keys import enter_by_hand, type_by_hand

NOODLES_500G = "2000060000024"  # Miến dong Bình Liêu gói 500g, 70.000 ₫


def _scan(qtbot, page, code: str) -> None:
    qtbot.keyClicks(page.scan_field(), code)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Return)


def test_the_message_tells_the_weight_just_typed(qtbot, page):
    type_by_hand(qtbot, page.scan_field(), "mien dong")  # a person: a scanner never searches
    enter_by_hand(qtbot, page.scan_field())  # sold by weight: asks the weight
    assert page.message().startswith("Đã thêm Miến dong Bình Liêu: 1 kg")
    dialog = page.active_dialog()
    dialog.set_text("1,25")
    dialog.submit()
    assert page.message() == "Miến dong Bình Liêu: 1,25 kg — 137.500 ₫"


def test_a_refusal_is_not_covered_by_the_line_summary(qtbot, page):
    _scan(qtbot, page, NOODLES_500G)
    page.select_line(0)
    with pytest.raises(BoothError) as refused:
        page.cart().set_quantity(0, 0)
    page._step(-1)  # below one packet: the cart refuses, and that is what the line says
    assert page.cart().lines[0].quantity == 1
    assert page.message() == error_text(refused.value)
    page._step(1)  # the next change that works is told again
    assert page.message() == "Miến dong Bình Liêu gói 500g: 2 gói — 140.000 ₫"


def test_the_last_sale_panel_speaks_of_the_previous_sale_once_a_new_cart_starts(qtbot, page):
    _scan(qtbot, page, NOODLES_500G)
    cart = page.cart()
    result = checkout(page._ctx.db, page._ctx.till(), cart, [PaymentInput("cash", 100_000)])
    page._on_sale_completed(result)
    panel = page.receipt_actions()
    assert panel.summary() == f"Đã bán HĐ {result.number} — Tiền thừa: 30.000 ₫"
    _scan(qtbot, page, NOODLES_500G)
    assert panel.summary() == f"HĐ trước: {result.number}"  # no change due to this customer
    page.cart().clear()
    page._refresh()
    assert panel.summary().startswith(f"Đã bán HĐ {result.number}")


def test_todays_visitors_are_on_the_sell_page(qtbot, page):
    panel = page._actions
    before = panel.visitors_text()
    assert before.startswith("Lượt khách hôm nay: ")
    count = int(before.rsplit(" ", 1)[1])
    change_visitors(page._ctx, 1)
    change_visitors(page._ctx, 1)
    assert panel.visitors_text() == f"Lượt khách hôm nay: {count + 2}"


def test_view_says_where_the_receipt_is_when_no_viewer_opens(qtbot, page):
    _scan(qtbot, page, NOODLES_500G)
    result = checkout(page._ctx.db, page._ctx.till(), page.cart(),
                      [PaymentInput("cash", 70_000)])
    page._on_sale_completed(result)
    panel = page.receipt_actions()
    opened: list[object] = []
    panel.open_file = lambda path: opened.append(path) or False  # no PDF viewer on this laptop
    qtbot.mouseClick(panel.findChild(QPushButton, "viewReceiptButton"), Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    path = panel.receipt_file()
    assert path is not None and path.exists()
    assert page.message() == f"Không mở được trình xem PDF. Hóa đơn đã lưu tại: {path}"


def test_a_typed_cash_amount_is_grouped_as_it_is_typed(qtbot):
    from app.ui.payment_pages import amount_edit

    field = amount_edit("cashField")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "2500000")
    assert field.text() == "2.500.000"
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # the last zero
    assert field.text() == "250.000"
    field.setCursorPosition(1)  # after the 2
    qtbot.keyClicks(field, "1")
    assert field.text() == "2.150.000" and field.cursorPosition() == 3
    field.clear()
    qtbot.keyClicks(field, "50k")  # not plain digits: left as typed for the parser to judge
    assert field.text() == "50k"


def test_the_discount_pad_has_a_percent_key(qtbot, page):
    from PySide6.QtWidgets import QDialogButtonBox

    _scan(qtbot, page, NOODLES_500G)
    page.select_line(0)
    page.edit_line("discount")
    dialog = page.active_dialog()
    for key in ("1", "0"):
        next(b for b in dialog.findChildren(QPushButton) if b.text() == key).click()
    dialog.findChild(QPushButton, "extraKey").click()
    assert dialog.field().text() == "10%"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.cart().lines[0].discount == 7_000  # 10 % of 70.000 ₫
