"""Lookup and diacritic-insensitive search on the demo catalog in a real SQLite file.

Each search test names the exact products a query must find. The service promises an order
between tiers (exact code, then name starting with the query, then every word found anywhere:
name, code, category, producer, district, commune); inside a tier it sorts by name, which is
SQLite's byte order, so tiers are compared as sets and only the tier order is pinned.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from app.services.auth import list_staff
from app.services.catalog import ProductInfo, lookup_code, search
from app.services.catalog_admin import ProductInput, create_product
from app.services.rights import Actor

MIEN_DONG = {"MIEN-DONG", "MIEN-DONG-500", "MIEN-DONG-HQ", "MIEN-LH-300"}
DONG_TRIEU = {"SUA-DT-1L", "SUA-CHUA-DT4", "GAO-NCHV-2K", "RUOU-NCHV-500", "GOM-BINH", "GOM-AC"}
DAM_HA = {"CA-TAM-PL", "CA-LANG-PL", "MO-DH-500"}
BA_CHE = {"TRA-HV-100", "TRA-HV-TL30", "TRA-HV-LA200", "TRA-HV-CC50", "CAO-HV-100",
          "RUOU-BK-500", "RUOU-BK-HQ", "BK-KHO-500", "BK-MO-500", "MO-BC-500",
          "NAM-HUONG-200", "NAM-SO-200"}
TRA_HOA_VANG_PREFIX = {"TRA-HV-100", "TRA-HV-TL30", "TRA-HV-CC50"}
TRA_HOA_VANG_ANYWHERE = {"TRA-HV-LA200", "CAO-HV-100"}  # "Trà lá hoa vàng", "Cao trà hoa vàng"


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


def _assert_tiers(results: Sequence[ProductInfo], *expected: set[str]) -> None:
    """`results` are exactly the SKUs in `expected`, each tier before the next."""
    skus = [p.sku for p in results]
    assert len(skus) == len(set(skus)) == sum(len(tier) for tier in expected), skus
    start = 0
    for tier in expected:
        assert set(skus[start:start + len(tier)]) == tier, skus
        start += len(tier)


def test_lookup_by_barcode_and_sku(demo_db):
    product = lookup_code(demo_db, "2000010000012")
    assert product is not None and product.sku == "TRA-HV-100"
    assert lookup_code(demo_db, "tra-hv-100").barcode == "2000010000012"
    assert lookup_code(demo_db, " 2000010000012 \n").sku == "TRA-HV-100"


def test_unknown_code_is_none(demo_db):
    assert lookup_code(demo_db, "2099999000014") is None
    assert lookup_code(demo_db, "") is None


def test_mien_dong_without_diacritics(demo_db):
    """Typed bare, with its marks, in capitals or decomposed (macOS), the same four noodles;
    all four names start with "Miến dong", so one tier."""
    for query in ("mien dong", "Miến dong", "MIẾN DONG", unicodedata.normalize("NFD", "Miến dong")):
        _assert_tiers(search(demo_db, query), MIEN_DONG)


def test_d_with_stroke_is_folded(demo_db):
    """đ/Đ is a letter of its own, not d plus a mark (FTS5 remove_diacritics leaves it): the
    district "Đông Triều" and "Đầm Hà" are found typed bare, and typed with Đ too."""
    for query in ("dong trieu", "Đông Triều", "ĐÔNG TRIỀU"):
        _assert_tiers(search(demo_db, query), DONG_TRIEU)
    for query in ("dam ha", "Đầm Hà", "đầm hà"):
        _assert_tiers(search(demo_db, query), DAM_HA)


def test_tra_hoa_vang_prefix_ranks_first(demo_db):
    """Names that start with "Trà hoa vàng" first, then the ones holding all three words
    elsewhere; "Gạo nếp cái hoa vàng" lacks "trà" and is not offered."""
    _assert_tiers(search(demo_db, "tra hoa vang"), TRA_HOA_VANG_PREFIX, TRA_HOA_VANG_ANYWHERE)
    _assert_tiers(search(demo_db, "tra  hoa   vang "), TRA_HOA_VANG_PREFIX,
                  TRA_HOA_VANG_ANYWHERE)


def test_multi_word_in_any_order_across_fields(demo_db):
    """Every word must be found, in any order and in any field: "mat ong" in a name, "ba che"
    in a name or the producer's district."""
    _assert_tiers(search(demo_db, "vang hoa tra"), TRA_HOA_VANG_PREFIX | TRA_HOA_VANG_ANYWHERE)
    _assert_tiers(search(demo_db, "ba che mat ong"), {"MO-BC-500", "BK-MO-500"})
    _assert_tiers(search(demo_db, "mat ong"), {"MO-BC-500", "BK-MO-500", "MO-DH-500"})


def test_exact_code_ranks_before_name_matches(demo_db):
    """A typed code puts its product first even when others match and sort before it by name:
    "Bún miến" (code MIEN-DONG-2, a word starting with "mien-dong") sorts before "Miến dong"."""
    create_product(demo_db, ProductInput(sku="MIEN-DONG-2", name="Bún miến trộn", price=30_000), _boss(demo_db))
    results = search(demo_db, "MIEN-DONG")
    assert results[0].sku == "MIEN-DONG"
    _assert_tiers(results, {"MIEN-DONG"}, {"MIEN-DONG-2", "MIEN-DONG-500", "MIEN-DONG-HQ"})
    _assert_tiers(search(demo_db, "TRA-HV-100"), {"TRA-HV-100"})
    _assert_tiers(search(demo_db, "2000010000012"), {"TRA-HV-100"})


def test_name_prefix_before_word_anywhere(demo_db):
    """"tra": names starting "Trà"/"Tranh" first, then "tra" found elsewhere (a category of
    Trà, "Cao trà", "ngọc trai")."""
    _assert_tiers(
        search(demo_db, "tra"),
        {"TRANH-TD", "TRA-HV-100", "TRA-HV-CC50", "TRA-HV-TL30", "TRA-HV-LA200", "TRA-XD-500"},
        {"CAO-HV-100", "CHE-HH-200", "NGOC-KT", "NGOC-VT"},
    )
    _assert_tiers(search(demo_db, "nam"), {"NAM-HUONG-200", "NAM-LC-250", "NAM-SO-200"},
                  {"BK-MO-500", "BK-KHO-500", "RUOU-BK-500", "RUOU-BK-HQ"})  # commune Nam Sơn


def test_partial_word_and_case(demo_db):
    """Any case, and the last word cut short: "MIE" finds the noodles, "ba ch" the twelve of
    Ba Chẽ and also two "Bánh ... chiếc" (every word is a prefix)."""
    _assert_tiers(search(demo_db, "MIE"), MIEN_DONG)
    _assert_tiers(search(demo_db, "Ba Chẽ"), BA_CHE)
    _assert_tiers(search(demo_db, "ba che"), BA_CHE)
    _assert_tiers(search(demo_db, "ba ch"), BA_CHE | {"BANH-GIO-10", "BANH-TT-XT4"})


def test_empty_and_symbol_queries_return_nothing(demo_db):
    assert search(demo_db, "") == []
    assert search(demo_db, '"*()') == []
    assert search(demo_db, "xyzxyz") == []

