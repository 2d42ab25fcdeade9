"""Hostile gzip bodies: no inflating before the token is checked, a bounded budget (503).

Each test runs a hub of its own (uvicorn in a thread, on the session's database) so it can read
that hub's ``InflateBudget``: what was inflated, at most how much at once.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import httpx
import pytest

from app.sync.protocol import protocol_headers
from tests.hub.conftest import RELAXED, STRICT, LiveServer

BOMB = gzip.compress(b" " * (32 * 1024 * 1024), compresslevel=9)  # 32 KB -> 32 MB
KB = 1024


@pytest.fixture
def server(hub, request) -> Iterator[LiveServer]:
    settings = getattr(request, "param", RELAXED)
    live = LiveServer(hub.database_url, settings).start()
    yield live
    live.stop()


def _budget(server: LiveServer):
    return server.app.state.hub.inflate_budget


@pytest.mark.parametrize("server", [replace(STRICT, max_body_bytes=64 * KB)], indirect=True)
def test_a_gzip_bomb_without_a_valid_token_is_401_and_not_inflated(hub, server):
    """This hub inflates at most 64 KB per body: a bomb it inflated would be a 413."""
    assert len(BOMB) < 40 * KB
    for token in (None, "ocd_not-a-real-token", "oca_an-admin-looking-token"):
        r = httpx.post(server.url + "/api/v1/facts", content=BOMB, timeout=30,
                       headers=protocol_headers(token, gzipped=True))
        assert r.status_code == 401, r.text
        assert r.json()["error"] == "unauthorized"
    assert _budget(server).inflated_total == 0
    # With a device token the very same body is inflated, up to the ceiling.
    device = hub.enroll()
    r = httpx.post(server.url + "/api/v1/facts", content=BOMB, timeout=30,
                   headers=protocol_headers(device.token, gzipped=True))
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"
    assert 64 * KB < _budget(server).inflated_total <= 64 * KB + 1
    assert _budget(server).held == 0


def test_gzip_is_refused_where_no_token_comes_first(server):
    """/enroll has no token to check first, so it takes no gzip at all."""
    r = httpx.post(server.url + "/api/v1/enroll", content=gzip.compress(b'{"code": "X"}'),
                   headers=protocol_headers(gzipped=True))
    assert r.status_code == 415 and r.json()["error"] == "unsupported_encoding"
    assert _budget(server).inflated_total == 0


def _held_back(part1: bytes, part2: bytes, go: threading.Event) -> Iterator[bytes]:
    yield part1
    go.wait(30)
    yield part2


def _two_parts(inflated: int) -> tuple[bytes, bytes]:
    """A valid upload (no facts, much padding) as gzip, cut where ``inflated`` bytes of it
    can already be inflated from the first part."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = b'{"facts": [' + b" " * (inflated - 11)
    part1 = deflater.compress(head) + deflater.flush(zlib.Z_SYNC_FLUSH)
    part2 = deflater.compress(b"]}") + deflater.flush()
    return part1, part2


@pytest.mark.parametrize(
    "server", [replace(RELAXED, max_inflated_bytes=1024 * KB, inflate_budget_bytes=2048 * KB)],
    indirect=True)
def test_bodies_beyond_the_inflate_budget_are_503_with_retry_after(hub, server):
    """Two uploads hold 900 KB inflated each (their ends held back); a third one would pass
    the 2 MB budget, so it gets 503 + Retry-After; once they end, uploads go through again."""
    device = hub.enroll()
    url = server.url + "/api/v1/facts"
    headers = protocol_headers(device.token, gzipped=True)
    part1, part2 = _two_parts(900 * KB)
    go = threading.Event()
    with ThreadPoolExecutor(2) as pool:
        slow = [pool.submit(httpx.post, url, content=_held_back(part1, part2, go),
                            headers=headers, timeout=60) for _ in range(2)]
        deadline = time.monotonic() + 20
        while _budget(server).held < 2 * 900 * KB and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _budget(server).held >= 2 * 900 * KB
        third = httpx.post(url, content=part1 + part2, headers=headers, timeout=30)
        go.set()
        answers = [f.result() for f in slow]
    assert third.status_code == 503, third.text
    assert third.json()["error"] == "busy" and int(third.headers["retry-after"]) >= 1
    assert [r.status_code for r in answers] == [200, 200], [r.text for r in answers]
    budget = _budget(server)
    assert budget.held == 0 and budget.peak <= budget.limit and budget.refused >= 1
    again = httpx.post(url, content=part1 + part2, headers=headers, timeout=30)
    assert again.status_code == 200, again.text


def test_gzip_members_truncation_and_garbage(hub, server):
    device = hub.enroll()
    url = server.url + "/api/v1/facts"
    headers = protocol_headers(device.token, gzipped=True)
    whole = gzip.compress(b'{"facts": []}')
    two_members = gzip.compress(b'{"facts": ') + gzip.compress(b"[]}")
    assert httpx.post(url, content=two_members, headers=headers).status_code == 200
    for bad in (whole[:-6], whole + b"junk", b"not gzip at all"):
        r = httpx.post(url, content=bad, headers=headers)
        assert r.status_code == 400 and r.json()["error"] == "bad_gzip", (bad, r.text)
    assert _budget(server).held == 0
