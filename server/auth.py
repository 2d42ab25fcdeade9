"""Device and admin authentication: bearer tokens, stored only as SHA-256 hashes.

A device's booth comes from its token, never from what it uploads. Tokens are 256 random
bits, so a plain SHA-256 is enough (no password hashing needed) and lookup is one indexed
query. Nothing here logs a token or a code.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select, update

from server.bodies import allow_inflating
from server.errors import HubError
from server.models import AdminToken, Booth, Device
from server.models.base import utcnow

DEVICE_TOKEN_PREFIX = "ocd_"
ADMIN_TOKEN_PREFIX = "oca_"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
LAST_SEEN_EVERY = timedelta(minutes=1)

# Two schemes, so the OpenAPI document says which token each route takes (and a client such as
# schemathesis can be given both). auto_error=False: a missing token is our 401, not a 403.
device_bearer = HTTPBearer(scheme_name="deviceToken", auto_error=False,
                           description="The device token POST /enroll answered (ocd_...)")
admin_bearer = HTTPBearer(scheme_name="adminToken", auto_error=False,
                          description="An admin token from `ocop-hub create-admin-token` (oca_...)")


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def new_device_token() -> str:
    return DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_admin_token() -> str:
    return ADMIN_TOKEN_PREFIX + secrets.token_urlsafe(32)


def new_enroll_code() -> str:
    """12 characters from a 32-letter alphabet (60 bits), shown as XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalize_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclass(frozen=True)
class DeviceContext:
    device_id: str
    installation_id: str
    booth_id: int


def _unauthorized(detail: str) -> HubError:
    return HubError(401, "unauthorized", detail, {"WWW-Authenticate": "Bearer"})


def current_device(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(device_bearer)],
) -> DeviceContext:
    """The enrolled, non-revoked device behind the token; 401 otherwise, 429 if too eager."""
    if credentials is None or not credentials.credentials.startswith(DEVICE_TOKEN_PREFIX):
        raise _unauthorized("a device token is required")
    hub = request.app.state.hub
    token_hash = hash_secret(credentials.credentials)
    with hub.db.read() as session:
        row = session.execute(
            select(Device.id, Device.installation_id, Device.booth_id, Device.revoked_at,
                   Device.last_seen_at, Booth.active)
            .join(Booth, Booth.id == Device.booth_id)
            .where(Device.token_hash == token_hash)
        ).first()
    if row is None:
        raise _unauthorized("unknown device token: enroll again")
    if row.revoked_at is not None:
        raise _unauthorized("this device has been revoked: enroll again")
    if not row.active:
        raise HubError(403, "booth_inactive", "the booth of this device is no longer active")
    wait = hub.device_limiter.take(row.id)
    if wait:
        raise HubError(429, "rate_limited", "too many requests", {"Retry-After": str(wait)})
    allow_inflating(request.scope)  # only now may a gzip body cost memory
    now = utcnow()
    if row.last_seen_at is None or now - row.last_seen_at > LAST_SEEN_EVERY:
        with hub.db.write() as session:
            session.execute(update(Device).where(Device.id == row.id).values(last_seen_at=now))
    return DeviceContext(row.id, row.installation_id, row.booth_id)


def current_admin(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(admin_bearer)],
) -> int:
    if credentials is None or not credentials.credentials.startswith(ADMIN_TOKEN_PREFIX):
        raise _unauthorized("an admin token is required")
    hub = request.app.state.hub
    with hub.db.read() as session:
        row = session.execute(
            select(AdminToken.id, AdminToken.revoked_at).where(
                AdminToken.token_hash == hash_secret(credentials.credentials)
            )
        ).first()
    if row is None or row.revoked_at is not None:
        raise _unauthorized("unknown or revoked admin token")
    return row.id


def client_address(request: Request) -> str:
    """The TCP peer, or the client a trusted proxy names in X-Forwarded-For: uvicorn rewrites
    ``request.client`` only for the proxies of ``ocop-hub serve --forwarded-allow-ips``."""
    return request.client.host if request.client else "unknown"
