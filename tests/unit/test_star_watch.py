"""Star-rating watch: the status-bar badge, the watch list and 'may this product show stars?'."""

from __future__ import annotations

import json
from datetime import date, timedelta

from app.services.catalog import lookup_code
from app.services.catalog_admin import set_product_active
from app.services.clock import local_today
from app.services.demo import demo_file, shift_demo_dates
from app.services.star_watch import may_show_product_stars, star_badge, star_label, star_watch
from app.services.stars import StarStatus

TODAY = date(2026, 11, 23)


def _demo_expiries(today: date) -> dict[str, date]:
    """The demo's expiry dates as load_demo wrote them: moved to the day it was made."""
    data = shift_demo_dates(json.loads(demo_file().read_text(encoding="utf-8")), today)
    return {p["sku"]: date.fromisoformat(p["star_expires_on"]) for p in data["products"]}


def test_badge_and_watch_list_match_the_catalog(demo_db):
    TODAY = local_today()  # noqa: N806 - the day the demo was made (the suite's pinned clock)
    expiries = _demo_expiries(TODAY)
    expired = {s for s, d in expiries.items() if d < TODAY}
    expiring = {s for s, d in expiries.items() if TODAY <= d <= TODAY + timedelta(days=90)}
    assert expired and expiring  # the demo catalog has both, as a real one does
    badge = star_badge(demo_db, TODAY)
    assert (badge.expired, badge.expiring) == (len(expired), len(expiring)) and badge.visible
    assert badge.text == f"Sao OCOP: {len(expired)} hết hạn, {len(expiring)} sắp hết hạn"
    watch = star_watch(demo_db, TODAY)
    assert {r.sku for r in watch.rows} == expired | expiring and watch.total == len(watch.rows)
    statuses = [r.star_status for r in watch.rows]
    assert statuses == sorted(statuses, key=lambda s: s is StarStatus.EXPIRING)  # expired first
    days = [r.star_expires_on for r in watch.rows if r.star_status is StarStatus.EXPIRING]
    assert days == sorted(days)
    only_expired = star_watch(demo_db, TODAY, include_expiring=False)
    assert {r.sku for r in only_expired.rows} == expired
    gone = next(iter(expired))
    set_product_active(demo_db, lookup_code(demo_db, gone).id, False)
    assert star_badge(demo_db, TODAY).expired == len(expired) - 1


def test_expired_product_sells_but_shows_no_stars(demo_db):
    TODAY = local_today()  # noqa: N806 - the day the demo was made (the suite's pinned clock)
    expiries = _demo_expiries(TODAY)
    sku = next(s for s, d in expiries.items() if d < TODAY)
    product = lookup_code(demo_db, sku)
    assert product is not None  # still on sale
    assert may_show_product_stars(demo_db, product.id, TODAY) is False
    assert may_show_product_stars(demo_db, product.id, expiries[sku]) is True  # its last day
    assert may_show_product_stars(demo_db, 999_999, TODAY) is False


def test_star_label_texts():
    label = star_label(4, date(2023, 12, 1), date(2026, 12, 1), TODAY)
    assert (label.status, label.shown, label.days_left) == (StarStatus.EXPIRING, True, 8)
    assert label.text == "★★★★ đến 01/12/2026 (còn 8 ngày)"
    old = star_label(3, date(2023, 1, 1), date(2026, 1, 1), TODAY)
    assert (old.shown, old.text) == (False, "★★★ hết hạn 01/01/2026")
    assert star_label(None, None, None, TODAY).text == ""
