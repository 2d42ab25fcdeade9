"""The reports API gives back exactly what the booths uploaded."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from tests.hub.factories import refund_fact, sale_fact, sale_line, visitor_fact, void_fact

MIEN = {"sku": "RPT-MIEN", "name": "Miến dong", "price": 45_000}
TRA = {"sku": "RPT-TRA", "name": "Trà hoa vàng", "price": 250_000}


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def fair_figures(isolated_hub):
    """Two booths at one new fair: sales over two local days, a void, a refund, visitors."""
    hub = isolated_hub
    fair_code, fair_id = hub.new_fair()
    tag = uuid.uuid4().hex[:6]
    a = hub.enroll(hub.new_booth(fair_code, district=f"Đầm Hà {tag}"))
    b = hub.enroll(hub.new_booth(fair_code, district=f"Tiên Yên {tag}"))
    s1 = sale_fact([sale_line(**MIEN, quantity="2"), sale_line(**TRA, quantity="1")],
                   fair_id=fair_id, when=_at(21, 3))
    s2 = sale_fact([sale_line(**MIEN, quantity="1")], fair_id=fair_id, when=_at(22, 2))
    s3 = sale_fact([sale_line(**TRA, quantity="1")], fair_id=fair_id, when=_at(22, 3))
    # 17:30 UTC on the 21st is 00:30 on the 22nd at the booth (UTC+7).
    s4 = sale_fact([sale_line(**MIEN, quantity="3")], fair_id=fair_id, when=_at(21, 17, 30))
    a_facts = [
        s1, s2, s3, void_fact(s3), refund_fact(s1, line_index=1, amount=250_000),
        visitor_fact(10, hour=_at(21, 3), fair_id=fair_id, seq=10_000_001),
        visitor_fact(12, hour=_at(21, 3), fair_id=fair_id, seq=10_000_002),
        visitor_fact(7, hour=_at(22, 2), fair_id=fair_id, seq=10_000_003),
    ]
    for device, facts in ((a, a_facts),
                          (b, [s4, visitor_fact(5, hour=_at(22, 4), fair_id=fair_id)])):
        body = device.results(facts)
        assert {r["status"] for r in body["results"]} == {"inserted"}
        device.results(facts)  # re-sent: must change nothing
    return hub, fair_id, a, b


def _report(hub, headers, **params):
    r = hub.http.get("/api/v1/reports/sales", params=params, headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    return body, {row["key"]: row for row in body["rows"]}


def _figures(row):
    return (row["sales_count"], row["gross_sales"], row["refunds"], row["revenue"],
            row["visitors"])


def test_reports_equal_the_uploaded_facts(fair_figures):
    hub, fair_id, a, b = fair_figures
    headers = hub.admin_headers()
    body, rows = _report(hub, headers, group_by="booth", fair_id=fair_id)
    assert _figures(rows[str(a.booth_id)]) == (2, 385_000, 250_000, 135_000, 19)
    assert _figures(rows[str(b.booth_id)]) == (1, 135_000, 0, 135_000, 5)
    assert _figures(body["total"]) == (3, 520_000, 250_000, 270_000, 24)

    _, rows = _report(hub, headers, group_by="day", fair_id=fair_id)
    assert _figures(rows["2026-11-21"]) == (1, 340_000, 250_000, 90_000, 12)
    assert _figures(rows["2026-11-22"]) == (2, 180_000, 0, 180_000, 12)

    _, rows = _report(hub, headers, group_by="district", fair_id=fair_id)
    assert sorted(_figures(r) for r in rows.values()) == [
        (1, 135_000, 0, 135_000, 5), (2, 385_000, 250_000, 135_000, 19)]

    _, rows = _report(hub, headers, group_by="product", fair_id=fair_id)
    assert _figures(rows["RPT-MIEN"]) == (3, 270_000, 0, 270_000, None)
    assert _figures(rows["RPT-TRA"]) == (1, 250_000, 250_000, 0, None)
    assert rows["RPT-MIEN"]["quantity"] == "6" and rows["RPT-MIEN"]["label"] == "Miến dong"

    _, rows = _report(hub, headers, group_by="fair", fair_id=fair_id)
    assert _figures(rows[str(fair_id)]) == (3, 520_000, 250_000, 270_000, 24)
    assert rows[str(fair_id)]["label"].startswith("Hội chợ")


def test_period_filter(fair_figures):
    hub, fair_id, a, b = fair_figures
    headers = hub.admin_headers()
    _, rows = _report(hub, headers, group_by="booth", fair_id=fair_id,
                      date_from="2026-11-22", date_to="2026-11-22")
    assert _figures(rows[str(a.booth_id)]) == (1, 45_000, 0, 45_000, 7)
    assert _figures(rows[str(b.booth_id)]) == (1, 135_000, 0, 135_000, 5)
    body, rows = _report(hub, headers, group_by="day", booth_id=b.booth_id,
                         date_from="2026-11-21", date_to="2026-11-21")
    assert rows == {} and _figures(body["total"]) == (0, 0, 0, 0, 0)
