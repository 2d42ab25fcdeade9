"""POST /enroll: a one-time code becomes a device id and a token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.sync.protocol import EnrollRequest, EnrollResponse, ErrorBody
from server.admin import enroll
from server.auth import client_address
from server.errors import HubError

router = APIRouter(tags=["booth"])


@router.post(
    "/enroll",
    status_code=201,
    responses={403: {"model": ErrorBody}, 429: {"model": ErrorBody}},
)
def enroll_device(body: EnrollRequest, request: Request) -> EnrollResponse:
    """Burn a single-use enrollment code; the token in the answer is never shown again."""
    hub = request.app.state.hub
    wait = hub.enroll_limiter.take(client_address(request))
    if wait:
        raise HubError(429, "rate_limited", "too many enrollment attempts",
                       {"Retry-After": str(wait)})
    return enroll(hub.db, body)
