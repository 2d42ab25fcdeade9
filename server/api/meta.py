"""GET /time and /info: the hub's clock and what it accepts, no token needed."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.sync.protocol import (
    MAX_BATCH,
    PAYLOAD_VERSIONS,
    PROTOCOL_VERSION,
    SUPPORTED_PROTOCOLS,
    HubInfo,
    HubTime,
)
from server.models.base import utcnow

router = APIRouter(tags=["booth"])


@router.get("/time")
def hub_time() -> HubTime:
    """The client compares this with its own clock (midpoint of the round trip)."""
    now = utcnow()
    return HubTime(utc=now, unix_ms=int(now.timestamp() * 1000))


@router.get("/info")
def hub_info(request: Request) -> HubInfo:
    return HubInfo(
        protocol=PROTOCOL_VERSION,
        supported_protocols=list(SUPPORTED_PROTOCOLS),
        payload_versions={k: list(v) for k, v in PAYLOAD_VERSIONS.items()},
        max_batch=MAX_BATCH,
        max_body_bytes=request.app.state.hub.settings.max_body_bytes,
    )
