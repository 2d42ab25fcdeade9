"""Applying the hub's catalog pages: a snapshot retires hub products it no longer lists, and a
product or producer that breaks the booth's catalog rulebook is skipped, the rest applied."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.models import Producer, SyncState
from app.services.catalog import lookup_code, search
from app.services.gtin import make_in_store_ean13
from app.sync.catalog_apply import apply_page
from app.sync.protocol import (
    ChangesPage,
    ProducerChange,
    ProducerData,
    ProductChange,
    ProductData,
)

T0 = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


def _product(hub_id: int, sku: str, name: str, **fields: Any) -> ProductChange:
    data = {
        "id": hub_id, "sku": sku, "barcode": make_in_store_ean13(900_000 + hub_id), "name": name,
        "producer_code": None, "category": "Trà", "unit": "hộp", "price": 120_000, "vat_rate": 5,
        "stars": None, "star_certified_on": None, "star_expires_on": None,
        "traceability_url": None, "sold_by_weight": False, "active": True,
    }
    return ProductChange(data=ProductData(**{**data, **fields}))


def _producer(hub_id: int, code: str, name: str, kind: str) -> ProducerChange:
    return ProducerChange(data=ProducerData(id=hub_id, code=code, name=name, kind=kind,
                                            district="Đông Triều", commune="", active=True))


def _page(cursor: str, changes: list[Any], *, snapshot: bool, more: bool = False):
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
    first = apply_page(demo_db, _page("c2", [tea], snapshot=True, more=True), later).counts
    assert first["retired"] == 0  # nothing is retired before the last page
    assert lookup_code(demo_db, "HUB-WINE") is not None
    last = apply_page(demo_db, _page("c3", [], snapshot=True), later + timedelta(minutes=1)).counts
    assert last["retired"] == 1
    assert lookup_code(demo_db, "HUB-WINE") is None  # no longer sold
    assert lookup_code(demo_db, "HUB-TEA") is not None
    assert [p.sku for p in search(demo_db, "che shan tuyet binh lieu")] == ["HUB-TEA"]
    assert lookup_code(demo_db, "TRA-HV-100") == local_before  # the booth's own stay


def test_incremental_page_retires_nothing(demo_db):
    apply_page(demo_db, _page("c1", [_product(1, "HUB-A", "A"), _product(2, "HUB-B", "B")],
                              snapshot=True), T0)
    counts = apply_page(demo_db, _page("c2", [_product(1, "HUB-A", "A")], snapshot=False),
                        T0 + timedelta(days=1)).counts
    assert counts["retired"] == 0
    assert lookup_code(demo_db, "HUB-B") is not None


def _cursor(db) -> str | None:  # noqa: ANN001
    with db.read() as session:
        return session.scalars(select(SyncState.cursor)).first()


def test_a_product_with_a_bad_barcode_is_kept_out_and_the_rest_applies(demo_db):
    wrong = _product(2, "HUB-WRONG", "Miến dong Bình Liêu", barcode="4006381333932")
    tea = _product(1, "HUB-TEA", "Chè Shan tuyết Bình Liêu hộp 100g")
    arabic = _product(3, "HUB-ARABIC", "Rượu mơ Yên Tử", barcode="٤٠٠٦٣٨١٣٣٣٩٣١")
    applied = apply_page(demo_db, _page("c1", [wrong, tea, arabic], snapshot=False), T0)
    # Never applied: not sold, not found by name, not by the wrong code.
    for code in ("HUB-WRONG", "4006381333932", "HUB-ARABIC", "٤٠٠٦٣٨١٣٣٣٩٣١"):
        assert lookup_code(demo_db, code) is None, code
    assert not [p for p in search(demo_db, "mien dong binh lieu") if p.sku == "HUB-WRONG"]
    # The rest of the page applies, and its cursor is stored: the next page follows on.
    assert lookup_code(demo_db, "HUB-TEA") is not None
    assert _cursor(demo_db) == "c1"
    # Reported, with the booth's own words, for the cycle report and the log.
    assert applied.counts["product"] == 1
    assert [(r.entity, r.key, r.hub_id) for r in applied.refused] == [
        ("product", "HUB-WRONG", 2), ("product", "HUB-ARABIC", 3)]
    assert "sai số kiểm tra (phải là 1)" in applied.refused[0].text
    assert "chỉ được chứa chữ số" in applied.refused[1].text


def test_a_bad_update_leaves_the_last_good_version(demo_db):
    apply_page(demo_db, _page("c1", [_product(1, "HUB-TEA", "Chè")], snapshot=False), T0)
    before = lookup_code(demo_db, "HUB-TEA")
    bad = _product(1, "HUB-TEA", "Chè", barcode="4006381333932", price=150_000)
    applied = apply_page(demo_db, _page("c2", [bad], snapshot=False), T0 + timedelta(days=1))
    assert lookup_code(demo_db, "HUB-TEA") == before  # price and barcode as they were
    assert [r.key for r in applied.refused] == ["HUB-TEA"]


def test_other_rules_of_the_rulebook_apply_to_the_page_too(demo_db):
    nfd = unicodedata.normalize("NFD", "Miến dong  Đông Triều")
    page = _page("c1", [
        _producer(1, "P-BAD", "Xưởng X", "factory"),  # a kind the booth's table cannot hold
        _producer(2, "P-OK", unicodedata.normalize("NFD", "HTX Đông Triều"), "cooperative"),
        _product(1, "HUB-NFD", nfd, producer_code="P-OK"),
        _product(2, "HUB-STARS", "Chè", stars=5),  # a rating with no certification date
        _product(3, "HUB-VAT", "Rượu", vat_rate=7),
        _product(4, "HUB-MAKER", "Gạo", producer_code="P-BAD"),
    ], snapshot=False)
    applied = apply_page(demo_db, page, T0)
    assert sorted(r.key for r in applied.refused) == ["HUB-STARS", "HUB-VAT", "P-BAD"]
    # Cleaned as a file import cleans it: NFC, single spaces; search folds Đ.
    assert lookup_code(demo_db, "HUB-NFD").name == "Miến dong Đông Triều"
    assert [p.sku for p in search(demo_db, "mien dong dong trieu")] == ["HUB-NFD"]
    with demo_db.read() as session:
        names = dict(session.execute(select(Producer.code, Producer.name)).all())
    assert names["P-OK"] == "HTX Đông Triều" and "P-BAD" not in names
    # A product whose producer was refused is applied without it, as with an unknown producer.
    assert lookup_code(demo_db, "HUB-MAKER") is not None
    assert lookup_code(demo_db, "HUB-STARS") is None and lookup_code(demo_db, "HUB-VAT") is None
