"""The real client's outbox, as it is today, is accepted by the hub as payload v1."""

from __future__ import annotations

import gzip
import json
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.refunds import refund_lines, void_sale
from app.services.sales_query import sale_detail
from app.services.shifts import close_shift
from app.services.visitors import add_visitors
from app.sync.protocol import MAX_BATCH, FactIn
from app.sync.wire import encode_batch, freeze_pending, next_batch


def _sell(db, till, qty=1):
    cart = Cart()
    cart.add(lookup_code(db, "2000010000012"), qty)
    return checkout(db, till, cart, [PaymentInput("cash", cart.total, "")])


def _outbox_facts(db) -> list[dict]:
    """What the client's sender puts on the wire: the outbox frozen and encoded by app.sync.wire,
    exactly as SyncEngine does before an upload."""
    freeze_pending(db)
    batch = next_batch(db, MAX_BATCH)
    return json.loads(gzip.decompress(encode_batch(batch, ZoneInfo("Asia/Ho_Chi_Minh"))))["facts"]


def test_every_kind_the_client_writes_today_is_accepted(hub, demo_db, cashier_till, manager_id):
    sold = _sell(demo_db, cashier_till, qty=2)
    voided = _sell(demo_db, cashier_till)
    void_sale(demo_db, cashier_till, voided.id, manager_id, "Khách đổi ý")
    line_id = sale_detail(demo_db, sold.id).lines[0].id
    refund_lines(demo_db, cashier_till, sold.id, {line_id: Decimal(1)}, "cash", manager_id, "")
    add_visitors(demo_db, cashier_till.location_id, cashier_till.fair_id)
    close_shift(demo_db, cashier_till, cashier_till.shift_id, {"cash": 500_000})
    facts = _outbox_facts(demo_db)
    kinds = {f["kind"] for f in facts}
    assert {"sale", "void", "refund", "visitor_count", "shift_close"} <= kinds
    for fact in facts:
        FactIn.model_validate(fact)  # the envelope the client sends
    device = hub.enroll()
    body = device.results(facts)
    bad = [r for r in body["results"] if r["status"] != "inserted"]
    assert bad == []
    assert body["max_seq"] == max(f["seq"] for f in facts)
    assert {r["status"] for r in device.results(facts)["results"]} == {"duplicate"}
