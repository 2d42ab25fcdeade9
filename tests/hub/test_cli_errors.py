"""``ocop-hub`` and a database it cannot reach: one line (where, why), exit 1; the traceback
only with ``--debug``; ``serve --no-migrate`` logs the cause with each 503.

Both kinds of database: PostgreSQL on a closed port, and SQLite in a directory that does not
exist. Run as the office runs them, in a process of their own, to see exactly what they print.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from tests.hub.test_cli import _serve

COMMANDS = [
    ["migrate"],
    ["list-devices"],
    ["enroll-code", "--booth", "BL03"],
    ["create-booth", "--code", "BL03", "--name", "Gian hàng"],
    ["serve", "--port", "1"],
]


@pytest.fixture(params=["postgresql", "sqlite"])
def unreachable(request, tmp_path) -> tuple[str, list[str]]:
    """A database URL that cannot be reached, and what its one line must name."""
    if request.param == "postgresql":
        return "postgresql://postgres@127.0.0.1:1/test", ["127.0.0.1:1", "Connection refused"]
    path = tmp_path / "no" / "such" / "dir" / "hub.db"
    return f"sqlite:///{path}", [str(path), "unable to open database file",
                                 f"{path.parent} does not exist"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "OCOP_HUB_DATABASE_URL"}
    return subprocess.run([sys.executable, "-m", "server.cli", *args], env=env, text=True,
                          capture_output=True, timeout=60)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_unreachable_database_is_one_line_and_exit_1(unreachable, command):
    url, names = unreachable
    done = _run(*command, "--database-url", url)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: database unavailable")
    for name in names:
        assert name in lines[0], lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_debug_shows_the_traceback_too(unreachable):
    url, names = unreachable
    done = _run("--debug", "list-devices", "--database-url", url)
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: database unavailable") and names[0] in last


def test_serve_no_migrate_logs_why_the_database_is_unavailable(unreachable):
    url, names = unreachable
    with _serve(url, "--no-migrate") as (base, output):
        r = httpx.post(base + "/api/v1/enroll", json={"code": "AAAA-BBBB-CCCC"}, timeout=30)
        deadline = time.monotonic() + 10
        while "database unavailable" not in "".join(output) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert r.status_code == 503 and r.json()["error"] == "database_unavailable"
    assert int(r.headers["retry-after"]) >= 1
    line = next(x for x in output if "database unavailable" in x)
    for name in names:
        assert name in line, line
