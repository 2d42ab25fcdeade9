"""Request size limits (413), gzip request bodies, and token-bucket rate limits (429).

The body middleware is plain ASGI so it sees the bytes before anything buffers them: it counts
the wire bytes, inflates ``Content-Encoding: gzip`` with a ceiling (a small zip bomb must not
become 1 GB in memory), and hands the route plain JSON.
"""

from __future__ import annotations

import json
import math
import threading
import time
import zlib
from typing import Any

Scope = dict[str, Any]
ASGIApp = Any

DRAIN_LIMIT = 64 * 1024 * 1024  # read (and drop) at most this much of an oversized body


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int, max_inflated_bytes: int) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.max_inflated = max_inflated_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        encoding = headers.get(b"content-encoding", b"identity").strip().lower()
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _drain(receive)
            await _reply(send, 413, "body_too_large", f"at most {self.max_body} bytes")
            return
        body, too_big = await _read(receive, self.max_body)
        if too_big:
            await _reply(send, 413, "body_too_large", f"at most {self.max_body} bytes")
            return
        if encoding == b"gzip" and body:
            try:
                body = _inflate(body, self.max_inflated)
            except OverflowError:
                await _reply(send, 413, "body_too_large", "too large once decompressed")
                return
            except (zlib.error, EOFError):
                await _reply(send, 400, "bad_gzip", "the body is not valid gzip")
                return
        elif encoding not in (b"identity", b"gzip", b""):
            await _reply(send, 415, "unsupported_encoding", "use gzip or no Content-Encoding")
            return
        new_headers = [
            (k, v) for k, v in scope.get("headers", [])
            if k.lower() not in (b"content-encoding", b"content-length")
        ]
        new_headers.append((b"content-length", str(len(body)).encode()))
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app({**scope, "headers": new_headers}, replay, send)


async def _read(receive: Any, limit: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"", False
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            if message.get("more_body"):
                await _drain(receive, size)
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks), False


async def _drain(receive: Any, already: int = 0) -> None:
    """Read what the client is still sending, so it gets our 413 and not a broken pipe."""
    size = already
    while size < DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            return


def _inflate(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise OverflowError
    out += inflater.flush()
    if len(out) > limit:
        raise OverflowError
    if not inflater.eof:
        raise EOFError
    return out


async def _reply(send: Any, status: int, error: str, detail: str) -> None:
    body = json.dumps({"error": error, "detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """Token buckets keyed by device id (or client address): ``rate`` per second, ``burst`` deep.

    In memory: a hub restart forgives everyone, which is fine for a limit meant to stop a
    runaway client, not to bill it.
    """

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        """0 if allowed; otherwise the whole seconds to wait (for Retry-After)."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > 100_000:
                self._buckets.clear()
            return max(1, math.ceil((1.0 - tokens) / self.rate))
