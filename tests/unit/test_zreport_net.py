"""The Z-report's best sellers and VAT are net of the shift's refunds, like its cash."""

from __future__ import annotations

from decimal import Decimal

from app.models import SaleLine
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.money import round_dong
from app.services.refunds import refund_lines
from app.services.sales_query import sale_detail
from app.services.shifts import expected_amounts, zreport_data

TEA = "2000010000012"  # Trà hoa vàng Ba Chẽ hộp 100g, 450.000 ₫
NOODLES = "2000060000024"  # Miến dong Bình Liêu gói 500g, 70.000 ₫


def _sell(db, till, *items: tuple[str, int]):
    cart = Cart()
    for code, qty in items:
        cart.add(lookup_code(db, code), qty)
    return checkout(db, till, cart, [PaymentInput("cash", cart.total)])


def test_a_refunded_product_leaves_the_best_sellers_and_its_vat(demo_db, cashier_till,
                                                                 manager_id):
    tea, noodles = lookup_code(demo_db, TEA), lookup_code(demo_db, NOODLES)
    before = expected_amounts(demo_db, cashier_till.shift_id).vat_by_rate
    sale = _sell(demo_db, cashier_till, (TEA, 2), (NOODLES, 1))
    sold_vat = expected_amounts(demo_db, cashier_till.shift_id).vat_by_rate
    lines = {ln.name: ln for ln in sale_detail(demo_db, sale.id).lines}
    tea_line = lines[tea.name]

    refund_lines(demo_db, cashier_till, sale.id, {tea_line.id: Decimal(1)}, "cash",
                 manager_id, "vỡ hộp")
    report = zreport_data(demo_db, cashier_till.shift_id)
    top = {name: (qty, amount) for name, qty, amount in report.top_products}
    assert top[tea.name] == (Decimal(1), 450_000)  # 2 sold, 1 given back
    assert top[noodles.name] == (Decimal(1), 70_000)
    vat = dict(report.vat_by_rate)
    with demo_db.read() as session:
        tea_line_vat = session.get(SaleLine, tea_line.id).vat_amount
    assert tea_line_vat > 0 and sold_vat[tea.vat_rate] > before.get(tea.vat_rate, 0)
    assert vat[tea.vat_rate] == sold_vat[tea.vat_rate] - round_dong(Decimal(tea_line_vat) / 2)

    refund_lines(demo_db, cashier_till, sale.id, {tea_line.id: Decimal(1)}, "cash",
                 manager_id, "vỡ hộp")
    report = zreport_data(demo_db, cashier_till.shift_id)
    assert [name for name, _q, _a in report.top_products] == [noodles.name]
