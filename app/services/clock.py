"""Device time: UTC plus the device's offset, and local display in the booth's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.config import DEFAULT_TIMEZONE


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_offset_minutes(at: datetime | None = None) -> int:
    """The offset the device's own clock runs at, recorded beside every fact."""
    moment = (at or now_utc()).astimezone()
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def local_today(tz: str = DEFAULT_TIMEZONE, at: datetime | None = None) -> date:
    """The booth's calendar day (staff at a fair think in it, not in UTC)."""
    return (at or now_utc()).astimezone(ZoneInfo(tz)).date()


def local_day_start_utc(tz: str = DEFAULT_TIMEZONE, at: datetime | None = None) -> datetime:
    """Midnight of the booth's day, in UTC: what 'today' means to staff at the fair."""
    local = (at or now_utc()).astimezone(ZoneInfo(tz))
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def to_local(moment: datetime, tz: str = DEFAULT_TIMEZONE) -> datetime:
    return moment.astimezone(ZoneInfo(tz))


def format_local(moment: datetime, tz: str = DEFAULT_TIMEZONE) -> str:
    return to_local(moment, tz).strftime("%d/%m/%Y %H:%M")
