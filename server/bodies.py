"""Request bodies: size limits (413), gzip inflated late and in steps, and a memory budget (503).

A hostile client can send a small gzip body that inflates a thousandfold. The hub used to
inflate every such body on the event loop, whole, before anyone had checked a token: 40
clients with 32 KB bombs and no token took a worker from 84 MB to 1.3 GB and ``GET /info``
from milliseconds to half a minute. So, here:

- a gzip body is accepted only on the upload path, and is inflated only once the request has
  been authenticated (``allow_inflating``, called by the token check): a request without a
  valid token is answered 401 without one byte inflated;
- it is inflated as it is read, ``STEP`` bytes of output at a time, yielding to the event loop
  between steps, into one buffer handed to the route whole (no second copy);
- every inflated byte a request holds is counted against a process-wide ``InflateBudget``
  until the request ends; beyond it the answer is 503 with Retry-After, so memory stays under
  the budget whatever several authenticated clients send at once;
- other paths take small plain bodies only (an enrollment is a few hundred bytes).

The middleware is plain ASGI, so it sees the bytes before anything buffers them.
"""

from __future__ import annotations

import asyncio
import io
import json
import zlib
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

from server.errors import HubError

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

BODY_SCOPE_KEY = "ocop.body"
STEP = 256 * 1024  # inflated bytes per zlib call: about a quarter of a millisecond of work
SMALL_BODY = 64 * 1024  # the most a body off the upload path may be
DRAIN_LIMIT = 64 * 1024 * 1024  # read (and drop) at most this much of a refused body
RETRY_AFTER = "2"
_TOKEN_CHARS = frozenset(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz")


class InflateBudget:
    """Bytes that all the requests of this process may hold inflated at once.

    Only the event loop's thread touches it, so it needs no lock. ``inflated_total`` (every
    byte zlib gave, kept or not) and ``peak`` are there for tests and the curious: they prove
    what was (not) inflated.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0
        self.peak = 0
        self.inflated_total = 0
        self.refused = 0

    def take(self, n: int) -> bool:
        if self.held + n > self.limit:
            self.refused += 1
            return False
        self.held += n
        self.peak = max(self.peak, self.held)
        return True

    def give_back(self, n: int) -> None:
        self.held -= n


def allow_inflating(scope: Scope) -> None:
    """Called once the request's token is known good: its gzip body may now be inflated."""
    body = scope.get(BODY_SCOPE_KEY)
    if isinstance(body, RequestBody):
        body.authenticated = True


class BodyLimitMiddleware:
    """413 for bodies too large on the wire or inflated, 415/400 for encodings, 503 past the
    inflate budget. ``upload_paths`` take gzip and ``max_body_bytes``; others ``SMALL_BODY``."""

    def __init__(self, app: Any, max_body_bytes: int, max_inflated_bytes: int,
                 budget: InflateBudget, upload_paths: frozenset[str]) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.max_inflated = max_inflated_bytes
        self.budget = budget
        self.upload_paths = upload_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["path"] in self.upload_paths
        limit = self.max_body if upload else min(self.max_body, SMALL_BODY)
        refusal = self._refusal(scope, upload, limit)
        if refusal is not None:
            await _drain(receive)
            await _reply(send, *refusal)
            return
        gzipped = _encoding(scope) == b"gzip"
        body = RequestBody(receive, limit, self.max_inflated if gzipped else None, self.budget)
        headers = [(k, v) for k, v in scope.get("headers", [])
                   if k.lower() not in (b"content-encoding", b"content-length")
                   or (k.lower() == b"content-length" and not gzipped)]
        inner = {**scope, "headers": headers, BODY_SCOPE_KEY: body}
        try:
            if upload:  # read by the route, after the token check: HubError's handler answers
                await self.app(inner, body.receive, send)
                return
            try:  # read now (small, bounded), so a 413 is ours and not FastAPI's parse error
                replay = await body.replay_whole()
            except HubError as exc:
                await _reply(send, exc.status, exc.error, exc.detail, exc.headers)
                return
            await self.app(inner, replay, send)
        finally:
            body.release()

    def _refusal(self, scope: Scope, upload: bool, limit: int) -> tuple[int, str, str] | None:
        """Why the headers alone refuse this request, if they do (nothing is read yet)."""
        declared = [v for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
        if declared and not all(v.strip().isdigit() for v in declared):
            return 400, "bad_header", "Content-Length is not a number"
        try:
            encoding = _encoding(scope)
        except ValueError:
            return 400, "bad_header", "Content-Encoding is not a content coding"
        if declared and int(declared[0]) > limit:
            return 413, "body_too_large", f"at most {limit} bytes"
        if encoding in (b"", b"identity"):
            return None
        if encoding == b"gzip" and upload:
            return None
        where = "on uploads " if encoding == b"gzip" else ""
        return 415, "unsupported_encoding", f"use gzip {where}or no Content-Encoding"


class RequestBody:
    """One request's body as the app reads it: counted on the wire, inflated if gzip."""

    def __init__(self, receive: Receive, max_wire: int, max_inflated: int | None,
                 budget: InflateBudget) -> None:
        # max_inflated is None for a plain body (nothing to inflate).
        self._receive = receive
        self.max_wire = max_wire
        self.max_inflated = max_inflated
        self.budget = budget
        self.authenticated = False
        self.wire = 0
        self.held = 0  # inflated bytes taken from the budget
        self.done = False

    async def receive(self) -> Message:
        if self.done:
            return await self._receive()
        if self.max_inflated is None:
            message = await self._receive()
            if message["type"] == "http.request":
                await self._count(message)
                self.done = not message.get("more_body", False)
            return message
        if not self.authenticated:
            await _drain(self._receive)
            raise HubError(401, "unauthorized", "a device token is required",
                           {"WWW-Authenticate": "Bearer"})
        return await self._inflate()

    async def replay_whole(self) -> Receive:
        """Read the (small) body now and hand it on as one message."""
        chunks: list[bytes] = []
        while not self.done:
            message = await self.receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
        whole: Message = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return whole
            return await self._receive()

        return replay

    async def _count(self, message: Message) -> None:
        self.wire += len(message.get("body", b""))
        if self.wire > self.max_wire:
            await self._refuse(413, "body_too_large", f"at most {self.max_wire} bytes", message)

    async def _inflate(self) -> Message:
        assert self.max_inflated is not None
        out = io.BytesIO()
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        in_member = False  # a gzip member has begun and not ended
        while True:
            message = await self._receive()
            if message["type"] != "http.request":
                return message
            await self._count(message)
            data = message.get("body", b"")
            while data:
                in_member = True
                try:
                    # One byte past the ceiling is enough to know the body is too large.
                    piece = inflater.decompress(data, min(STEP, self.max_inflated + 1 - out.tell()))
                except zlib.error:
                    await self._refuse(400, "bad_gzip", "the body is not valid gzip", message)
                self.budget.inflated_total += len(piece)
                await self._keep(piece, out, message)
                data = inflater.unconsumed_tail
                if inflater.eof:  # another gzip member may follow (RFC 1952 allows it)
                    data = inflater.unused_data + data
                    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    in_member = False
                await asyncio.sleep(0)  # let other requests (and GET /info) run between steps
            if not message.get("more_body", False):
                break
        self.done = True
        if in_member:
            raise HubError(400, "bad_gzip", "the body is not valid gzip (it is cut short)")
        # getvalue() hands over BytesIO's own buffer: the route gets the body without a copy.
        return {"type": "http.request", "body": out.getvalue(), "more_body": False}

    async def _keep(self, piece: bytes, out: io.BytesIO, message: Message) -> None:
        assert self.max_inflated is not None
        if out.tell() + len(piece) > self.max_inflated:
            await self._refuse(413, "body_too_large", "too large once decompressed", message)
        if not self.budget.take(len(piece)):
            await self._refuse(503, "busy", "too many large uploads at once: try again shortly",
                               message, {"Retry-After": RETRY_AFTER})
        self.held += len(piece)
        out.write(piece)

    async def _refuse(self, status: int, error: str, detail: str, message: Message,
                      headers: dict[str, str] | None = None) -> NoReturn:
        """Read what the client is still sending (so it gets this answer, not a broken pipe),
        then refuse; the handler for ``HubError`` writes the answer."""
        if message.get("more_body", False):
            await _drain(self._receive)
        self.done = True
        raise HubError(status, error, detail, headers)

    def release(self) -> None:
        self.budget.give_back(self.held)
        self.held = 0


def _encoding(scope: Scope) -> bytes:
    """The body's content coding, lower case; ValueError if it is not a coding at all."""
    values = [v for k, v in scope.get("headers", []) if k.lower() == b"content-encoding"]
    value = b",".join(values).strip().lower()
    if value and not set(value) <= _TOKEN_CHARS:
        raise ValueError(value)
    return value


async def _drain(receive: Receive) -> None:
    """Read (and drop) the rest of the body, up to ``DRAIN_LIMIT``: never inflated."""
    size = 0
    while size < DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        size += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _reply(send: Send, status: int, error: str, detail: str,
                 headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"error": error, "detail": detail}).encode()
    extra = [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"), *extra],
    })
    await send({"type": "http.response.body", "body": body})
