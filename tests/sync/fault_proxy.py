"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, written for the sync tests.

It sits between the booth client and the hub and, per request, by a seeded random plan:
passes it; resets the client connection BEFORE forwarding (the hub never sees it); forwards it,
waits for the hub's answer and then resets the client (the hub committed, the client never
learns); sends it to the hub twice at once (a duplicate racing itself); or delays it. A hook
runs when an upload has been forwarded and its answer is awaited, so a test can kill the hub
mid-batch. Loopback only; every read has a deadline, so a stuck peer cannot hang a test.
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

IO_TIMEOUT = 30.0
FAULTS = ("pass", "drop_request", "drop_response", "duplicate", "delay")


@dataclass
class Plan:
    """Probabilities per fault, for uploads (POST /facts) and for every other request."""

    upload: dict[str, float] = field(default_factory=lambda: {
        "pass": 0.5, "drop_request": 0.12, "drop_response": 0.15, "duplicate": 0.13,
        "delay": 0.10})
    other: dict[str, float] = field(default_factory=lambda: {
        "pass": 0.85, "drop_request": 0.05, "drop_response": 0.05, "delay": 0.05})


class FaultProxy:
    def __init__(self, target_port: int, plan: Plan | None = None, seed: int = 7) -> None:
        self.target_port = target_port
        self.plan = plan or Plan()
        self.rng = random.Random(seed)
        self.counts: Counter[str] = Counter()
        self.uploads_forwarded = 0
        self.on_upload_forwarded: Callable[[int], None] | None = None
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()

    def _pick(self, is_upload: bool) -> str:
        weights = self.plan.upload if is_upload else self.plan.other
        names = list(weights)
        return self.rng.choices(names, weights=[weights[n] for n in names])[0]

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_message(reader, is_request=True)
                if request is None:
                    break
                is_upload = request.startswith(b"POST /api/v1/facts")
                fault = self._pick(is_upload)
                self.counts[fault] += 1
                if fault == "drop_request":
                    _reset(writer)
                    return
                if fault == "delay":
                    await asyncio.sleep(self.rng.uniform(0.05, 0.3))
                copies = 2 if fault == "duplicate" else 1
                answers = await asyncio.gather(
                    *(self._forward(request, is_upload) for _ in range(copies)),
                    return_exceptions=True)
                answer = answers[0]
                if isinstance(answer, BaseException) or fault == "drop_response":
                    _reset(writer)
                    return
                writer.write(answer)
                await writer.drain()
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError):
            _reset(writer)
        finally:
            if not writer.is_closing():
                writer.close()

    async def _forward(self, request: bytes, is_upload: bool) -> bytes:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", self.target_port), IO_TIMEOUT)
        try:
            writer.write(request)
            await writer.drain()
            if is_upload:
                self.uploads_forwarded += 1
                if self.on_upload_forwarded is not None:
                    self.on_upload_forwarded(self.uploads_forwarded)
            answer = await _read_message(reader, is_request=False)
            if answer is None:
                raise ConnectionError("hub closed the connection")
            return answer
        finally:
            writer.close()


@dataclass
class HeldFirstAnswer:
    """A clean proxy that holds the first upload's answer (the hub already has the batch) from
    the moment it is forwarded until ``release`` is set: a booth waiting on the network."""

    proxy: FaultProxy
    forwarded: threading.Event
    release: threading.Event


def holding_first_answer(hub_port: int, hold_s: float = 20.0) -> HeldFirstAnswer:
    forwarded, release = threading.Event(), threading.Event()

    def hold(uploads: int) -> None:
        if uploads == 1:
            forwarded.set()
            release.wait(hold_s)  # blocks the proxy's loop only

    proxy = FaultProxy(hub_port, Plan(upload={"pass": 1.0}, other={"pass": 1.0})).start()
    proxy.on_upload_forwarded = hold
    return HeldFirstAnswer(proxy, forwarded, release)


async def _read_message(reader: asyncio.StreamReader, is_request: bool) -> bytes | None:
    """One whole HTTP/1.1 message (Content-Length or chunked body), or None at a clean EOF."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            return None
        raise
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        if b":" in line:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        body = b""
        while True:
            size_line = await asyncio.wait_for(reader.readuntil(b"\r\n"), IO_TIMEOUT)
            size = int(size_line.split(b";")[0], 16)
            chunk = await asyncio.wait_for(reader.readexactly(size + 2), IO_TIMEOUT)
            body += size_line + chunk
            if size == 0:
                return head + body
    length = int(headers.get(b"content-length", b"0"))
    body = await asyncio.wait_for(reader.readexactly(length), IO_TIMEOUT) if length else b""
    return head + body


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), as a dropped network does, not a polite FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()
