"""Values the hub reads exactly as its OpenAPI document describes them, no more and no less:
the upload envelope (the document's ``UploadRequest``, from app/sync/protocol.py) and the
report's dates.

``FactHead``'s own types read two things otherwise than JSON Schema does, and the schemathesis
run (tests/hub/test_schemathesis.py) found both:

- ``created_at``: pydantic takes a number, or a string of digits, as a Unix time, so
  ``"created_at": 0`` was stored as 1970 although the document asks for an RFC 3339 string;
  here it must be one (``T`` or ``t``, ``Z`` or an offset), then pydantic reads it;
- ``seq`` and ``payload_version``: JSON Schema's integer is a number with no fraction, 992.0
  being one, which the strict int refused (a 422 for a valid batch); here 992.0 is 992, and
  strings and booleans stay refused.

Both are checked by pydantic-core alone (no Python call per fact). The bounds and the
descriptions are read from ``FactHead``, so the two cannot drift apart (tests/hub/
test_wire_types.py compares the JSON Schemas). ``IsoDate``: a report's query dates, which
pydantic also took as Unix times (``date_to=0`` was 1970-01-01).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import annotated_types
from pydantic import Field
from pydantic_core import core_schema

from app.sync.payloads import ProtocolModel
from app.sync.protocol import MAX_BATCH, FactHead

# RFC 3339's date-time (section 5.6), any number of second's digits: pydantic then checks
# that the date and time exist and keeps microseconds.
RFC3339 = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
           r"([Zz]|[+-][0-9]{2}:[0-9]{2})$")


def _bounds(name: str) -> tuple[int, int]:
    metadata = FactHead.model_fields[name].metadata
    ge = next(m.ge for m in metadata if isinstance(m, annotated_types.Ge))
    le = next(m.le for m in metadata if isinstance(m, annotated_types.Le))
    return int(ge), int(le)


class _WholeNumber:
    """A JSON integer between the bounds of ``FactHead``'s field: an int, or a float with no
    fraction; never a string or a boolean (which pydantic's lax int would take)."""

    def __init__(self, field: str) -> None:
        self.ge, self.le = _bounds(field)

    def __get_pydantic_core_schema__(self, _source: Any, _handler: Any) -> Any:
        number = core_schema.union_schema(
            [core_schema.int_schema(strict=True), core_schema.float_schema(strict=True)],
            custom_error_type="int_type")
        return core_schema.chain_schema([number, core_schema.int_schema(ge=self.ge, le=self.le)])

    def __get_pydantic_json_schema__(self, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.ge, "maximum": self.le}


class _Rfc3339:
    """An RFC 3339 date and time with its offset, as a string only."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        return core_schema.custom_error_schema(
            core_schema.chain_schema([core_schema.str_schema(pattern=RFC3339),
                                      core_schema.datetime_schema(tz_constraint="aware")]),
            custom_error_type="datetime_rfc3339",
            custom_error_message="Input should be an RFC 3339 date and time with its offset, "
                                 "e.g. 2026-11-20T09:15:00+07:00")

    @classmethod
    def __get_pydantic_json_schema__(cls, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"type": "string", "format": "date-time"}


class HubFactHead(FactHead):
    seq: Annotated[int, _WholeNumber("seq")]
    payload_version: Annotated[int, _WholeNumber("payload_version")] = 1
    created_at: Annotated[datetime, _Rfc3339] = Field(
        description=FactHead.model_fields["created_at"].description)


class HubFactIn(HubFactHead):
    payload: dict[str, Any]


class HubUpload(ProtocolModel):
    facts: Annotated[list[HubFactIn], Field(max_length=MAX_BATCH)]


class _IsoDate:
    """A calendar day as ``YYYY-MM-DD`` (RFC 3339's full-date), nothing else."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        return core_schema.custom_error_schema(
            core_schema.chain_schema([core_schema.str_schema(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                                      core_schema.date_schema()]),
            custom_error_type="date_iso",
            custom_error_message="Input should be a day written YYYY-MM-DD")

    @classmethod
    def __get_pydantic_json_schema__(cls, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"type": "string", "format": "date"}


IsoDate = Annotated[date, _IsoDate]
