"""Enrollment: the hub URL and a one-time code become this laptop's device token.

Done once per laptop (and again after the office revokes it). The hub's answer names the
booth and its fair; this laptop's configured location and fair are linked to them here, in
the same transaction that stores the token, so facts queued before enrollment (with local
ids) go up under the hub's fair. The token is stored in the database and never printed.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.db import Database
from app.models import SyncState
from app.services import settings as booth_settings
from app.services.sync_state import STATE_ID, state_row
from app.sync.catalog_apply import link_fair, link_own_booth
from app.sync.engine import SEND_LOCK, ClientFactory, default_client
from app.sync.protocol import EnrollRequest
from app.sync.transport import normalize_hub_url, tls_context


@dataclass(frozen=True)
class EnrollResult:
    hub_url: str
    device_id: str
    booth_id: int  # the hub's
    booth_code: str
    booth_name: str
    fair_id: int | None  # the hub's


def enroll(db: Database, hub_url: str, code: str, *, ca_file: str | None = None,
           device_name: str | None = None, client_factory: ClientFactory = default_client,
           now: Callable[[], datetime] | None = None) -> EnrollResult:
    """Burn ``code`` at the hub and keep the token. Raises a SyncError (unreachable,
    incompatible, EnrollRefused...) with nothing stored when the hub says no."""
    url = normalize_hub_url(hub_url)
    tls_context(ca_file)  # a missing or unreadable CA file is refused before any request
    with db.read() as session:
        existing = session.get(SyncState, STATE_ID)
        installation = existing.installation_id if existing and existing.installation_id else None
        # The token this database held proves to the hub that the installation is ours.
        previous = existing.device_token if existing and installation else None
    installation = installation or str(uuid.uuid4())
    request = EnrollRequest(code=code.strip(), device_name=(device_name or _host())[:100],
                            installation_id=uuid.UUID(installation), previous_token=previous)
    with SEND_LOCK, client_factory(url, None, ca_file) as client:
        client.info()  # a hub we cannot talk to must not burn the code
        answer = client.enroll(request)
        booth = answer.booth
        local = booth_settings.load(db)
        with db.write() as session:
            state = state_row(session)
            if state.hub_url != url or state.booth_hub_id not in (None, booth.id):
                state.cursor = None  # another hub or booth: start the catalog over
            state.hub_url, state.ca_file = url, ca_file
            state.installation_id = installation
            state.device_id, state.device_token = answer.device_id, answer.token
            state.booth_hub_id, state.booth_code = booth.id, booth.code
            state.enrolled_utc = (now or (lambda: datetime.now(UTC)))()
            state.needs_reenroll = False
            state.failures = 0
            state.last_error = None
            link_own_booth(session, booth, local.location_id)
            link_fair(session, booth.fair_id, local.fair_id)
    return EnrollResult(url, answer.device_id, booth.id, booth.code, booth.name, booth.fair_id)


def _host() -> str:
    try:
        return socket.gethostname() or "ocop-booth"
    except OSError:
        return "ocop-booth"
