"""POST /facts: exactly once, per-fact answers, booth from the token, old payloads accepted."""

from __future__ import annotations

import copy

from sqlalchemy import func, select

from app.ids import uuid7
from app.sync.protocol import protocol_headers
from server.models import Fact, SaleLineRecord, SaleRecord, VisitorCountRecord
from tests.hub.factories import (
    refund_fact,
    sale_fact,
    sale_line,
    shift_close_fact,
    stock_move_fact,
    visitor_fact,
    void_fact,
)


def _statuses(body: dict) -> list[str]:
    return [r["status"] for r in body["results"]]


def _count(hub, model, *where) -> int:
    with hub.db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_same_batch_twice_is_held_once(hub, device):
    batch = [sale_fact(), sale_fact(), visitor_fact(5), shift_close_fact(), stock_move_fact()]
    first = device.results(batch)
    second = device.results(batch)
    assert _statuses(first) == ["inserted"] * 5
    assert [r["code"] for r in first["results"]] == [201] * 5
    assert _statuses(second) == ["duplicate"] * 5
    assert first["max_seq"] == second["max_seq"] == max(f["seq"] for f in batch)
    assert _count(hub, Fact, Fact.device_id == device.device_id) == 5
    assert _count(hub, SaleRecord, SaleRecord.booth_id == device.booth_id) == 2


def test_plain_json_is_accepted_too(device):
    body = device.upload([sale_fact()], gzipped=False)
    assert body.status_code == 200, body.text
    assert _statuses(body.json()) == ["inserted"]


def test_changed_content_is_a_conflict_for_that_fact_only(hub, device):
    sale = sale_fact()
    assert _statuses(device.results([sale])) == ["inserted"]
    changed = copy.deepcopy(sale)
    changed["payload"]["total"] += 1000
    other = sale_fact()
    body = device.results([changed, other])
    assert _statuses(body) == ["conflict", "inserted"]
    assert body["results"][0]["code"] == 409
    with hub.db.read() as s:
        total = s.scalar(select(SaleRecord.total).where(SaleRecord.id == sale["id"]))
    assert total == sale["payload"]["total"]


def test_malformed_payload_is_422_naming_the_field(hub, device):
    bad = sale_fact()
    bad["payload"]["lines"][0]["quantity"] = "mười"
    missing = sale_fact()
    del missing["payload"]["total"]
    good = sale_fact()
    body = device.results([bad, missing, good])
    assert _statuses(body) == ["invalid", "invalid", "inserted"]
    assert body["results"][0]["code"] == 422
    assert [e["loc"] for e in body["results"][0]["errors"]] == ["payload.lines.0.quantity"]
    assert [e["loc"] for e in body["results"][1]["errors"]] == ["payload.total"]
    assert _count(hub, Fact, Fact.id.in_([bad["id"], missing["id"]])) == 0


def test_unknown_kind_and_version_are_422(device):
    sale = sale_fact()
    sale["payload_version"] = 99
    odd = visitor_fact(1)
    odd["kind"] = "lottery_ticket"
    body = device.results([sale, odd])
    assert _statuses(body) == ["invalid", "invalid"]
    assert body["results"][0]["errors"][0]["loc"] == "payload_version"
    assert body["results"][1]["errors"][0]["loc"] == "kind"


def test_unknown_product_is_accepted_with_its_name_and_price(hub, device):
    line = sale_line(sku="NOT-IN-CATALOG-1", name="Chả mực Hạ Long (tự nhập)", price=123_000,
                     quantity="1.25")
    sale = sale_fact([line])
    assert _statuses(device.results([sale])) == ["inserted"]
    with hub.db.read() as s:
        row = s.scalars(select(SaleLineRecord).where(SaleLineRecord.id == line["id"])).one()
    assert (row.sku, row.name, row.unit_price, str(row.quantity)) == (
        "NOT-IN-CATALOG-1", "Chả mực Hạ Long (tự nhập)", 123_000, "1.25")


