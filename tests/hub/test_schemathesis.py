"""Property-based fuzzing of the hub's OpenAPI with schemathesis: no input gives a 5xx.

Uses schemathesis' Python API (operations -> hypothesis strategies) against the live server.
Bounded (max_examples per operation) so both backends together stay well under a minute.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from app.sync.protocol import PROTOCOL_HEADER

MAX_EXAMPLES = 40


def test_no_input_makes_the_hub_fail(hub):
    schema = schemathesis.openapi.from_url(hub.url + "/openapi.json")
    tokens = {"device": hub.enroll().token,
              "admin": hub.admin_headers()["Authorization"].removeprefix("Bearer ")}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/facts", "/api/v1/enroll",
                                              "/api/v1/changes", "/api/v1/reports/sales"}
    for operation in operations:
        _fuzz(hub.url, operation, tokens["admin" if "/reports/" in operation.path else "device"])


def _fuzz(base_url: str, operation, token: str) -> None:
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def call(case) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        if not (case.headers and PROTOCOL_HEADER in case.headers):
            headers[PROTOCOL_HEADER] = "1"
        case.call_and_validate(base_url=base_url, headers=headers, checks=[not_a_server_error])

    call()
