"""``ocop-hub`` end to end: serve in a subprocess, booth + fair + code from the CLI, enroll."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from app.sync.protocol import protocol_headers
from server.cli import main as hub_cli
from tests.hub.factories import visitor_fact


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(capsys, *args: str) -> str:
    assert hub_cli(list(args)) == 0
    return capsys.readouterr().out.strip()


@contextmanager
def _serve(url: str, *extra: str) -> Iterator[tuple[str, list[str]]]:
    """``ocop-hub serve`` as the office runs it; yields its URL and (after exit) its output."""
    port = _free_port()
    env = {**os.environ, "OCOP_HUB_DATABASE_URL": url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    output: list[str] = []
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(base + "/api/v1/time", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("ocop-hub serve did not start:\n" + (proc.stdout.read() or ""))
        time.sleep(0.1)
    try:
        yield base, output
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        output.append(out)


def test_serve_and_enroll_from_the_command_line(database_url, tmp_path, capsys):
    # SQLite: a fresh file that serve migrates itself; PostgreSQL: the session's database.
    url = database_url if database_url.startswith("postgresql") \
        else f"sqlite:///{tmp_path / 'served.db'}"
    with _serve(url) as (base, output):
        secrets = _enroll_and_revoke(base, url, capsys)
    log = output[0]
    assert "POST /api/v1/enroll" in log  # the access log is on...
    for secret in secrets:  # ...and holds no code and no token
        assert secret not in log


def test_serve_with_two_workers(database_url, tmp_path, capsys):
    """Two worker processes share the port; both take uploads, the settings reach both."""
    url = database_url if database_url.startswith("postgresql") \
        else f"sqlite:///{tmp_path / 'workers.db'}"
    with _serve(url, "--workers", "2", "--burst", "3", "--rate", "0.2") as (base, output):
        tag = uuid.uuid4().hex[:6].upper()
        _cli(capsys, "create-booth", "--database-url", url, "--code", f"W{tag}", "--name",
             "Gian hàng", "--district", "Tiên Yên")
        code = _cli(capsys, "enroll-code", "--database-url", url, "--booth", f"W{tag}")
        token = httpx.post(base + "/api/v1/enroll", json={"code": code}).json()["token"]
        headers = protocol_headers(token)
        answers = [httpx.post(base + "/api/v1/facts", json={"facts": [visitor_fact(n)]},
                              headers=headers).status_code for n in range(20)]
    # each worker holds its own bucket of 3: between one bucket and both (plus a refill or two)
    assert 3 <= answers.count(200) <= 8 and answers.count(429) >= 12, answers
    assert output[0].count("Started server process") == 2


def _enroll_and_revoke(base: str, url: str, capsys) -> list[str]:
    """The office's commands, a laptop enrolling, then revoked; returns the secrets seen."""
    tag = uuid.uuid4().hex[:6].upper()
    _cli(capsys, "create-fair", "--database-url", url, "--code", f"F{tag}", "--name",
         "Hội chợ OCOP", "--starts", "2026-11-20", "--ends", "2026-11-29")
    _cli(capsys, "create-booth", "--database-url", url, "--code", f"B{tag}", "--name",
         "Gian hàng Bình Liêu", "--district", "Bình Liêu", "--fair", f"F{tag}")
    code = _cli(capsys, "enroll-code", "--database-url", url, "--booth", f"B{tag}")
    r = httpx.post(base + "/api/v1/enroll", json={"code": code})
    assert r.status_code == 201, r.text
    device = r.json()
    assert device["booth"]["code"] == f"B{tag}" and device["booth"]["fair_id"] is not None
    assert httpx.get(base + "/docs").status_code == 200
    assert "/api/v1/facts" in httpx.get(base + "/openapi.json").json()["paths"]
    listing = _cli(capsys, "list-devices", "--database-url", url, "--booth", f"B{tag}")
    assert device["device_id"] in listing
    _cli(capsys, "revoke-device", "--database-url", url, device["device_id"])
    r = httpx.get(base + "/api/v1/changes",
                  headers={"Authorization": f"Bearer {device['token']}"})
    assert r.status_code == 401
    return [code, device["token"]]


def test_admin_commands_refuse_clearly(database_url, capsys):
    assert hub_cli(["enroll-code", "--database-url", database_url, "--booth", "NOPE"]) == 1
    assert "no booth NOPE" in capsys.readouterr().err
