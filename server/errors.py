"""One error shape for everything the hub refuses on purpose: ``{"error", "detail"}``."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse


class HubError(Exception):
    """A refusal with a machine-readable code, so the client can act on it (re-enroll, wait)."""

    def __init__(
        self, status: int, error: str, detail: str = "", headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail or error)
        self.status = status
        self.error = error
        self.detail = detail
        self.headers = headers or {}


async def hub_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HubError)
    return JSONResponse(
        {"error": exc.error, "detail": exc.detail}, status_code=exc.status, headers=exc.headers
    )
