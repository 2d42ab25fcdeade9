"""Report periods: what "this shift", "today", "this fair", "this month" mean at the booth.

Staff think in the booth's calendar (settings "timezone", Asia/Ho_Chi_Minh by default), while
every fact is stored in UTC, so a period is resolved once into local days AND the UTC bounds
the SQL compares with: [lo, hi), lo included, hi excluded.

- today: the booth's current day;
- month: the 1st of this month up to today (month to date: the days still ahead have no sales,
  and counting them would make every comparison look like a fall);
- fair: the booth's current fair (settings "fair_id"), first day up to today, or its whole
  span when it has not started yet or is over;
- shift: the open shift from its opening until now, or else the last closed shift;
- custom: any days first..last, both included.

The previous period is the one of the same length just before: the same number of days for
the day-based kinds (yesterday for today; the 24 days before for 24 days of a month), the same
length of time for a shift. One rule for every kind, so the comparison is always like for like.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.db import Database
from app.models import Fair, Shift
from app.services import settings
from app.services.clock import local_today, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.settlement import period_bounds

PERIOD_KINDS = ("shift", "today", "fair", "month", "custom")
PERIOD_LABELS = {
    "shift": QT_TRANSLATE_NOOP("reports", "Ca này"),
    "today": QT_TRANSLATE_NOOP("reports", "Hôm nay"),
    "fair": QT_TRANSLATE_NOOP("reports", "Hội chợ này"),
    "month": QT_TRANSLATE_NOOP("reports", "Tháng này"),
    "custom": QT_TRANSLATE_NOOP("reports", "Khoảng ngày"),
    "previous": QT_TRANSLATE_NOOP("reports", "Kỳ trước"),
}
MAX_DAYS = 3660  # ten years: a typo in a year is refused instead of listing 36,500 days


@dataclass(frozen=True)
class Period:
    kind: str
    start: date  # first local day (shown)
    end: date  # last local day, included (shown)
    lo: datetime  # aware UTC, included
    hi: datetime  # aware UTC, excluded
    timezone: str

    @property
    def whole_days(self) -> bool:
        """True when the bounds are the local midnights of start and end + 1."""
        return (self.lo, self.hi) == period_bounds(self.start, self.end, self.timezone)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        if self.whole_days:
            end = self.start - timedelta(days=1)
            start = end - timedelta(days=self.days - 1)
            lo, hi = period_bounds(start, end, self.timezone)
            return Period("previous", start, end, lo, hi, self.timezone)
        lo = self.lo - (self.hi - self.lo)
        return _between("previous", lo, self.lo, self.timezone)

    def text(self) -> str:
        """'20/11/2026 – 23/11/2026', one day alone, or times for a part of a day."""
        if self.whole_days:
            if self.start == self.end:
                return f"{self.start:%d/%m/%Y}"
            return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"
        zone = ZoneInfo(self.timezone)
        lo, hi = self.lo.astimezone(zone), self.hi.astimezone(zone)
        tail = f"{hi:%H:%M}" if lo.date() == hi.date() else f"{hi:%d/%m/%Y %H:%M}"
        return f"{lo:%d/%m/%Y %H:%M} – {tail}"


def _between(kind: str, lo: datetime, hi: datetime, tz: str) -> Period:
    """A stretch of time that need not start or end at midnight (a shift)."""
    zone = ZoneInfo(tz)
    first = lo.astimezone(zone).date()
    last = (hi - timedelta(microseconds=1)).astimezone(zone).date()
    return Period(kind, first, max(first, last), lo, hi, tz)


def day_period(start: date, end: date, tz: str, kind: str = "custom") -> Period:
    """Days start..end in the booth's zone; refuses end before start and absurd spans."""
    lo, hi = period_bounds(start, end, tz)  # says "end before start" in the user's words
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Kỳ báo cáo quá dài: tối đa {days} ngày"), days=MAX_DAYS
        )
    return Period(kind, start, end, lo, hi, tz)


def resolve_period(
    db: Database, kind: str, start: date | None = None, end: date | None = None,
    at: datetime | None = None,
) -> Period:
    """The period a user picked, in the booth's zone, as of ``at`` (default: now)."""
    booth = settings.load(db)
    tz = booth.timezone
    now = at or now_utc()
    today = local_today(tz, now)
    if kind == "today":
        return day_period(today, today, tz, kind)
    if kind == "month":
        return day_period(today.replace(day=1), today, tz, kind)
    if kind == "custom":
        if start is None or end is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Hãy chọn ngày đầu và ngày cuối kỳ"))
        return day_period(start, end, tz, kind)
    if kind == "fair":
        return _fair_period(db, booth.fair_id, today, tz)
    if kind == "shift":
        return _shift_period(db, booth.location_id, now, tz)
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Không có loại kỳ báo cáo “{kind}”"),
                          kind=kind)


def _fair_period(db: Database, fair_id: int | None, today: date, tz: str) -> Period:
    with db.read() as session:
        fair = session.get(Fair, fair_id) if fair_id is not None else None
        if fair is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "Gian hàng chưa được gán cho hội chợ nào")
            )
        first, last = fair.starts_on, fair.ends_on
    if first <= today <= last:
        last = today
    return day_period(first, last, tz, "fair")


def _shift_period(db: Database, location_id: int | None, now: datetime, tz: str) -> Period:
    with db.read() as session:
        query = select(Shift).order_by(Shift.opened_utc.desc()).limit(1)
        if location_id is not None:
            query = query.where(Shift.location_id == location_id)
        shift = session.scalars(query.where(Shift.status == "open")).first()
        shift = shift or session.scalars(query).first()
        if shift is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Chưa có ca bán hàng nào"))
        lo, hi = shift.opened_utc, shift.closed_utc or max(now, shift.opened_utc)
    # An open shift's end is "now": a sale confirmed this very microsecond still counts.
    return _between("shift", lo, hi + timedelta(microseconds=1), tz)
