"""The current-shift box at the top of the Reports page: who opened it, sales, expected money.

Split out of reports_page so the page keeps the sales list and its write paths (void, refund,
reprint, X report, opening and closing the shift) while this box only lays out the figures
services.shifts gives for the open shift. Its texts are translated in the "ReportsPage" context they had before the split,
so the existing translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import shifts
from app.services.clock import format_local
from app.services.money import format_dong
from app.ui.context import AppContext
from app.ui.models.sales_table_model import PAYMENT_METHODS, method_name


class ShiftSummaryBox(QGroupBox):
    """Shift and sales figures, expected money per method, and the X / close / open buttons.

    The buttons are exposed (`x_button`, `close_button`, `open_button`) and wired by the page:
    it reports where the X report went and is the parent of the shift dialogs.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shift_info = QLabel()
        self._shift_info.setWordWrap(True)
        self._sales_info = QLabel()
        self._sales_info.setWordWrap(True)
        for label in (self._shift_info, self._sales_info):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._expected_grid = QGridLayout()
        self._expected_grid.setHorizontalSpacing(12)
        self._expected_grid.setVerticalSpacing(2)
        self._expected_caption = QLabel()
        self._expected_caption.setStyleSheet("font-weight: bold;")
        self._expected_grid.addWidget(self._expected_caption, 0, 0, 1, 2)
        self._method_labels: dict[str, QLabel] = {}
        self._expected_labels: dict[str, QLabel] = {}
        for row, method in enumerate(PAYMENT_METHODS, start=1):
            value = QLabel(objectName=f"expected_{method}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._method_labels[method] = QLabel()
            self._expected_labels[method] = value
            self._expected_grid.addWidget(self._method_labels[method], row, 0)
            self._expected_grid.addWidget(value, row, 1)
        self.x_button = QPushButton()
        self.close_button = QPushButton(objectName="bigButton")
        self.open_button = QPushButton(objectName="bigButton")
        shift_buttons = QVBoxLayout()
        shift_buttons.addWidget(self.x_button)
        shift_buttons.addWidget(self.close_button)
        shift_buttons.addWidget(self.open_button)
        shift_buttons.addStretch(1)
        shift_row = QHBoxLayout(self)
        shift_row.addWidget(self._shift_info, 3)
        shift_row.addWidget(self._sales_info, 3)
        shift_row.addLayout(self._expected_grid, 3)
        shift_row.addLayout(shift_buttons, 2)

    def text(self) -> str:
        return self._shift_info.text() + "\n" + self._sales_info.text()

    def refresh(self) -> None:
        """Show the open shift's figures, or only the open button when there is none."""
        shift = self._ctx.shift
        self.x_button.setEnabled(shift is not None)
        self.close_button.setVisible(shift is not None)
        self.open_button.setVisible(shift is None)
        self._expected_caption.setVisible(shift is not None)
        for method in PAYMENT_METHODS:
            self._method_labels[method].setVisible(shift is not None)
            self._expected_labels[method].setVisible(shift is not None)
        if shift is None:
            self._shift_info.setText(
                QCoreApplication.translate("ReportsPage", "Chưa mở ca. Hãy mở ca trước khi bán.")
            )
            self._sales_info.clear()
            return
        totals = shifts.expected_amounts(self._ctx.db, shift.id)
        self._shift_info.setText(
            QCoreApplication.translate(
                "ReportsPage", "Ca {number}\nMở lúc {time}\nNgười mở: {name}\nTiền đầu ca: {float}"
            ).format(
                number=shift.number,
                time=format_local(shift.opened_utc, self._ctx.settings.timezone),
                name=shift.opened_by,
                float=format_dong(shift.opening_float),
            )
        )
        self._sales_info.setText(
            QCoreApplication.translate(
                "ReportsPage",
                "Bán: {count} hóa đơn · {total}\nĐã hủy: {voids} · {voids_total}\n"
                "Hoàn tiền: {refunds} · {refunds_total}\nGiảm giá: {discounts}",
            ).format(
                count=totals.sales_count,
                total=format_dong(totals.sales_total),
                voids=totals.voids_count,
                voids_total=format_dong(totals.voids_total),
                refunds=totals.refunds_count,
                refunds_total=format_dong(totals.refunds_total),
                discounts=format_dong(totals.discounts_total),
            )
        )
        for method in PAYMENT_METHODS:
            self._method_labels[method].setText(method_name(method))
            self._expected_labels[method].setText(format_dong(totals.expected.get(method, 0)))

    def retranslate(self) -> None:
        """Static texts only; the page refreshes the figures after a language change."""
        self._expected_caption.setText(QCoreApplication.translate("ReportsPage", "Dự kiến trong ca"))
        self.setTitle(QCoreApplication.translate("ReportsPage", "Ca hiện tại"))
        self.x_button.setText(QCoreApplication.translate("ReportsPage", "In báo cáo X"))
        self.close_button.setText(QCoreApplication.translate("ReportsPage", "Chốt ca"))
        self.open_button.setText(QCoreApplication.translate("ReportsPage", "Mở ca"))
