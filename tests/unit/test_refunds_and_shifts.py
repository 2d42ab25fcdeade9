"""Voids, refunds (never more than sold) and shift closing with expected vs counted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.errors import PermissionDenied, StateError, ValidationError
from app.services.refunds import refund_lines, refundable, void_sale
from app.services.sales_query import receipt_data, refund_receipt_data, sale_detail
from app.services.shifts import close_shift, expected_amounts, open_shift, zreport_data
from app.services.visitors import add_visitors


def _sell(db, till, code="2000010000012", qty=1, method="cash"):
    cart = Cart()
    cart.add(lookup_code(db, code), qty)
    ref = "x" if method != "cash" else ""
    return checkout(db, till, cart, [PaymentInput(method, cart.total, ref)])


def test_void_needs_a_manager_and_reverses_stock(demo_db, cashier_till, manager_id):
    sale = _sell(demo_db, cashier_till, qty=2)
    with pytest.raises(PermissionDenied):
        void_sale(demo_db, cashier_till, sale.id, cashier_till.staff.id, "nhầm")
    void_sale(demo_db, cashier_till, sale.id, manager_id, "Khách đổi ý")
    assert sale_detail(demo_db, sale.id).summary.status == "voided"
    assert receipt_data(demo_db, sale.id).voided
    with pytest.raises(StateError):
        void_sale(demo_db, cashier_till, sale.id, manager_id, "again")
    totals = expected_amounts(demo_db, cashier_till.shift_id)
    assert totals.sales_count == 0 and totals.voids_count == 1
    assert totals.expected["cash"] == 500_000


def test_refund_never_more_than_sold(demo_db, cashier_till, manager_id):
    sale = _sell(demo_db, cashier_till, qty=2)
    line_id = sale_detail(demo_db, sale.id).lines[0].id
    number = refund_lines(
        demo_db, cashier_till, sale.id, {line_id: Decimal(1)}, "cash", manager_id, "hỏng"
    )
    assert refundable(demo_db, sale.id)[line_id] == 1
    with pytest.raises(ValidationError, match="tối đa 1"):
        refund_lines(demo_db, cashier_till, sale.id, {line_id: Decimal(2)}, "cash",
                     manager_id, "x")
    slip = refund_receipt_data(demo_db, number)
    assert slip.refund_of == sale.number and slip.total == 450_000
    refund_lines(demo_db, cashier_till, sale.id, {line_id: Decimal(1)}, "cash", manager_id, "")
    assert refundable(demo_db, sale.id)[line_id] == 0
    totals = expected_amounts(demo_db, cashier_till.shift_id)
    assert totals.refunds_total == 900_000
    assert totals.expected["cash"] == 500_000  # sold 900.000, gave it all back
    with pytest.raises(StateError):
        void_sale(demo_db, cashier_till, sale.id, manager_id, "after refund")


def test_refund_of_discounted_line_returns_what_was_paid(demo_db, cashier_till, manager_id):
    cart = Cart()
    cart.add(lookup_code(demo_db, "2000010000012"), 3)
    cart.set_discount(0, 100_000)
    sale = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
    line_id = sale_detail(demo_db, sale.id).lines[0].id
    amounts = []
    for _ in range(3):
        n = refund_lines(demo_db, cashier_till, sale.id, {line_id: Decimal(1)}, "cash",
                         manager_id, "")
        amounts.append(refund_receipt_data(demo_db, n).total)
    assert sum(amounts) == cart.total  # rounding never drifts: the last unit takes the rest


def test_close_shift_expected_vs_counted_and_zreport(demo_db, cashier_till):
    _sell(demo_db, cashier_till)
    _sell(demo_db, cashier_till, "2000010000029", method="vietqr")
    add_visitors(demo_db, cashier_till.location_id, cashier_till.fair_id, 3)
    totals = expected_amounts(demo_db, cashier_till.shift_id)
    assert totals.expected["cash"] == 500_000 + 450_000
    assert totals.sales_count == 2
    with pytest.raises(ValidationError):
        close_shift(demo_db, cashier_till, cashier_till.shift_id, {"cash": None})
    close_shift(demo_db, cashier_till, cashier_till.shift_id,
                {"cash": 940_000, "vietqr": totals.expected["vietqr"]})
    z = zreport_data(demo_db, cashier_till.shift_id)
    rows = {r.method: (r.expected, r.counted) for r in z.methods}
    assert rows["cash"] == (950_000, 940_000)
    assert z.visitors == 3 and z.sales_count == 2 and z.closed_local is not None
    with pytest.raises(StateError):
        close_shift(demo_db, cashier_till, cashier_till.shift_id, {"cash": 1})
    with pytest.raises(StateError):
        _sell(demo_db, cashier_till)  # the shift is closed


def test_only_one_open_shift_per_booth(demo_db, cashier_till):
    with pytest.raises(StateError, match="đang mở"):
        open_shift(demo_db, cashier_till, 0)


def test_visitors_plus_minus(demo_db, cashier_till):
    loc, fair = cashier_till.location_id, cashier_till.fair_id
    assert add_visitors(demo_db, loc, fair) == 1
    assert add_visitors(demo_db, loc, fair) == 2
    assert add_visitors(demo_db, loc, fair, -1) == 1
    add_visitors(demo_db, loc, fair, -1)
    with pytest.raises(StateError):
        add_visitors(demo_db, loc, fair, -1)


def test_void_needs_a_reason(demo_db, cashier_till, manager_id):
    sale = _sell(demo_db, cashier_till)
    with pytest.raises(ValidationError, match="lý do"):
        void_sale(demo_db, cashier_till, sale.id, manager_id, "  ")
    assert sale_detail(demo_db, sale.id).summary.status == "completed"


def test_open_shift_prints_an_x_report(demo_db, cashier_till):
    import io

    from pypdf import PdfReader

    from app.printing.zreport_pdf import render_zreport

    pdf = render_zreport(zreport_data(demo_db, cashier_till.shift_id))
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "(X)" in text and "(Z)" not in text


def test_only_a_manager_changes_settings(demo_db, cashier_till, manager_id):
    from app.services import settings
    from app.services.rights import Actor

    with pytest.raises(PermissionDenied):
        settings.save(demo_db, Actor.of(cashier_till.staff), bank_account="999")
    with pytest.raises(PermissionDenied):
        settings.save(demo_db, None, bank_account="999")
    assert settings.load(demo_db).bank_account == "1023456789"
    saved = settings.save(demo_db, Actor(manager_id), bank_account="999")
    assert saved.bank_account == "999"


def test_fresh_install_without_staff_can_be_set_up(db):
    from app.services import settings

    assert settings.save(db, None, shop_name="Điểm bán Tiên Yên").shop_name == "Điểm bán Tiên Yên"


def test_place_names(demo_db, cashier_till):
    from app.services import places

    assert places.location_name(demo_db, cashier_till.location_id).startswith("Gian hàng")
    assert "Hội chợ" in places.fair_name(demo_db, cashier_till.fair_id)
    assert {loc.kind for loc in places.list_locations(demo_db)} == {"booth", "sale_point", "warehouse"}
    assert places.location_name(demo_db, None) == ""
