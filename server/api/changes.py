"""GET /changes: catalog, prices, producers, booths and fairs after a cursor, paged."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from app.sync.protocol import ChangesPage
from server.api.responses import DATABASE, DEVICE, HEADERS_400, VALIDATION, error, merged
from server.auth import DeviceContext, current_device
from server.catalog import CURSOR_PATTERN, BadCursor, changes_page
from server.errors import HubError

router = APIRouter(tags=["booth"])


def _cursor_schema(schema: dict[str, Any]) -> None:
    """A string of the hub's cursors (no "null": a missing parameter is no cursor)."""
    schema.pop("anyOf", None)
    schema.update(type="string", maxLength=100, pattern=CURSOR_PATTERN)


@router.get("/changes", responses=merged(DEVICE, DATABASE, {
    400: error(f"{HEADERS_400}; `bad_cursor`: send back a cursor the hub gave, or none"),
    422: VALIDATION,
}))
def get_changes(
    request: Request,
    _device: Annotated[DeviceContext, Depends(current_device)],
    # The pattern is documented, not checked by FastAPI: a cursor the hub never gave is our
    # 400 bad_cursor (the booth starts over), not a 422.
    cursor: Annotated[str | None, Query(max_length=100, json_schema_extra=_cursor_schema)] = None,
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
) -> ChangesPage:
    """Apply the page and store its cursor in one transaction; repeat while has_more."""
    hub = request.app.state.hub
    try:
        with hub.db.read() as session:
            return changes_page(session, cursor, min(limit, hub.settings.changes_page_max))
    except BadCursor as exc:
        raise HubError(400, "bad_cursor", "send back a cursor the hub gave, or none") from exc
