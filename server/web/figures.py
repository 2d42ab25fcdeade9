"""What the dashboard's fair pages show, from server/reports.py and nothing else.

Every money, sales and visitor figure here is a row of ``sales_report`` (the same function
behind GET /api/v1/reports/sales), so the page, the API and a plain SQL sum over the facts
agree by construction; this module only adds what is not a sum: which booths belong to a
fair, when each last synced, and conversion (sales per visitor).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.models import Booth, BoothFair, Device, Fair
from server.reports import Filters, ReportRow, sales_report
from server.web.i18n import OFFICE_TZ

SILENT_AFTER = timedelta(hours=2)
SORT_KEYS = ("code", "name", "district", "sales", "gross", "refunds", "revenue", "visitors",
             "conversion", "last_sync")


def conversion(row: ReportRow) -> float | None:
    """Sales per visitor: the share of counted visitors who bought (None without a count)."""
    return row.sales_count / row.visitors if row.visitors else None


@dataclass(frozen=True)
class FairLine:
    id: int
    code: str
    name: str
    place: str
    starts_on: date
    ends_on: date
    status: str  # upcoming, on, ended
    booths: int
    figures: ReportRow


@dataclass(frozen=True)
class BoothLine:
    id: int
    code: str
    name: str
    district: str
    figures: ReportRow
    last_sync: datetime | None
    silent: bool

    @property
    def conversion(self) -> float | None:
        return conversion(self.figures)


@dataclass(frozen=True)
class FairPage:
    fair: FairLine
    filters: Filters
    total: ReportRow
    days: list[ReportRow]
    hours: list[ReportRow]
    booths: list[BoothLine]


def office_today(now: datetime) -> date:
    return now.astimezone(OFFICE_TZ).date()


def fair_status(starts_on: date, ends_on: date, today: date) -> str:
    if today < starts_on:
        return "upcoming"
    return "on" if today <= ends_on else "ended"


def _empty(key: str, label: str) -> ReportRow:
    return ReportRow(key=key, label=label, sales_count=0, gross_sales=0, refunds=0, revenue=0,
                     visitors=0)


def _fair_booths(session: Session, fair_id: int | None, district: str | None) -> dict[int, int]:
    """Booths per fair: every booth ever assigned to it (booth_fairs keeps the history)."""
    query = (select(BoothFair.fair_id, func.count(func.distinct(BoothFair.booth_id)))
             .join(Booth, Booth.id == BoothFair.booth_id).group_by(BoothFair.fair_id))
    if fair_id is not None:
        query = query.where(BoothFair.fair_id == fair_id)
    if district is not None:
        query = query.where(Booth.district == district)
    return {f: int(n) for f, n in session.execute(query)}


def fairs_overview(session: Session, district: str | None, now: datetime) -> list[FairLine]:
    """Every fair, newest first, with its totals; a district's viewer sees the fairs where
    that district had a booth or made a sale, with that district's figures only."""
    rows = {r.key: r for r in sales_report(session, "fair", Filters(district=district)).rows}
    booths = _fair_booths(session, None, district)
    today = office_today(now)
    lines = []
    for fair in session.scalars(select(Fair).order_by(Fair.starts_on.desc(), Fair.code)):
        if district is not None and fair.id not in booths and str(fair.id) not in rows:
            continue
        lines.append(_fair_line(fair, today, booths.get(fair.id, 0),
                                rows.get(str(fair.id), _empty(str(fair.id), fair.name))))
    return lines


def _fair_line(fair: Fair, today: date, booths: int, figures: ReportRow) -> FairLine:
    return FairLine(fair.id, fair.code, fair.name, fair.place, fair.starts_on, fair.ends_on,
                    fair_status(fair.starts_on, fair.ends_on, today), booths, figures)


def fair_page(session: Session, fair_id: int, district: str | None, date_from: date | None,
              date_to: date | None, now: datetime) -> FairPage | None:
    fair = session.get(Fair, fair_id)
    if fair is None:
        return None
    filters = Filters(fair_id=fair_id, district=district, date_from=date_from, date_to=date_to)
    by_booth = sales_report(session, "booth", filters)
    days = sales_report(session, "day", filters).rows
    hours = sales_report(session, "hour", filters).rows
    line = _fair_line(fair, office_today(now), _fair_booths(session, fair_id, district)
                      .get(fair_id, 0), by_booth.total)
    booths = _booth_lines(session, fair_id, district, by_booth.rows,
                          watch=line.status == "on", now=now)
    return FairPage(line, filters, by_booth.total, days, hours, booths)


def _booth_lines(session: Session, fair_id: int, district: str | None, rows: list[ReportRow],
                 *, watch: bool, now: datetime) -> list[BoothLine]:
    """The fair's booths (assigned to it, or with figures for it) with their figures and the
    last time any of their laptops reached the hub. A booth is flagged silent only while the
    fair is on: after it ends every booth goes quiet, and a page of red flags says nothing."""
    figures = {int(r.key): r for r in rows if r.key.isdigit()}
    assigned = select(BoothFair.booth_id).where(BoothFair.fair_id == fair_id)
    query = select(Booth).where(Booth.id.in_(assigned) | Booth.id.in_(list(figures)))
    if district is not None:
        query = query.where(Booth.district == district)
    last_seen = dict(session.execute(
        select(Device.booth_id, func.max(Device.last_seen_at)).group_by(Device.booth_id)).all())
    lines = []
    for booth in session.scalars(query):
        seen = last_seen.get(booth.id)
        lines.append(BoothLine(
            booth.id, booth.code, booth.name, booth.district,
            figures.get(booth.id, _empty(str(booth.id), booth.code)), seen,
            watch and (seen is None or now - seen > SILENT_AFTER)))
    return lines


def sort_booths(lines: list[BoothLine], key: str, descending: bool) -> list[BoothLine]:
    """Server-side sorting by one column; empty values (no visitors, never synced) last."""
    getters: dict[str, Any] = {
        "code": lambda b: b.code, "name": lambda b: b.name.casefold(),
        "district": lambda b: b.district.casefold(), "sales": lambda b: b.figures.sales_count,
        "gross": lambda b: b.figures.gross_sales, "refunds": lambda b: b.figures.refunds,
        "revenue": lambda b: b.figures.revenue, "visitors": lambda b: b.figures.visitors,
        "conversion": lambda b: b.conversion, "last_sync": lambda b: b.last_sync,
    }
    get = getters.get(key, getters["revenue"])
    present = [b for b in lines if get(b) is not None]
    missing = [b for b in lines if get(b) is None]
    present.sort(key=lambda b: b.code)  # a stable tie-break, whatever the column
    present.sort(key=get, reverse=descending)
    return present + sorted(missing, key=lambda b: b.code)
