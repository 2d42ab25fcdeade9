"""One error shape for everything the hub refuses on purpose: ``{"error", "detail"}``."""

from __future__ import annotations

from http import HTTPStatus

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from app.sync.protocol import API_PREFIX


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


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """FastAPI's and Starlette's own refusals under /api (a body that is not text: 400, an
    unknown path: 404, a method a path does not take: 405 with Allow) in the same shape as
    ours, ``error`` being the status's name: a client reads one shape, and the OpenAPI
    document's ErrorBody is true of every 4xx but 422. The dashboard's pages keep FastAPI's."""
    assert isinstance(exc, HTTPException)
    if not request.url.path.startswith(API_PREFIX + "/"):
        return await http_exception_handler(request, exc)
    try:
        error = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_").replace("-", "_")
    except ValueError:
        error = "http_error"
    return JSONResponse({"error": error, "detail": str(exc.detail)},
                        status_code=exc.status_code, headers=exc.headers)
