"""GET /changes: catalog, prices, producers, booths and fairs after a cursor, paged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from app.sync.protocol import ChangesPage, ErrorBody
from server.auth import DeviceContext, current_device
from server.catalog import BadCursor, changes_page
from server.errors import HubError

router = APIRouter(tags=["booth"])


@router.get("/changes", responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody}})
def get_changes(
    request: Request,
    _device: Annotated[DeviceContext, Depends(current_device)],
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
) -> ChangesPage:
    """Apply the page and store its cursor in one transaction; repeat while has_more."""
    hub = request.app.state.hub
    try:
        with hub.db.read() as session:
            return changes_page(session, cursor, min(limit, hub.settings.changes_page_max))
    except BadCursor as exc:
        raise HubError(400, "bad_cursor", "send back a cursor the hub gave, or none") from exc
