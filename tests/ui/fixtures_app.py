"""Shared fixtures for the application-level UI tests: a demo booth, a logged-in cashier,
an open shift, a manager's approval and a real sale, all through the services.

Test modules load this with `pytest_plugins` and use fixtures only (helpers are handed out as
fixtures too), so nothing imports the module twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.db import Database
from app.services import auth, catalog
from app.services.auth import StaffInfo
from app.services.cart import Cart
from app.services.checkout import PaymentInput, SaleResult, checkout
from app.services.shifts import open_shift
from app.ui.context import AppContext
from app.ui.theme import apply_theme

CASHIER = "Nguyễn Thị Hoa"
CASHIER_PIN = "1111"
MANAGER = "Trần Văn Minh"
MANAGER_PIN = "9999"
PRODUCT_CODE = "TRA-HV-100"


def _staff_named(db: Database, name: str) -> StaffInfo:
    return next(s for s in auth.list_staff(db) if s.name == name)


def _make_sale(ctx: AppContext, quantity: int = 2, cash: int | None = None) -> SaleResult:
    """A real cash sale in the open shift, announced like the sell page does."""
    product = catalog.lookup_code(ctx.db, PRODUCT_CODE)
    assert product is not None
    cart = Cart()
    cart.add(product, quantity)
    result = checkout(ctx.db, ctx.till(), cart, [PaymentInput("cash", cash or cart.total)])
    ctx.announce_sale()
    return result


@pytest.fixture
def make_sale() -> Callable[..., SaleResult]:
    """make_sale(ctx, quantity=2): a real cash sale of the demo golden-flower tea."""
    return _make_sale


@pytest.fixture
def staff_named() -> Callable[[Database, str], StaffInfo]:
    """staff_named(db, name): the demo staff member with that name."""
    return _staff_named


@pytest.fixture
def themed(qapp):
    apply_theme(qapp)
    return qapp


@pytest.fixture
def ctx(demo_db: Database, qapp) -> AppContext:
    """Demo booth, nobody logged in, no shift."""
    return AppContext(demo_db)


@pytest.fixture
def cashier_ctx(ctx: AppContext) -> AppContext:
    ctx.log_in(auth.authenticate(ctx.db, _staff_named(ctx.db, CASHIER).id, CASHIER_PIN))
    return ctx


@pytest.fixture
def manager_ctx(ctx: AppContext) -> AppContext:
    """The demo manager logged in: holds every right of services.rights, so no PIN is asked."""
    ctx.log_in(auth.authenticate(ctx.db, _staff_named(ctx.db, MANAGER).id, MANAGER_PIN))
    return ctx


@pytest.fixture
def shift_ctx(cashier_ctx: AppContext) -> AppContext:
    """Logged-in cashier with a shift opened on a 500.000 ₫ float."""
    open_shift(cashier_ctx.db, cashier_ctx.till(), 500_000)
    cashier_ctx.announce_shift()
    assert cashier_ctx.shift is not None
    return cashier_ctx


@pytest.fixture
def manager(demo_db: Database) -> StaffInfo:
    """A manager's approval, obtained the way the PIN dialog does."""
    return auth.approve_as_manager(demo_db, _staff_named(demo_db, MANAGER).id, MANAGER_PIN)
