"""POST /enroll: a one-time code becomes a device id and a token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.sync.protocol import EnrollRequest, EnrollResponse
from server.admin import enroll
from server.api.responses import DATABASE, HEADERS_400, RETRY_AFTER, VALIDATION, error, merged
from server.auth import client_address, hash_secret, normalize_code
from server.errors import HubError

router = APIRouter(tags=["booth"])


@router.post(
    "/enroll",
    status_code=201,
    responses=merged(DATABASE, {
        400: error(f"{HEADERS_400}; `bad_request`: the body cannot be read as JSON text"),
        403: error("`enroll_code_invalid`, `enroll_code_used`, `enroll_code_expired`, "
                   "`booth_inactive`"),
        422: VALIDATION,
        429: error("`rate_limited`: too many attempts from this address or with this code",
                   RETRY_AFTER),
    }),
)
def enroll_device(body: EnrollRequest, request: Request) -> EnrollResponse:
    """Burn a single-use enrollment code; the token in the answer is never shown again.

    Attempts are limited per client address (``client_address``: the proxy's
    ``X-Forwarded-For`` only when ``--forwarded-allow-ips`` trusts it) and per code, so a
    code cannot be tried from many addresses either. The code's bucket is keyed by its hash:
    no code is kept in memory in clear.
    """
    hub = request.app.state.hub
    wait = hub.enroll_limiter.take(client_address(request)) or \
        hub.enroll_code_limiter.take(hash_secret(normalize_code(body.code)))
    if wait:
        raise HubError(429, "rate_limited", "too many enrollment attempts",
                       {"Retry-After": str(wait)})
    return enroll(hub.db, body)
