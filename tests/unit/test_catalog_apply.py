"""Applying the hub's catalog pages: a snapshot retires hub products it no longer lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.catalog import lookup_code, search
from app.services.gtin import make_in_store_ean13
from app.sync.catalog_apply import apply_page
from app.sync.protocol import ChangesPage, ProductChange, ProductData

T0 = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


def _product(hub_id: int, sku: str, name: str) -> ProductChange:
    return ProductChange(data=ProductData(
        id=hub_id, sku=sku, barcode=make_in_store_ean13(900_000 + hub_id), name=name,
        producer_code=None, category="Trà", unit="hộp", price=120_000, vat_rate=5, stars=None,
        star_certified_on=None, star_expires_on=None, traceability_url=None,
        sold_by_weight=False, active=True,
    ))


def _page(cursor: str, changes: list[ProductChange], *, snapshot: bool, more: bool = False):
    return ChangesPage(cursor=cursor, has_more=more, snapshot=snapshot, changes=changes,
                       hub_time=T0)


def test_snapshot_retires_hub_products_it_no_longer_lists(demo_db):
    tea = _product(1, "HUB-TEA", "Chè Shan tuyết Bình Liêu hộp 100g")
    wine = _product(2, "HUB-WINE", "Rượu mơ Yên Tử chai 500ml")
    apply_page(demo_db, _page("c1", [tea, wine], snapshot=True), T0)
    assert lookup_code(demo_db, "HUB-WINE") is not None
    local_before = lookup_code(demo_db, "TRA-HV-100")

    # History pruned on the hub: a new snapshot in two pages, the wine no longer in it.
    later = T0 + timedelta(days=3)
    first = apply_page(demo_db, _page("c2", [tea], snapshot=True, more=True), later)
    assert first["retired"] == 0  # nothing is retired before the last page
    assert lookup_code(demo_db, "HUB-WINE") is not None
    last = apply_page(demo_db, _page("c3", [], snapshot=True), later + timedelta(minutes=1))
    assert last["retired"] == 1
    assert lookup_code(demo_db, "HUB-WINE") is None  # no longer sold
    assert lookup_code(demo_db, "HUB-TEA") is not None
    assert [p.sku for p in search(demo_db, "che shan tuyet binh lieu")] == ["HUB-TEA"]
    assert lookup_code(demo_db, "TRA-HV-100") == local_before  # the booth's own stay


def test_incremental_page_retires_nothing(demo_db):
    apply_page(demo_db, _page("c1", [_product(1, "HUB-A", "A"), _product(2, "HUB-B", "B")],
                              snapshot=True), T0)
    counts = apply_page(demo_db, _page("c2", [_product(1, "HUB-A", "A")], snapshot=False),
                        T0 + timedelta(days=1))
    assert counts["retired"] == 0
    assert lookup_code(demo_db, "HUB-B") is not None
