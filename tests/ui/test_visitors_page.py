"""The visitor counter: +1 / −1 change what is shown and what is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services.clock import local_day_start_utc, now_utc
from app.services.visitors import hour_start, visitors_today
from app.ui.visitors_page import VisitorsPage, change_visitors

pytest_plugins = ["tests.ui.fixtures_app"]


def _stored_this_hour(ctx) -> int:
    return visitors_today(ctx.db, ctx.settings.location_id, hour_start(now_utc()))


def test_plus_and_minus_change_count_and_database(qtbot, cashier_ctx):
    page = VisitorsPage(cashier_ctx)
    qtbot.addWidget(page)
    assert (page.today_count(), page.hour_count()) == (0, 0)

    with qtbot.waitSignal(cashier_ctx.visitors_changed):
        qtbot.mouseClick(page.plus_button(), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plus_button(), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.plus_button(), Qt.MouseButton.LeftButton)
    assert (page.today_count(), page.hour_count()) == (3, 3)
    assert _stored_this_hour(cashier_ctx) == 3

    qtbot.mouseClick(page.minus_button(), Qt.MouseButton.LeftButton)
    assert page.today_count() == 2
    assert _stored_this_hour(cashier_ctx) == 2
    today = visitors_today(
        cashier_ctx.db, cashier_ctx.settings.location_id,
        local_day_start_utc(cashier_ctx.settings.timezone),
    )
    assert today == 2
    assert page.error_message() == ""


def test_minus_at_zero_is_refused(qtbot, cashier_ctx):
    page = VisitorsPage(cashier_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.count_failed) as failed:
        qtbot.mouseClick(page.minus_button(), Qt.MouseButton.LeftButton)
    assert "Không còn lượt khách nào để trừ" in failed.args[0]
    assert page.error_message() == failed.args[0]
    assert page.today_count() == 0
    assert _stored_this_hour(cashier_ctx) == 0

    qtbot.mouseClick(page.plus_button(), Qt.MouseButton.LeftButton)
    assert page.error_message() == ""
    assert page.today_count() == 1


def test_page_follows_counts_made_elsewhere(qtbot, ctx):
    page = VisitorsPage(ctx)
    qtbot.addWidget(page)
    assert change_visitors(ctx, 1) == 1
    assert change_visitors(ctx, 1) == 2
    assert page.today_count() == 2 and page.hour_count() == 2


def test_per_hour_table_shows_this_hours_count(qtbot, cashier_ctx):
    page = VisitorsPage(cashier_ctx)
    qtbot.addWidget(page)
    for _ in range(3):
        change_visitors(cashier_ctx, 1)
    model = page.findChild(QTableView, "visitorsByHour").model()
    assert model.rowCount() >= 1
    assert model.index(0, 1).data() == "3"
    assert " – " in model.index(0, 0).data()
