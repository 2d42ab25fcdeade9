"""Past Z-reports: the closed shifts, each to open as its PDF or to print again.

A manager settling with the office, or a cashier whose Z-report roll was lost, needs last
week's closing again. The Z-report is rendered anew from the closed shift (services
.shift_history), the same layout as at closing, and saved under the name the closing dialog
used. Rendering and sending run off the UI thread; printing goes to the receipt printer when
one is set up (on the receipt printer's own worker, so it never interleaves with a receipt),
else through the system's print dialog. When no PDF viewer opens, the page says where the
file is, so it can still be copied or sent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import shift_history
from app.services.errors import BoothError
from app.services.shift_history import ClosedShift
from app.ui.background import TaskRunner
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.report_table_model import ZReportTableModel
from app.ui.pdf_printing import open_receipt_file, print_pdf
from app.ui.receipt_printer import POOL as PRINTER_POOL
from app.ui.refresh_when_shown import RefreshWhenShown


class ZReportsPanel(QWidget):
    """The closed shifts, most recent first, with "Xem" and "In lại" for the selected one."""

    # ("open" | "print" | "printer", the saved PDF or printer URI) or None when it failed.
    finished = Signal(object)
    loaded = Signal()  # the list was read again (or the reading failed and said so)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zReports")
        self._ctx = ctx
        self._tasks = TaskRunner(self, pool="reports")
        self._printer_tasks = TaskRunner(self, pool=PRINTER_POOL)
        self._model = ZReportTableModel(ctx.settings.timezone, self)
        self._view = QTableView(objectName="zReportsTable")
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setAlternatingRowColors(True)
        self._view.verticalHeader().hide()
        header = self._view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(self._on_open_clicked)

        self._open = QPushButton(objectName="zReportOpen")
        self._open.clicked.connect(self._on_open_clicked)
        self._reprint = QPushButton(objectName="zReportReprint")
        self._reprint.clicked.connect(self._on_reprint_clicked)
        self._busy = QProgressBar(objectName="zReportBusy")
        self._busy.setRange(0, 0)
        self._busy.setMaximumWidth(120)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self._message = QLabel(objectName="messageLabel")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self._busy)
        actions.addStretch(1)
        actions.addWidget(self._open)
        actions.addWidget(self._reprint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self._view, 1)
        layout.addLayout(actions)
        layout.addWidget(self._message)

        self._refresher = RefreshWhenShown(self, self.refresh)
        ctx.shift_changed.connect(self._refresher.changed)
        self._retranslate()
        self._refresher.changed()  # read when first shown, never while hidden

    # --- public API (also what tests drive) -----------------------------------------------

    def shifts_model(self) -> ZReportTableModel:
        return self._model

    def message(self) -> str:
        return self._message.text()

    def busy(self) -> bool:
        return not self._busy.isHidden()

    def refresh(self) -> None:
        """Reload the list off the UI thread (years of shifts add up every sale once)."""
        db, location = self._ctx.db, self._ctx.settings.location_id
        self._tasks.start(lambda _task: shift_history.closed_shifts(db, location),
                          self._on_loaded, self._on_load_failed, what="closed shifts")

    def _on_load_failed(self, error: BoothError) -> None:
        self._show_message(error_text(error), error=True)
        self.loaded.emit()

    def _on_loaded(self, shifts: list[ClosedShift]) -> None:
        keep = self.selected()
        self._model.set_shifts(shifts, self._ctx.settings.timezone)
        empty = self.tr("Chưa có ca nào đã chốt.")
        if not shifts and not self._message.text():
            self._show_message(empty)
        elif shifts and self._message.text() == empty:
            self._show_message("")
        if keep is not None:
            self.select_shift(keep.id)
        self._enable(self.busy())
        self.loaded.emit()

    def select_shift(self, shift_id: str) -> bool:
        row = self._model.row_of(shift_id)
        if row >= 0:
            self._view.selectRow(row)
        return row >= 0

    def selected(self) -> ClosedShift | None:
        rows = self._view.selectionModel().selectedRows() if self._view.selectionModel() else []
        return self._model.shift_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        """Render the selected Z-report, save it, then show it in the PDF viewer."""
        self._save(lambda path, _pdf: self._show_pdf(path))

    def reprint_selected(self) -> None:
        """Print the selected Z-report again: receipt printer if set up, else a print dialog."""
        shift = self.selected()
        if shift is None:
            return
        db = self._ctx.db
        if shift_history.receipt_printer_configured(db):
            self._set_busy(True)
            self._printer_tasks.start(
                lambda _task: shift_history.print_zreport(db, shift.id),
                lambda uri: self._on_printed(shift.number, uri), self._on_failed,
                what="Z-report to the receipt printer")
            return
        self._save(self._print_dialog)

    # --- work -----------------------------------------------------------------------------

    def _save(self, then: object) -> None:
        shift = self.selected()
        if shift is None:
            return
        db = self._ctx.db
        self._set_busy(True)

        def done(result: tuple[Path, bytes]) -> None:
            self._set_busy(False)
            then(*result)  # type: ignore[operator]

        self._tasks.start(lambda _task: shift_history.save_zreport(db, shift.id), done,
                          self._on_failed, what="Z-report PDF")

    def _show_pdf(self, path: Path) -> None:
        if open_receipt_file(path):
            self._show_message(self.tr("Đã mở báo cáo Z: {path}").format(path=str(path)))
        else:  # no PDF viewer on this laptop: say where the file is
            self._show_message(self.tr(
                "Không mở được trình xem PDF. Báo cáo Z đã lưu tại: {path}").format(path=str(path)))
        self.finished.emit(("open", path))

    def _print_dialog(self, path: Path, pdf: bytes) -> None:
        printed = print_pdf(self, pdf)
        text = (self.tr("Đã gửi báo cáo Z đi in (đã lưu tại {path})") if printed else
                self.tr("Chưa in. Báo cáo Z đã lưu tại: {path}"))
        self._show_message(text.format(path=str(path)))
        self.finished.emit(("print", path))

    def _on_printed(self, number: str, uri: str) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Đã in lại báo cáo Z ca {number} ra máy in {printer}").format(
            number=number, printer=uri))
        self.finished.emit(("printer", uri))

    def _on_failed(self, error: BoothError) -> None:
        self._set_busy(False)
        self._show_message(error_text(error), error=True)
        self.finished.emit(None)

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        self._enable(busy)

    def _enable(self, busy: bool = False) -> None:
        chosen = self.selected() is not None and not busy
        self._open.setEnabled(chosen)
        self._reprint.setEnabled(chosen)

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")

    # --- slots ----------------------------------------------------------------------------

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._enable(self.busy())

    def _on_open_clicked(self) -> None:
        self.open_selected()

    def _on_reprint_clicked(self) -> None:
        self.reprint_selected()

    def _retranslate(self) -> None:
        self._open.setText(self.tr("Xem báo cáo Z"))
        self._reprint.setText(self.tr("In lại báo cáo Z"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_model"):
            self._retranslate()
            self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                               self._model.columnCount() - 1)
        super().changeEvent(event)
