"""GET /reports/sales: figures for the provincial office (admin token only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from app.sync.fields import MAX_INT
from server.api.responses import ADMIN, DATABASE, VALIDATION, merged
from server.auth import current_admin
from server.reports import Filters, GroupBy, SalesReport, sales_report
from server.wire_types import IsoDate

router = APIRouter(tags=["reports"])


@router.get("/reports/sales", responses=merged(ADMIN, DATABASE, {422: VALIDATION}))
def get_sales_report(
    request: Request,
    _admin: Annotated[int, Depends(current_admin)],
    group_by: GroupBy = "booth",
    # YYYY-MM-DD only: a plain ``date`` also took a number as a Unix time (0 was 1970-01-01).
    date_from: Annotated[IsoDate | None, Query(description="first local day, inclusive")] = None,
    date_to: Annotated[IsoDate | None, Query(description="last local day, inclusive")] = None,
    fair_id: Annotated[int | None, Query(ge=0, le=MAX_INT)] = None,
    booth_id: Annotated[int | None, Query(ge=0, le=MAX_INT)] = None,
    # No control characters: PostgreSQL refuses a NUL in a string (a 500, not an answer).
    district: Annotated[str | None, Query(max_length=100, pattern=r"^[^\x00-\x1f\x7f]*$",
                                          description="only the booths of this district")] = None,
) -> SalesReport:
    """Revenue (gross - refunds, voided sales excluded), sales count and visitors."""
    filters = Filters(date_from=date_from, date_to=date_to, fair_id=fair_id, booth_id=booth_id,
                      district=district)
    with request.app.state.hub.db.read() as session:
        return sales_report(session, group_by, filters)
