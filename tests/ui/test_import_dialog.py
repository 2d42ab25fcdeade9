"""Catalog import (preview off the UI thread, then commit) and export, on the demo booth."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services.catalog_files import read_table, write_table
from app.services.catalog_listing import list_products
from app.ui.i18n import install_translator, remove_translator
from app.ui.import_dialog import ImportDialog
from app.ui.product_list_panel import ProductListPanel

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]

DATA = Path(__file__).resolve().parents[1] / "data"


def _count(db) -> int:
    return list_products(db, active=None, limit=1).total


def _skus(db) -> set[str]:
    return {r.sku for r in list_products(db, active=None, limit=1000).rows}


@pytest.fixture
def previewed(qtbot, ctx) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=20_000):
        dialog.start_preview(DATA / "catalog_bad_rows.csv")
    return dialog


def test_preview_lists_every_bad_row_with_row_and_column(previewed, ctx):
    before = _count(ctx.db)
    model = previewed.errors_model()
    found = {(model.data(model.index(r, 0)), model.data(model.index(r, 1)).split(" ")[0])
             for r in range(model.rowCount())}
    for expected in [("2", "price"), ("3", "barcode"), ("4", "barcode"), ("5", "stars"),
                     ("6", "star_certified_on"), ("7", "star_expires_on"), ("8", "vat_rate"),
                     ("9", "traceability_url"), ("10", "name"), ("11", "sku"),
                     ("12", "producer_kind"), ("13", "star_certified_on"), ("15", "sku"),
                     ("16", "barcode")]:
        assert expected in found
    assert not {row for row, _ in found} & {"14", "17"}  # the good rows
    reason = model.data(model.index(0, 2))
    assert "45.5" in reason and "số tiền" in reason
    assert "Dòng lỗi: 14" in previewed.summary_text()
    assert "2 sản phẩm mới" in previewed.summary_text()
    assert _count(ctx.db) == before  # a preview writes nothing


def test_commit_valid_rows_only_writes_only_the_good_rows(qtbot, previewed, ctx):
    before = _skus(ctx.db)
    with qtbot.waitSignal(previewed.commit_finished, timeout=20_000):
        previewed.commit(all_or_nothing=False)
    assert _skus(ctx.db) - before == {"G-ONE", "G-THREE"}
    assert previewed.import_result().created == 2
    assert "2 sản phẩm mới" in previewed.message()


def test_all_or_nothing_writes_nothing(qtbot, previewed, ctx):
    before = _skus(ctx.db)
    with qtbot.waitSignal(previewed.commit_finished, timeout=20_000):
        previewed.commit(all_or_nothing=True)
    assert _skus(ctx.db) == before
    assert previewed.import_result() is None
    assert "không nhập dòng nào" in previewed.message()


def test_legacy_encoding_file_says_so(qtbot, ctx):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=20_000):
        dialog.start_preview(DATA / "catalog_tcvn3.csv")
    assert "TCVN3" in dialog.message() and "UTF-8" in dialog.message()
    assert dialog.preview() is None and dialog.errors_model().rowCount() == 0


def test_good_xlsx_imports_and_export_reads_back(qtbot, ctx, tmp_path):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=20_000):
        dialog.start_preview(DATA / "catalog_good.xlsx")
    assert dialog.errors_model().rowCount() == 0 and dialog.preview().parsed
    with qtbot.waitSignal(dialog.commit_finished, timeout=20_000):
        dialog.commit(all_or_nothing=True)
    assert dialog.import_result().created + dialog.import_result().updated > 0

    panel = ProductListPanel(ctx)
    qtbot.addWidget(panel)
    target = tmp_path / "export.xlsx"
    panel.export_to(target)
    assert panel.wait()
    qtbot.waitUntil(lambda: "Đã xuất" in panel.message(), timeout=5_000)
    assert len(read_table(target).rows) == list_products(ctx.db, limit=1).total


def _two_communes(tmp_path: Path) -> Path:
    """One producer on two rows with two communes, as hand-kept sheets have it."""
    path = tmp_path / "two_communes.csv"
    write_table(path, [
        (sku, None, f"Miến dong {sku}", "HTX Miến dong Vô Ngại", "HTX", "Bình Liêu", commune,
         "Nông sản", "gói", "45.000", "5", None, None, None, None)
        for sku, commune in (("W-ONE", "Đồng Văn"), ("W-TWO", "Hoành Mô"))
    ])
    return path


def _previewed(qtbot, ctx, path: Path) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_finished, timeout=20_000):
        dialog.start_preview(path)
    return dialog


def test_preview_shows_a_producer_disagreement_as_a_warning_not_an_error(qtbot, ctx, tmp_path):
    dialog = _previewed(qtbot, ctx, _two_communes(tmp_path))
    assert dialog.errors_model().rowCount() == 0
    model = dialog.warnings_model()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "3"
    assert model.data(model.index(0, 1)).split(" ")[0] == "commune"
    reason = model.data(model.index(0, 2))
    assert "“Hoành Mô”" in reason and "giữ “Đồng Văn” của dòng 2" in reason
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Cảnh báo"
    assert dialog.warnings_title().startswith("Cảnh báo (1) – các dòng này vẫn được nhập")
    assert "Hợp lệ 2 dòng" in dialog.summary_text()
    assert "Dòng lỗi: 0. Cảnh báo: 1." in dialog.summary_text()
    assert "1 cảnh báo không ngăn việc nhập" in dialog.message()
    with qtbot.waitSignal(dialog.commit_finished, timeout=20_000):
        dialog.commit(all_or_nothing=True)  # warnings never block all-or-nothing
    assert dialog.import_result().created == 2
    assert {"W-ONE", "W-TWO"} <= _skus(ctx.db)


def test_bad_rows_without_warnings_hide_the_warnings_table(previewed):
    assert previewed.warnings_model().rowCount() == 0
    assert previewed.warnings_title() == ""
    assert "Cảnh báo: 0." in previewed.summary_text()


def test_the_warning_reads_in_english(qtbot, qapp, ctx, tmp_path):
    translator = install_translator(qapp, "en")
    try:
        dialog = _previewed(qtbot, ctx, _two_communes(tmp_path))
        model = dialog.warnings_model()
        reason = model.data(model.index(0, 2))
        assert reason == ("producer “HTX Miến dong Vô Ngại”: this row says “Hoành Mô”, row 2 says "
                          "“Đồng Văn”; kept “Đồng Văn” from row 2")
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Warning"
        assert dialog.warnings_title().startswith("Warnings (1) – these rows are still imported")
    finally:
        remove_translator(translator)
