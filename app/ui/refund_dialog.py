"""Giving money back for some units of an earlier sale.

Each line gets a spin box capped at what may still be refunded (from services.sales_query), so
staff cannot even type more than was sold; services.refunds checks it again inside its
transaction, which is what really counts when two tills share a database.

`commit(approver)` does the write and saves the refund slip without any modal, so tests drive
it directly; the "Hoàn tiền" button wraps it with the manager PIN dialog. The amount to give
back is shown as quantities are chosen, before anyone is asked for a PIN, and the slip is saved
(and printed from the page when wanted), never a print dialog popping up on its own.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.filenames import safe_file_name
from app.printing.receipt_pdf import render_receipt
from app.services import refunds, sales_query
from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.money import format_dong, format_quantity
from app.services.rights import Right
from app.ui.context import AppContext
from app.ui.decimal_spin_box import DecimalSpinBox
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import authorize
from app.ui.models.sales_table_model import PAYMENT_METHODS, method_name
from app.ui.pdf_printing import save_pdf


class RefundDialog(QDialog):
    """Per-line quantities, method and reason; a manager approves, then the slip prints."""

    def __init__(self, ctx: AppContext, sale_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail = sales_query.sale_detail(ctx.db, sale_id)
        self._spins: dict[str, QDoubleSpinBox] = {}
        self.refund_number: str | None = None
        self.slip_pdf: bytes | None = None
        self.slip_path: Path | None = None
        summary = self._detail.summary
        self.setWindowTitle(self.tr("Hoàn tiền"))

        title = QLabel(
            self.tr("Hoàn tiền cho hóa đơn {number}").format(number=summary.number),
            objectName="pageTitle",
        )
        info = QLabel(
            self.tr("Tổng hóa đơn {total}. Chọn số lượng khách trả lại cho từng dòng.").format(
                total=format_dong(summary.total)
            )
        )
        info.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, text in enumerate(
            (self.tr("Sản phẩm"), self.tr("Đã bán"), self.tr("Còn hoàn được"), self.tr("Trả lại"))
        ):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        for row, line in enumerate(self._detail.lines, start=1):
            name = QLabel(line.name)
            name.setWordWrap(True)
            spin = DecimalSpinBox()
            whole = line.quantity == line.quantity.to_integral_value() and (
                line.refundable == line.refundable.to_integral_value()
            )
            spin.setDecimals(0 if whole else 3)
            spin.setRange(0, float(line.refundable))
            spin.setSuffix(f" {line.unit}")
            spin.setMinimumWidth(140)
            spin.setMinimumHeight(44)
            spin.setEnabled(line.refundable > 0)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(f"{format_quantity(line.quantity)} {line.unit}"), row, 1)
            grid.addWidget(QLabel(f"{format_quantity(line.refundable)} {line.unit}"), row, 2)
            grid.addWidget(spin, row, 3)
            self._spins[line.id] = spin
            spin.valueChanged.connect(self._show_amount)
        grid.setColumnStretch(0, 1)
        lines_box = QWidget()
        lines_box.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(lines_box)
        scroll.setMinimumHeight(min(80 + 52 * len(self._detail.lines), 320))

        self._method = QComboBox()
        for method in PAYMENT_METHODS:
            self._method.addItem(method_name(method), method)
        paid_with = summary.methods.split(", ")[0] if summary.methods else "cash"
        self._method.setCurrentIndex(max(self._method.findData(paid_with), 0))
        self._reason = QLineEdit()
        self._reason.setPlaceholderText(self.tr("Ví dụ: hàng bị móp, khách đổi ý"))
        self._amount = QLabel(objectName="refundAmount")
        self._amount.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self._error = QLabel(objectName="errorLabel")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c8102e; font-weight: bold;")

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Trả tiền bằng")), 0, 0)
        form.addWidget(self._method, 0, 1)
        form.addWidget(QLabel(self.tr("Lý do")), 1, 0)
        form.addWidget(self._reason, 1, 1)
        form.setColumnStretch(1, 1)

        self._confirm = QPushButton(self.tr("Hoàn tiền"), objectName="bigButton")
        self._confirm.clicked.connect(self._on_refund_clicked)
        self._confirm.setEnabled(any(line.refundable > 0 for line in self._detail.lines))
        close = QPushButton(self.tr("Đóng"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(self._confirm)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(info)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self._amount)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.setMinimumWidth(720)
        self._show_amount()

    # --- public API (also what tests drive) -----------------------------------------------

    def line_ids(self) -> list[str]:
        return list(self._spins)

    def quantity_spin(self, line_id: str) -> QDoubleSpinBox:
        return self._spins[line_id]

    def set_method(self, method: str) -> None:
        self._method.setCurrentIndex(self._method.findData(method))

    def set_reason(self, reason: str) -> None:
        self._reason.setText(reason)

    def quantities(self) -> dict[str, Decimal]:
        """What the spin boxes say, as exact decimals (never binary floats) for the service."""
        return {
            line_id: Decimal(f"{spin.value():.{spin.decimals()}f}")
            for line_id, spin in self._spins.items()
            if spin.value() > 0
        }

    def error_message(self) -> str:
        return self._error.text()

    def amount(self) -> int:
        """What the chosen quantities give back (services.refunds' own rule)."""
        lines = {line.id: line for line in self._detail.lines}
        return sum(refunds.share_of_line(lines[i].total, lines[i].quantity, q)
                   for i, q in self.quantities().items())

    def amount_text(self) -> str:
        return self._amount.text()

    def _show_amount(self) -> None:
        self._amount.setText(self.tr("Số tiền hoàn lại: {amount}").format(
            amount=format_dong(self.amount())))

    def commit(self, approver: StaffInfo) -> str | None:
        """Write the refund and render its slip; returns the refund number, None if refused."""
        try:
            number = refunds.refund_lines(
                self._ctx.db,
                self._ctx.till(),
                self._detail.summary.id,
                self.quantities(),
                self._method.currentData(),
                approver.id,
                self._reason.text(),
            )
        except BoothError as exc:
            self._error.setText(error_text(exc))
            return None
        self._error.clear()
        self.refund_number = number
        self._ctx.announce_sale()
        try:
            self.slip_pdf = render_receipt(sales_query.refund_receipt_data(self._ctx.db, number))
            self.slip_path = self._ctx.db.paths.receipts / safe_file_name(f"{number}-80mm.pdf")
            save_pdf(self.slip_pdf, self.slip_path)
        except (BoothError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, BoothError) else str(exc)
            self._error.setText(
                self.tr("Đã hoàn tiền {number} nhưng chưa lưu được phiếu: {error}").format(
                    number=number, error=text
                )
            )
        return number

    # --- slots ----------------------------------------------------------------------------

    def _on_refund_clicked(self) -> None:
        if not self.quantities():
            self._error.setText(self.tr("Hãy chọn số lượng trả lại cho ít nhất một dòng"))
            return
        approver = authorize(
            self,
            self._ctx,
            Right.REFUND,
            self.tr("Hoàn {amount} cho hóa đơn {number}").format(
                amount=format_dong(self.amount()), number=self._detail.summary.number
            ),
        )
        if approver is None:
            return
        if self.commit(approver) is None:
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the reason field must not refund by accident: approval is explicit.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