def test_previous_payload_version_still_accepted(hub, device):
    v1 = sale_fact([sale_line()], version=1)
    v2 = sale_fact([sale_line(producer_code="P001")], version=2)
    v2_without_field = sale_fact([sale_line()], version=2)
    assert _statuses(device.results([v1, v2, v2_without_field])) == ["inserted"] * 3
    with hub.db.read() as s:
        codes = dict(s.execute(select(SaleLineRecord.sale_id, SaleLineRecord.producer_code)
                               .where(SaleLineRecord.sale_id.in_([v1["id"], v2["id"]]))).all())
    assert codes == {v1["id"]: None, v2["id"]: "P001"}


def test_booth_comes_from_the_token_never_from_the_payload(hub):
    a = hub.enroll()
    b = hub.enroll()
    sale_a = sale_fact()
    assert _statuses(a.results([sale_a])) == ["inserted"]
    # B claims A's booth in the payload: stored under B's booth anyway.
    sale_b = sale_fact(location_id=a.booth_id)
    # B re-sends A's fact, voids A's sale, refunds A's sale: all refused, the rest goes in.
    body = b.results([sale_a, void_fact(sale_a), refund_fact(sale_a), sale_b])
    assert _statuses(body) == ["forbidden", "forbidden", "forbidden", "inserted"]
    assert {r["code"] for r in body["results"][:3]} == {403}
    with hub.db.read() as s:
        assert s.scalar(select(SaleRecord.booth_id).where(SaleRecord.id == sale_b["id"])) \
            == b.booth_id
        assert s.scalar(select(SaleRecord.booth_id).where(SaleRecord.id == sale_a["id"])) \
            == a.booth_id


def test_visitor_counts_keep_the_highest_seq(hub, device):
    newer = visitor_fact(10, seq=1_000_005)
    older = visitor_fact(4, seq=1_000_003)
    assert _statuses(device.results([newer, older])) == ["inserted", "inserted"]
    again = visitor_fact(10, seq=1_000_006)
    device.results([again, newer, older])
    with hub.db.read() as s:
        rows = s.execute(select(VisitorCountRecord.count, VisitorCountRecord.seq).where(
            VisitorCountRecord.booth_id == device.booth_id)).all()
    assert rows == [(10, 1_000_006)]


def test_a_void_before_its_sale_is_deferred_until_the_sale_is_held(hub, device):
    """A void (or refund) that overtook its sale, e.g. in a batch answered before the sale's,
    is not stored and not refused: ``deferred``, to be sent again; after the sale it goes in."""
    sale = sale_fact()
    void = void_fact(sale)
    (early,) = device.results([void])["results"]
    assert (early["status"], early["code"]) == ("deferred", 424)
    assert _count(hub, Fact, Fact.id == void["id"]) == 0
    assert _statuses(device.results([sale])) == ["inserted"]
    assert _statuses(device.results([void])) == ["inserted"]


def test_envelope_errors_and_protocol_version(hub, device):
    too_many = [visitor_fact(1) for _ in range(501)]
    r = device.upload(too_many)
    assert r.status_code == 422
    r = hub.http.post("/api/v1/facts", json={"facts": []},
                      headers={**protocol_headers(device.token), "X-OCOP-Protocol": "7"})
    assert r.status_code == 400 and r.json()["error"] == "unsupported_protocol"
    r = hub.http.post("/api/v1/facts", json={"facts": []}, headers=protocol_headers(device.token))
    assert r.status_code == 200 and r.headers["x-ocop-protocol"] == "1"
    r = hub.http.post("/api/v1/facts", content=b"\x1f\x8bnot gzip",
                      headers=protocol_headers(device.token, gzipped=True))
    assert r.status_code == 400


def test_duplicate_ids_inside_one_batch(device):
    sale = sale_fact()
    changed = copy.deepcopy(sale)
    changed["payload"]["number"] = "X-1"
    assert _statuses(device.results([sale, sale, changed])) == [
        "inserted", "duplicate", "conflict"]


def test_same_sale_id_under_a_new_fact_id_is_a_conflict(device):
    sale = sale_fact()
    device.results([sale])
    again = copy.deepcopy(sale)
    again["id"] = uuid7()
    assert _statuses(device.results([again])) == ["conflict"]
