"""The two ways a batch is read (server/incoming.py) answer alike.

A clean batch is validated in one pass from the body bytes and stored as sent (UTF-8, the
sender's key order); a batch with anything wrong in it is read the careful way, fact by fact,
and stored as canonical JSON (sorted keys, ASCII). Which path stored the first copy must never
change the answer to a re-send."""

from __future__ import annotations

import copy
import json

from sqlalchemy import select

from app.sync.protocol import canonical_json
from server.models import Fact, SaleRecord
from tests.hub.factories import sale_fact, visitor_fact, void_fact


def _statuses(body: dict) -> list[str]:
    return [r["status"] for r in body["results"]]


def _stored(hub, fact_id: str) -> str:
    with hub.db.read() as s:
        return s.scalar(select(Fact.payload).where(Fact.id == fact_id))


def _bad() -> dict:
    bad = sale_fact()
    bad["payload"]["lines"][0]["quantity"] = "mười"
    return bad


def _reordered(fact: dict) -> dict:
    again = copy.deepcopy(fact)
    again["payload"] = dict(reversed(list(fact["payload"].items())))
    return again


def test_clean_batch_is_stored_as_sent_and_a_mixed_one_canonically(hub, device):
    fast, careful = sale_fact(), sale_fact()
    assert _statuses(device.results([fast])) == ["inserted"]
    assert _statuses(device.results([_bad(), careful])) == ["invalid", "inserted"]
    fast_text, careful_text = _stored(hub, fast["id"]), _stored(hub, careful["id"])
    assert "Miến dong" in fast_text  # as sent: UTF-8, the sender's key order
    assert careful_text == canonical_json(careful["payload"])  # sorted keys, ASCII escapes
    assert json.loads(fast_text) == fast["payload"]


def test_resend_is_a_duplicate_whichever_path_stored_it(hub, device):
    fast, careful = sale_fact(), sale_fact()
    device.results([fast])
    device.results([_bad(), careful])
    # careful copy, fast re-send; fast copy, careful re-send; key order changed both ways
    assert _statuses(device.results([careful])) == ["duplicate"]
    assert _statuses(device.results([_bad(), fast])) == ["invalid", "duplicate"]
    assert _statuses(device.results([_reordered(fast), _reordered(careful)])) == [
        "duplicate", "duplicate"]
    assert _statuses(device.results([_bad(), _reordered(fast)])) == ["invalid", "duplicate"]


def test_changed_content_is_a_conflict_on_both_paths(hub, device):
    fast, careful = sale_fact(), sale_fact()
    device.results([fast])
    device.results([_bad(), careful])
    for original in (fast, careful):
        changed = copy.deepcopy(original)
        changed["payload"]["lines"][0]["name"] = "Miến dong khác"
        assert _statuses(device.results([changed])) == ["conflict"]
        assert _statuses(device.results([_bad(), changed])) == ["invalid", "conflict"]
    other_kind = copy.deepcopy(fast)
    other_kind["payload_version"] = 2  # same payload text, another version: not the same fact
    assert _statuses(device.results([other_kind])) == ["conflict"]


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
