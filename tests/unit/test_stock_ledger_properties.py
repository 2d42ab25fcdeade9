"""Property tests: any sequence of receive / transfer / sell / refund / count / write-off / return
keeps every balance equal to the sum of its moves (and to a model), and the settlement's totals
equal the sales to the đồng."""

from __future__ import annotations

import itertools
import sqlite3
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.auth import list_staff
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.catalog_admin import ProducerInput, ProductInput, create_producer, create_product
from app.services.checkout import PaymentInput, checkout
from app.services.refunds import refund_lines
from app.services.rights import Actor
from app.services.sales_query import sale_detail
from app.services.settlement import settle
from app.services.star_watch import booth_today
from app.services.stock import (
    MoveLine,
    count_stock,
    receive,
    return_to_producer,
    transfer,
    write_off,
)
from app.services.stock_query import balance, list_locations

qty = st.integers(min_value=1, max_value=30)
loc = st.integers(min_value=0, max_value=2)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("receive"), loc, qty),
        st.tuples(st.just("transfer"), loc, loc, qty),
        st.tuples(st.just("sell"), qty),
        st.tuples(st.just("refund"), qty),
        st.tuples(st.just("count"), loc, st.integers(min_value=0, max_value=40)),
        st.tuples(st.just("spoil"), loc, qty),
        st.tuples(st.just("return"), loc, qty),
    ),
    min_size=1,
    max_size=9,
)
_serial = itertools.count()


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=ops, cost=st.integers(min_value=1_000, max_value=400_000),
       price=st.integers(min_value=1, max_value=60).map(lambda k: k * 5_000))
def test_balances_are_sums_of_moves_and_settlement_equals_sales(
    demo_db, cashier_till, manager_id, steps, cost, price
):
    n = next(_serial)
    places = [loc.id for loc in list_locations(demo_db)]
    booth = cashier_till.location_id
    maker = create_producer(demo_db, ProducerInput(f"Hộ sản xuất thử {n}", "household", "Tiên Yên"))
    product = create_product(demo_db, ProductInput(f"PROP-{n}", f"Hàng thử {n}", price, maker.id,
                                                   unit="hũ", assign_in_store_code=True), _boss(demo_db))
    info = lookup_code(demo_db, product.barcode)
    model = dict.fromkeys(places, Decimal(0))
    received = returned = sold = Decimal(0)
    paid = 0
    sales: list[tuple[str, str, int]] = []  # sale id, line id, still refundable
    for step in steps:
        kind = step[0]
        if kind == "receive":
            receive(demo_db, Actor(manager_id), places[step[1]], [MoveLine(product.id, step[2], cost)],
                    mode="consignment", producer_id=maker.id)
            model[places[step[1]]] += step[2]
            received += step[2]
        elif kind == "transfer" and step[1] != step[2]:
            transfer(demo_db, Actor(manager_id), places[step[1]], places[step[2]],
                     [MoveLine(product.id, step[3])])
            model[places[step[1]]] -= step[3]
            model[places[step[2]]] += step[3]
        elif kind == "sell":
            cart = Cart()
            cart.add(info, step[1])
            sale = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
            line = sale_detail(demo_db, sale.id).lines[0]
            sales.append((sale.id, line.id, step[1]))
            model[booth] -= step[1]
            sold += step[1]
            paid += sale.total
        elif kind == "refund" and sales:
            sale_id, line_id, left = sales[-1]
            back = min(left, step[1])
            if back:
                refund_lines(demo_db, cashier_till, sale_id, {line_id: Decimal(back)}, "cash",
                             manager_id, "khách trả")
                sales[-1] = (sale_id, line_id, left - back)
                model[booth] += back
                sold -= back
                paid -= price * back
        elif kind == "count":
            count_stock(demo_db, Actor(manager_id), places[step[1]], {product.id: step[2]},
                        reason="kiểm kê")
            model[places[step[1]]] = Decimal(step[2])
        elif kind == "spoil":
            write_off(demo_db, Actor(manager_id), places[step[1]], [MoveLine(product.id, step[2])],
                      reason="hỏng")
            model[places[step[1]]] -= step[2]
        elif kind == "return":
            return_to_producer(demo_db, Actor(manager_id), places[step[1]], maker.id,
                               [MoveLine(product.id, step[2])])
            model[places[step[1]]] -= step[2]
            returned += step[2]
    with sqlite3.connect(demo_db.paths.database) as raw:
        sums = dict(raw.execute(
            "SELECT location_id, sum(quantity) FROM stock_moves WHERE product_id = ? "
            "GROUP BY location_id", (product.id,)).fetchall())
    for place in places:
        assert balance(demo_db, product.id, place) == model[place]
        assert Decimal(sums.get(place, 0)) / 1000 == model[place]
    sheet = settle(demo_db, maker.id, booth_today(demo_db), booth_today(demo_db))
    if not received:
        assert sheet.lines == ()  # never consigned: nothing to settle
        return
    (line,) = sheet.lines
    assert (line.received, line.sold, line.returned) == (received, sold, returned)
    assert line.closing == sum(model.values()) and line.opening == 0 and line.other == 0
    assert line.sales_amount == paid and sheet.sales_amount == paid
    assert sheet.amount_owed == line.amount_owed == int(sold * cost)
