"""Every refusal the hub can answer, as OpenAPI ``responses=`` entries, so the document lists
each status a route really answers (tests/hub/test_schemathesis.py holds the hub to it).

``ANYWHERE`` is what the middleware and the protocol check answer on every route, before a
route runs: 400 (``bad_header``, ``unsupported_protocol``), 413 and 415. The routes add what
their own dependencies answer: ``DEVICE`` (token, booth, rate limit), ``ADMIN``, ``DATABASE``
(503 while the database is unreachable). All of them have the body ``ErrorBody``
(server/errors.py), but 422, FastAPI's ``{"detail": [...]}``.
"""

from __future__ import annotations

from typing import Any

from app.sync.protocol import ErrorBody

Responses = dict[int | str, dict[str, Any]]

RETRY_AFTER = {"Retry-After": {
    "description": "Whole seconds to wait before trying again",
    "required": True,
    "schema": {"type": "integer", "minimum": 1},
}}
WWW_AUTHENTICATE = {"WWW-Authenticate": {
    "description": "Always Bearer: send 'Authorization: Bearer <token>'",
    "required": True,
    "schema": {"type": "string", "enum": ["Bearer"]},
}}
VALIDATION = {
    "description": "The request does not match this document: FastAPI's "
                   "{\"detail\": [{\"loc\", \"msg\", \"type\"}, ...]}",
    "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/HTTPValidationError"}}},
}


def error(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    """One documented refusal: its ``error`` codes in the description, the body ErrorBody."""
    entry: dict[str, Any] = {"model": ErrorBody, "description": description}
    if headers:
        entry["headers"] = headers
    return entry


HEADERS_400 = ("`bad_header` (Content-Length or Content-Encoding unreadable), "
               "`unsupported_protocol` (X-OCOP-Protocol names no version this hub speaks)")
ANYWHERE: Responses = {
    400: error(HEADERS_400),
    413: error("`body_too_large`: the body (or, on /facts, the inflated body) is too large"),
    415: error("`unsupported_encoding`: gzip on POST /facts only, else no Content-Encoding"),
}
DEVICE: Responses = {
    401: error("`unauthorized`: no device token, or unknown or revoked (enroll again)",
               WWW_AUTHENTICATE),
    403: error("`booth_inactive`: the device's booth is no longer active"),
    429: error("`rate_limited`: too many requests from this device", RETRY_AFTER),
}
ADMIN: Responses = {
    401: error("`unauthorized`: no admin token, or unknown or revoked", WWW_AUTHENTICATE),
}
DATABASE: Responses = {
    503: error("`database_unavailable`: try again shortly", RETRY_AFTER),
}


def merged(*parts: Responses) -> Responses:
    """Later parts win: a route names its own 400 with every code it can answer."""
    out: Responses = {}
    for part in parts:
        out.update(part)
    return out
