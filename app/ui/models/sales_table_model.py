"""Item models for the reports page: the recent-sales list and one sale's lines.

They only format what services.sales_query returned (plain dataclasses), so they can be tested
without a widget and the views never see a database row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.printing.documents import METHOD_LABELS
from app.services.money import format_dong, format_quantity
from app.services.sales_query import SaleLineDetail, SaleSummary
from app.ui.models.rows import LocalTimeRowsModel, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_VOID_COLOR = QColor("#c8102e")
ID_ROLE = Qt.ItemDataRole.UserRole
# The methods a till offers, in the order receipts list them. Widgets may not import app.models
# (where the canonical tuple lives) and no service exposes it, so the printing labels stand in.
PAYMENT_METHODS: tuple[str, ...] = tuple(METHOD_LABELS)


def method_name(method: str, short: bool = False) -> str:
    """A payment method as staff read it; unknown codes (from a newer hub) show as they are.

    `short` is for narrow table columns, where "Chuyển khoản VietQR" would be cut off.
    """
    if short and method == "vietqr":
        return "VietQR"
    names = {
        "cash": QCoreApplication.translate("methods", "Tiền mặt"),
        "vietqr": QCoreApplication.translate("methods", "Chuyển khoản VietQR"),
        "card": QCoreApplication.translate("methods", "Thẻ"),
        "ewallet": QCoreApplication.translate("methods", "Ví điện tử"),
    }
    return names.get(method, method)


def status_name(status: str) -> str:
    names = {
        "completed": QCoreApplication.translate("sales", "Hoàn tất"),
        "voided": QCoreApplication.translate("sales", "Đã hủy"),
    }
    return names.get(status, status)


class SalesTableModel(LocalTimeRowsModel):
    """Recent sales, newest first, as services.sales_query.recent_sales lists them."""

    NUMBER, TIME, TOTAL, METHODS, STATUS, STAFF = range(6)

    def set_sales(self, sales: Sequence[SaleSummary], timezone: str | None = None) -> None:
        self.set_rows_in(sales, timezone)

    def sale_at(self, row: int) -> SaleSummary | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Số hóa đơn"),
            self.tr("Giờ"),
            self.tr("Tổng tiền"),
            self.tr("Thanh toán"),
            self.tr("Trạng thái"),
            self.tr("Nhân viên"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        sale = self.sale_at(index.row()) if index.isValid() else None
        if sale is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return sale.number
            if column == self.TIME:
                return self.short_time(sale.created_utc)
            if column == self.TOTAL:
                return format_dong(sale.total)
            if column == self.METHODS:
                return ", ".join(method_name(m, short=True) for m in sale.methods.split(", ") if m)
            if column == self.STATUS:
                return status_name(sale.status)
            return sale.staff_name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TOTAL:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and sale.status == "voided":
            return _VOID_COLOR
        if role == ID_ROLE:
            return sale.id
        return None


class SaleLinesTableModel(RowsTableModel):
    """One sale's lines with what may still be refunded, for the detail pane."""

    NAME, QUANTITY, PRICE, DISCOUNT, TOTAL, REFUNDABLE = range(6)

    def set_lines(self, lines: Sequence[SaleLineDetail]) -> None:
        self.set_rows(lines)

    def line_at(self, row: int) -> SaleLineDetail | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Sản phẩm"),
            self.tr("SL"),
            self.tr("Đơn giá"),
            self.tr("Giảm"),
            self.tr("Thành tiền"),
            self.tr("Hoàn được"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return line.name
            if column == self.QUANTITY:
                return f"{format_quantity(line.quantity)} {line.unit}"
            if column == self.PRICE:
                return format_dong(line.unit_price, symbol=False)
            if column == self.DISCOUNT:
                return format_dong(line.discount, symbol=False) if line.discount else ""
            if column == self.TOTAL:
                return format_dong(line.total, symbol=False)
            return format_quantity(line.refundable)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return _RIGHT
        if role == ID_ROLE:
            return line.id
        return None
