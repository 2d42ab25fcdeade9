"""The two ways a batch is read (server/incoming.py) answer alike.

A batch of well-formed JSON is split into envelopes and payload bytes; JSON that only Python's
parser reads (NaN, anywhere in the body) is read the careful way. Either way each payload is
stored as validated (even beside an invalid one). Which path stored the first copy must never
change the answer to a re-send."""

from __future__ import annotations

import copy
import gzip
import json

import httpx
from sqlalchemy import select

from app.sync.payloads import parse_payload
from app.sync.protocol import protocol_headers
from server.incoming import stored_text
from server.models import Fact, SaleRecord
from tests.hub.factories import sale_fact, visitor_fact, void_fact


def _statuses(body: dict) -> list[str]:
    return [r["status"] for r in body["results"]]


def _stored(hub, fact_id: str) -> str:
    with hub.db.read() as s:
        return s.scalar(select(Fact.payload).where(Fact.id == fact_id))


def _careful(device, facts: list[dict]) -> dict:
    """The same facts in a body only Python's JSON parser reads: a NaN in a field the hub
    ignores."""
    body = gzip.compress(json.dumps({"facts": facts, "note": float("nan")}).encode())
    r = httpx.post(device.hub.url + "/api/v1/facts", content=body, timeout=30,
                   headers=protocol_headers(device.token, gzipped=True))
    assert r.status_code == 200, r.text
    return r.json()


def _bad() -> dict:
    bad = sale_fact()
    bad["payload"]["lines"][0]["quantity"] = "mười"
    return bad


def _reordered(fact: dict) -> dict:
    again = copy.deepcopy(fact)
    again["payload"] = dict(reversed(list(fact["payload"].items())))
    return again


def test_payloads_are_stored_as_validated_whichever_path_read_them(hub, device):
    fast, beside_bad, careful = sale_fact(), sale_fact(), sale_fact()
    assert _statuses(device.results([fast])) == ["inserted"]
    assert _statuses(device.results([_bad(), beside_bad])) == ["invalid", "inserted"]
    assert _statuses(_careful(device, [careful])) == ["inserted"]
    for sent in (fast, beside_bad, careful):  # the validated payload, never the bytes sent
        validated = parse_payload(sent["kind"], sent["payload_version"], sent["payload"])
        assert _stored(hub, sent["id"]) == stored_text(validated)


def test_resend_is_a_duplicate_whichever_path_stored_it(hub, device):
    fast, careful = sale_fact(), sale_fact()
    device.results([fast])
    _careful(device, [careful])
    # careful copy, fast re-send; fast copy, careful re-send; key order changed both ways
    assert _statuses(device.results([careful])) == ["duplicate"]
    assert _statuses(_careful(device, [_bad(), fast])) == ["invalid", "duplicate"]
    assert _statuses(device.results([_reordered(fast), _reordered(careful)])) == [
        "duplicate", "duplicate"]
    assert _statuses(_careful(device, [_reordered(fast)])) == ["duplicate"]


def test_changed_content_is_a_conflict_on_both_paths(hub, device):
    fast, careful = sale_fact(), sale_fact()
    device.results([fast])
    _careful(device, [careful])
    for original in (fast, careful):
        changed = copy.deepcopy(original)
        changed["payload"]["lines"][0]["name"] = "Miến dong khác"
        assert _statuses(device.results([changed])) == ["conflict"]
        assert _statuses(_careful(device, [_bad(), changed])) == ["invalid", "conflict"]
    other_kind = copy.deepcopy(fast)
    other_kind["payload_version"] = 2  # same payload text, another version: not the same fact
    assert _statuses(device.results([other_kind])) == ["conflict"]


def test_a_bad_payload_is_answered_alike_on_both_paths(hub, device):
    fast, careful = device.results([_bad()]), _careful(device, [_bad()])
    for body in (fast, careful):
        (result,) = body["results"]
        assert result["status"] == "invalid"
        assert [e["loc"] for e in result["errors"]] == ["payload.lines.0.quantity"]
    assert fast["results"][0]["errors"] == careful["results"][0]["errors"]


def test_a_payload_that_is_not_an_object_is_the_envelopes_422(hub, device):
    fact = sale_fact()
    fact["payload"] = [fact["payload"]]
    r = device.upload([fact])
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "facts", 0, "payload"]


def test_ids_in_other_uuid_spellings_are_stored_canonically(hub, device):
    sale = sale_fact()
    canonical_id = sale["id"]
    sale["id"] = canonical_id.replace("-", "").upper()
    sale["payload"]["id"] = "{" + canonical_id.upper() + "}"
    body = device.results([sale])
    assert _statuses(body) == ["inserted"]
    assert body["results"][0]["id"] == canonical_id
    with hub.db.read() as s:
        assert s.scalar(select(SaleRecord.fact_id).where(SaleRecord.id == canonical_id)) == \
            canonical_id
    void = void_fact({**sale, "payload": {**sale["payload"], "id": canonical_id}})
    assert _statuses(device.results([void])) == ["inserted"]
    broken = visitor_fact(2)
    broken["id"] = "not-a-uuid"
    r = device.upload([broken])
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"] == ["body", "facts", 0, "id"]


def test_openapi_documents_the_upload_body(hub):
    schema = hub.http.get("/openapi.json").json()
    body = schema["paths"]["/api/v1/facts"]["post"]["requestBody"]
    ref = body["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/UploadRequest"
    upload = schema["components"]["schemas"]["UploadRequest"]
    fact_ref = upload["properties"]["facts"]["items"]["$ref"]
    fact = schema["components"]["schemas"][fact_ref.rsplit("/", 1)[1]]
    assert {"id", "seq", "kind", "created_at", "payload"} <= set(fact["properties"])


def test_json_that_is_not_json_is_422_with_its_position(hub, device):
    from app.sync.protocol import protocol_headers

    r = hub.http.post("/api/v1/facts", content=b'{"facts": [', headers=protocol_headers(device.token))
    assert r.status_code == 422
    detail = r.json()["detail"][0]
    assert detail["type"] == "json_invalid" and detail["loc"] == ["body", 11]


def test_times_are_stored_alike_by_the_bulk_and_the_per_fact_path(hub, device):
    """The bulk insert and the per-fact (savepoint) path write the same text for a time: the
    first batch goes in bulk; the second holds a sale that reuses a held sale's id, which
    sends that whole batch down the per-fact path. Mixed spellings would make text
    comparisons of times (SQLite has no timestamp type) disagree at exact seconds."""
    from sqlalchemy import cast
    from sqlalchemy.types import String

    bulk = sale_fact()
    assert _statuses(device.results([bulk])) == ["inserted"]
    per_fact, reused = sale_fact(), sale_fact()
    reused["payload"]["id"] = bulk["payload"]["id"]
    statuses = _statuses(device.results([per_fact, reused]))
    assert statuses[0] == "inserted" and statuses[1] != "inserted"
    ids = [bulk["payload"]["id"], per_fact["payload"]["id"]]
    with hub.db.read() as s:
        rows = s.execute(select(cast(SaleRecord.created_utc, String),
                                cast(SaleRecord.received_at, String))
                         .where(SaleRecord.id.in_(ids)).order_by(SaleRecord.number)).all()
    assert rows[0][0] == rows[1][0]  # both sales were made at 03:00:00 UTC
    if hub.backend == "sqlite":  # text: every time spelled to the microsecond
        assert {len(text) for row in rows for text in row} == {26}, rows
