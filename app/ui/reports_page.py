"""The shift at a glance and the sales behind it: X-report, close, reprint, void, refund.

Figures come from services.shifts (expected per method) and services.sales_query; the page,
with ShiftSummaryBox for the shift figures, only lays them out. Each write path is split in
two: a method that performs it without any modal (`void_current`, `print_x_report`), which
tests call, and the `_on_*` slot that first asks for a reason and a manager's PIN.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.filenames import safe_file_name
from app.printing.receipt_pdf import render_receipt
from app.printing.zreport_pdf import render_zreport
from app.services import refunds, sales_query, shifts
from app.services.auth import StaffInfo
from app.services.clock import format_local, now_utc, to_local
from app.services.errors import BoothError
from app.services.money import format_dong
from app.services.rights import Right
from app.services.sales_query import SaleDetail
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import authorize
from app.ui.models.sales_table_model import (
    SaleLinesTableModel,
    SalesTableModel,
    method_name,
    status_name,
)
from app.ui.pdf_printing import print_pdf, save_pdf
from app.ui.refund_dialog import RefundDialog
from app.ui.report_figures_panel import ReportFiguresPanel
from app.ui.shift_dialogs import CloseShiftDialog, OpenShiftDialog
from app.ui.shift_summary_box import ShiftSummaryBox
from app.ui.zreports_panel import ZReportsPanel

SALES_LIMIT = 200


def _table(model: SalesTableModel | SaleLinesTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(36)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ReportsPage(QWidget):
    """Three tabs: the current shift with its sales (void, refund, reprint), the sales
    figures of a period (report_figures_panel) and the past Z-reports (zreports_panel)."""

    SHIFT_TAB, FIGURES_TAB, ZREPORTS_TAB = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._ctx = ctx
        self._detail: SaleDetail | None = None
        self.last_report_path: Path | None = None

        # --- shift summary ---
        self._shift_box = ShiftSummaryBox(ctx)
        # The box's buttons, named as before the box was split out (tests reach them too).
        self._x_button = self._shift_box.x_button
        self._x_button.clicked.connect(self._on_x_report_clicked)
        self._close_button = self._shift_box.close_button
        self._close_button.clicked.connect(self._on_close_shift_clicked)
        self._open_button = self._shift_box.open_button
        self._open_button.clicked.connect(self._on_open_shift_clicked)

        # --- sales list ---
        self._search = QLineEdit()
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_search_changed)
        self._sales_model = SalesTableModel(ctx.settings.timezone, self)
        self._sales_view = _table(self._sales_model, SalesTableModel.METHODS)
        # Who sold it is in the detail pane; in the list it would push the status off-screen.
        self._sales_view.setColumnHidden(SalesTableModel.STAFF, True)
        self._sales_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self._search)
        list_layout.addWidget(self._sales_view, 1)

        # --- detail pane ---
        self._detail_box = QGroupBox()
        self._detail_header = QLabel()
        self._detail_header.setWordWrap(True)
        self._lines_model = SaleLinesTableModel(self)
        self._lines_view = _table(self._lines_model, SaleLinesTableModel.NAME)
        self._reprint = QPushButton()
        self._reprint.clicked.connect(self._on_reprint_clicked)
        self._void = QPushButton(objectName="dangerButton")
        self._void.clicked.connect(self._on_void_clicked)
        self._refund = QPushButton()
        self._refund.clicked.connect(self._on_refund_clicked)
        actions = QHBoxLayout()
        for button in (self._reprint, self._void, self._refund):
            actions.addWidget(button)
        detail_layout = QVBoxLayout(self._detail_box)
        detail_layout.addWidget(self._detail_header)
        detail_layout.addWidget(self._lines_view, 1)
        detail_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_box)
        splitter.addWidget(self._detail_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 580])

        self._message = QLabel(objectName="messageLabel")
        self._message.setWordWrap(True)

        shift_tab = QWidget()
        shift_layout = QVBoxLayout(shift_tab)
        shift_layout.setContentsMargins(0, 4, 0, 0)
        shift_layout.addWidget(self._shift_box)
        shift_layout.addWidget(splitter, 1)
        shift_layout.addWidget(self._message)
        self.figures = ReportFiguresPanel(ctx)
        self.zreports = ZReportsPanel(ctx)
        self._tabs = QTabWidget(objectName="reportsTabs")
        for tab in (shift_tab, self.figures, self.zreports):
            self._tabs.addTab(tab, "")

        self._title = QLabel(objectName="pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(self._tabs, 1)

        ctx.sales_changed.connect(self.refresh)
        ctx.shift_changed.connect(self.refresh)
        ctx.settings_changed.connect(self.refresh)
        self._retranslate()
        self.refresh()

    # --- public API (also what tests drive) -----------------------------------------------

    def show_tab(self, index: int) -> None:
        self._tabs.setCurrentIndex(index)

    def sales_model(self) -> SalesTableModel:
        return self._sales_model

    def sales_view(self) -> QTableView:
        return self._sales_view

    def search_edit(self) -> QLineEdit:
        return self._search

    def current_detail(self) -> SaleDetail | None:
        return self._detail

    def message(self) -> str:
        return self._message.text()

    def shift_text(self) -> str:
        return self._shift_box.text()

    def select_sale(self, sale_id: str) -> bool:
        row = self._sales_model.row_of(sale_id)
        if row < 0:
            return False
        self._sales_view.selectRow(row)
        return True

    def refresh(self) -> None:
        """Reload the shift figures and the list, keeping the selected sale selected."""
        keep = self._detail.summary.id if self._detail else None
        self._shift_box.refresh()
        self._sales_model.set_sales(
            sales_query.recent_sales(self._ctx.db, SALES_LIMIT, self._search.text()),
            self._ctx.settings.timezone,
        )
        self._detail = None
        if not (keep and self.select_sale(keep)):
            self._show_detail(None)

    def void_current(self, reason: str, approver: StaffInfo) -> bool:
        """Void the selected sale with an approval already given; announces the change."""
        if self._detail is None:
            return False
        number = self._detail.summary.number
        try:
            refunds.void_sale(
                self._ctx.db, self._ctx.till(), self._detail.summary.id, approver.id, reason
            )
        except BoothError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        self._ctx.announce_sale()
        self._show_message(self.tr("Đã hủy hóa đơn {number}").format(number=number))
        return True

    def print_x_report(self) -> bytes | None:
        """Render the open shift's report (X: not closed yet), save it and return the PDF."""
        shift = self._ctx.shift
        if shift is None:
            return None
        try:
            pdf = render_zreport(shifts.zreport_data(self._ctx.db, shift.id), 80)
            stamp = to_local(now_utc(), self._ctx.settings.timezone).strftime("%Y%m%d-%H%M%S")
            path = self._ctx.db.paths.reports / safe_file_name(f"X-{shift.number}-{stamp}.pdf")
            save_pdf(pdf, path)
        except (BoothError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, BoothError) else str(exc)
            self._show_message(text, error=True)
            return None
        self.last_report_path = path
        self._show_message(self.tr("Đã lưu báo cáo X tại {path}").format(path=str(path)))
        return pdf

    # --- filling --------------------------------------------------------------------------

    def _show_detail(self, detail: SaleDetail | None) -> None:
        self._detail = detail
        self._lines_model.set_lines(detail.lines if detail else [])
        # The discount column only when there is one: the product name needs the width.
        has_discount = bool(detail and any(line.discount for line in detail.lines))
        self._lines_view.setColumnHidden(SaleLinesTableModel.DISCOUNT, not has_discount)
        self._lines_view.resizeRowsToContents()
        if detail is None:
            self._detail_header.setText(self.tr("Chọn một hóa đơn trong danh sách để xem."))
            for button in (self._reprint, self._void, self._refund):
                button.setEnabled(False)
            return
        s = detail.summary
        self._detail_header.setText(
            self.tr("<b>{number}</b> · {status}<br>{time} · {staff}<br>Tổng: <b>{total}</b> · {methods}")
            .format(
                number=s.number,
                status=status_name(s.status),
                time=format_local(s.created_utc, self._ctx.settings.timezone),
                staff=s.staff_name,
                total=format_dong(s.total),
                methods=", ".join(method_name(m) for m in s.methods.split(", ") if m),
            )
        )
        self._reprint.setEnabled(True)
        refusal = refunds.void_refusal(self._ctx.db, s.id)
        self._void.setEnabled(refusal is None)
        self._void.setToolTip(error_text(refusal) if refusal is not None else "")
        self._refund.setEnabled(any(line.refundable > 0 for line in detail.lines))

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")

    # --- slots ----------------------------------------------------------------------------

    def _on_search_changed(self, _text: str) -> None:
        self.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self._sales_view.selectionModel().selectedRows()
        sale = self._sales_model.sale_at(rows[0].row()) if rows else None
        if sale is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(sales_query.sale_detail(self._ctx.db, sale.id))
        except BoothError as exc:
            self._show_detail(None)
            self._show_message(error_text(exc), error=True)

    def _on_x_report_clicked(self) -> None:
        pdf = self.print_x_report()
        if pdf is not None:
            print_pdf(self, pdf)

    def _on_close_shift_clicked(self) -> None:
        CloseShiftDialog(self._ctx, self).exec()

    def _on_open_shift_clicked(self) -> None:
        OpenShiftDialog(self._ctx, self).exec()

    def _on_reprint_clicked(self) -> None:
        if self._detail is None:
            return
        try:
            pdf = render_receipt(sales_query.receipt_data(self._ctx.db, self._detail.summary.id))
        except BoothError as exc:
            self._show_message(error_text(exc), error=True)
            return
        print_pdf(self, pdf)

    def _on_void_clicked(self) -> None:
        if self._detail is None:
            return
        refusal = refunds.void_refusal(self._ctx.db, self._detail.summary.id)
        if refusal is not None:  # refused before anyone types a reason or a PIN
            self._show_message(error_text(refusal), error=True)
            return
        number = self._detail.summary.number
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Hủy hóa đơn"),
            self.tr("Lý do hủy hóa đơn {number}:").format(number=number),
        )
        if not ok:
            return
        if not reason.strip():
            self._show_message(self.tr("Hãy ghi lý do hủy hóa đơn"), error=True)
            return
        approver = authorize(
            self, self._ctx, Right.VOID, self.tr("Hủy hóa đơn {number}").format(number=number)
        )
        if approver is not None:
            self.void_current(reason, approver)

    def _on_refund_clicked(self) -> None:
        if self._detail is None:
            return
        dialog = RefundDialog(self._ctx, self._detail.summary.id, self)
        if dialog.exec() and dialog.refund_number:
            self._show_message(
                self.tr("Đã hoàn tiền: phiếu {number} (đã lưu tại {path})").format(
                    number=dialog.refund_number, path=dialog.slip_path or "—")
            )

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Báo cáo"))
        for index, title in enumerate((self.tr("Ca & hóa đơn"), self.tr("Doanh số"),
                                       self.tr("Báo cáo Z"))):
            self._tabs.setTabText(index, title)
        self._shift_box.retranslate()
        self._search.setPlaceholderText(self.tr("Tìm theo số hóa đơn…"))
        self._detail_box.setTitle(self.tr("Chi tiết hóa đơn"))
        self._reprint.setText(self.tr("In lại hóa đơn"))
        self._void.setText(self.tr("Hủy hóa đơn"))
        self._refund.setText(self.tr("Hoàn tiền"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if hasattr(self, "_sales_model"):
                self.refresh()
        super().changeEvent(event)
