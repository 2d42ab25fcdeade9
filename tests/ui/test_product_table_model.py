"""The products table over a national-size catalog: paging, service-side sort and filters,
and a search keystroke refreshing the rows (its time is printed, never asserted)."""

from __future__ import annotations

import statistics
import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services.catalog_listing import list_products
from app.services.stars import StarStatus
from app.services.textfold import fold
from app.ui.context import AppContext
from app.ui.models.product_table_model import ProductTableModel
from app.ui.product_list_panel import ProductListPanel

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]


def _column(model: ProductTableModel, key: str) -> list[object]:
    c = model.column_of(key)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_pages_instead_of_loading_everything(qapp, big_catalog):
    model = ProductTableModel(big_catalog, page_size=200)
    model.refresh()
    assert model.total() == 10_322
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    # The second page continues the first: no row twice.
    ids = [model.row_at(r).id for r in range(400)]
    assert len(set(ids)) == 400


def test_sorts_in_the_service_over_every_row(qapp, big_catalog):
    model = ProductTableModel(big_catalog, page_size=100)
    model.sort(model.column_of("price"), Qt.SortOrder.DescendingOrder)
    prices = [model.row_at(r).price for r in range(model.rowCount())]
    assert prices == sorted(prices, reverse=True)
    # The most expensive product of the whole catalog, not of a loaded page.
    top = list_products(big_catalog, sort="price", descending=True, limit=1).rows[0]
    assert prices[0] == top.price
    model.sort(model.column_of("sku"), Qt.SortOrder.AscendingOrder)
    skus = [model.row_at(r).sku for r in range(model.rowCount())]
    assert skus == sorted(skus)
    model.sort(model.column_of("stars"), Qt.SortOrder.AscendingOrder)
    days = [model.row_at(r).star_expires_on for r in range(model.rowCount())]
    assert days == sorted(days)


def test_filters_by_search_and_star_status(qapp, big_catalog):
    model = ProductTableModel(big_catalog)
    model.set_query("mien dong")
    assert 0 < model.total() < 10_322
    for r in range(model.rowCount()):
        row = model.row_at(r)
        words = fold(f"{row.name} {row.sku} {row.producer_name} {row.district} {row.commune}")
        assert "mien" in words and "dong" in words
    model.set_query("")
    model.set_filters(star_filter=StarStatus.EXPIRED)
    assert 0 < model.total() < 10_322
    assert {model.row_at(r).star_status for r in range(model.rowCount())} == {StarStatus.EXPIRED}
    badge = model.data(model.index(0, model.column_of("stars")))
    assert "hết hạn" in badge
    assert model.data(model.index(0, model.column_of("stars")), Qt.ItemDataRole.FontRole).strikeOut()


def test_search_keystrokes_refresh_the_rows(qtbot, big_catalog):
    panel = ProductListPanel(AppContext(big_catalog))
    qtbot.addWidget(panel)
    model = panel.model()
    timings = []
    typed = ""
    for ch in "tra hoa vang ba che":
        started = time.perf_counter()
        QTest.keyClick(panel.search_edit(), ch)
        timings.append((time.perf_counter() - started) * 1000)
        typed += ch
        expected = list_products(big_catalog, typed, limit=1).total
        assert model.total() == expected
    assert model.total() > 0
    first = model.row_at(0)
    assert "Trà hoa vàng" in first.name and "Ba Chẽ" in first.name
    print(f"\nproducts search per keystroke over 10,322 products: "
          f"p50 {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
