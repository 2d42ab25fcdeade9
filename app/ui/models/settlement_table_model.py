"""The consignment settlement as tables: one producer's lines with a totals row, or the month's
list of every producer with what each is owed. Figures are services.settlement's, formatted."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.money import format_dong, format_quantity
from app.services.settlement import Settlement, SettlementSummary
from app.ui.models.paging import ID_ROLE, RIGHT, Index

TOTAL_BACK = QColor("#e6f4ea")


def _q(value: Decimal) -> str:
    return format_quantity(value) if value else "0"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class SettlementTableModel(QAbstractTableModel):
    """One producer: per product, then a "Cộng" row (the sheet the producer signs)."""

    COLUMNS = ("sku", "name", "unit_cost", "opening", "received", "sold", "returned", "adjusted",
               "closing", "amount_owed")
    QUANTITIES = ("opening", "received", "sold", "returned", "adjusted", "closing")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settlement: Settlement | None = None

    def set_settlement(self, settlement: Settlement | None) -> None:
        self.beginResetModel()
        self._settlement = settlement
        self.endResetModel()

    def settlement(self) -> Settlement | None:
        return self._settlement

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._settlement is None:
            return 0
        return len(self._settlement.lines) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Mã"), self.tr("Sản phẩm"), self.tr("Giá thỏa thuận"), self.tr("Tồn đầu"),
                self.tr("Nhận"), self.tr("Bán"), self.tr("Trả lại"), self.tr("Điều chỉnh"),
                self.tr("Tồn cuối"), self.tr("Phải trả"))[section]

    def is_total_row(self, row: int) -> bool:
        return self._settlement is not None and row == len(self._settlement.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self._settlement
        if s is None or not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        total = self.is_total_row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                if key == "name":
                    return self.tr("Cộng")
                if key in ("received", "sold", "returned", "closing"):
                    return _q(getattr(s, key))
                if key == "amount_owed":
                    return format_dong(s.amount_owed)
                return ""
            line = s.lines[index.row()]
            if key in self.QUANTITIES:
                return _q(getattr(line, key))
            if key == "unit_cost":
                return format_dong(line.unit_cost, symbol=False)
            if key == "amount_owed":
                return format_dong(line.amount_owed)
            return getattr(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("sku", "name"):
            return RIGHT
        if total and role == Qt.ItemDataRole.FontRole:
            return _bold()
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACK)
        return None


class SettlementSummaryTableModel(QAbstractTableModel):
    """Every producer with consigned goods in the period, and a totals row."""

    COLUMNS = ("producer_name", "received", "sold", "returned", "closing", "amount_owed")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SettlementSummary] = []

    def set_rows(self, rows: Sequence[SettlementSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SettlementSummary]:
        return list(self._rows)

    def total_owed(self) -> int:
        return sum(r.amount_owed for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Chủ thể"), self.tr("Nhận"), self.tr("Bán"), self.tr("Trả lại"),
                self.tr("Tồn cuối"), self.tr("Phải trả"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        total = index.row() == len(self._rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if total:
                if key == "producer_name":
                    return self.tr("Cộng ({count} chủ thể)").format(count=len(self._rows))
                if key == "amount_owed":
                    return format_dong(self.total_owed())
                return ""
            row = self._rows[index.row()]
            if key == "producer_name":
                return row.producer_name
            if key == "amount_owed":
                return format_dong(row.amount_owed)
            return _q(getattr(row, key))
        if role == ID_ROLE and not total:
            return self._rows[index.row()].producer_id
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "producer_name":
            return RIGHT
        if total and role == Qt.ItemDataRole.FontRole:
            return _bold()
        if total and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(TOTAL_BACK)
        return None
