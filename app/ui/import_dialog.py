"""Importing the province's catalog: pick a CSV/XLSX file, preview, then commit or cancel.

Nothing is written until the manager has seen what the file would do: how many products are
new, changed or unchanged, and every bad row with its row number, column and reason. She then
imports the valid rows only, or all-or-nothing (one bad row: nothing written). Warnings (a
producer written differently on two rows: the first row's value is kept) have their own table
in amber under the errors, because those rows ARE imported and she must not take them for bad
ones; they never block either kind of commit. Reading and
checking run on CatalogJobRunner's thread with a progress bar; this dialog only shows results.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_io import ImportPreview, ImportResult, RowIssue
from app.services.errors import BoothError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.import_worker import COMMIT, PREVIEW, CatalogJobRunner
from app.ui.models.import_errors_table_model import ImportErrorsTableModel
from app.ui.product_fields import ERROR_STYLE

FILE_FILTER = "Danh mục (*.csv *.xlsx)"
WARNING_STYLE = "color: #7a4b00; font-weight: bold;"


class ImportDialog(QDialog):
    """`preview_finished` / `commit_finished` fire once the background job is back."""

    preview_finished = Signal()
    commit_finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self._ctx = ctx
        self._preview: ImportPreview | None = None
        self._result: ImportResult | None = None
        self._runner = CatalogJobRunner(ctx.db, self)
        self._runner.progressed.connect(self._on_progressed)
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        self.setWindowTitle(self.tr("Nhập danh mục từ tệp"))
        self.resize(1000, 640)

        self._file = QLabel(self.tr("Chưa chọn tệp (CSV hoặc XLSX)"), objectName="importFile")
        self._file.setWordWrap(True)
        choose = QPushButton(self.tr("Chọn tệp…"), objectName="chooseFileButton")
        choose.clicked.connect(self._on_choose_clicked)
        top = QHBoxLayout()
        top.addWidget(self._file, 1)
        top.addWidget(choose)
        self._progress = QProgressBar(objectName="importProgress")
        self._progress.hide()
        self._summary = QLabel(objectName="importSummary")
        self._summary.setWordWrap(True)
        self._message = QLabel(objectName="importMessage")
        self._message.setWordWrap(True)
        self._errors = ImportErrorsTableModel(self)
        self._table = _issue_table(self._errors, "importErrors")
        self._warnings = ImportErrorsTableModel(self, warnings=True)
        self._warning_table = _issue_table(self._warnings, "importWarnings")
        self._warnings_title = QLabel(objectName="importWarningsTitle")
        self._warnings_title.setWordWrap(True)
        self._warnings_title.setStyleSheet(WARNING_STYLE)
        self._show_warnings(())
        self._valid_only = QPushButton(self.tr("Nhập các dòng hợp lệ"), objectName="commitValidButton")
        self._valid_only.setProperty("primary", True)
        self._valid_only.clicked.connect(self._on_commit_valid_clicked)
        self._all = QPushButton(self.tr("Nhập tất cả hoặc không nhập gì"), objectName="commitAllButton")
        self._all.clicked.connect(self._on_commit_all_clicked)
        self._close = QPushButton(self.tr("Hủy"), objectName="cancelButton")
        self._close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self._all)
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        buttons.addWidget(self._valid_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._progress)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 2)
        layout.addWidget(self._warnings_title)
        layout.addWidget(self._warning_table, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        self._set_commit_enabled(False)

    # --- public API -----------------------------------------------------------------------

    def start_preview(self, path: Path) -> None:
        """Check the file in the background; nothing is written."""
        self._preview, self._result = None, None
        self._errors.set_errors([])
        self._show_warnings(())
        self._summary.clear()
        self._show_message("")
        self._set_commit_enabled(False)
        self._file.setText(str(path))
        self._progress.setRange(0, 0)  # busy until the first progress report
        self._progress.show()
        self._runner.preview(Path(path))

    def commit(self, all_or_nothing: bool) -> None:
        """Write the previewed rows in the background (valid ones, or all-or-nothing)."""
        if self._preview is None:
            return
        self._set_commit_enabled(False)
        self._progress.setRange(0, 0)
        self._progress.show()
        self._runner.commit(self._preview, all_or_nothing)

    def preview(self) -> ImportPreview | None:
        return self._preview

    def import_result(self) -> ImportResult | None:
        return self._result

    def errors_model(self) -> ImportErrorsTableModel:
        return self._errors

    def warnings_model(self) -> ImportErrorsTableModel:
        return self._warnings

    def warnings_title(self) -> str:
        """Empty while the table of warnings is hidden."""
        return "" if self._warning_table.isHidden() else self._warnings_title.text()

    def summary_text(self) -> str:
        return self._summary.text()

    def message(self) -> str:
        return self._message.text()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._runner.wait(msecs)

    # --- slots ----------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh mục"), "", self.tr(FILE_FILTER))
        if name:
            self.start_preview(Path(name))

    def _on_commit_valid_clicked(self) -> None:
        self.commit(False)

    def _on_commit_all_clicked(self) -> None:
        self.commit(True)

    def _on_progressed(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def _on_job_finished(self, job: str, result: object) -> None:
        self._progress.hide()
        if job == PREVIEW and isinstance(result, ImportPreview):
            self._show_preview(result)
            self.preview_finished.emit()
        elif job == COMMIT and isinstance(result, ImportResult):
            self._result = result
            self._show_message(self.tr(
                "Đã nhập: {created} sản phẩm mới, {updated} sản phẩm sửa, {unchanged} không đổi; "
                "{producers} chủ thể mới. Bỏ qua {skipped} dòng lỗi.").format(
                created=result.created, updated=result.updated, unchanged=result.unchanged,
                producers=result.producers_created, skipped=len(result.skipped_rows)))
            self._close.setText(self.tr("Đóng"))
            self._ctx.catalog_changed.emit()
            self.commit_finished.emit()

    def _on_job_failed(self, job: str, error: BoothError) -> None:
        self._progress.hide()
        self._show_message(error_text(error), error=True)
        if job == PREVIEW:
            self.preview_finished.emit()
        else:
            self._set_commit_enabled(self._preview is not None)
            self.commit_finished.emit()

    # --- helpers --------------------------------------------------------------------------

    def _show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self._errors.set_errors(preview.errors)
        self._table.resizeRowsToContents()
        self._show_warnings(preview.warnings)
        bad = len(preview.bad_rows)
        self._summary.setText(self.tr(
            "Tệp {file}: {rows} dòng. Hợp lệ {good} dòng: {new} sản phẩm mới, {changed} thay đổi, "
            "{same} không đổi, {producers} chủ thể mới. Dòng lỗi: {bad}. Cảnh báo: {warnings}."
        ).format(
            file=preview.file, rows=preview.rows_read, good=len(preview.parsed),
            new=preview.new_products, changed=preview.changed_products,
            same=preview.unchanged_products, producers=preview.new_producers, bad=bad,
            warnings=len(preview.warnings)))
        self._valid_only.setEnabled(bool(preview.parsed))
        self._all.setEnabled(bool(preview.parsed))  # with bad rows the service refuses, and says why
        if bad:
            self._show_message(self.tr(
                "{bad} dòng có lỗi (danh sách ở trên). Sửa tệp rồi chọn lại, hoặc chỉ nhập các "
                "dòng hợp lệ.").format(bad=bad), error=True)
        elif preview.warnings:
            self._show_message(self.tr(
                "Không có dòng lỗi; {count} cảnh báo không ngăn việc nhập.").format(
                count=len(preview.warnings)), warning=True)

    def _set_commit_enabled(self, on: bool) -> None:
        self._valid_only.setEnabled(on)
        self._all.setEnabled(on)

    def _show_warnings(self, warnings: Sequence[RowIssue]) -> None:
        self._warnings.set_errors(warnings)
        self._warnings_title.setText(self.tr(
            "Cảnh báo ({count}) – các dòng này vẫn được nhập; chủ thể ghi khác nhau ở nhiều dòng "
            "thì giữ giá trị của dòng đầu tiên:").format(count=len(warnings)))
        self._warnings_title.setHidden(not warnings)
        self._warning_table.setHidden(not warnings)
        self._warning_table.resizeRowsToContents()

    def _show_message(self, text: str, error: bool = False, warning: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE if warning else "")


def _issue_table(model: ImportErrorsTableModel, name: str) -> QTableView:
    """A read-only table of row issues: row and column sized to fit, the reason stretched."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ImportErrorsTableModel.REASON, QHeaderView.ResizeMode.Stretch)
    return table
