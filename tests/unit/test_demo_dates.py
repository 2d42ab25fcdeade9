"""Demo data is dated relative to the day it is made, so it looks the same on any day:
the demo fair is under way, three ratings have expired and three expire within 90 days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.models import Fair, Sale, StockMove
from app.services import settings, stock_query
from app.services.clock import local_today, to_local
from app.services.demo import DEMO_RECEIPT, load_demo
from app.services.star_watch import star_badge


@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2027, 12, 5), date(2028, 2, 29),
                                   date(2031, 1, 1)])
def test_the_demo_looks_the_same_on_any_day(db, today):
    load_demo(db, sales=40, today=today)
    badge = star_badge(db, today)
    assert (badge.expired, badge.expiring) == (3, 3)
    with db.read() as session:
        fair = session.get(Fair, settings.load(db).fair_id)
        assert fair.starts_on < today < fair.ends_on
        days = {to_local(s.created_utc).date() for s in session.scalars(select(Sale))}
    assert days and min(days) >= fair.starts_on and max(days) < today


def test_by_default_the_demo_is_made_for_the_booths_today(db):
    load_demo(db)
    today = local_today()
    with db.read() as session:
        fair = session.get(Fair, settings.load(db).fair_id)
    assert fair.starts_on == today - timedelta(days=3)  # the file's fair began 3 days before
    assert star_badge(db).expired == 3


def test_the_demo_never_sells_what_it_has_not_received(db):
    load_demo(db, sales=500)
    assert stock_query.negative_balances(db) == []
    with db.read() as session:
        first_sale = session.scalar(select(func.min(Sale.created_utc)))
        last_receipt = session.scalar(select(func.max(StockMove.created_utc))
                                      .where(StockMove.reason == DEMO_RECEIPT))
    assert last_receipt < first_sale  # the goods were there before the first customer
