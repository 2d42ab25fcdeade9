"""The OpenAPI document's statuses, headers and shapes, and the fixes the schemathesis run
(tests/hub/test_schemathesis.py) led to, each on its own."""

from __future__ import annotations

from app.sync.protocol import API_PREFIX, ErrorBody, protocol_headers
from server.app import create_app
from server.catalog import BadCursor, _parse
from tests.hub.factories import sale_fact

ERROR_REF = "#/components/schemas/ErrorBody"


def _document() -> dict:
    return create_app("sqlite://").openapi()


def _operations(document: dict) -> dict[str, dict]:
    return {f"{method.upper()} {path}": op for path, item in document["paths"].items()
            for method, op in item.items()}


def test_every_operation_documents_the_refusals_of_the_middleware_and_protocol_check():
    for name, op in _operations(_document()).items():
        for status in ("400", "413", "415"):
            schema = op["responses"][status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": ERROR_REF}, (name, status)


def test_refusals_document_their_headers_and_their_error_codes():
    ops = _operations(_document())
    device_ops = [f"POST {API_PREFIX}/facts", f"GET {API_PREFIX}/changes"]
    for name in device_ops:
        responses = ops[name]["responses"]
        assert "WWW-Authenticate" in responses["401"]["headers"], name
        assert "Retry-After" in responses["429"]["headers"], name
        assert "Retry-After" in responses["503"]["headers"], name
        assert "booth_inactive" in responses["403"]["description"], name
    assert "bad_cursor" in ops[f"GET {API_PREFIX}/changes"]["responses"]["400"]["description"]
    assert "bad_gzip" in ops[f"POST {API_PREFIX}/facts"]["responses"]["400"]["description"]
    enroll = ops[f"POST {API_PREFIX}/enroll"]["responses"]
    assert {"400", "403", "422", "429", "503"} <= set(enroll)
    report = ops[f"GET {API_PREFIX}/reports/sales"]
    assert report["security"] == [{"adminToken": []}]
    assert ops[f"POST {API_PREFIX}/facts"]["security"] == [{"deviceToken": []}]
    facts_422 = ops[f"POST {API_PREFIX}/facts"]["responses"]["422"]["content"]
    assert facts_422["application/json"]["schema"]["$ref"].endswith("/HTTPValidationError")


def test_the_protocol_header_and_the_cursor_are_documented_as_the_hub_reads_them():
    ops = _operations(_document())
    params = {p["name"]: p["schema"] for p in ops[f"GET {API_PREFIX}/changes"]["parameters"]}
    assert params["X-OCOP-Protocol"]["enum"] == ["1"]
    assert params["cursor"]["pattern"].startswith("^(c\\.")


def test_a_cursor_is_read_only_as_the_hub_writes_it():
    assert _parse(None) == ("start", []) and _parse("") == ("start", [])
    assert _parse("c.5") == ("c", [5]) and _parse("s.7.3.12") == ("s", [7, 3, 12])
    for bad in ("c.+5", "c.5_0", "c.\u0665", "c. 5", "c.5\n", "s.1.4.1", "c." + "9" * 19, "x"):
        try:
            _parse(bad)
        except BadCursor:
            continue
        raise AssertionError(f"{bad!r} was taken")


def test_a_cursor_the_hub_never_writes_is_400_bad_cursor(device):
    r = device.changes(cursor="c.+5")
    assert r.status_code == 400 and r.json()["error"] == "bad_cursor", r.text


def test_frameworks_own_refusals_have_the_hubs_error_shape(hub):
    # A body that is not text (FastAPI: 400), an unknown path (404), a method a path does
    # not take (405, with Allow): each an ErrorBody, as the document says.
    r = hub.http.post(f"{API_PREFIX}/enroll", content=b"\xff\xfe\xfa",
                      headers=protocol_headers())
    assert r.status_code == 400, r.text
    assert ErrorBody.model_validate(r.json()).error == "bad_request"
    r = hub.http.get(f"{API_PREFIX}/nowhere", headers=protocol_headers())
    assert r.status_code == 404 and r.json()["error"] == "not_found", r.text
    r = hub.http.delete(f"{API_PREFIX}/time", headers=protocol_headers())
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed", r.text
    assert "GET" in r.headers["Allow"]


def test_a_created_at_that_is_a_number_is_refused_with_the_batch(device):
    """pydantic took 0 (and "0") as a Unix time: stored as 1970, where the document asks
    for an RFC 3339 string."""
    for value in (0, "0", "1700000000", "2026-11-20 09:15:00+07:00", "2026-11-20T09:15:00"):
        fact = sale_fact()
        fact["created_at"] = value
        r = device.upload([fact])
        assert r.status_code == 422, (value, r.text)
        assert r.json()["detail"][0]["loc"][-1] == "created_at", r.text


def test_a_seq_written_with_a_zero_fraction_is_the_integer(device):
    """JSON Schema's integer takes 992.0; the strict int refused the whole batch."""
    fact = sale_fact()
    fact["seq"], fact["payload_version"] = 992.0, 1.0
    result = device.results([fact])["results"][0]
    assert (result["status"], result["seq"]) == ("inserted", 992), result
    for bad in ("992", True, 992.5):
        fact = sale_fact()
        fact["seq"] = bad
        assert device.upload([fact]).status_code == 422, bad


def test_report_dates_are_days_written_yyyy_mm_dd(hub):
    headers = hub.admin_headers()
    for value in ("0", "1700000000", "2026-11-20T00:00:00", "20261120"):
        r = hub.http.get(f"{API_PREFIX}/reports/sales", params={"date_to": value},
                         headers=headers)
        assert r.status_code == 422, (value, r.text)
    r = hub.http.get(f"{API_PREFIX}/reports/sales", params={"date_to": "2026-11-20"},
                     headers=headers)
    assert r.status_code == 200, r.text
