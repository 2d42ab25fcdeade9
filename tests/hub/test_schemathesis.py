"""The hub answers as its OpenAPI document says: a bounded schemathesis run with every check.

The run is schemathesis' own (``st run``, in a child process, as anyone would run it against a
hub) on a fresh database per backend, SQLite and PostgreSQL: examples, coverage (each
parameter and body property missing, wrong or at its bounds), fuzzing (valid and invalid data)
and stateful phases, with ALL its checks, among them:

- not_a_server_error: no input makes a 5xx;
- status_code_conformance: every status answered is in the document;
- content_type_conformance, response_headers_conformance (Retry-After, WWW-Authenticate),
  response_schema_conformance: answers are what the document says;
- positive_data_acceptance: a request the document calls valid is not refused;
- negative_data_rejection: a request it calls invalid is refused;
- missing_required_header, unsupported_method, ignored_auth (no token, a wrong token: 401).

Tokens: a device is enrolled and an admin token made on the fresh database, handed to the run
per security scheme (``deviceToken``, ``adminToken``), so the authenticated routes are tested
past the token check (a warning such as "authentication failed" fails the run).
X-OCOP-Protocol is generated from the document too (its enum: valid; anything else: the 400
``unsupported_protocol`` must answer). /facts is sent plain JSON, which the hub accepts as it
accepts gzip (Content-Encoding is documented in prose, not as a parameter: a generated
"Content-Encoding: gzip" over a plain body would rightly be refused).

Deterministic (``generation.deterministic``: derandomized, no example database), bounded by
``MAX_EXAMPLES`` per operation and phase: 668 requests, about 10 s per database.

By hand, against any hub: a schemathesis.toml as ``_config`` writes it (a device token and an
admin token), then ``st --config-file schemathesis.toml run http://HUB/openapi.json --checks
all``; raise ``max-examples`` for a longer hunt.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.sync.protocol import API_PREFIX

MAX_EXAMPLES = 25
SEED = 20261124
CORE_OPERATIONS = {f"{API_PREFIX}/facts", f"{API_PREFIX}/enroll", f"{API_PREFIX}/changes",
                   f"{API_PREFIX}/reports/sales", f"{API_PREFIX}/time", f"{API_PREFIX}/info"}


def _config(device_token: str, admin_token: str, workdir: Path) -> str:
    return f"""
seed = {SEED}
color = false
warnings = {{ fail-on = true }}

[cache]
directory = {json.dumps(str(workdir / "cache"))}

[generation]
deterministic = true
database = "none"
max-examples = {MAX_EXAMPLES}

[auth.openapi.deviceToken]
bearer = {json.dumps(device_token)}

[auth.openapi.adminToken]
bearer = {json.dumps(admin_token)}
"""


def test_the_hub_answers_as_its_openapi_document_says(isolated_hub, tmp_path):
    hub = isolated_hub
    document = httpx.get(hub.url + "/openapi.json", timeout=30).json()
    operations = [(path, method) for path, item in document["paths"].items() for method in item]
    assert {path for path, _ in operations} >= CORE_OPERATIONS
    assert {"deviceToken", "adminToken"} <= set(document["components"]["securitySchemes"])

    device = hub.enroll()
    admin = hub.admin_headers()["Authorization"].removeprefix("Bearer ")
    config = tmp_path / "schemathesis.toml"
    config.write_text(_config(device.token, admin, tmp_path))
    run = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config), "run",
         hub.url + "/openapi.json", "--checks", "all"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    report = run.stdout + run.stderr
    assert run.returncode == 0, report
    assert "No issues found" in report, report
    assert f"Tested: {len(operations)}" in report, report
    for phase in ("Coverage", "Fuzzing", "Stateful"):  # each ran (none skipped or errored)
        assert f"✅ {phase}" in report, report


@pytest.mark.parametrize("header,status", [("1", 200), ("01", 400), ("0001", 400), ("2", 400)])
def test_the_protocol_header_takes_the_documented_values_only(hub, header, status):
    """The document's enum is ["1"]: "01" was taken too (an invalid request accepted)."""
    r = hub.http.get(f"{API_PREFIX}/time", headers={"X-OCOP-Protocol": header})
    assert r.status_code == status, r.text
    if status == 400:
        assert r.json()["error"] == "unsupported_protocol"
