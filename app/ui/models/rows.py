"""A table model over a plain list of service dataclasses, shown a row each.

Most tables here show a short list a service returned (recent sales, a sale's lines, set-aside
facts): this holds the list, the reset, row lookup and the header plumbing once, so a model
only says what its columns are called and what a cell shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.clock import to_local

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        """The translated column titles; their count is the column count."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int:
        """Where the row with this id is after a refresh, so a selection can follow it."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]


class LocalTimeRowsModel(RowsTableModel):
    """Rows stamped with a UTC time, shown in the booth's zone. The zone comes with each
    refresh (a manager may change it in the settings while the table is open)."""

    def __init__(self, timezone: str = "Asia/Ho_Chi_Minh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timezone = timezone

    def set_rows_in(self, rows: Sequence[Any], timezone: str | None = None) -> None:
        if timezone:
            self._timezone = timezone
        self.set_rows(rows)

    def short_time(self, moment: datetime) -> str:
        """Day, month and local time: what a cashier needs to find a sale or a fact again."""
        return to_local(moment, self._timezone).strftime("%d/%m %H:%M")
