"""Fixtures for the till tests: a real demo database, a cashier logged in with an open shift."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config import paths_for
from app.db import Database
from app.services.auth import authenticate, list_staff
from app.services.demo import load_demo
from app.services.shifts import open_shift
from app.ui.context import AppContext
from app.ui.customer_display import CustomerDisplay
from app.ui.sell_page import SellPage
from app.ui.theme import apply_theme

CASHIER_PIN = "1111"
MANAGER_PIN = "9999"


# Fixtures are registered under their short names but defined as *_fixture, so a test module
# can import them without its test parameters shadowing the imported functions.
@pytest.fixture(name="booth_db")
def booth_db_fixture(tmp_path) -> Iterator[Database]:
    db = Database(paths_for(tmp_path / "booth"))
    load_demo(db)
    yield db
    db.close()


def logged_in_context(db: Database, shift: bool = True) -> AppContext:
    ctx = AppContext(db)
    cashier = next(s for s in list_staff(db, "cashier") if s.name == "Nguyễn Thị Hoa")
    ctx.log_in(authenticate(db, cashier.id, CASHIER_PIN))
    if shift:
        open_shift(db, ctx.till(), 500_000)
        ctx.announce_shift()
    return ctx


@pytest.fixture(name="ctx")
def ctx_fixture(booth_db) -> AppContext:
    return logged_in_context(booth_db)


@pytest.fixture(name="display")
def display_fixture(qtbot) -> CustomerDisplay:
    widget = CustomerDisplay(frameless=False)
    qtbot.addWidget(widget)
    return widget


def make_page(qtbot, qapp, ctx: AppContext, display: CustomerDisplay | None) -> SellPage:
    apply_theme(qapp)
    page = SellPage(ctx, display)
    qtbot.addWidget(page)
    page.resize(1146, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


@pytest.fixture(name="page")
def page_fixture(qtbot, qapp, ctx, display) -> Iterator[SellPage]:
    page = make_page(qtbot, qapp, ctx, display)
    yield page
    page.receipt_actions().wait()
