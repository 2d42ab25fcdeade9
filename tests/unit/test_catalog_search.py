"""Lookup and diacritic-insensitive search on the demo catalog in a real SQLite file."""

from __future__ import annotations

from app.services.catalog import lookup_code, search


def test_lookup_by_barcode_and_sku(demo_db):
    product = lookup_code(demo_db, "2000010000012")
    assert product is not None and product.sku == "TRA-HV-100"
    assert lookup_code(demo_db, "tra-hv-100").barcode == "2000010000012"
    assert lookup_code(demo_db, " 2000010000012 \n").sku == "TRA-HV-100"


def test_unknown_code_is_none(demo_db):
    assert lookup_code(demo_db, "2099999000014") is None
    assert lookup_code(demo_db, "") is None


def test_mien_dong_without_diacritics(demo_db):
    names = [p.name for p in search(demo_db, "mien dong")]
    assert "Miến dong Bình Liêu" in names
    assert all("Miến dong" in n for n in names[:2])


def test_d_with_stroke_is_folded(demo_db):
    # "dong trieu" must find "Đông Triều" (FTS5 remove_diacritics does not fold đ).
    results = search(demo_db, "dong trieu")
    assert results
    assert all("Đông Triều" in (p.name + p.producer_name + p.locality) for p in results)


def test_tra_hoa_vang_prefix_ranks_first(demo_db):
    results = search(demo_db, "tra hoa vang")
    assert results[0].name.startswith("Trà hoa vàng")
    assert any(p.name.startswith("Trà hoa vàng Ba Chẽ") for p in results)


def test_exact_code_ranks_before_name_matches(demo_db):
    results = search(demo_db, "TRA-HV-100")
    assert results[0].sku == "TRA-HV-100"


def test_name_prefix_before_word_anywhere(demo_db):
    results = search(demo_db, "mien")
    starts = [p.name.lower().startswith("miến") for p in results]
    assert starts[0]
    # once a non-prefix match appears, no prefix match follows it
    if False in starts:
        assert True not in starts[starts.index(False):]


def test_partial_word_and_case(demo_db):
    assert search(demo_db, "MIE")
    assert search(demo_db, "ba che")


def test_empty_and_symbol_queries_return_nothing(demo_db):
    assert search(demo_db, "") == []
    assert search(demo_db, '"*()') == []
    assert search(demo_db, "xyzxyz") == []
