"""Voiding a sale that cannot be voided is refused before anyone types a reason or a PIN,
and the void button is only offered where a void can happen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services import shifts
from app.ui.reports_page import ReportsPage

pytest_plugins = ["tests.ui.fixtures_app"]


def test_a_sale_of_a_closed_shift_is_refused_first(qtbot, shift_ctx, make_sale):
    sale = make_sale(shift_ctx, quantity=1)
    shifts.close_shift(shift_ctx.db, shift_ctx.till(), shift_ctx.shift.id, {"cash": 950_000})
    shift_ctx.announce_shift()
    page = ReportsPage(shift_ctx)
    qtbot.addWidget(page)
    assert page.select_sale(sale.id)
    assert not page._void.isEnabled()
    assert "ca đã chốt" in page._void.toolTip()

    asked: list[str] = []
    watching = [True]

    def watch() -> None:  # any reason box or PIN dialog that opens is noted and closed
        modal = QApplication.activeModalWidget()
        if modal is not None:
            asked.append(type(modal).__name__)
            modal.reject()
        if watching[0]:
            QTimer.singleShot(10, watch)

    QTimer.singleShot(0, watch)
    page._on_void_clicked()  # e.g. a keyboard shortcut reaching the slot anyway
    qtbot.wait(50)
    watching[0] = False
    qtbot.wait(20)
    assert asked == []
    assert "thuộc ca đã chốt" in page._message.text()


def test_the_void_button_follows_the_selected_sale(qtbot, shift_ctx, make_sale, manager):
    page = ReportsPage(shift_ctx)
    qtbot.addWidget(page)
    assert not page._void.isEnabled()  # nothing selected
    sale = make_sale(shift_ctx, quantity=1)
    page.refresh()
    assert page.select_sale(sale.id) and page._void.isEnabled()
    assert page.void_current("Khách đổi ý", manager)
    assert not page._void.isEnabled()
