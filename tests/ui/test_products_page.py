"""The Sản phẩm page on the demo catalog: edit dialogs with errors under their fields, the
in-store code, the star badges and the star watch tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.services.catalog_listing import list_products
from app.services.star_watch import star_badge
from app.services.stars import StarStatus
from app.ui.models.product_table_model import ProductTableModel
from app.ui.producers_edit_dialog import ProducerEditDialog
from app.ui.product_edit_dialog import ProductEditDialog
from app.ui.products_page import ProductsPage
from app.ui.star_watch_panel import star_badge_text

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]


def _ean13(first12: str) -> str:
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return first12 + str((10 - (odd + 3 * even) % 10) % 10)


def _product_count(db) -> int:
    return list_products(db, active=None, limit=1).total


def test_wrong_check_digit_is_shown_under_the_barcode_and_nothing_is_written(qtbot, ctx):
    before = _product_count(ctx.db)
    dialog = ProductEditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_text("sku", "MD-BC-500")
    dialog.set_text("name", "Miến dong Ba Chẽ gói 500g")
    dialog.set_text("price", "55.000")
    good = _ean13("893600123001")
    dialog.set_text("barcode", good[:-1] + str((int(good[-1]) + 1) % 10))

    assert dialog.save() is None

    assert "sai số kiểm tra" in dialog.field_error("barcode")
    assert f"phải là {good[-1]}" in dialog.field_error("barcode")
    assert dialog.field_error("sku") == "" and dialog.field_error("price") == ""
    # "Next to the field": the error line sits in the same box as the barcode input.
    label = dialog.findChild(QLabel, "error_barcode")
    edit = dialog.findChild(QLineEdit, "field_barcode")
    assert not label.isHidden() and label.parent() is edit.parent()
    assert _product_count(ctx.db) == before
    assert list_products(ctx.db, "MD-BC-500").total == 0


def test_new_ba_che_cooperative_and_product_appear_in_the_table(qtbot, manager_ctx):
    ctx = manager_ctx
    page = ProductsPage(ctx)
    qtbot.addWidget(page)
    producers = ProducerEditDialog(ctx)
    qtbot.addWidget(producers)
    producers.set_fields("HTX Miến dong Đạp Thanh", "cooperative", "Ba Chẽ", "Đạp Thanh")
    maker = producers.save()
    assert maker is not None and maker.code.startswith("SX")
    page.producers_panel().model().set_query("dap thanh")
    names = [page.producers_panel().model().row_at(r).name
             for r in range(page.producers_panel().model().rowCount())]
    assert "HTX Miến dong Đạp Thanh" in names

    dialog = ProductEditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_text("sku", "MD-DT-500")
    dialog.set_text("name", "Miến dong Đạp Thanh gói 500g")
    dialog.set_text("price", "65.000")
    dialog.set_text("unit", "gói")
    dialog.set_text("barcode", _ean13("893600123001"))
    dialog.set_producer(maker.id)
    dialog.set_stars(4)
    dialog.set_text("star_certified_on", "15/03/2025")
    row = dialog.save()
    assert row is not None, dialog.error_message()

    panel = page.products_panel()
    panel.search_edit().setText("mien dong dap thanh")
    model = panel.model()
    assert model.total() == 1
    shown = model.row_at(0)
    assert (shown.sku, shown.producer_name, shown.district) == (
        "MD-DT-500", "HTX Miến dong Đạp Thanh", "Ba Chẽ")
    badge = model.data(model.index(0, model.column_of("stars")))
    assert badge.startswith("★★★★ đến 15/03/2028")


def test_product_without_gtin_gets_the_in_store_code_it_announced(qtbot, manager_ctx):
    ctx = manager_ctx
    dialog = ProductEditDialog(ctx)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "inStoreHint").text()
    dialog.set_text("sku", "BANH-GAI-10")
    dialog.set_text("name", "Bánh gai Ba Chẽ hộp 10 chiếc")
    dialog.set_text("price", "60000")
    dialog.set_assign_in_store_code(True)

    row = dialog.save()

    assert row is not None
    assert row.barcode.startswith("20") and len(row.barcode) == 13 and row.in_store_code
    assert row.barcode in hint


def test_edit_keeps_the_row_and_shows_other_field_errors(qtbot, ctx):
    product = list_products(ctx.db, "TRA-HV-100").rows[0]
    dialog = ProductEditDialog(ctx, product)
    qtbot.addWidget(dialog)
    dialog.set_text("price", "45.5")
    dialog.set_stars(5)
    dialog.set_text("star_certified_on", "")
    assert dialog.save() is None
    assert "không phải số tiền" in dialog.field_error("price")
    assert "ngày công nhận" in dialog.field_error("star_certified_on")
    assert list_products(ctx.db, "TRA-HV-100").rows[0].price == product.price


def test_star_badges_are_coloured_by_status(qtbot, ctx):
    model = ProductTableModel(ctx.db, page_size=500)
    model.refresh()
    column = model.column_of("stars")
    seen = set()
    for r in range(model.rowCount()):
        row = model.row_at(r)
        index = model.index(r, column)
        text = model.data(index)
        colour = model.data(index, Qt.ItemDataRole.ForegroundRole).color().name()
        font = model.data(index, Qt.ItemDataRole.FontRole)
        if row.star_status is StarStatus.EXPIRED:
            assert "hết hạn" in text and colour == "#a30d25" and font.strikeOut()
        elif row.star_status is StarStatus.EXPIRING:
            assert "còn" in text and "ngày" in text and colour == "#7a4b00" and font is None
        elif row.star_status is StarStatus.VALID:
            assert colour == "#135c2a" and "(còn" not in text
        seen.add(row.star_status)
    assert {StarStatus.VALID, StarStatus.EXPIRING, StarStatus.EXPIRED} <= seen


def test_star_watch_tab_and_status_badge(qtbot, ctx):
    badge = star_badge(ctx.db)
    assert badge.expired and badge.expiring
    assert star_badge_text(ctx) == (
        f"Sao OCOP: {badge.expired} hết hạn, {badge.expiring} sắp hết hạn")
    page = ProductsPage(ctx)
    qtbot.addWidget(page)
    page.products_panel().findChild(type(page.products_panel()._badge), "starBadgeButton").click()
    assert page.current_tab() == "stars"
    watch = page.star_watch_panel()
    assert watch.model().total() == badge.expired + badge.expiring
    watch.set_filters(expiring=False, expired=True)
    assert watch.model().total() == badge.expired
    assert {watch.model().row_at(r).star_status for r in range(watch.model().rowCount())} == {
        StarStatus.EXPIRED}
    watch.set_filters(expiring=True, expired=False)
    assert watch.model().total() == badge.expiring
