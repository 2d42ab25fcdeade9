"""Item models for the sync page: what waits for the hub, and what the hub set aside.

They only format what services.sync_state returned (plain dataclasses), so they are tested
without a widget and the views never see a database row.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.sync.protocol import FACT_KINDS

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
KIND_ROLE = Qt.ItemDataRole.UserRole


def kind_name(kind: str) -> str:
    """A fact kind as staff read it; a kind this version does not know shows as it is."""
    names = {
        "sale": QCoreApplication.translate("sync", "Bán hàng"),
        "void": QCoreApplication.translate("sync", "Hủy hóa đơn"),
        "refund": QCoreApplication.translate("sync", "Trả hàng, hoàn tiền"),
        "shift_close": QCoreApplication.translate("sync", "Chốt ca"),
        "visitor_count": QCoreApplication.translate("sync", "Lượt khách"),
        "stock_move": QCoreApplication.translate("sync", "Nhập, xuất kho"),
    }
    return names.get(kind, kind)


class SyncPendingTableModel(QAbstractTableModel):
    """One row per fact kind, always all of them in a fixed order, so the table does not jump
    around as facts are written and sent; kinds only a newer client writes come last."""

    KIND, COUNT = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = [(kind, 0) for kind in FACT_KINDS]

    def set_pending(self, pending: Mapping[str, int]) -> None:
        kinds = list(FACT_KINDS) + sorted(k for k in pending if k not in FACT_KINDS)
        rows = [(kind, int(pending.get(kind, 0))) for kind in kinds]
        if [k for k, _ in rows] == [k for k, _ in self._rows]:
            self._rows = rows  # same rows: repaint the counts, keep the view's state
            if rows:
                self.dataChanged.emit(self.index(0, self.COUNT),
                                      self.index(len(rows) - 1, self.COUNT))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def count_for(self, kind: str) -> int:
        return next((n for k, n in self._rows if k == kind), 0)

    def total(self) -> int:
        return sum(n for _, n in self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Loại dữ liệu"), self.tr("Chờ gửi"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_name(kind) if index.column() == self.KIND else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and count and index.column() == self.COUNT:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == KIND_ROLE:
            return kind
        return None
