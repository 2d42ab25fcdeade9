"""A sale number a customer may have seen on a VietQR is never given to another sale; the
Z-report lists the numbers shown but never sold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.config import Paths
from app.db import Database
from app.services import sale_numbers, sales_query
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.errors import StateError
from app.services.shifts import zreport_data
from app.services.vietqr import parse_tlv
from app.ui.payment_dialog import PaymentDialog
from tests.ui.fixtures_sell import (  # noqa: F401 - the *_fixture names register fixtures
    booth_db_fixture,
    ctx_fixture,
    display_fixture,
    page_fixture,
)

GOLDEN_TEA = "2000010000012"


def _cart(db) -> Cart:
    cart = Cart()
    cart.add(lookup_code(db, GOLDEN_TEA), 1)
    return cart


def test_a_reserved_number_is_skipped_by_the_next_sale_and_survives_a_restart(
        demo_db, cashier_till):
    shown = sale_numbers.reserve(demo_db, cashier_till)
    paths = demo_db.paths
    demo_db.close()  # the laptop dies with the QR on screen
    db = Database(Paths(paths.data_dir))
    try:
        result = checkout(db, cashier_till, _cart(db), [PaymentInput("cash", 450_000)])
        assert result.number != shown and result.number > shown
        with db.read() as session:
            assert sale_numbers.abandoned(session, cashier_till.shift_id) == [shown]
        assert zreport_data(db, cashier_till.shift_id).abandoned_numbers == (shown,)
    finally:
        db.close()


def test_checkout_takes_its_reserved_number_once(demo_db, cashier_till):
    shown = sale_numbers.reserve(demo_db, cashier_till)
    result = checkout(demo_db, cashier_till, _cart(demo_db),
                      [PaymentInput("vietqr", 450_000, shown)], number=shown)
    assert result.number == shown
    with demo_db.read() as session:
        assert sale_numbers.abandoned(session, cashier_till.shift_id) == []
    with pytest.raises(StateError):  # nobody gets it twice
        checkout(demo_db, cashier_till, _cart(demo_db), [PaymentInput("cash", 450_000)],
                 number=shown)
    assert len(sales_query.recent_sales(demo_db)) == 1


def test_an_abandoned_vietqr_number_is_not_reused_at_the_till(qtbot, page, ctx):
    qtbot.keyClicks(page.scan_field(), GOLDEN_TEA)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.scan_field(), Qt.Key.Key_F6)
    dialog = page.active_dialog()
    assert isinstance(dialog, PaymentDialog)
    payload = dialog.qr_widget().payload()
    shown = parse_tlv(parse_tlv(payload)["62"])["08"]
    dialog.reject()  # the customer walks away
    qtbot.waitUntil(lambda: page.active_dialog() is None)

    qtbot.keyClick(page.scan_field(), Qt.Key.Key_F5)
    cash = page.active_dialog()
    with qtbot.waitSignal(page.sale_completed, timeout=5000):
        qtbot.mouseClick(cash.confirm_button(), Qt.MouseButton.LeftButton)
    [sale] = sales_query.recent_sales(ctx.db)
    assert sale.number != shown
    assert zreport_data(ctx.db, ctx.shift.id).abandoned_numbers == (shown,)
