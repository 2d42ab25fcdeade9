"""Bad headers are the client's fault: a 4xx with the hub's JSON error, on every endpoint.

Headers reach the hub as Latin-1 bytes, so a non-ASCII one is easy to send and must never be a
500 (which a booth would take for the hub being down). Each request goes through a raw
socket, byte for byte as written here: an HTTP client would clean some of them up.
"""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import pytest

ENDPOINTS = [
    ("GET", "/api/v1/info"),
    ("GET", "/api/v1/time"),
    ("GET", "/api/v1/changes"),
    ("POST", "/api/v1/facts"),
    ("POST", "/api/v1/enroll"),
    ("GET", "/api/v1/reports/sales"),
]
BAD_PROTOCOL = [b"\xb9", b"\xc2\xb9", b"\xd9\xa1", b"-1", b"+1", b"1.0", b"0x1",
                b"99999999999999999999999", b"1" * 40, b"\xff\xfe"]
BAD_ENCODING = [b"\xff\xfe", b"g\xe9zip", b"gzip; q=1"]


def _raw(base: str, method: str, path: str, extra: bytes, body: bytes = b"{}") -> tuple[int, bytes]:
    """Send one request as these exact bytes; the status and the body of the answer."""
    url = urlsplit(base)
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        head = (f"{method} {path} HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n"
                "Content-Type: application/json\r\n").encode()
        if b"content-length" not in extra.lower():
            head += f"Content-Length: {len(body)}\r\n".encode()
        conn.sendall(head + extra + b"\r\n\r\n" + body)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def _error(body: bytes) -> str:
    return str(json.loads(body)["error"])


@pytest.mark.parametrize("method,path", ENDPOINTS)
def test_a_protocol_header_that_is_no_version_is_400(hub, method, path):
    for value in BAD_PROTOCOL:
        status, body = _raw(hub.url, method, path, b"X-OCOP-Protocol: " + value)
        assert status == 400, (value, status, body)
        assert _error(body) == "unsupported_protocol", (value, body)


@pytest.mark.parametrize("method,path", ENDPOINTS)
def test_a_content_encoding_that_is_no_coding_is_400_and_an_unknown_one_415(hub, method, path):
    for value in BAD_ENCODING:
        status, body = _raw(hub.url, method, path, b"Content-Encoding: " + value)
        assert status == 400 and _error(body) == "bad_header", (value, status, body)
    status, body = _raw(hub.url, method, path, b"Content-Encoding: br")
    assert status == 415 and _error(body) == "unsupported_encoding", body


@pytest.mark.parametrize("method,path", ENDPOINTS)
def test_bad_credentials_and_other_odd_headers_are_never_a_500(hub, method, path):
    for extra in (b"Authorization: Bearer ocd_\xff\xfe", b"Authorization: Bearer oca_\xe9",
                  b"Authorization: \xff", b"Authorization: Bearer", b"Content-Type: \xff",
                  b"X-Forwarded-For: \xff, 999.1.1.1", b"Accept: \xff"):
        status, body = _raw(hub.url, method, path, extra)
        assert status < 500, (extra, status, body)
        if status >= 400:
            assert json.loads(body), (extra, body)


@pytest.mark.parametrize("extra", [
    b"Content-Length: abc", b"Content-Length: -1", b"Content-Length: 1e3",
    b"Content-Length: 2, 3", b"Content-Length: ", b"X-OCOP-Protocol: 1\x01",
    b"Content-Encoding: gzip\x01"])
def test_headers_the_http_parser_refuses_are_400(hub, extra):
    """uvicorn's parser (httptools) refuses these itself, with a 400 in plain text before the
    hub sees the request; the hub's own Content-Length check answers 400 + JSON the same way
    for a server whose parser lets one through (h11)."""
    status, _body = _raw(hub.url, "POST", "/api/v1/enroll", extra)
    assert status == 400
