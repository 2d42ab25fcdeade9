"""Star-rating watch: which products' OCOP stars expire within 90 days or have expired.

Ratings last 36 months and must then be re-assessed (Decision 148/QĐ-TTg). The status bar
shows a badge with the two counts; the watch list tells the manager which products to send for
re-assessment. "Today" is the booth's calendar day (settings "timezone"), so a rating that
expires at midnight expires at the booth's midnight. The rule itself is app.services.stars.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.db import Database
from app.services import settings
from app.services.catalog_listing import Page, ProductRow, list_products
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.stars import EXPIRY_WARNING_DAYS, StarStatus, may_show_stars, star_status


def booth_today(db: Database) -> date:
    return datetime.now(ZoneInfo(settings.load(db).timezone)).date()


@dataclass(frozen=True)
class StarBadge:
    expiring: int  # still valid, ends within 90 days
    expired: int

    @property
    def visible(self) -> bool:
        return bool(self.expiring or self.expired)

    @property
    def template(self) -> str:
        return QT_TRANSLATE_NOOP("status", "Sao OCOP: {expired} hết hạn, {expiring} sắp hết hạn")

    @property
    def text(self) -> str:
        return self.template.format(expired=self.expired, expiring=self.expiring)


def star_badge(db: Database, today: date | None = None) -> StarBadge:
    """Counts for the status bar (active products only: retired ones need no re-assessment)."""
    today = today or booth_today(db)
    warn = (today + timedelta(days=EXPIRY_WARNING_DAYS)).isoformat()
    row = db.hot_reader().execute(
        "SELECT sum(star_expires_on IS NULL OR star_expires_on < ?), "
        "sum(star_expires_on BETWEEN ? AND ?) FROM products WHERE active = 1 AND stars IS NOT NULL",
        (today.isoformat(), today.isoformat(), warn),
    ).fetchone()
    return StarBadge(expiring=int(row[1] or 0), expired=int(row[0] or 0))


def star_watch(
    db: Database, today: date | None = None, *, include_expiring: bool = True,
    include_expired: bool = True, query: str = "", offset: int = 0, limit: int = 500,
) -> Page[ProductRow]:
    """The watch list, soonest expiry first (expired ones, longest expired, at the top)."""
    today = today or booth_today(db)
    wanted = [s for s, on in ((StarStatus.EXPIRED, include_expired),
                              (StarStatus.EXPIRING, include_expiring)) if on]
    rows: list[ProductRow] = []
    total = 0
    for status in wanted:
        page = list_products(db, query, star_filter=status, sort="star_expires_on",
                             today=today, offset=0, limit=100_000)
        rows.extend(page.rows)
        total += page.total
    return Page(tuple(rows[offset:offset + limit]), total, offset, limit)


@dataclass(frozen=True)
class StarLabel:
    """What a badge beside a product shows: ★★★★ and the dates, or why not."""

    status: StarStatus
    stars: int | None
    shown: bool  # may the stars be shown today (labels rely on this)
    certified_on: date | None
    expires_on: date | None
    days_left: int | None  # negative once expired

    @property
    def text(self) -> str:
        if self.stars is None:
            return ""
        stars = "★" * self.stars
        until = self.expires_on.strftime("%d/%m/%Y") if self.expires_on else "?"
        if self.status is StarStatus.EXPIRED:
            return f"{stars} hết hạn {until}"
        if self.status is StarStatus.EXPIRING:
            return f"{stars} đến {until} (còn {self.days_left} ngày)"
        return f"{stars} đến {until}"


def star_label(
    stars: int | None, certified_on: date | None, expires_on: date | None, today: date
) -> StarLabel:
    status = star_status(stars, expires_on, today)
    days = (expires_on - today).days if expires_on else None
    return StarLabel(status, stars, may_show_stars(stars, expires_on, today), certified_on,
                     expires_on, days)


def may_show_product_stars(db: Database, product_id: int, today: date | None = None) -> bool:
    """May this product show OCOP stars today? An expired product still sells, without stars."""
    row = db.hot_reader().execute(
        "SELECT stars, star_expires_on FROM products WHERE id = ?", (product_id,)
    ).fetchone()
    if row is None:
        return False
    expires = date.fromisoformat(row[1]) if row[1] else None
    return may_show_stars(row[0], expires, today or booth_today(db))
