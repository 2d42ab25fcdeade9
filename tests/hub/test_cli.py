"""``ocop-hub`` end to end: serve in a subprocess, booth + fair + code from the CLI, enroll."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
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
    """``ocop-hub serve`` as the office runs it; yields its URL and its output, line by line
    as it comes (read by a thread, so a test can watch the access log while it runs)."""
    port = _free_port()
    env = {**os.environ, "OCOP_HUB_DATABASE_URL": url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
         *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(iter(proc.stdout.readline, "")),
                              daemon=True)
    reader.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(base + "/api/v1/time", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            reader.join(10)
            pytest.fail("ocop-hub serve did not start:\n" + "".join(output))
        time.sleep(0.1)
    try:
        yield base, output
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(10)


def test_serve_and_enroll_from_the_command_line(database_url, tmp_path, capsys):
    # SQLite: a fresh file that serve migrates itself; PostgreSQL: the session's database.
    url = database_url if database_url.startswith("postgresql") \
        else f"sqlite:///{tmp_path / 'served.db'}"
    with _serve(url) as (base, output):
        secrets = _enroll_and_revoke(base, url, capsys)
    log = "".join(output)
    assert "POST /api/v1/enroll" in log  # the access log is on...
    for secret in secrets:  # ...and holds no code and no token
        assert secret not in log


def test_serve_with_two_workers(database_url, tmp_path, capsys):
    """Two worker processes share the port; both take uploads, the settings reach both.

    The kernel picks which worker accepts a connection, so uploads go on (each on a new
    connection) until the access log, whose lines name their process, shows two workers each
    taking uploads and each refusing them once its own bucket of 3 is spent. A worker still
    on the default settings (a burst of 60) would take every upload it got; one worker alone
    never shows a second pid."""
    url = database_url if database_url.startswith("postgresql") \
        else f"sqlite:///{tmp_path / 'workers.db'}"
    with _serve(url, "--workers", "2", "--burst", "3", "--rate", "0.2") as (base, output):
        tag = uuid.uuid4().hex[:6].upper()
        _cli(capsys, "create-booth", "--database-url", url, "--code", f"W{tag}", "--name",
             "Gian hàng", "--district", "Tiên Yên")
        code = _cli(capsys, "enroll-code", "--database-url", url, "--booth", f"W{tag}")
        token = httpx.post(base + "/api/v1/enroll", json={"code": code}).json()["token"]
        headers = protocol_headers(token)
        started = time.monotonic()
        for n in range(_MAX_UPLOADS):
            answer = httpx.post(base + "/api/v1/facts", json={"facts": [visitor_fact(n)]},
                                headers=headers)
            assert answer.status_code in (200, 429), answer.text
            seen = _uploads_by_worker(output)
            if len(seen) >= 2 and all(429 in statuses for statuses in seen.values()):
                break
        elapsed = time.monotonic() - started
    log = "".join(output)
    workers = set(re.findall(r"Started server process \[(\d+)\]", log))
    assert len(workers) == 2, workers
    by_worker = _uploads_by_worker(output)
    assert set(by_worker) == workers, by_worker
    refill = int(0.2 * elapsed) + 1  # a bucket's tokens regained while the test ran
    for pid, statuses in by_worker.items():
        assert statuses[0] == 200, (pid, statuses)  # this worker took uploads...
        # ...and held to --burst 3 / --rate 0.2, not the defaults
        assert statuses.count(200) <= 3 + refill and 429 in statuses, (pid, statuses)


_MAX_UPLOADS = 300
_UPLOAD_LINE = re.compile(r"\[(\d+)\] \S+ - \"POST /api/v1/facts HTTP/[\d.]+\" (\d{3})")


def _uploads_by_worker(output: list[str]) -> dict[str, list[int]]:
    """The status of each upload in the access log, by the pid of the worker that answered."""
    by_worker: dict[str, list[int]] = {}
    for line in list(output):
        if match := _UPLOAD_LINE.search(line):
            by_worker.setdefault(match[1], []).append(int(match[2]))
    return by_worker


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
