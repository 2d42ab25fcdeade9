"""CartTableModel on its own: rows, cells and headers come straight from the Cart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from app.services.cart import Cart
from app.services.catalog import ProductInfo
from app.ui.models.cart_table_model import (
    COL_DISCOUNT,
    COL_NAME,
    COL_NO,
    COL_PRICE,
    COL_QTY,
    COL_TOTAL,
    CartTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def _product(pid: int, name: str, price: int, unit: str, by_weight: bool = False) -> ProductInfo:
    return ProductInfo(
        id=pid, sku=f"SKU{pid}", barcode=f"200000000{pid:04d}", name=name, unit=unit,
        price=price, vat_rate=8, stars=4, star_expires_on=date(2027, 1, 1),
        sold_by_weight=by_weight, producer_name="HTX Miến dong Bình Liêu",
        locality="Đồng Văn, Bình Liêu",
    )


NOODLES = _product(1, "Miến dong Bình Liêu gói 500g", 70_000, "gói")
SQUID = _product(2, "Chả mực Hạ Long", 420_000, "kg", by_weight=True)


def _cell(model: CartTableModel, row: int, column: int, role=DISPLAY):
    return model.data(model.index(row, column), role)


def test_headers_in_vietnamese():
    model = CartTableModel(Cart())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Tên hàng", "SL", "Đơn giá", "Giảm", "Thành tiền"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_follow_the_cart_after_refresh():
    cart = Cart()
    model = CartTableModel(cart)
    assert model.rowCount() == 0
    cart.add(NOODLES)
    cart.add(NOODLES)
    cart.add(SQUID, "1,25")
    model.refresh()
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert [_cell(model, 0, c) for c in range(6)] == [
        "1", "Miến dong Bình Liêu gói 500g", "2 gói", "70.000", "", "140.000"]
    assert [_cell(model, 1, c) for c in (COL_NO, COL_QTY, COL_PRICE, COL_TOTAL)] == [
        "2", "1,25 kg", "420.000", "525.000"]
    assert _cell(model, 1, COL_NAME, Qt.ItemDataRole.UserRole).quantity == Decimal("1.25")
    assert _cell(model, 2, COL_NAME) is None  # past the end
    assert model.data(QModelIndex()) is None


def test_discount_and_changed_price_are_marked(qapp):
    cart = Cart(discount_limit_pct=10)
    cart.add(NOODLES, 2)
    cart.set_discount(0, 14_000)
    cart.set_price(0, 65_000, approver_id=7)
    model = CartTableModel(cart)
    assert _cell(model, 0, COL_DISCOUNT) == "-14.000"
    assert _cell(model, 0, COL_PRICE) == "65.000"
    assert _cell(model, 0, COL_TOTAL) == "116.000"
    assert _cell(model, 0, COL_PRICE, Qt.ItemDataRole.ToolTipRole) == "Giá niêm yết: 70.000 ₫"
    assert _cell(model, 0, COL_PRICE, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, 0, COL_DISCOUNT, Qt.ItemDataRole.FontRole).bold()
    assert _cell(model, 0, COL_QTY, Qt.ItemDataRole.FontRole) is None
    assert _cell(model, 0, COL_NAME, Qt.ItemDataRole.ToolTipRole) == (
        "HTX Miến dong Bình Liêu — Đồng Văn, Bình Liêu")


def test_amounts_right_aligned_name_left():
    cart = Cart()
    cart.add(NOODLES)
    model = CartTableModel(cart)
    align = Qt.ItemDataRole.TextAlignmentRole
    assert _cell(model, 0, COL_NAME, align) & Qt.AlignmentFlag.AlignLeft
    assert _cell(model, 0, COL_TOTAL, align) & Qt.AlignmentFlag.AlignRight


def test_refresh_emits_reset_for_views(qtbot):
    cart = Cart()
    model = CartTableModel(cart)
    cart.add(NOODLES)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.refresh()
    assert model.rowCount() == 1
