"""Item models of the Kho page: balances, the moves ledger, and the lines of a stock action.

Balances and moves page through services.stock_query like the catalog tables; the lines model
is what a receive / transfer / write-off / count dialog edits before it calls its service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.db import Database
from app.services.catalog_listing import Page
from app.services.clock import to_local
from app.services.errors import BoothError
from app.services.money import format_dong, format_quantity, parse_quantity
from app.services.stock_query import BalanceRow, MoveRow, list_balances, list_moves
from app.ui.models.paging import RIGHT, Index, PagedTableModel

NEGATIVE_TEXT = QColor("#a30d25")
NEGATIVE_BACK = QColor("#fde7ea")


def kind_name(kind: str) -> str:
    names = {
        "receive": QCoreApplication.translate("stock", "Nhập mua"),
        "consign_in": QCoreApplication.translate("stock", "Nhận ký gửi"),
        "transfer_out": QCoreApplication.translate("stock", "Chuyển đi"),
        "transfer_in": QCoreApplication.translate("stock", "Chuyển đến"),
        "count": QCoreApplication.translate("stock", "Kiểm kê"),
        "spoilage": QCoreApplication.translate("stock", "Xuất hủy"),
        "return_to_producer": QCoreApplication.translate("stock", "Trả chủ thể"),
        "sale": QCoreApplication.translate("stock", "Bán"),
        "void": QCoreApplication.translate("stock", "Hủy hóa đơn"),
        "refund": QCoreApplication.translate("stock", "Khách trả"),
    }
    return names.get(kind, kind)


def signed(qty: Decimal) -> str:
    text = format_quantity(qty)
    return f"+{text}" if qty > 0 else text


class BalanceTableModel(PagedTableModel[BalanceRow]):
    COLUMNS = ("sku", "name", "producer", "location", "quantity")
    SORT_KEYS = {"sku": "sku", "name": "name", "producer": "producer", "location": "location",
                 "quantity": "quantity"}

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(200, parent)
        self._db = db
        self._sort = "name"
        self._query = ""
        self._filters: dict[str, Any] = {"location_id": None, "producer_id": None,
                                          "only_negative": False, "hide_zero": False}

    def set_query(self, query: str) -> None:
        self._query = query
        self.refresh()

    def set_filters(self, *, location_id: int | None = None, producer_id: int | None = None,
                    only_negative: bool = False, hide_zero: bool = False) -> None:
        self._filters = {"location_id": location_id, "producer_id": producer_id,
                         "only_negative": only_negative, "hide_zero": hide_zero}
        self.refresh()

    def fetch_page(self, offset: int, limit: int) -> Page[BalanceRow]:
        return list_balances(self._db, self._query, sort=self._sort, descending=self._descending,
                             offset=offset, limit=limit, **self._filters)

    def row_id(self, row: BalanceRow) -> Any:
        return (row.product_id, row.location_id)

    def headers(self) -> Sequence[str]:
        return (self.tr("Mã SKU"), self.tr("Sản phẩm"), self.tr("Chủ thể"), self.tr("Điểm kho"),
                self.tr("Tồn"))

    def display(self, row: BalanceRow, column: str) -> Any:
        if column == "quantity":
            return f"{format_quantity(row.quantity)} {row.unit}".strip()
        if column == "producer":
            return row.producer_name
        if column == "location":
            return row.location_name
        return getattr(row, column)

    def decorate(self, row: BalanceRow, column: str, role: int) -> Any:
        if column == "quantity" and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if row.quantity < 0:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(NEGATIVE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(NEGATIVE_BACK)
            if role == Qt.ItemDataRole.FontRole and column == "quantity":
                font = QFont()
                font.setBold(True)
                return font
        return None


class MoveTableModel(PagedTableModel[MoveRow]):
    COLUMNS = ("time", "kind", "sku", "name", "location", "quantity", "cost", "reason", "staff")

    def __init__(self, db: Database, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(200, parent)
        self._db = db
        self._timezone = timezone
        self._filters: dict[str, Any] = {}

    def set_filters(self, *, location_id: int | None = None, kinds: Sequence[str] | None = None,
                    product_id: int | None = None) -> None:
        self._filters = {"location_id": location_id, "kinds": kinds, "product_id": product_id}
        self.refresh()

    def fetch_page(self, offset: int, limit: int) -> Page[MoveRow]:
        return list_moves(self._db, offset=offset, limit=limit, **self._filters)

    def headers(self) -> Sequence[str]:
        return (self.tr("Thời gian"), self.tr("Loại"), self.tr("Mã SKU"), self.tr("Sản phẩm"),
                self.tr("Điểm kho"), self.tr("Số lượng"), self.tr("Giá thỏa thuận"),
                self.tr("Lý do / ghi chú"), self.tr("Người làm"))

    def display(self, row: MoveRow, column: str) -> Any:
        if column == "time":
            return to_local(row.created_utc, self._timezone).strftime("%d/%m/%Y %H:%M")
        if column == "kind":
            return kind_name(row.kind)
        if column == "location":
            return row.location_name
        if column == "quantity":
            return signed(row.quantity)
        if column == "cost":
            return format_dong(row.unit_cost, symbol=False) if row.unit_cost is not None else ""
        if column == "staff":
            return row.staff_name
        return getattr(row, column)

    def decorate(self, row: MoveRow, column: str, role: int) -> Any:
        if column in ("quantity", "cost") and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if column == "quantity" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#135c2a" if row.quantity > 0 else "#a30d25"))
        return None


@dataclass(frozen=True)
class EditLine:
    """One line a stock dialog collects; quantity and cost stay as typed for the service."""

    product_id: int
    sku: str
    name: str
    unit: str
    quantity: str = ""
    unit_cost: str = ""
    expected: Decimal | None = None  # count sheets: the ledger, filled by preview_count
    variance: Decimal | None = None


class StockLinesTableModel(QAbstractTableModel):
    """Lines of a receive/transfer/write-off (quantity, optional cost) or of a count sheet
    (expected, counted, variance). Quantity and cost cells are edited in place."""

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)  # from: sku name quantity unit_cost expected variance
        self._lines: list[EditLine] = []

    def lines(self) -> list[EditLine]:
        return list(self._lines)

    def set_lines(self, lines: Sequence[EditLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def add_line(self, line: EditLine) -> int:
        """Add, or for a product already listed, replace its quantity; returns its row."""
        for row, old in enumerate(self._lines):
            if old.product_id == line.product_id:
                self._lines[row] = replace(old, quantity=line.quantity or old.quantity,
                                           unit_cost=line.unit_cost or old.unit_cost)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def set_quantity(self, row: int, text: str) -> None:
        self.setData(self.index(row, self.columns.index("quantity")), text)

    def set_expected(self, figures: dict[int, tuple[Decimal, Decimal]]) -> None:
        """Count preview: (expected, variance) per product id."""
        self._lines = [replace(line, expected=figures[line.product_id][0],
                               variance=figures[line.product_id][1])
                       if line.product_id in figures else replace(line, variance=None)
                       for line in self._lines]
        if self._lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._lines) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {"sku": self.tr("Mã SKU"), "name": self.tr("Sản phẩm"),
                 "quantity": self.tr("Số lượng"), "unit_cost": self.tr("Giá thỏa thuận (₫)"),
                 "expected": self.tr("Sổ sách"), "counted": self.tr("Đếm được"),
                 "variance": self.tr("Chênh lệch")}
        key = self.columns[section]
        return names["counted"] if key == "quantity" and "expected" in self.columns else names[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()] in ("quantity", "unit_cost"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, key = self._lines[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "name":
                return f"{line.name} ({line.unit})" if line.unit else line.name
            if key in ("expected", "variance"):
                value = getattr(line, key)
                if value is None:
                    return ""
                return signed(value) if key == "variance" else format_quantity(value)
            return getattr(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("sku", "name"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and key == "variance" and line.variance:
            return QBrush(NEGATIVE_TEXT if line.variance < 0 else QColor("#135c2a"))
        if role == Qt.ItemDataRole.BackgroundRole and key in ("quantity", "unit_cost"):
            return QBrush(QColor("#fffbe6"))  # the cells the manager fills in
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()]
        if key not in ("quantity", "unit_cost"):
            return False
        row = index.row()
        text = str(value).strip()
        line = self._lines[row]
        changes: dict[str, Any] = {key: text}
        if key == "quantity":  # a count sheet shows the variance as the count is typed
            changes["variance"] = _variance(text, line.expected)
        self._lines[row] = replace(line, **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True


def _variance(counted: str, expected: Decimal | None) -> Decimal | None:
    """Counted less the ledger, by the till's own quantity rule; None until both are known
    (an empty or mistyped count shows no variance rather than a wrong one)."""
    if expected is None or not counted:
        return None
    try:
        return parse_quantity(counted) - expected
    except BoothError:
        return None
