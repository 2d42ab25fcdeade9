"""Enrollment: a code works once, expires, and a revoked device is refused with 401."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select

from app.sync.protocol import protocol_headers
from server import admin
from server.models import Device, EnrollCode
from tests.hub.factories import sale_fact


def _enroll(hub, code: str):
    return hub.http.post("/api/v1/enroll", json={"code": code, "device_name": "laptop"},
                         headers=protocol_headers())


def test_enroll_once_then_the_code_is_burnt(hub):
    booth = hub.new_booth()
    code = hub.code_for(booth)
    first = _enroll(hub, code.lower().replace("-", " "))  # typed loosely: still the code
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["booth"]["code"] == booth and body["token"].startswith("ocd_")
    again = _enroll(hub, code)
    assert again.status_code == 403 and again.json()["error"] == "enroll_code_used"
    # The token works; the hub keeps only hashes of token and code.
    r = hub.http.get("/api/v1/changes", headers=protocol_headers(body["token"]))
    assert r.status_code == 200
    with hub.db.read() as s:
        device = s.get(Device, body["device_id"])
        hashes = s.scalars(select(EnrollCode.code_hash)).all()
    assert device.token_hash != body["token"] and body["token"] not in device.token_hash
    assert all(code not in h for h in hashes)


def test_expired_and_unknown_codes_are_refused(hub):
    booth = hub.new_booth()
    code, _ = admin.issue_enroll_code(hub.db, booth, timedelta(seconds=-1))
    r = _enroll(hub, code)
    assert r.status_code == 403 and r.json()["error"] == "enroll_code_expired"
    r = _enroll(hub, "AAAA-BBBB-CCCC")
    assert r.status_code == 403 and r.json()["error"] == "enroll_code_invalid"
    assert _enroll(hub, "x").status_code == 422


def test_revoked_device_gets_401(hub):
    device = hub.enroll()
    assert device.upload([sale_fact()]).status_code == 200
    admin.revoke_device(hub.db, device.device_id)
    r = device.upload([sale_fact()])
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert device.changes().status_code == 401


def test_missing_or_wrong_token_is_401(hub):
    assert hub.http.post("/api/v1/facts", json={"facts": []}).status_code == 401
    r = hub.http.post("/api/v1/facts", json={"facts": []},
                      headers=protocol_headers("ocd_not-a-real-token"))
    assert r.status_code == 401
    # An admin token is not a device token, and a device token cannot read reports.
    device = hub.enroll()
    r = hub.http.get("/api/v1/reports/sales", headers=protocol_headers(device.token))
    assert r.status_code == 401


def test_tokens_and_codes_never_reach_the_logs(hub, caplog):
    caplog.set_level(logging.DEBUG)
    booth = hub.new_booth()
    code = hub.code_for(booth)
    r = _enroll(hub, code)
    token = r.json()["token"]
    device_headers = protocol_headers(token)
    hub.http.post("/api/v1/facts", json={"facts": [sale_fact()]}, headers=device_headers)
    hub.http.get("/api/v1/changes", headers=device_headers)
    hub.http.post("/api/v1/facts", json={"facts": []}, headers=protocol_headers(token + "x"))
    text = caplog.text
    assert "upload device=" in text  # the hub did log, just not the secrets
    for secret in (token, token[4:], code, code.replace("-", "")):
        assert secret not in text
