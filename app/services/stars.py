"""OCOP star ratings: when a product may show its stars.

A rating lasts 36 months from certification and must then be re-assessed (Decision
148/QĐ-TTg). An expired product still sells, but labels and screens must not show stars it no
longer holds; the manager is warned 90 days ahead. This is the one place that rule lives.
"""

from __future__ import annotations

import calendar
from datetime import date
from enum import StrEnum

RATING_VALIDITY_MONTHS = 36
EXPIRY_WARNING_DAYS = 90


class StarStatus(StrEnum):
    NONE = "none"  # not rated
    VALID = "valid"
    EXPIRING = "expiring"  # valid, but within EXPIRY_WARNING_DAYS of its end
    EXPIRED = "expired"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_for(certified_on: date) -> date:
    return add_months(certified_on, RATING_VALIDITY_MONTHS)


def star_status(stars: int | None, expires_on: date | None, today: date) -> StarStatus:
    if not stars:
        return StarStatus.NONE
    if expires_on is None or expires_on < today:
        return StarStatus.EXPIRED
    if (expires_on - today).days <= EXPIRY_WARNING_DAYS:
        return StarStatus.EXPIRING
    return StarStatus.VALID


def may_show_stars(stars: int | None, expires_on: date | None, today: date) -> bool:
    """Whether a label or screen may show the OCOP stars today."""
    return star_status(stars, expires_on, today) in (StarStatus.VALID, StarStatus.EXPIRING)
