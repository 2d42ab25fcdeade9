"""The products queued for labels, with how many labels each, as rows for a QTableView.

Plain rows of label_data.LabelProduct and a count: the page adds search results or a whole
stock receipt here, the manager edits the count in place, and the renderer gets `pairs()`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.label_data import LabelProduct
from app.services.money import format_dong

COL_SKU, COL_NAME, COL_PRICE, COL_COUNT = range(4)
MAX_PER_PRODUCT = 1000
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class LabelQueueTableModel(QAbstractTableModel):
    """Columns: Mã, Tên sản phẩm, Giá, Số nhãn (editable). Adding a product twice adds up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[LabelProduct, int]] = []

    def add(self, product: LabelProduct, count: int = 1) -> None:
        for row, (queued, n) in enumerate(self._rows):
            if queued.id == product.id:
                self._rows[row] = (queued, min(MAX_PER_PRODUCT, n + count))
                self.dataChanged.emit(self.index(row, COL_COUNT), self.index(row, COL_COUNT))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append((product, min(MAX_PER_PRODUCT, count)))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def pairs(self) -> list[tuple[LabelProduct, int]]:
        return [(p, n) for p, n in self._rows if n > 0]

    def total(self) -> int:
        return sum(n for _, n in self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Mã"), self.tr("Tên sản phẩm"), self.tr("Giá"), self.tr("Số nhãn"))
            return headers[section] if 0 <= section < 4 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (COL_PRICE, COL_COUNT) else _LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        product, count = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (product.sku, product.name, format_dong(product.price, symbol=False),
                    count)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in (COL_PRICE, COL_COUNT) else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_COUNT else base

    def setData(self, index: AnyIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_COUNT:
            return False
        try:
            count = int(str(value).strip())
        except ValueError:
            return False
        if not 0 <= count <= MAX_PER_PRODUCT:
            return False
        product, _ = self._rows[index.row()]
        self._rows[index.row()] = (product, count)
        self.dataChanged.emit(index, index)
        return True
