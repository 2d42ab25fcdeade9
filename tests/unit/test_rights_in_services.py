"""Every service that performs a right-bound action checks the rights table itself.

Issue 12: a cashier changed a catalogue price (450.000 → 460.000) in the product editor with no
manager's PIN and the next sales used it. Here each action is called straight on its service,
as the cashier alone (refused, nothing written) and with a manager's approval (done).
"""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, OutboxEntry, Product, Sale, Setting, Staff, StockMove
from app.services import settings
from app.services.audit_log import list_entries
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.catalog_admin import ProductInput, create_product, product_input, update_product
from app.services.catalog_listing import list_products
from app.services.checkout import PaymentInput, checkout
from app.services.receipt_printing import open_drawer
from app.services.refunds import refund_lines, void_sale
from app.services.rights import ROLE_RIGHTS, Actor, Right, RightDenied
from app.services.sales_query import sale_detail
from app.services.staff import add_staff
from app.services.stock import (
    MoveLine,
    count_stock,
    receive,
    return_to_producer,
    transfer,
    write_off,
)
from app.services.stock_query import list_locations

TEA = "TRA-HV-100"  # Trà hoa vàng Ba Chẽ hộp 100g, 450.000 ₫ in the demo catalog
TEA_CODE = "2000010000012"


def _tea(db):
    return list_products(db, TEA).rows[0]


def _new_price(db, price: int) -> ProductInput:
    return replace(product_input(_tea(db)), price=price)


def _fingerprint(db) -> tuple:
    """Everything an action could write: row counts, the catalogue prices, the settings."""
    with db.read() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m))
                       for m in (Sale, StockMove, AuditEntry, OutboxEntry, Staff, Product))
        prices = tuple(s.execute(select(Product.sku, Product.price).order_by(Product.id)).all())
        stored = tuple(s.execute(select(Setting.key, Setting.value).order_by(Setting.key)).all())
        voided = s.scalar(select(func.count()).select_from(Sale).where(Sale.status == "voided"))
    return counts, prices, stored, voided


def _sell(db, till, approve: int | None = None, discount_pct: int = 0, price: int | None = None):
    cart = Cart(discount_limit_pct=10)
    cart.add(lookup_code(db, TEA_CODE), 2)
    line = cart.lines[0]
    if price is not None:  # what a tampered or buggy widget could hand over
        line = replace(line, unit_price=price, price_approved_by=approve)
    if discount_pct:
        line = replace(line, discount=line.gross * discount_pct // 100,
                       discount_approved_by=approve)
    cart.lines[0] = line
    return checkout(db, till, cart, [PaymentInput("cash", cart.total)])


def test_a_cashier_changing_a_price_is_refused_and_the_price_is_unchanged(demo_db, cashier_till):
    cashier = Actor.of(cashier_till.staff)
    before = _fingerprint(demo_db)
    with pytest.raises(RightDenied, match="Cần mã PIN của quản lý để đổi giá bán") as info:
        update_product(demo_db, _tea(demo_db).id, _new_price(demo_db, 460_000), cashier)
    assert info.value.right is Right.PRICE
    assert _tea(demo_db).price == 450_000
    assert _fingerprint(demo_db) == before
    sale = _sell(demo_db, cashier_till)  # the next sale still uses the catalogue price
    assert sale.total == 900_000


def test_a_cashier_may_still_fix_a_name_but_not_add_a_priced_product(demo_db, cashier_till):
    cashier = Actor.of(cashier_till.staff)
    fixed = replace(product_input(_tea(demo_db)), name="Trà hoa vàng Ba Chẽ (hộp 100 g)")
    assert update_product(demo_db, _tea(demo_db).id, fixed, cashier).price == 450_000
    with pytest.raises(RightDenied, match="đổi giá bán"):
        create_product(demo_db, ProductInput("NEW-1", "Hàng mới", 10_000), cashier)
    assert list_products(demo_db, "NEW-1").total == 0


def test_with_a_managers_approval_the_price_changes_and_is_audited(demo_db, cashier_till,
                                                                   manager_id):
    approved = Actor(cashier_till.staff.id, manager_id)
    row = update_product(demo_db, _tea(demo_db).id, _new_price(demo_db, 460_000), approved)
    assert row.price == 460_000
    [entry] = list_entries(demo_db, "price_change")
    assert (entry.staff_id, entry.approved_by_id) == (cashier_till.staff.id, manager_id)
    assert entry.detail == {"sku": TEA, "old_price": 450_000, "new_price": 460_000}
    assert _sell(demo_db, cashier_till).total == 920_000


