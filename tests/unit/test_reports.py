"""Sales reports: exact figures for the hand-made week (tests/unit/reports_scenario.py) at the
demo booth, each checked against plain SQL written here."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Product
from app.services.errors import ValidationError
from app.services.reporting import build_report, resolve_period
from app.services.reporting.period import day_period
from app.services.settlement import list_settlements, settle
from tests.unit.reports_scenario import (
    DAY,
    HONEY,
    PERIOD,
    TODAY,
    TZ,
    dmy,
    iso,
    week_fixture,  # noqa: F401 - the fixture `week`
)


def _sql(db, query: str, *params) -> list[tuple]:
    """The plain SQL the figures are checked against (local day = UTC + 7 hours)."""
    with sqlite3.connect(db.paths.database) as conn:
        return conn.execute(query, params).fetchall()


def test_headline_figures_match_plain_sql(week):
    report = build_report(week, day_period(*PERIOD, TZ))
    (sales, gross), = _sql(week, "SELECT count(*), sum(total) FROM sales WHERE status = "
                                 "'completed' AND date(created_utc, '+7 hours') BETWEEN ? AND ?",
                           iso(22), iso(23))
    (refunds,), = _sql(week, "SELECT sum(total) FROM refunds WHERE date(created_utc, "
                             "'+7 hours') BETWEEN ? AND ?", iso(22), iso(23))
    cur = report.current
    assert (cur.sales, cur.gross, cur.refunds) == (sales, gross, refunds) == (4, 3_300_000, 700_000)
    # S6 trà; S1 2 honey; S2 honey + trà; S3 3 trà + 1,25 kg nem chua
    assert cur.gross == 450_000 + 500_000 + 700_000 + 1_350_000 + 300_000
    assert cur.revenue == 2_600_000 and cur.refund_count == 2
    assert (cur.void_count, cur.voids) == (1, 1_250_000)
    assert cur.average_basket == 825_000 and cur.visitors == 35
    assert cur.conversion == Decimal("11.4")  # 4 sales per 35 visitors
    prev = report.previous
    assert report.previous_period.start == DAY[20]
    assert (prev.sales, prev.gross, prev.refunds, prev.visitors) == (1, 250_000, 0, 4)
    assert report.change("revenue") == Decimal("940.0")
    assert report.change("conversion") == Decimal("-54.4")  # 11,4 against 25,0
    assert not report.empty and report.notes


def test_by_day_and_hour_count_refunds_when_made(week):
    report = build_report(week, day_period(*PERIOD, TZ))
    days = report.groupings["day"].rows
    expected = dict(_sql(week, "SELECT d, sum(v) FROM (SELECT date(created_utc, '+7 hours') d, "
                               "total v FROM sales WHERE status = 'completed' UNION ALL SELECT "
                               "date(created_utc, '+7 hours'), -total FROM refunds) GROUP BY d"))
    assert [(r.key, r.current.revenue) for r in days] == [
        (iso(22), expected[iso(22)]), (iso(23), expected[iso(23)])]
    assert [r.current.revenue for r in days] == [1_650_000 - 250_000, 1_650_000 - 450_000]
    assert [(r.compared_label, r.previous.revenue) for r in days] == [
        (dmy(20), 0), (dmy(21), 250_000)]
    assert days[1].current.visitors == 20 and days[1].current.conversion == Decimal("5.0")
    hours = {r.key: r for r in report.groupings["hour"].rows}
    assert list(hours) == [str(h) for h in range(0, 16)]  # 00h..15h, quiet hours included
    assert hours["8"].current.gross == 500_000 + 1_650_000 and hours["8"].current.visitors == 30
    assert hours["9"].current.refunds == 450_000 and hours["9"].current.count == 0
    assert hours["15"].current.revenue == -250_000  # the refund of 21/11's honey
    assert hours["10"].previous.revenue == 250_000 and hours["10"].previous.visitors == 4
    assert hours["8"].label == "08:00–09:00"
    assert sum(r.current.revenue for r in hours.values()) == report.current.revenue


def test_goods_and_payment_groupings_add_up(week):
    report = build_report(week, day_period(*PERIOD, TZ))
    products = {r.code: r for r in report.groupings["product"].rows}
    assert products["TRA-HV-100"].current.quantity == 1 + 1 + 3 - 1
    assert products["TRA-HV-100"].current.revenue == 4 * 450_000
    assert products["MO-BC-500"].current.quantity == 3 - 1  # S1, S2, less 21/11's refund
    assert products["MO-BC-500"].previous.revenue == 250_000
    assert products["NEM-QY"].current.quantity == Decimal("1.25")
    assert products["NEM-QY"].unit == "kg"
    assert report.groupings["product"].rows[0].code == "TRA-HV-100"  # best seller first
    categories = {r.label: r.current.revenue for r in report.groupings["category"].rows}
    assert categories == {"Trà": 1_800_000, "Nông sản": 500_000, "Thực phẩm chế biến": 300_000}
    methods = {r.key: r for r in report.groupings["payment"].rows}
    assert methods["cash"].current.gross == 450_000 + 500_000 + 1_050_000
    assert methods["cash"].current.refunds == 250_000 and methods["cash"].current.count == 3
    assert methods["card"].current.revenue == 600_000 - 450_000
    assert methods["vietqr"].current.revenue == 700_000 and methods["vietqr"].label
    for grouping in report.groupings.values():
        assert grouping.current.revenue == report.current.revenue, grouping.by


def test_producer_owed_matches_settlement(week):
    report = build_report(week, day_period(*PERIOD, TZ))
    rows = {r.label: r for r in report.groupings["producer"].rows}
    for summary in list_settlements(week, *PERIOD):
        sheet = settle(week, summary.producer_id, *PERIOD)
        row = rows.get(summary.producer_name)
        assert (row.current.owed if row else 0) == sheet.amount_owed, summary.producer_name
    honey = rows["Hộ sản xuất mật ong Lương Mông"]
    assert honey.current.owed == 2 * 150_000 and honey.current.revenue == 500_000
    assert honey.previous.owed == 150_000
    assert rows["Hộ sản xuất nem chua Yên Giang"].current.owed == 180_000  # 1,25 × 144.000
    assert rows["HTX Trà hoa vàng Thanh Sơn"].current.owed == 0  # bought outright
    assert rows["HTX Trà hoa vàng Thanh Sơn"].code


def test_periods_resolve_in_the_booth_zone(week):
    today = resolve_period(week, "today")
    assert (today.start, today.end) == (DAY[24],) * 2
    assert today.lo == datetime.combine(DAY[23], time(17), tzinfo=UTC)  # local midnight
    assert today.previous().start == DAY[23]
    month = resolve_period(week, "month")
    first = TODAY.replace(day=1)
    assert (month.start, month.end) == (first, TODAY)
    before = month.previous()  # on the default pin: 8-31/10 against 1-24/11
    assert before.end == first - timedelta(days=1) and before.days == TODAY.day
    fair = resolve_period(week, "fair")
    assert fair.start == DAY[21] and fair.end == TODAY  # the demo fair began 3 days ago
    shift = resolve_period(week, "shift")  # the cashier's open shift, until now
    assert shift.lo <= shift.hi and not shift.whole_days
    assert shift.previous().hi == shift.lo
    assert build_report(week, today).current.sales == 1
    with pytest.raises(ValidationError, match="trước ngày đầu kỳ"):
        day_period(DAY[23], DAY[22], TZ)
    with pytest.raises(ValidationError):
        resolve_period(week, "year")


def test_empty_period_and_unknown_grouping(week):
    empty = build_report(week, day_period(TODAY - timedelta(days=90),
                                          TODAY - timedelta(days=60), TZ))
    assert empty.empty and all(not g.rows for k, g in empty.groupings.items() if k != "day")
    assert len(empty.groupings["day"].rows) == 31
    with pytest.raises(ValidationError, match="nhóm"):
        build_report(week, day_period(*PERIOD, TZ), ["week"])
    with week.read() as s:
        assert s.scalar(select(Product.id).where(Product.barcode == HONEY))


def test_this_shift_is_a_stretch_of_time(week, cashier_till):
    from app.services.visitors import add_visitors
    from tests.unit.reports_scenario import TEA, _sell

    _sell(week, cashier_till, [(TEA, 2)], [("cash", None)], datetime.now(UTC))
    add_visitors(week, cashier_till.location_id, cashier_till.fair_id, 3)
    shift = resolve_period(week, "shift")
    assert shift.kind == "shift" and not shift.whole_days
    assert shift.text().startswith(dmy(24))  # opened today, until now
    report = build_report(week, shift, ["hour", "day"])
    assert (report.current.sales, report.current.gross) == (1, 900_000)
    assert report.current.visitors == 3  # this hour's count: the shift opened in it
    assert report.previous_period.hi == shift.lo
    assert report.previous_period.hi - report.previous_period.lo == shift.hi - shift.lo
    assert [r.key for r in report.groupings["day"].rows] == [iso(24)]
    assert report.groupings["hour"].current.revenue == 900_000
