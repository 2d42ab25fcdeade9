"""Checkout writes the whole sale in one transaction, or nothing at all."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, OutboxEntry, Payment, Sale, SaleLine, StockMove
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, apply_payments, checkout, peek_next_sale_number
from app.services.errors import PermissionDenied, StateError, ValidationError


def _counts(db) -> dict[str, int]:
    with db.read() as s:
        return {
            m.__name__: s.scalar(select(func.count()).select_from(m))
            for m in (Sale, SaleLine, Payment, StockMove, OutboxEntry, AuditEntry)
        }


def _cart(db, *codes: str) -> Cart:
    cart = Cart(discount_limit_pct=10)
    for code in codes:
        cart.add(lookup_code(db, code))
    return cart


def test_cash_sale_writes_everything_once(demo_db, cashier_till):
    before = _counts(demo_db)
    cart = _cart(demo_db, "2000010000012", "2000010000012", "2000010000029")
    assert len(cart.lines) == 2 and cart.lines[0].quantity == 2
    expected_number = peek_next_sale_number(demo_db, cashier_till.device_code)
    result = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", 2_000_000)])
    assert result.number == expected_number
    assert result.change == 2_000_000 - cart.total
    after = _counts(demo_db)
    assert after["Sale"] == before["Sale"] + 1
    assert after["SaleLine"] == before["SaleLine"] + 2
    assert after["Payment"] == before["Payment"] + 1
    assert after["StockMove"] == before["StockMove"] + 2
    assert after["OutboxEntry"] == before["OutboxEntry"] + 1
    with demo_db.read() as s:
        sale = s.get(Sale, result.id)
        assert sale.total == cart.total == sum(ln.total for ln in sale.lines)
        assert sale.payments[0].amount == cart.total
        assert sale.payments[0].tendered == 2_000_000
        fact = s.get(OutboxEntry, result.id)
        payload = json.loads(fact.payload)
        assert payload["number"] == result.number and len(payload["lines"]) == 2
        assert payload["lines"][0]["quantity"] == "2"
        moves = s.scalars(select(StockMove).where(StockMove.ref_id == result.id)).all()
        assert sorted(m.quantity for m in moves) == [Decimal(-2), Decimal(-1)]


def test_split_payment_cash_and_vietqr(demo_db, cashier_till):
    cart = _cart(demo_db, "2000010000012")
    total = cart.total
    result = checkout(
        demo_db, cashier_till, cart,
        [PaymentInput("vietqr", total - 50_000, "BL03"), PaymentInput("cash", 100_000)],
    )
    assert result.change == 50_000
    with demo_db.read() as s:
        methods = {p.method: p.amount for p in s.get(Sale, result.id).payments}
    assert methods == {"vietqr": total - 50_000, "cash": 50_000}


def test_paying_less_is_refused_and_nothing_written(demo_db, cashier_till):
    before = _counts(demo_db)
    cart = _cart(demo_db, "2000010000012")
    with pytest.raises(ValidationError, match="thiếu"):
        checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total - 1)])
    assert _counts(demo_db) == before


def test_non_cash_cannot_exceed_total():
    with pytest.raises(ValidationError):
        apply_payments(100_000, [PaymentInput("card", 150_000, "ref")])


def test_weight_quantity_and_rounding(demo_db, cashier_till):
    product = lookup_code(demo_db, "MIEN-DONG")
    assert product is not None and product.sold_by_weight
    cart = Cart()
    cart.add(product, "1,25")
    assert cart.lines[0].quantity == Decimal("1.25")
    result = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
    with demo_db.read() as s:
        line = s.get(Sale, result.id).lines[0]
    assert line.quantity == Decimal("1.25")
    assert line.total == round(product.price * Decimal("1.25"))


@pytest.mark.parametrize("bad", ["0", "-1", "abc", "", "NaN", "1e9"])
def test_bad_quantities_refused(demo_db, bad):
    cart = _cart(demo_db, "2000010000012")
    with pytest.raises(ValidationError):
        cart.set_quantity(0, bad)
    assert cart.lines[0].quantity == 1


def test_fractional_quantity_refused_for_unit_goods(demo_db):
    cart = _cart(demo_db, "2000010000012")
    with pytest.raises(ValidationError, match="số nguyên"):
        cart.set_quantity(0, "1.5")


def test_no_open_shift_refused(demo_db, cashier_till):
    cart = _cart(demo_db, "2000010000012")
    with pytest.raises(StateError):
        checkout(demo_db, cashier_till.with_shift(None), cart, [PaymentInput("cash", cart.total)])


def test_empty_cart_refused(demo_db, cashier_till):
    with pytest.raises(ValidationError):
        checkout(demo_db, cashier_till, Cart(), [PaymentInput("cash", 1000)])


def test_discount_within_limit_is_cashiers_call(demo_db, cashier_till):
    cart = _cart(demo_db, "2000010000012")
    cart.set_discount(0, cart.lines[0].gross // 10)
    result = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
    with demo_db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.sale_id == result.id)).all()
    assert [a.action for a in audit] == ["discount"] and audit[0].approved_by_id is None


def test_big_discount_and_price_change_need_a_manager(demo_db, cashier_till, manager_id):
    cart = _cart(demo_db, "2000010000012")
    with pytest.raises(PermissionDenied):
        cart.set_discount(0, cart.lines[0].gross // 2)
    with pytest.raises(PermissionDenied):
        cart.set_price(0, 100_000, approver_id=None)
    cart.set_price(0, 400_000, approver_id=manager_id)
    cart.set_discount(0, 200_000, approver_id=manager_id)
    result = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
    with demo_db.read() as s:
        actions = {
            a.action: a.approved_by_id
            for a in s.scalars(select(AuditEntry).where(AuditEntry.sale_id == result.id))
        }
        line = s.get(Sale, result.id).lines[0]
    assert actions == {"price_override": manager_id, "discount": manager_id}
    assert (line.list_price, line.unit_price, line.discount) == (450_000, 400_000, 200_000)


def test_approval_by_a_cashier_is_refused_at_checkout(demo_db, cashier_till):
    cart = _cart(demo_db, "2000010000012")
    cart.set_price(0, 1000, approver_id=cashier_till.staff.id)  # forged: a cashier's id
    before = _counts(demo_db)
    with pytest.raises(PermissionDenied):
        checkout(demo_db, cashier_till, cart, [PaymentInput("cash", 1000)])
    assert _counts(demo_db) == before


def test_sale_numbers_and_outbox_sequence_are_consecutive(demo_db, cashier_till):
    numbers = []
    for _ in range(3):
        cart = _cart(demo_db, "2000010000012")
        numbers.append(checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)]))
    assert [r.number for r in numbers] == [f"BL03-00000{i}" for i in (1, 2, 3)]
    with demo_db.read() as s:
        seqs = s.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)).all()
    assert seqs == list(range(1, len(seqs) + 1))


@pytest.mark.parametrize("method", ["card", "ewallet"])
def test_card_and_ewallet_need_a_reference(method):
    with pytest.raises(ValidationError, match="mã giao dịch"):
        apply_payments(100_000, [PaymentInput(method, 100_000, "  ")])
    assert apply_payments(100_000, [PaymentInput(method, 100_000, "POS-1")])[0].reference == "POS-1"


def test_percent_and_amount_discounts_parse():
    from app.services.cart import parse_discount

    assert parse_discount("10%", 450_000) == 45_000
    assert parse_discount("12,5%", 100_001) == 12_500
    assert parse_discount("20.000", 450_000) == 20_000
    with pytest.raises(ValidationError, match="Phần trăm giảm"):
        parse_discount("abc%", 1000)
