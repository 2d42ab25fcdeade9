"""server/wire_types.py reads the upload envelope exactly as the OpenAPI document (app's
``FactIn``) describes it: same JSON Schema, field by field, so the two cannot drift apart."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import TypeAdapter, ValidationError

from app.sync.protocol import FactIn, UploadRequest
from server.wire_types import HubFactIn, HubUpload, IsoDate

FACT = {"id": "e3e70682-c209-1cac-a29f-6fbed82c07cd", "seq": 1, "kind": "sale",
        "created_at": "2026-11-20T09:15:00+07:00", "payload": {}}


def test_the_hubs_envelope_has_the_documents_json_schema():
    mine, documented = HubFactIn.model_json_schema(), FactIn.model_json_schema()
    assert mine["properties"] == documented["properties"]
    assert mine["required"] == documented["required"]
    facts = HubUpload.model_json_schema()["properties"]["facts"]
    assert {k: v for k, v in facts.items() if k != "items"} == \
        {k: v for k, v in UploadRequest.model_json_schema()["properties"]["facts"].items()
         if k != "items"}


@pytest.mark.parametrize("field,value,expected", [
    ("seq", 992.0, 992), ("payload_version", 2.0, 2), ("seq", 2**62, 2**62),
    ("created_at", "2026-11-20t02:15:00.1234567z", "2026-11-20T02:15:00.123456+00:00"),
])
def test_what_json_schema_calls_valid_is_read(field, value, expected):
    fact = HubFactIn.model_validate({**FACT, field: value})
    got = getattr(fact, field)
    assert (got.isoformat() if field == "created_at" else got) == expected


@pytest.mark.parametrize("field,value", [
    ("seq", "5"), ("seq", True), ("seq", 1.5), ("seq", 0), ("seq", 2**62 + 1),
    ("payload_version", "1"), ("created_at", 0), ("created_at", "0"),
    ("created_at", "2026-11-20 09:15:00+07:00"), ("created_at", "2026-11-20T09:15:00"),
    ("created_at", "2026-02-30T09:15:00Z"),
])
def test_what_json_schema_calls_invalid_is_refused(field, value):
    with pytest.raises(ValidationError) as info:
        HubFactIn.model_validate({**FACT, field: value})
    assert info.value.errors()[0]["loc"] == (field,)


def test_a_report_day_is_yyyy_mm_dd_only():
    days = TypeAdapter(IsoDate)
    assert days.validate_python("2026-11-20") == date(2026, 11, 20)
    for bad in ("0", 0, "2026-11-20T00:00:00", "20261120", "2026-02-30"):
        with pytest.raises(ValidationError):
            days.validate_python(bad)
