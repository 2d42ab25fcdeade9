"""Visitor counting: "+1 khách" at the door, "−1" to undo a mistaken press.

Counts are absolute per booth, fair and hour, so the hub can take the latest value for an hour
and a re-sent fact changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import VisitorCount
from app.services.clock import now_utc
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.outbox import enqueue


def hour_start(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def add_visitors(
    db: Database,
    location_id: int,
    fair_id: int | None,
    delta: int = 1,
    at: datetime | None = None,
) -> int:
    """Change this hour's count by delta; returns the new total for this hour."""
    hour = hour_start(at or now_utc())
    with db.write() as session:
        row = session.scalars(
            select(VisitorCount).where(
                VisitorCount.location_id == location_id,
                VisitorCount.fair_id.is_(fair_id)
                if fair_id is None
                else VisitorCount.fair_id == fair_id,
                VisitorCount.hour_utc == hour,
            )
        ).first()
        if row is None:
            row = VisitorCount(location_id=location_id, fair_id=fair_id, hour_utc=hour, count=0)
            session.add(row)
        if row.count + delta < 0:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Không còn lượt khách nào để trừ trong giờ này")
            )
        row.count += delta
        session.flush()
        enqueue(
            session,
            "visitor_count",
            {
                "location_id": location_id,
                "fair_id": fair_id,
                "hour_utc": hour.isoformat(),
                "count": row.count,
            },
        )
        return row.count


def visitors_between(session: Session, location_id: int, start: datetime, end: datetime) -> int:
    """Visitors in the hours that overlap [start, end]."""
    return (
        session.scalar(
            select(func.coalesce(func.sum(VisitorCount.count), 0)).where(
                VisitorCount.location_id == location_id,
                VisitorCount.hour_utc >= hour_start(start),
                VisitorCount.hour_utc <= end,
            )
        )
        or 0
    )


def visitors_by_hour(
    db: Database, location_id: int, start: datetime, end: datetime
) -> list[tuple[datetime, int]]:
    """(hour start in UTC, count) for every counted hour in [start, end], oldest first."""
    with db.read() as session:
        rows = session.execute(
            select(VisitorCount.hour_utc, func.sum(VisitorCount.count))
            .where(
                VisitorCount.location_id == location_id,
                VisitorCount.hour_utc >= hour_start(start),
                VisitorCount.hour_utc <= end,
            )
            .group_by(VisitorCount.hour_utc)
            .order_by(VisitorCount.hour_utc)
        ).all()
    return [(hour, int(count)) for hour, count in rows if count]


def visitors_today(db: Database, location_id: int, day_start_utc: datetime) -> int:
    with db.read() as session:
        return visitors_between(session, location_id, day_start_utc, now_utc())
