"""HTTP to the hub: one place that turns every answer (or silence) into data or a SyncError.

TLS verification is always on: the system's trusted CAs (certifi), or a CA file the province
gives for its own certificate; there is no switch to turn it off. Plain ``http://`` is only
accepted for loopback addresses (tests, a hub on the same machine), so a device token never
crosses a network in clear text. Nothing here logs headers, so the token never reaches a log.
"""

from __future__ import annotations

import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from app.services.errors import QT_TRANSLATE_NOOP
from app.services.errors import ValidationError as InputError
from app.sync import errors
from app.sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    SUPPORTED_PROTOCOLS,
    ChangesPage,
    EnrollRequest,
    EnrollResponse,
    HubInfo,
    HubTime,
    UploadResponse,
    protocol_headers,
)

T = TypeVar("T", bound=BaseModel)
LOOPBACK = ("127.0.0.1", "localhost", "::1")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_RETRY_AFTER = 3600.0


def normalize_hub_url(url: str) -> str:
    """``https://hub.example.vn/`` -> ``https://hub.example.vn``; refuses clear text off-host."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Địa chỉ máy chủ không hợp lệ: {url}"), url=url
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Địa chỉ máy chủ phải bắt đầu bằng https:// ({url})"),
            url=url,
        )
    return url


def tls_context(ca_file: str | None) -> ssl.SSLContext | bool:
    """Verification on, always: the default trust store, or that plus the given CA file."""
    if not ca_file:
        return True
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("errors", "Không đọc được tệp chứng chỉ {path}: {detail}"),
            path=ca_file, detail=str(exc),
        ) from None


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (it may be a number or an HTTP date); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max((when - (now or datetime.now(UTC))).total_seconds(), 0.0), MAX_RETRY_AFTER)


@dataclass(frozen=True)
class ClockSample:
    """The hub's clock against ours, read at the midpoint of the round trip."""

    hub_utc: datetime
    offset_ms: int  # hub minus device: positive when this laptop's clock is behind
    round_trip_ms: int


class HubClient:
    """A short-lived connection pool to one hub; use as a context manager."""

    def __init__(self, base_url: str, token: str | None = None, ca_file: str | None = None,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = normalize_hub_url(base_url)
        self._token = token
        self._http = httpx.Client(base_url=self.base_url, verify=tls_context(ca_file),
                                  timeout=timeout, transport=transport,
                                  follow_redirects=False, trust_env=False)

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:  # never the token
        return f"HubClient({self.base_url!r})"

    # ------------------------------------------------------------------ endpoints
    def info(self) -> HubInfo:
        info = self._parse(self._request("GET", "/info"), HubInfo)
        if not set(info.supported_protocols) & set(SUPPORTED_PROTOCOLS):
            raise errors.incompatible(f"protocol {info.supported_protocols}")
        return info

    def clock(self, now: Any = None) -> ClockSample:
        """``now`` returns the device's UTC time (injected by tests to fake a skewed clock)."""
        now = now or (lambda: datetime.now(UTC))
        sent, start = now(), time.monotonic()
        hub = self._parse(self._request("GET", "/time"), HubTime)
        elapsed = time.monotonic() - start
        midpoint = sent.timestamp() + elapsed / 2
        hub_utc = hub.utc if hub.utc.tzinfo else hub.utc.replace(tzinfo=UTC)
        return ClockSample(hub_utc, round((hub_utc.timestamp() - midpoint) * 1000),
                           round(elapsed * 1000))

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        response = self._request("POST", "/enroll", content=request.model_dump_json(),
                                 auth=False, refusals=True)
        return self._parse(response, EnrollResponse)

    def upload(self, gzipped_body: bytes) -> UploadResponse:
        response = self._request("POST", "/facts", content=gzipped_body, gzipped=True)
        return self._parse(response, UploadResponse)

    def changes(self, cursor: str | None, limit: int = 500) -> ChangesPage:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._parse(self._request("GET", "/changes", params=params), ChangesPage)

    # ------------------------------------------------------------------ plumbing
    def _request(self, method: str, path: str, *, content: bytes | str | None = None,
                 params: dict[str, Any] | None = None, gzipped: bool = False,
                 auth: bool = True, refusals: bool = False) -> httpx.Response:
        headers = protocol_headers(self._token if auth else None, gzipped=gzipped)
        try:
            response = self._http.request(method, API_PREFIX + path, content=content,
                                          params=params, headers=headers)
        except httpx.TransportError as exc:
            raise errors.unreachable(self.base_url, _describe(exc), _reason(exc)) from None
        spoken = response.headers.get(PROTOCOL_HEADER)
        if spoken is not None and spoken.strip() not in {str(p) for p in SUPPORTED_PROTOCOLS}:
            raise errors.incompatible(f"protocol {spoken.strip()[:16]}")
        status = response.status_code
        if status == 200 or status == 201:
            return response
        code = _error_code(response)
        if status == 401:
            raise errors.needs_reenrollment()
        if status in (429, 503) or status >= 500:
            raise errors.busy(status, retry_after_seconds(response.headers.get("Retry-After")))
        if status == 413:
            raise errors.BatchTooLarge(QT_TRANSLATE_NOOP("errors", "Lô dữ liệu quá lớn"))
        if refusals and code in errors.ENROLL_REFUSALS:
            raise errors.EnrollRefused(errors.ENROLL_REFUSALS[code])
        if code == "bad_cursor":
            raise errors.BadCursor(errors.INCOMPATIBLE_TEXT)
        if code == "booth_inactive":
            raise errors.HubBusy(errors.ENROLL_REFUSALS[code])
        raise errors.incompatible(f"HTTP {status}{' ' + code if code else ''}")

    @staticmethod
    def _parse(response: httpx.Response, model: type[T]) -> T:
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise errors.incompatible("unexpected answer") from None


def _error_code(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    value = body.get("error") if isinstance(body, dict) else None
    return value[:40] if isinstance(value, str) else ""


def _reason(exc: httpx.TransportError) -> str:
    """Which plain sentence fits: a certificate, a timeout, or no connection at all."""
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        return "certificate"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    return "connect"


def _describe(exc: httpx.TransportError) -> str:
    text = str(exc).strip()
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        return "TLS: " + text[:200]
    return type(exc).__name__ + (f": {text[:200]}" if text else "")