def test_a_manager_alone_changes_a_price_and_it_is_audited_too(demo_db, manager_id):
    update_product(demo_db, _tea(demo_db).id, _new_price(demo_db, 455_000), Actor(manager_id))
    [entry] = list_entries(demo_db, "price_change")
    assert (entry.staff_id, entry.approved_by_id) == (manager_id, manager_id)


def _places(db):
    return {loc.kind: loc.id for loc in list_locations(db)}


def _act(right: Right, db, till, approver: int | None, sale: str, tmp_path):
    """Perform the action of `right` through its service, as the till's staff (+ approver);
    `sale` is the one to void or refund."""
    actor = Actor(till.staff.id, approver)
    places = _places(db)
    tea = _tea(db)
    if right is Right.PRICE:
        return update_product(db, tea.id, _new_price(db, 460_000), actor)
    if right is Right.DISCOUNT_OVER_LIMIT:
        return _sell(db, till, approver, discount_pct=50)
    if right is Right.VOID:
        return void_sale(db, till, sale, approver, "Khách đổi ý")
    if right is Right.REFUND:
        line = sale_detail(db, sale).lines[0].id
        return refund_lines(db, till, sale, {line: Decimal(1)}, "cash", approver, "hỏng")
    if right is Right.STOCK_RECEIVE:
        return receive(db, actor, places["warehouse"], [MoveLine(tea.id, 5)])
    if right is Right.STOCK_TRANSFER:
        return transfer(db, actor, places["warehouse"], places["booth"], [MoveLine(tea.id, 1)])
    if right is Right.STOCK_COUNT:
        return count_stock(db, actor, places["booth"], {tea.id: 3}, reason="đếm lại")
    if right is Right.STOCK_WRITE_OFF:
        write_off(db, actor, places["booth"], [MoveLine(tea.id, 1)], reason="vỡ")
        return return_to_producer(db, actor, places["booth"], tea.producer_id,
                                  [MoveLine(tea.id, 1)])
    if right is Right.SETTINGS:
        return settings.save(db, actor, bank_account="0987654321")
    if right is Right.STAFF:
        return add_staff(db, actor, "Đỗ Mai", "cashier", "24680")
    if right is Right.DRAWER:  # the pulse goes to a file standing in for the printer
        return open_drawer(db, actor, f"file://{tmp_path / 'printer.bin'}")
    raise AssertionError(right)


@pytest.mark.parametrize("right", list(Right), ids=[r.value for r in Right])
def test_each_action_is_checked_in_its_service(demo_db, cashier_till, manager_id, right,
                                               tmp_path):
    sale = _sell(demo_db, cashier_till).id  # to void or refund, made before the snapshot
    before = _fingerprint(demo_db)
    if right in ROLE_RIGHTS["cashier"]:
        _act(right, demo_db, cashier_till, None, sale, tmp_path)
        assert _fingerprint(demo_db) != before
        return
    with pytest.raises(RightDenied) as info:
        _act(right, demo_db, cashier_till, None, sale, tmp_path)
    assert info.value.right is right
    assert _fingerprint(demo_db) == before  # refused before anything was written
    _act(right, demo_db, cashier_till, manager_id, sale, tmp_path)
    assert _fingerprint(demo_db) != before


def test_a_cashier_cannot_approve_their_own_discount_or_price(demo_db, cashier_till):
    me = cashier_till.staff.id
    before = _fingerprint(demo_db)
    with pytest.raises(RightDenied, match="giảm giá quá hạn mức"):
        _sell(demo_db, cashier_till, approve=me, discount_pct=50)
    with pytest.raises(RightDenied, match="đổi giá bán"):
        _sell(demo_db, cashier_till, approve=me, price=100_000)
    assert _fingerprint(demo_db) == before


def test_stock_approvals_are_audited_with_the_manager(demo_db, cashier_till, manager_id):
    booth = _places(demo_db)["booth"]
    tea = _tea(demo_db)
    count_stock(demo_db, Actor(cashier_till.staff.id, manager_id), booth, {tea.id: 0},
                reason="hết hàng")
    [entry] = list_entries(demo_db, "stock_count")
    assert (entry.staff_id, entry.approved_by_id) == (cashier_till.staff.id, manager_id)
    with demo_db.read() as s:
        moves = s.scalars(select(StockMove).where(StockMove.kind == "count")).all()
        payloads = [json.loads(o.payload) for o in s.scalars(select(OutboxEntry))
                    if o.kind == "stock_move"]
    assert {m.staff_id for m in moves} == {cashier_till.staff.id}  # who booked it
    assert payloads and payloads[-1]["staff_id"] == cashier_till.staff.id
