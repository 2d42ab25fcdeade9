"""413 for bodies too large (on the wire or once inflated), 429 + Retry-After per device."""

from __future__ import annotations

import gzip
import json

import httpx

from app.sync.protocol import protocol_headers
from tests.hub.factories import sale_fact, sale_line


def test_body_too_large_is_413(hub, strict_hub_url):
    device = hub.enroll()
    big = [sale_fact([sale_line(name="x" * 250) for _ in range(40)]) for _ in range(4)]
    raw = json.dumps({"facts": big}).encode()
    assert len(raw) > 16 * 1024
    r = httpx.post(strict_hub_url + "/api/v1/facts", content=raw,
                   headers=protocol_headers(device.token), timeout=30)
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"


def test_gzip_bomb_is_413(hub, strict_hub_url):
    device = hub.enroll()
    bomb = gzip.compress(b'{"facts": [' + b" " * (10 * 1024 * 1024) + b"]}")
    assert len(bomb) < 16 * 1024
    r = httpx.post(strict_hub_url + "/api/v1/facts", content=bomb,
                   headers=protocol_headers(device.token, gzipped=True), timeout=30)
    assert r.status_code == 413


def test_chunked_body_too_large_is_413(hub, strict_hub_url):
    device = hub.enroll()

    def chunks():
        for _ in range(64):
            yield b" " * 1024

    r = httpx.post(strict_hub_url + "/api/v1/facts", content=chunks(),
                   headers=protocol_headers(device.token), timeout=30)
    assert r.status_code == 413


def test_unknown_content_encoding_is_415(hub, strict_hub_url):
    device = hub.enroll()
    r = httpx.post(strict_hub_url + "/api/v1/facts", content=b"{}",
                   headers={**protocol_headers(device.token), "Content-Encoding": "br"})
    assert r.status_code == 415


def test_rate_limit_is_429_with_retry_after_per_device(hub, strict_hub_url):
    eager = hub.enroll()
    calm = hub.enroll()
    answers = [eager.upload([], url=strict_hub_url) for _ in range(6)]
    codes = [r.status_code for r in answers]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]
    limited = next(r for r in answers if r.status_code == 429)
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.json()["error"] == "rate_limited"
    # Another device is not punished for it.
    assert calm.upload([], url=strict_hub_url).status_code == 200
