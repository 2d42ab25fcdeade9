"""Quyết toán ký gửi: what the sale point owes each producer for a period of whole months.

Pick one producer (or all of them: the month-end list) and the months; the figures are
services.settlement's (received, sold, returned, on hand, amount owed). The producer's sheet is
saved as the PDF both sides sign (app.printing.settlement_pdf), as CSV for the accountant, or
printed. With "all producers", saving writes one PDF per producer into a folder.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing.settlement_pdf import render_settlement_pdf
from app.services.catalog_listing import catalog_choices
from app.services.errors import BoothError
from app.services.money import format_dong
from app.services.settlement import Settlement, list_settlements, settle, write_settlement_csv
from app.services.star_watch import booth_today
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.paging import ID_ROLE
from app.ui.models.settlement_table_model import SettlementSummaryTableModel, SettlementTableModel
from app.ui.pdf_printing import print_pdf, save_pdf
from app.ui.product_fields import ERROR_STYLE
from app.ui.product_table_view import data_table
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.stock_signals import on_stock_changed


def _file_part(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_-]+", "-", text).strip("-") or "chu-the"


class SettlementPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settlementPanel")
        self._ctx = ctx
        self._producer = QComboBox(objectName="settlementProducer")
        self._producer.setMinimumWidth(300)
        self._from = self._month_edit("settlementFrom")
        self._to = self._month_edit("settlementTo")
        show = QPushButton(self.tr("Xem quyết toán"), objectName="showSettlementButton")
        show.setProperty("primary", True)
        show.clicked.connect(self._on_show_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chủ thể")))
        top.addWidget(self._producer, 1)
        top.addWidget(QLabel(self.tr("Từ tháng")))
        top.addWidget(self._from)
        top.addWidget(QLabel(self.tr("đến tháng")))
        top.addWidget(self._to)
        top.addWidget(show)
        self._lines = SettlementTableModel(self)
        self._summary = SettlementSummaryTableModel(self)
        self._view = data_table(self._lines, 1)
        self._view.setObjectName("settlementTable")
        self._view.doubleClicked.connect(self._on_double_clicked)
        self._heading = QLabel(objectName="settlementHeading")
        self._heading.setWordWrap(True)
        self._owed = QLabel(objectName="settlementOwed")
        self._owed.setStyleSheet("font-size: 16pt; font-weight: bold; color: #135c2a;")
        self._message = QLabel(objectName="settlementMessage")
        self._message.setWordWrap(True)
        self._pdf = QPushButton(self.tr("Lưu PDF…"), objectName="savePdfButton")
        self._pdf.clicked.connect(self._on_pdf_clicked)
        self._csv = QPushButton(self.tr("Lưu CSV…"), objectName="saveCsvButton")
        self._csv.clicked.connect(self._on_csv_clicked)
        self._print = QPushButton(self.tr("In"), objectName="printSettlementButton")
        self._print.clicked.connect(self._on_print_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self._owed, 1)
        for button in (self._csv, self._pdf, self._print):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._heading)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._message)
        layout.addLayout(bottom)
        self._fill_producers()
        this_month = booth_today(ctx.db)
        self.set_period(this_month, this_month)
        self._refresher = RefreshWhenShown(self, self._reload)
        on_stock_changed(ctx, self._refresher.changed)
        ctx.sales_changed.connect(self._refresher.changed)
        self.refresh()

    def _month_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setDisplayFormat("MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(130)
        return edit

    def _fill_producers(self) -> None:
        current = self._producer.currentData()
        self._producer.blockSignals(True)
        self._producer.clear()
        self._producer.addItem(self.tr("Tất cả chủ thể có hàng ký gửi"), None)
        for pid, name, district in catalog_choices(self._ctx.db).producers:
            self._producer.addItem(f"{name} – {district}" if district else name, pid)
        self._producer.setCurrentIndex(max(0, self._producer.findData(current)))
        self._producer.blockSignals(False)

    # --- public API -----------------------------------------------------------------------

    def set_producer(self, producer_id: int | None) -> None:
        self._producer.setCurrentIndex(max(0, self._producer.findData(producer_id)))

    def set_period(self, first_month: date, last_month: date) -> None:
        self._from.setDate(QDate(first_month.year, first_month.month, 1))
        self._to.setDate(QDate(last_month.year, last_month.month, 1))

    def period(self) -> tuple[date, date]:
        """First day of the first month .. last day of the last month."""
        a, b = self._from.date(), self._to.date()
        end_day = calendar.monthrange(b.year(), b.month())[1]
        return date(a.year(), a.month(), 1), date(b.year(), b.month(), end_day)

    def settlement(self) -> Settlement | None:
        return self._lines.settlement() if self._view.model() is self._lines else None

    def table_model(self) -> SettlementTableModel | SettlementSummaryTableModel:
        return self._lines if self._view.model() is self._lines else self._summary

    def owed_text(self) -> str:
        return self._owed.text()

    def message(self) -> str:
        return self._message.text()

    def refresh(self) -> None:
        """Recompute for the chosen producer (or all) and period."""
        start, end = self.period()
        producer_id = self._producer.currentData()
        self._show_message("")
        try:
            if producer_id is None:
                rows = list_settlements(self._ctx.db, start, end)
                self._summary.set_rows(rows)
                self._lines.set_settlement(None)
                self._use_model(self._summary, 0)
                self._heading.setText(self.tr(
                    "Kỳ {start} – {end}: {count} chủ thể có hàng ký gửi. Chạm đúp một dòng để "
                    "xem chi tiết.").format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}",
                                           count=len(rows)))
                self._owed.setText(self.tr("Tổng phải trả: {amount}").format(
                    amount=format_dong(self._summary.total_owed())))
            else:
                s = settle(self._ctx.db, producer_id, start, end)
                self._lines.set_settlement(s)
                self._use_model(self._lines, 1)
                self._heading.setText(self.tr("{name} ({code}) {locality} · kỳ {start} – {end}")
                                      .format(name=s.producer_name, code=s.producer_code,
                                              locality=s.producer_locality,
                                              start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"))
                self._owed.setText(self.tr("Phải trả {name}: {amount}").format(
                    name=s.producer_name, amount=format_dong(s.amount_owed)))
        except BoothError as error:
            self._show_message(error_text(error), error=True)
        self._print.setEnabled(producer_id is not None)

    def save_pdf_to(self, target: Path) -> list[Path]:
        """One producer: the file `target`. All producers: one PDF each inside folder `target`."""
        try:
            sheets = self._sheets()
            paths = []
            for s in sheets:
                path = target if self.settlement() is not None else (
                    target / f"quyet-toan-{_file_part(s.producer_code)}-{s.start:%Y%m}.pdf")
                save_pdf(render_settlement_pdf(s), path)
                paths.append(path)
        except (BoothError, OSError) as exc:
            self._show_message(error_text(exc) if isinstance(exc, BoothError) else str(exc), True)
            return []
        self._show_message(self.tr("Đã lưu {count} biên bản PDF: {path}").format(
            count=len(paths), path=str(target)))
        return paths

    def save_csv_to(self, path: Path) -> bool:
        s = self.settlement()
        if s is None:
            self._show_message(self.tr("Hãy chọn một chủ thể để lưu CSV"), True)
            return False
        try:
            write_settlement_csv(s, str(path))
        except OSError as exc:
            self._show_message(str(exc), True)
            return False
        self._show_message(self.tr("Đã lưu CSV: {path}").format(path=str(path)))
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_show_clicked(self) -> None:
        self.refresh()

    def _reload(self) -> None:
        self._fill_producers()
        self.refresh()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        producer_id = index.siblingAtColumn(0).data(ID_ROLE)
        if self._view.model() is self._summary and producer_id is not None:
            self.set_producer(producer_id)
            self.refresh()

    def _on_pdf_clicked(self) -> None:
        folder = self._ctx.db.paths.reports
        s = self.settlement()
        if s is not None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu biên bản quyết toán"),
                str(folder / f"quyet-toan-{_file_part(s.producer_code)}-{s.start:%Y%m}.pdf"),
                self.tr("PDF (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Chọn thư mục lưu biên bản của từng chủ thể"), str(folder))
        if name:
            self.save_pdf_to(Path(name))

    def _on_csv_clicked(self) -> None:
        s = self.settlement()
        if s is None:
            self.save_csv_to(Path())
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu CSV quyết toán"),
            str(self._ctx.db.paths.reports / f"quyet-toan-{_file_part(s.producer_code)}.csv"),
            self.tr("CSV (*.csv)"))
        if name:
            self.save_csv_to(Path(name))

    def _on_print_clicked(self) -> None:
        s = self.settlement()
        if s is not None:
            print_pdf(self, render_settlement_pdf(s))

    # --- helpers --------------------------------------------------------------------------

    def _sheets(self) -> list[Settlement]:
        s = self.settlement()
        if s is not None:
            return [s]
        start, end = self.period()
        return [settle(self._ctx.db, r.producer_id, start, end) for r in self._summary.rows()]

    def _use_model(self, model: SettlementTableModel | SettlementSummaryTableModel,
                   stretch: int) -> None:
        """Numbers sized to their contents, the name column taking the rest of the width."""
        if self._view.model() is not model:
            self._view.setModel(model)
        header = self._view.horizontalHeader()
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(ERROR_STYLE if error else "")
