"""Enrollment guessing: limited per address (the real client's, behind a trusted proxy only)
and per code; ``enroll-code --ttl-hours`` must be positive."""

from __future__ import annotations

import secrets
from dataclasses import replace

import httpx
import pytest

from server.auth import CODE_ALPHABET
from server.cli import main as hub_cli
from tests.hub.conftest import RELAXED, LiveServer
from tests.hub.test_cli import _serve


def _random_code() -> str:
    return "-".join("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(3))


def _try(base: str, code: str, forwarded_for: str | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return httpx.post(base + "/api/v1/enroll", json={"code": code}, headers=headers, timeout=30)


def test_one_code_tried_from_many_addresses_is_limited(hub):
    """Addresses are not limited here (1000/s), and each try comes 'from' another one (the
    test hub believes X-Forwarded-For from 127.0.0.1): the code's own bucket still stops it."""
    server = LiveServer(hub.database_url, replace(
        RELAXED, enroll_code_rate_per_second=0.001, enroll_code_burst=3)).start()
    try:
        code = _random_code()
        answers = [_try(server.url, code, f"10.1.0.{n}") for n in range(1, 6)]
        other = _try(server.url, _random_code(), "10.1.0.9")
        respelled = _try(server.url, code.lower().replace("-", " "), "10.1.0.10")
    finally:
        server.stop()
    assert [r.status_code for r in answers] == [403, 403, 403, 429, 429]
    assert answers[3].json()["error"] == "rate_limited"
    assert int(answers[3].headers["retry-after"]) >= 1
    assert other.status_code == 403  # another code has a bucket of its own
    assert respelled.status_code == 429  # the same code typed loosely is the same code


@pytest.mark.parametrize("trusted", [None, "10.9.9.9", "127.0.0.1"])
def test_forwarded_for_counts_only_from_a_trusted_proxy(database_url, tmp_path, trusted):
    """A flooder spends the per-address burst (10) with X-Forwarded-For 10.0.0.1, then
    someone else comes with 10.0.0.2. Only when 127.0.0.1 (where both really come from) is a
    trusted proxy are they two addresses; otherwise the header is ignored, so a client can
    neither pick the address it is counted against nor escape its own bucket."""
    url = database_url if database_url.startswith("postgresql") \
        else f"sqlite:///{tmp_path / 'proxy.db'}"
    extra = ("--forwarded-allow-ips", trusted) if trusted else ()
    with _serve(url, *extra) as (base, _output):
        flood = [_try(base, _random_code(), "10.0.0.1").status_code for _ in range(12)]
        victim = _try(base, _random_code(), "10.0.0.2").status_code
        flooder_again = _try(base, _random_code(), "10.0.0.1").status_code
    assert flood[:10] == [403] * 10 and 429 in flood[10:], flood
    assert flooder_again == 429
    assert victim == (403 if trusted == "127.0.0.1" else 429)


@pytest.mark.parametrize("ttl", ["0", "-1", "nan", "inf", "1e9"])
def test_enroll_code_ttl_must_be_positive(hub, capsys, ttl):
    booth = hub.new_booth()
    rc = hub_cli(["enroll-code", "--database-url", hub.database_url, "--booth", booth,
                  f"--ttl-hours={ttl}"])
    out, err = capsys.readouterr()
    assert rc == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: --ttl-hours must be more than 0")
    assert hub_cli(["enroll-code", "--database-url", hub.database_url, "--booth", booth,
                    "--ttl-hours", "0.5"]) == 0
