"""Bad rows, or warnings, of an import preview: row number as the spreadsheet shows it,
column, reason. One model class for both so they read alike; the dialog shows them in two
tables, since a warning's row is imported and an error's is not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from app.services.catalog_io import RowIssue
from app.services.catalog_rules import FIELD_LABELS, FieldError
from app.ui.models.paging import RIGHT, Index
from app.ui.product_fields import field_reason, translate


class ImportErrorsTableModel(QAbstractTableModel):
    ROW, COLUMN, REASON = range(3)

    def __init__(self, parent: QObject | None = None, warnings: bool = False) -> None:
        super().__init__(parent)
        self._errors: list[RowIssue] = []
        self._warnings = warnings

    def set_errors(self, errors: Sequence[RowIssue]) -> None:
        self.beginResetModel()
        self._errors = list(errors)
        self.endResetModel()

    def error_at(self, row: int) -> RowIssue | None:
        return self._errors[row] if 0 <= row < len(self._errors) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        reason = self.tr("Cảnh báo") if self._warnings else self.tr("Lý do")
        return (self.tr("Dòng"), self.tr("Cột"), reason)[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        error = self.error_at(index.row()) if index.isValid() else None
        if error is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.ROW:
                return str(error.row)
            if index.column() == self.COLUMN:
                label = FIELD_LABELS.get(error.column)
                # The file's own column name, which the manager sees in her spreadsheet.
                return f"{error.column} ({translate('errors', label)})" if label else error.column
            return field_reason(FieldError(error.column, error.template, error.params))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW:
            return RIGHT
        return None
