"""A hub's catalog that breaks the booth's rulebook: the booth keeps the bad product out.

Hubs imported catalogs with their own, laxer rules before they shared the booth's rulebook, so
a hub database may still hold a barcode with a wrong check digit (4006381333932) or one in
Arabic-Indic digits, and publish it to every booth. A booth checks every product it downloads:
the bad one is skipped and named in the cycle report, the rest of the page applies, and the
cycle still succeeds (nothing a person at the booth can do about the hub's data).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.services.catalog import lookup_code
from app.services.gtin import make_in_store_ean13
from app.sync.engine import SyncEngine
from server.catalog import record_change
from server.models import Product
from tests.hub.conftest import isolated_hub  # noqa: F401 - a hub of its own: its bad rows stay here
from tests.sync.conftest import enroll_booth


def _publish(hub: Any, sku: str, barcode: str) -> None:
    """A product as a hub without the rulebook stored and published it."""
    with hub.db.write() as session:
        product = Product(sku=sku, barcode=barcode, name=f"Sản phẩm {sku}", category="Trà",
                          unit="hộp", price=95_000, vat_rate=0, active=True)
        session.add(product)
        record_change(session, product)


def test_a_bad_barcode_from_the_hub_is_kept_out_and_reported(isolated_hub, demo_db):  # noqa: F811
    enroll_booth(isolated_hub, demo_db)
    good = make_in_store_ean13(777_001)
    _publish(isolated_hub, "HUB-GOOD", good)
    _publish(isolated_hub, "HUB-WRONG", "4006381333932")
    _publish(isolated_hub, "HUB-ARABIC", "٤٠٠٦٣٨١٣٣٣٩٣١")

    report = SyncEngine(demo_db).run_cycle()

    assert lookup_code(demo_db, "HUB-WRONG") is None
    assert lookup_code(demo_db, "4006381333932") is None
    assert lookup_code(demo_db, "HUB-ARABIC") is None
    assert lookup_code(demo_db, good).sku == "HUB-GOOD"
    assert report.ok, report.summary_lines()
    assert sorted(r.key for r in report.refused) == ["HUB-ARABIC", "HUB-WRONG"]
    lines = report.summary_lines()
    assert "Danh mục sai quy tắc, không áp dụng: 2" in lines
    assert any("HUB-WRONG" in line and "sai số kiểm tra" in line for line in lines)
    # The cursor moved past them: the next cycle does not fetch (or refuse) them again.
    again = SyncEngine(demo_db).run_cycle()
    assert again.ok and again.refused == []
    with isolated_hub.db.read() as session:
        assert session.scalar(select(Product.barcode).where(Product.sku == "HUB-WRONG")) == (
            "4006381333932")
