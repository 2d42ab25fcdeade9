"""Sales figures for a period the manager picks, compared with the period before it.

The period picker (this shift, today, this fair, this month, a range of days) resolves and
reads everything through services.reporting (resolve_period, build_report) on a worker
thread: a month at a busy fair is tens of thousands of lines and the till must not freeze
while it is added up. A bar says the figures are being computed and always ends, with the
figures or with the error (TaskRunner guarantees one of the two callbacks). A result that
arrives after the user picked another period is dropped, so the page never shows the figures
of a period other than the one in the picker. The rules behind the figures (voids left out,
refunds counted when made) are the service's NOTES, shown on the page as they are printed in
every export. Exports run off the UI thread too (a PDF of a month takes a second).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.clock import local_today
from app.services.errors import BoothError
from app.services.money import format_dong
from app.services.reporting import GROUPINGS, NOTES, PERIOD_LABELS, Report, build_report
from app.services.reporting.columns import CONTEXT, PERCENT, RATIO, cell_text
from app.services.reporting.export import export_report
from app.services.reporting.period import resolve_period
from app.ui.background import TaskRunner
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.report_table_model import ReportTableModel, SummaryTableModel, translate
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.report_charts import ReportChart

PICKABLE = ("shift", "today", "fair", "month", "custom")
CHARTED = ("hour", "day")
EXPORT_SUFFIXES = ("xlsx", "csv", "pdf")


def _table(model: ReportTableModel | SummaryTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReportFiguresPanel(QWidget):
    """Period picker, headline figures, one tab per grouping (hours and days with a chart)."""

    report_finished = Signal(bool)  # True: figures shown; False: the error is on the page
    export_finished = Signal(object)  # the written Path, or None when it failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFigures")
        self._ctx = ctx
        self._tasks = TaskRunner(self, pool="reports")
        self._generation = 0
        self._report: Report | None = None

        self._kind = QComboBox(objectName="reportPeriod")
        for kind in PICKABLE:
            self._kind.addItem("", kind)
        self._kind.setCurrentIndex(PICKABLE.index("today"))
        today = local_today(ctx.settings.timezone)
        self._start = QDateEdit(QDate(today - timedelta(days=6)), objectName="reportStart")
        self._end = QDateEdit(QDate(today), objectName="reportEnd")
        for edit in (self._start, self._end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._on_dates_changed)
        self._kind.currentIndexChanged.connect(self._on_kind_changed)
        self._refresh_button = QPushButton(objectName="reportRefresh")
        self._refresh_button.clicked.connect(self.recompute)
        self._busy = QProgressBar(objectName="reportBusy")
        self._busy.setRange(0, 0)  # "working", without pretending to know how far
        self._busy.setMaximumWidth(120)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self._export_button = QPushButton(objectName="reportExport")
        self._export_button.clicked.connect(self._on_export_clicked)
        controls = QHBoxLayout()
        for widget in (self._kind, self._start, self._end, self._refresh_button, self._busy):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self._export_button)

        self._period = QLabel(objectName="reportPeriodText")
        self._headline = QLabel(objectName="reportHeadline")
        self._headline.setWordWrap(True)
        self._notes = QLabel(objectName="reportNotes")
        self._notes.setWordWrap(True)
        self._message = QLabel(objectName="messageLabel")
        self._message.setWordWrap(True)

        self._summary_model = SummaryTableModel(self)
        self._models = {by: ReportTableModel(self) for by in GROUPINGS}
        self._charts = {by: ReportChart() for by in CHARTED}
        self._tabs = QTabWidget(objectName="reportTabs")
        self._tabs.setUsesScrollButtons(True)
        self._tabs.addTab(_table(self._summary_model), "")
        for by in GROUPINGS:
            table = _table(self._models[by])
            if by in self._charts:
                split = QSplitter(Qt.Orientation.Vertical)
                split.setChildrenCollapsible(False)
                split.addWidget(self._charts[by])
                split.addWidget(table)
                self._tabs.addTab(split, "")
            else:
                self._tabs.addTab(table, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self._period)
        layout.addWidget(self._headline)
        layout.addWidget(self._notes)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self._message)

        self._refresher = RefreshWhenShown(self, self.recompute)
        for signal in (ctx.sales_changed, ctx.shift_changed, ctx.visitors_changed,
                       ctx.settings_changed):
            signal.connect(self._refresher.changed)
        self._retranslate()
        self._show_dates()
        self._refresher.changed()  # computed when first shown, never while hidden

    # --- public API (also what tests drive) -----------------------------------------------

    def set_period(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        """Pick a period as the user would; the figures are recomputed in the background."""
        for edit, day in ((self._start, start), (self._end, end)):
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        index = PICKABLE.index(kind)
        if self._kind.currentIndex() != index:
            self._kind.setCurrentIndex(index)  # recomputes
        else:
            self.recompute()

    def recompute(self) -> None:
        """Read the figures of the picked period off the UI thread; the bar shows meanwhile."""
        self._generation += 1
        generation = self._generation
        db, kind = self._ctx.db, self.period_kind()
        start, end = self._start.date().toPython(), self._end.date().toPython()

        def work(_task: object) -> Report:
            return build_report(db, resolve_period(db, kind, start, end))

        self._set_busy(True)
        self._tasks.start(work, lambda report: self._on_report(generation, report),
                          lambda error: self._on_failed(generation, error), what="sales report")

    def export_to(self, path: Path) -> None:
        """Write the shown report to `path` (format from its suffix) in the background."""
        report = self._report
        if report is None:
            return
        by = self.current_grouping() or "day"
        self._set_busy(True)

        def work(_task: object) -> Path:
            export_report(report, path, None, by, translate)
            return path

        self._tasks.start(work, self._on_exported, self._on_export_failed, what="report export")

    def period_kind(self) -> str:
        return str(self._kind.currentData())

    def report(self) -> Report | None:
        return self._report

    def busy(self) -> bool:
        return not self._busy.isHidden()

    def message(self) -> str:
        return self._message.text()

    def headline(self) -> str:
        return self._headline.text()

    def notes(self) -> str:
        return self._notes.text()

    def summary_model(self) -> SummaryTableModel:
        return self._summary_model

    def model(self, by: str) -> ReportTableModel:
        return self._models[by]

    def chart(self, by: str) -> ReportChart:
        return self._charts[by]

    def show_grouping(self, by: str | None) -> None:
        self._tabs.setCurrentIndex(0 if by is None else GROUPINGS.index(by) + 1)

    def current_grouping(self) -> str | None:
        index = self._tabs.currentIndex()
        return GROUPINGS[index - 1] if index > 0 else None

    def default_file_name(self, suffix: str = "xlsx") -> str:
        """'bao-cao-2026-11-24.xlsx' in Vietnamese, 'report-2026-11-24.xlsx' in English."""
        period = self._report.period if self._report is not None else None
        if period is None:
            day = local_today(self._ctx.settings.timezone).isoformat()
        elif period.start == period.end:
            day = period.start.isoformat()
        else:
            day = f"{period.start.isoformat()}_{period.end.isoformat()}"
        return self.tr("bao-cao-{date}").format(date=day) + f".{suffix}"

    # --- results --------------------------------------------------------------------------

    def _on_report(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return  # the user picked another period meanwhile: its figures are coming
        self._set_busy(False)
        self._report = report
        self._fill()
        self._show_message("")
        self.report_finished.emit(True)

    def _on_failed(self, generation: int, error: BoothError) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self._report = None
        self._fill()
        self._show_message(error_text(error), error=True)
        self.report_finished.emit(False)

    def _on_exported(self, path: Path) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Đã xuất báo cáo: {path}").format(path=str(path)))
        self.export_finished.emit(path)

    def _on_export_failed(self, error: BoothError) -> None:
        self._set_busy(False)
        self._show_message(error_text(error), error=True)
        self.export_finished.emit(None)

    def _fill(self) -> None:
        report = self._report
        self._summary_model.set_report(report)
        for by, model in self._models.items():
            grouping = report.groupings.get(by) if report is not None else None
            model.set_grouping(grouping)
            if by in self._charts:
                self._charts[by].set_grouping(grouping)
        self._export_button.setEnabled(report is not None)
        if report is None:
            self._period.setText("")
            self._headline.setText("")
            return
        kind = translate(CONTEXT, PERIOD_LABELS.get(report.period.kind, report.period.kind))
        self._period.setText(self.tr("Kỳ: {period} ({kind}) · so với kỳ trước: {previous}").format(
            period=report.period.text(), kind=kind, previous=report.previous_period.text()))
        now = report.current
        change = cell_text(PERCENT, report.change("revenue"))
        self._headline.setText(self.tr(
            "<b>Doanh thu {revenue}</b> {change} · {sales} hóa đơn · trung bình {basket} · "
            "{visitors} lượt khách · {conversion} hóa đơn / 100 khách").format(
            revenue=format_dong(now.revenue), change=f"({change})" if change else "",
            sales=format_dong(now.sales, symbol=False), basket=format_dong(now.average_basket),
            visitors=format_dong(now.visitors, symbol=False),
            conversion=cell_text(RATIO, now.conversion) or "—"))

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        self._refresh_button.setEnabled(not busy)
        self._export_button.setEnabled(not busy and self._report is not None)

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")

    def _show_dates(self) -> None:
        custom = self.period_kind() == "custom"
        self._start.setVisible(custom)
        self._end.setVisible(custom)

    # --- slots ----------------------------------------------------------------------------

    def _on_kind_changed(self, _index: int) -> None:
        self._show_dates()
        self.recompute()

    def _on_dates_changed(self, _day: QDate) -> None:
        if self.period_kind() == "custom":
            self.recompute()

    def _on_export_clicked(self) -> None:
        filters = ";;".join((self.tr("Bảng tính Excel (*.xlsx)"), self.tr("CSV (*.csv)"),
                             self.tr("PDF (*.pdf)")))
        start = str(self._ctx.db.paths.reports / self.default_file_name())
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Xuất báo cáo"), start, filters)
        if not name:
            return
        path = Path(name)
        if path.suffix.lstrip(".").lower() not in EXPORT_SUFFIXES:
            suffix = next((s for s in EXPORT_SUFFIXES if f"*.{s}" in chosen), "xlsx")
            path = path.with_name(f"{path.name}.{suffix}")
        self.export_to(path)

    def _retranslate(self) -> None:
        for index, kind in enumerate(PICKABLE):
            self._kind.setItemText(index, translate(CONTEXT, PERIOD_LABELS[kind]))
        self._refresh_button.setText(self.tr("Tính lại"))
        self._export_button.setText(self.tr("Xuất báo cáo…"))
        titles = (self.tr("Tổng quan"), self.tr("Theo giờ"), self.tr("Theo ngày"),
                  self.tr("Sản phẩm"), self.tr("Chủ thể"), self.tr("Nhóm hàng"),
                  self.tr("Thanh toán"))
        for index, title in enumerate(titles):
            self._tabs.setTabText(index, title)
        self._notes.setText(" ".join(translate(CONTEXT, n) for n in NOTES[:2]))
        self._notes.setToolTip("\n".join(translate(CONTEXT, n) for n in NOTES))
        for chart in self._charts.values():
            chart.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_charts"):
            self._retranslate()
        super().changeEvent(event)
