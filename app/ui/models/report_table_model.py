"""Item models for the sales figures and the past Z-reports on the Reports page.

The grouping tables use the reporting service's own column definitions (columns.COLUMNS,
table, cell_text), the very ones the CSV, XLSX and PDF exports use, so a figure on screen is
the figure on paper, formatted the same way (1.600.000, +12,5 %). The models only format what
the services returned; they are tested without a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from app.services.money import format_dong
from app.services.reporting import Grouping, Report
from app.services.reporting.columns import (
    CHANGE,
    COLUMNS,
    CONTEXT,
    FIGURE,
    PERCENT,
    PREVIOUS_PERIOD,
    TEXT,
    THIS_PERIOD,
    cell_text,
    summary_rows,
    table,
)
from app.services.shift_history import ClosedShift
from app.ui.models.rows import Index, LocalTimeRowsModel, RowsTableModel
from app.ui.models.sales_table_model import method_name

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FALL = QColor("#c8102e")
_RISE = QColor("#1b7a3a")


def translate(context: str, text: str) -> str:
    """The reporting service's translate hook, answered by Qt's translator."""
    return QCoreApplication.translate(context, text)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _change_color(value: Any) -> QColor | None:
    if value is None or value == 0:
        return None
    return _RISE if value > 0 else _FALL


class ReportTableModel(RowsTableModel):
    """One grouping of a report (by hour, day, product, ...), its totals row last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._by = "hour"
        self._kinds: list[str] = []

    def set_grouping(self, grouping: Grouping | None) -> None:
        """Show `grouping` (None: empty). Values are laid out once here, cells format them."""
        if grouping is None:
            self._kinds = []
            self.set_rows([])
            return
        self._by = grouping.by
        self._kinds = [c.kind for c in COLUMNS[grouping.by]]
        rows = table(grouping, translate)
        if grouping.by == "payment":  # the method in the user's language, not the receipt's
            for row, source in zip(rows, grouping.rows, strict=False):
                row[0] = method_name(source.key)
        self.set_rows(rows if grouping.rows else [])

    def headers(self) -> tuple[str, ...]:
        return tuple(translate(CONTEXT, c.header) for c in COLUMNS[self._by])

    def text(self, row: int, column: int) -> str:
        values = self.row_at(row)
        return cell_text(self._kinds[column], values[column]) if values is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        values = self.row_at(index.row()) if index.isValid() else None
        if values is None:
            return None
        kind = self._kinds[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(kind, values[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != TEXT:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() == self.rowCount() - 1:
            return _bold()  # the totals row
        if role == Qt.ItemDataRole.ForegroundRole and kind == PERCENT:
            return _change_color(values[index.column()])
        return None


class SummaryTableModel(RowsTableModel):
    """The headline figures: this period, the one before, and the change in percent."""

    def set_report(self, report: Report | None) -> None:
        self.set_rows(summary_rows(report) if report is not None else [])

    def headers(self) -> tuple[str, ...]:
        return tuple(translate(CONTEXT, h) for h in (FIGURE, THIS_PERIOD, PREVIOUS_PERIOD,
                                                     CHANGE))

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        header, kind, now, before, change = found
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate(CONTEXT, header), cell_text(kind, now), cell_text(kind, before),
                    cell_text(PERCENT, change))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            return _bold()  # revenue, the figure everyone looks for
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return _change_color(change)
        return None


class ZReportTableModel(LocalTimeRowsModel):
    """Closed shifts, most recent first, as services.shift_history.closed_shifts lists them."""

    NUMBER, OPENED, CLOSED, CLOSED_BY, SALES, REVENUE, CASH_DIFF = range(7)

    def set_shifts(self, shifts: Sequence[ClosedShift], timezone: str | None = None) -> None:
        self.set_rows_in(shifts, timezone)

    def shift_at(self, row: int) -> ClosedShift | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Ca"), self.tr("Mở ca"), self.tr("Chốt ca"), self.tr("Người chốt"),
                self.tr("Số HĐ"), self.tr("Doanh thu"), self.tr("Chênh lệch tiền mặt"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shift = self.shift_at(index.row()) if index.isValid() else None
        if shift is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            diff = shift.cash_difference
            return (
                shift.number, self.short_time(shift.opened_utc), self.short_time(shift.closed_utc),
                shift.closed_by, str(shift.sales_count), format_dong(shift.revenue),
                "—" if diff is None else (("+" if diff > 0 else "") + format_dong(diff)),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.SALES:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CASH_DIFF:
            diff = shift.cash_difference
            return _FALL if diff else None
        return None


def cell(model: RowsTableModel, row: int, column: int) -> str:
    """A cell's text, for tests and the accessibility name."""
    value = model.data(model.index(row, column, QModelIndex()))
    return "" if value is None else str(value)
