"""Search results on the Labels page: what catalog.search found, ready to queue."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.catalog import ProductInfo
from app.services.money import format_dong

COL_SKU, COL_NAME, COL_PRODUCER, COL_PRICE = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class LabelSearchTableModel(QAbstractTableModel):
    """Columns: Mã, Tên sản phẩm, Chủ thể, Giá."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductInfo] = []

    def set_results(self, rows: list[ProductInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def product(self, row: int) -> ProductInfo:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = (self.tr("Mã"), self.tr("Tên sản phẩm"), self.tr("Chủ thể"), self.tr("Giá"))
            return headers[section] if 0 <= section < 4 else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole \
                    and index.column() == COL_PRICE:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        p = self._rows[index.row()]
        return (p.sku, p.name, p.producer_name, format_dong(p.price, symbol=False))[index.column()]
