"""The stock ledger: receive, transfer, count, write off, return; outbox facts; negatives."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import OutboxEntry, StockMove
from app.services.auth import list_staff
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.catalog_admin import ProducerInput, ProductInput, create_producer, create_product
from app.services.checkout import PaymentInput, checkout
from app.services.errors import PermissionDenied, ValidationError
from app.services.rights import Actor
from app.services.stock import (
    MoveLine,
    count_stock,
    preview_count,
    receive,
    return_to_producer,
    transfer,
    write_off,
)
from app.services.stock_query import (
    balance,
    list_balances,
    list_locations,
    list_moves,
    negative_balances,
)


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


def _places(db):
    locs = {loc.kind: loc.id for loc in list_locations(db)}
    return locs["warehouse"], locs["booth"]


def _jars(db):
    maker = create_producer(db, ProducerInput("Hộ sản xuất mật ong Lương Mông 2", "household",
                                              "Ba Chẽ", "Lương Mông"))
    product = create_product(db, ProductInput("MO-LM-JAR", "Mật ong Lương Mông hũ 500ml",
                                              250_000, maker.id, unit="hũ",
                                              assign_in_store_code=True), _boss(db))
    return maker, product


def test_consignment_receive_transfer_count(demo_db, manager_id):
    warehouse, booth = _places(demo_db)
    maker, jar = _jars(demo_db)
    got = receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 40, "180.000")],
                  mode="consignment", producer_id=maker.id, note="Giao lần 1")
    moved = transfer(demo_db, Actor(manager_id), warehouse, booth, [MoveLine(jar.id, "20")])
    assert (balance(demo_db, jar.id, warehouse), balance(demo_db, jar.id, booth)) == (20, 20)
    assert balance(demo_db, jar.id) == 40 and moved.negative_after == ()
    sheet = preview_count(demo_db, booth, {jar.id: 17})
    assert (sheet[0].expected, sheet[0].variance) == (20, -3)
    with pytest.raises(ValidationError, match="lý do"):
        count_stock(demo_db, Actor(manager_id), booth, {jar.id: 17}, reason=" ")
    counted = count_stock(demo_db, Actor(manager_id), booth, {jar.id: 17}, reason="Vỡ 3 hũ khi dọn")
    assert balance(demo_db, jar.id, booth) == 17 and len(counted.move_ids) == 1
    again = count_stock(demo_db, Actor(manager_id), booth, {jar.id: 17}, reason="")
    assert again.move_ids == ()  # no variance, nothing booked, no reason needed
    moves = list_moves(demo_db, product_id=jar.id)
    assert moves.total == 4
    assert sorted(m.kind for m in moves.rows) == ["consign_in", "count", "transfer_in",
                                                  "transfer_out"]
    consign = next(m for m in moves.rows if m.kind == "consign_in")
    assert consign.unit_cost == 180_000 and consign.producer_name == maker.name
    with demo_db.read() as s:
        ids = {m.id for m in s.scalars(select(StockMove).where(StockMove.product_id == jar.id))}
        facts = {o.id: json.loads(o.payload) for o in s.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == "stock_move"))}
    assert ids <= set(facts) and got.move_ids[0] in facts
    assert facts[counted.move_ids[0]]["quantity"] == "-3"
    assert facts[counted.move_ids[0]]["reason"] == "Vỡ 3 hũ khi dọn"


def test_consignment_rules(demo_db, manager_id):
    warehouse, _ = _places(demo_db)
    maker, jar = _jars(demo_db)
    with pytest.raises(ValidationError, match="chọn chủ thể"):
        receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 1, 1000)], mode="consignment")
    with pytest.raises(ValidationError, match="giá thỏa thuận"):
        receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 1)], mode="consignment",
                producer_id=maker.id)
    other = lookup_code(demo_db, "TRA-HV-100")
    with pytest.raises(ValidationError, match="không phải sản phẩm"):
        receive(demo_db, Actor(manager_id), warehouse, [MoveLine(other.id, 1, 1000)],
                mode="consignment", producer_id=maker.id)
    with pytest.raises(ValidationError, match="số nguyên"):
        receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, "1,5")])
    with pytest.raises(ValidationError, match="Dòng 2"):
        receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 1), MoveLine(jar.id, 0)])
    assert balance(demo_db, jar.id) == 0  # nothing of a refused action is written


def test_write_off_and_return_need_a_manager_and_a_reason(demo_db, manager_id):
    warehouse, _ = _places(demo_db)
    maker, jar = _jars(demo_db)
    cashier = list_staff(demo_db, "cashier")[0].id
    receive(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 10, 1000)], mode="consignment",
            producer_id=maker.id)
    with pytest.raises(PermissionDenied):
        write_off(demo_db, Actor(cashier), warehouse, [MoveLine(jar.id, 1)], reason="vỡ")
    with pytest.raises(ValidationError, match="lý do"):
        write_off(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 1)], reason="")
    write_off(demo_db, Actor(manager_id), warehouse, [MoveLine(jar.id, 2)], reason="Vỡ nắp")
    back = return_to_producer(demo_db, Actor(manager_id), warehouse, maker.id, [MoveLine(jar.id, 9)])
    assert back.negative_after == (jar.id,) and balance(demo_db, jar.id) == -1
    assert [(r.product_id, r.quantity) for r in negative_balances(demo_db)] == [(jar.id, -1)]


def test_a_sale_is_never_refused_for_lack_of_stock(demo_db, cashier_till):
    _, jar = _jars(demo_db)
    info = lookup_code(demo_db, jar.barcode)
    cart = Cart()
    cart.add(info, 3)
    checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
    assert balance(demo_db, jar.id, cashier_till.location_id) == -3
    negatives = negative_balances(demo_db)
    assert [(r.sku, r.quantity) for r in negatives] == [("MO-LM-JAR", Decimal(-3))]
    page = list_balances(demo_db, "mat ong luong mong", location_id=cashier_till.location_id)
    assert [r.quantity for r in page.rows if r.product_id == jar.id] == [-3]
