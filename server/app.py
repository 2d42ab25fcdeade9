"""The hub's FastAPI application: ``create_app(database_url)``.

The database schema is not touched here (``ocop-hub migrate``/``serve`` do that), so tests and
servers agree on exactly one migration path.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, SUPPORTED_PROTOCOLS
from server.api import changes, enroll, facts, meta, reports
from server.api.responses import ANYWHERE
from server.bodies import BodyLimitMiddleware, InflateBudget
from server.config import HubSettings, database_url_from_env, settings_from_env
from server.db import Database
from server.db_errors import describe
from server.errors import HubError, http_error_handler, hub_error_handler
from server.limits import RateLimiter
from server.web import mount_dashboard

log = logging.getLogger("ocop_hub")
M_MMAP_THRESHOLD = -3  # glibc mallopt parameter


@dataclass
class Hub:
    """What every request needs, hung on ``app.state.hub``."""

    db: Database
    settings: HubSettings
    device_limiter: RateLimiter
    enroll_limiter: RateLimiter  # per client address
    enroll_code_limiter: RateLimiter  # per code tried, whatever the address
    inflate_budget: InflateBudget


PROTOCOL_VALUES = [str(version) for version in SUPPORTED_PROTOCOLS]


def _protocol_schema(schema: dict[str, Any]) -> None:
    """The header's schema is its values, not FastAPI's "string or null" (null is no header)."""
    schema.pop("anyOf", None)
    schema.update(type="string", enum=PROTOCOL_VALUES)


def check_protocol(
    x_ocop_protocol: Annotated[
        str | None,
        Header(alias=PROTOCOL_HEADER, json_schema_extra=_protocol_schema,
               description="Protocol version the client speaks; missing means 1"),
    ] = None,
) -> None:
    """400 for anything but a version this hub speaks, spelled as clients spell it ("1"), so
    the document's enum is exactly what is accepted: the older check took "01" and "0001"
    too. Headers arrive as Latin-1, where ``str.isdigit`` takes '¹' (which ``int`` does not),
    and a 500 for a bad header would read as the hub being down."""
    if x_ocop_protocol is not None and x_ocop_protocol.strip() not in PROTOCOL_VALUES:
        raise HubError(400, "unsupported_protocol",
                       f"this hub speaks protocol {', '.join(PROTOCOL_VALUES)}")


class ProtocolHeaderMiddleware:
    """Every answer says which protocol the hub speaks."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((PROTOCOL_HEADER.lower().encode(), str(PROTOCOL_VERSION).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_header)


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 + Retry-After; the log says where the database is and why it failed (refused,
    unknown host, no such database...), which the exception's class alone does not."""
    url = request.app.state.hub.db.url
    log.error("%s", describe(url, exc) or f"database error: {type(exc).__name__}: {exc}")
    return JSONResponse({"error": "database_unavailable", "detail": "try again shortly"},
                        status_code=503, headers={"Retry-After": "5"})


def create_app(database_url: str | None = None, settings: HubSettings | None = None) -> FastAPI:
    settings = settings or HubSettings()
    db = Database(database_url_from_env(database_url))
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        lifespan=lifespan,
        title="OCOP provincial hub",
        version="1",
        description="Booth facts up (exactly once), catalog down. Protocol: app/sync/protocol.py",
        dependencies=[Depends(check_protocol)],
        responses=ANYWHERE,  # the middleware's and check_protocol's refusals, on every route
    )
    app.state.hub = Hub(
        db=db,
        settings=settings,
        device_limiter=RateLimiter(settings.rate_per_second, settings.rate_burst),
        enroll_limiter=RateLimiter(settings.enroll_rate_per_second, settings.enroll_burst),
        enroll_code_limiter=RateLimiter(settings.enroll_code_rate_per_second,
                                        settings.enroll_code_burst),
        inflate_budget=InflateBudget(max(settings.inflate_budget_bytes,
                                         settings.max_inflated_bytes)),
    )
    app.add_exception_handler(HubError, hub_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)  # same shape
    app.add_exception_handler(OperationalError, _database_unavailable)
    for module in (enroll, facts, changes, meta, reports):
        app.include_router(module.router, prefix=API_PREFIX)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes,
                       max_inflated_bytes=settings.max_inflated_bytes,
                       budget=app.state.hub.inflate_budget,
                       upload_paths=frozenset({f"{API_PREFIX}/facts"}))
    app.add_middleware(ProtocolHeaderMiddleware)
    facts.document_upload_body(app)
    mount_dashboard(app)  # the office's pages at / (server/web)
    return app


def app_from_env() -> FastAPI:
    """The app ``ocop-hub serve`` runs in each worker: database and settings from the
    environment (``OCOP_HUB_DATABASE_URL``, ``OCOP_HUB_RATE``...)."""
    app = create_app(None, settings_from_env())
    tune_gc()
    tune_malloc()
    return app


def tune_malloc() -> None:
    """glibc returns a large freed block to the system only if it was mmapped, and after each
    such free it raises the size it mmaps from (up to 32 MB): so after one large upload, the
    next ones are carved from the heap and arenas, which stay as big as their busiest moment.
    A fixed threshold of 1 MB keeps every large buffer (an inflated body, its parse) mmapped,
    so a worker gives memory back after a burst of large or hostile bodies. No-op elsewhere."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if sys.platform != "linux" or not name:
        return
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(M_MMAP_THRESHOLD, 1024 * 1024)
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return


def tune_gc() -> None:
    """For a worker process that does nothing else: an upload of 500 sales makes some 100,000
    short-lived objects, freed by reference counting, yet each 700 allocations made Python's
    cycle collector walk the young objects, and every few of those the whole heap (FastAPI,
    SQLAlchemy and pydantic's schemas). Frozen start-up objects are never walked again and
    the young generation is collected every 100,000 allocations: about a tenth off the
    end-to-end time of bench/sync.py on SQLite (median 2.95 s -> 2.6 s, interleaved runs)."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
