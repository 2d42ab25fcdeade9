"""Visitors per hour of the booth's day, as a table (local hours, newest first)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.clock import to_local

Index = QModelIndex | QPersistentModelIndex


class VisitorsTableModel(QAbstractTableModel):
    def __init__(self, timezone: str) -> None:
        super().__init__()
        self._timezone = timezone
        self._rows: list[tuple[datetime, int]] = []

    def set_rows(self, rows: list[tuple[datetime, int]], timezone: str) -> None:
        self.beginResetModel()
        self._timezone = timezone
        self._rows = sorted(rows, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hour, count = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                start = to_local(hour, self._timezone)
                end = start + timedelta(hours=1)
                return f"{start:%H:%M} – {end:%H:%M}"
            return str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Giờ"), self.tr("Lượt khách"))[section]
