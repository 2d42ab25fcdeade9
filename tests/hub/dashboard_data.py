"""A fair with figures for the dashboard's tests (tests/hub and the browser's tests/web), and
the plain SQL sums the pages must equal: written straight over the fact tables, not through
server/reports.py, so a wrong rule there cannot agree with itself."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from server import admin
from server.models.base import utcnow
from server.web.users import create_user
from tests.hub.conftest import Hub
from tests.hub.factories import ICT, refund_fact, sale_fact, sale_line, visitor_fact, void_fact

MIEN = {"sku": "DB-MIEN", "name": "Miến dong", "price": 45_000}
TRA = {"sku": "DB-TRA", "name": "Trà hoa vàng", "price": 250_000}
PASSWORD = "mật-khẩu-đủ-dài"


def first_day() -> date:
    """The fair's first day of sales: three days before the (pinned) today in Hạ Long, so
    the fair is on whatever day the suite runs (CI runs it a year ahead too)."""
    return utcnow().astimezone(ICT).date() - timedelta(days=3)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """``hour``:``minute`` UTC on the fair's sales day ``day`` (0 or 1)."""
    d = first_day() + timedelta(days=day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)


@dataclass
class FairData:
    fair_id: int
    fair_code: str
    district_a: str
    district_b: str
    booth_a: str
    booth_b: str
    booth_quiet: str  # assigned to the fair, never synced
    admin: str
    viewer: str
    district_viewer: str  # limited to district_a


def seed_fair(hub: Hub) -> FairData:
    """Two syncing booths in two districts plus a silent one; sales over two local days, a
    void, a refund, visitors (one hour counted twice: the later count wins)."""
    tag = uuid.uuid4().hex[:6]
    fair_code = f"QN{tag.upper()}"
    fair_id = admin.create_fair(hub.db, fair_code, f"Hội chợ OCOP Quảng Ninh {tag.upper()}",
                                first_day() - timedelta(days=1), first_day() + timedelta(days=8),
                                place="Hạ Long")
    district_a, district_b = f"Đầm Hà {tag}", f"Tiên Yên {tag}"
    a = hub.enroll(hub.new_booth(fair_code, district=district_a))
    b = hub.enroll(hub.new_booth(fair_code, district=district_b))
    quiet = hub.new_booth(fair_code, district=district_b)
    s1 = sale_fact([sale_line(**MIEN, quantity="2"), sale_line(**TRA, quantity="1")],
                   fair_id=fair_id, when=at(0, 3))
    s2 = sale_fact([sale_line(**MIEN, quantity="1")], fair_id=fair_id, when=at(1, 2))
    s3 = sale_fact([sale_line(**TRA, quantity="1")], fair_id=fair_id, when=at(1, 3))
    s4 = sale_fact([sale_line(**MIEN, quantity="3")], fair_id=fair_id, when=at(0, 17, 30))
    a_facts = [
        s1, s2, s3, void_fact(s3), refund_fact(s1, line_index=1, amount=250_000),
        visitor_fact(10, hour=at(0, 3), fair_id=fair_id, seq=20_000_001),
        visitor_fact(12, hour=at(0, 3), fair_id=fair_id, seq=20_000_002),
        visitor_fact(7, hour=at(1, 2), fair_id=fair_id, seq=20_000_003),
    ]
    for device, facts in ((a, a_facts),
                          (b, [s4, visitor_fact(5, hour=at(1, 4), fair_id=fair_id)])):
        body = device.results(facts)
        assert {r["status"] for r in body["results"]} == {"inserted"}
    names = [f"{role} {tag}" for role in ("admin", "viewer", "district")]
    create_user(hub.db, names[0], PASSWORD, "admin")
    create_user(hub.db, names[1], PASSWORD, "viewer")
    create_user(hub.db, names[2], PASSWORD, "viewer", district_a)
    return FairData(fair_id, fair_code, district_a, district_b, a.booth_code, b.booth_code,
                    quiet, *names)


# One statement per figure, as the module docstring of server/reports.py defines it.
_KEPT = ("NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id AND v.booth_id = s.booth_id)"
         " AND s.fair_id = :fair AND (CAST(:district AS VARCHAR) IS NULL OR s.booth_id IN "
         "(SELECT id FROM booths WHERE district = :district))")
SQL_SALES = f"SELECT COUNT(*), COALESCE(SUM(s.total), 0) FROM sales s WHERE {_KEPT}"
SQL_REFUNDS = ("SELECT COALESCE(SUM(r.total), 0) FROM refunds r JOIN sales s "
               f"ON s.id = r.sale_id AND s.booth_id = r.booth_id WHERE {_KEPT}")
SQL_VISITORS = ("SELECT COALESCE(SUM(c.count), 0) FROM visitor_counts c WHERE c.fair_id = :fair "
                "AND (CAST(:district AS VARCHAR) IS NULL OR c.booth_id IN "
                "(SELECT id FROM booths WHERE district = :district))")


def sql_totals(hub: Hub, fair_id: int, district: str | None = None) -> dict[str, int]:
    """Revenue, gross, refunds, sales and visitors of a fair, by plain SQL."""
    params = {"fair": fair_id, "district": district}
    with hub.db.engine.connect() as conn:
        sales, gross = conn.execute(text(SQL_SALES), params).one()
        refunds = conn.execute(text(SQL_REFUNDS), params).scalar_one()
        visitors = conn.execute(text(SQL_VISITORS), params).scalar_one()
    return {"revenue": int(gross) - int(refunds), "gross": int(gross), "refunds": int(refunds),
            "sales": int(sales), "visitors": int(visitors)}
