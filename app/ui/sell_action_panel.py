"""The till's right-hand column: the total, the line buttons and the pay buttons.

It has a fixed width so the total and the buttons never move between sales (on a touch screen
the cashier hits them by position), and no button takes the focus, so the scanner's keystrokes
stay in the scan field. The panel only reports what was pressed; the sell page decides what it
means, because only the page knows the cart. Its texts keep the "SellPage" translation context
they were written under, so the existing English translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.money import format_dong

PANEL_WIDTH = 360


class SellActionPanel(QWidget):
    """Total + line count, −/+/quantity/discount/price/remove, pay and clear-cart buttons."""

    step_requested = Signal(int)  # −1 or +1 on the selected line
    edit_requested = Signal(str)  # "quantity", "discount" or "price"
    remove_requested = Signal()
    pay_requested = Signal(str)  # payment method
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(PANEL_WIDTH)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        panel = QFrame(objectName="totalPanel")
        panel_box = QVBoxLayout(panel)
        panel_box.addWidget(QLabel(QCoreApplication.translate("SellPage", "Tổng cộng")))
        self._total = QLabel(objectName="sellTotal")
        self._total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._count = QLabel(objectName="lineCount")
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight)
        panel_box.addWidget(self._total)
        count_row = QHBoxLayout()
        self._visitors = QLabel(objectName="visitorsToday")
        count_row.addWidget(self._visitors)
        count_row.addStretch(1)
        count_row.addWidget(self._count)
        panel_box.addLayout(count_row)
        grid = QGridLayout()
        # Three across, two rows: the whole panel fits a 1024×600 booth laptop.
        self._cart_buttons = [
            self._button("−", lambda: self.step_requested.emit(-1), "minusButton"),
            self._button(QCoreApplication.translate("SellPage", "Số lượng"),
                         lambda: self.edit_requested.emit("quantity"), "qtyButton"),
            self._button("+", lambda: self.step_requested.emit(1), "plusButton"),
            self._button(QCoreApplication.translate("SellPage", "Giảm giá"),
                         lambda: self.edit_requested.emit("discount"), "discountButton"),
            self._button(QCoreApplication.translate("SellPage", "Đổi giá"),
                         lambda: self.edit_requested.emit("price"), "priceButton"),
            self._button(QCoreApplication.translate("SellPage", "Xóa dòng"),
                         self.remove_requested.emit, "removeButton"),
        ]
        for i, button in enumerate(self._cart_buttons):
            grid.addWidget(button, i // 3, i % 3)
        pay = self._button(QCoreApplication.translate("SellPage", "Thanh toán (F9)"),
                           lambda: self.pay_requested.emit("cash"), "bigButton")
        pay.setMinimumHeight(60)
        methods = QGridLayout()
        names = [("cash", QCoreApplication.translate("SellPage", "Tiền mặt (F5)")),
                 ("vietqr", QCoreApplication.translate("SellPage", "VietQR (F6)")),
                 ("card", QCoreApplication.translate("SellPage", "Thẻ (F7)")),
                 ("ewallet", QCoreApplication.translate("SellPage", "Ví điện tử (F8)"))]
        for i, (method, text) in enumerate(names):
            button = self._button(text, lambda m=method: self.pay_requested.emit(m),
                                  "payMethodButton")
            methods.addWidget(button, i // 2, i % 2)
            self._cart_buttons.append(button)  # like the line buttons: only with a cart
        clear = self._button(QCoreApplication.translate("SellPage", "Hủy đơn (Esc)"),
                             self.clear_requested.emit, "clearCartButton")
        self._cart_buttons += [pay, clear]
        box.addWidget(panel)
        box.addLayout(grid)
        box.addStretch(1)
        box.addWidget(pay)
        box.addLayout(methods)
        box.addWidget(clear)

    def show_cart(self, total: int, lines: int) -> None:
        """Show the cart's total and size; every button needs a line to act on."""
        self._total.setText(format_dong(total))
        self._count.setText(QCoreApplication.translate("SellPage", "{count} dòng hàng").format(
            count=lines))
        for button in self._cart_buttons:
            button.setEnabled(lines > 0)

    def show_visitors(self, today: int | None) -> None:
        """Today's visitors beside the cart's size, updated on every +1 khách."""
        self._visitors.setVisible(today is not None)
        if today is not None:
            self._visitors.setText(QCoreApplication.translate(
                "SellPage", "Lượt khách hôm nay: {count}").format(count=today))

    def visitors_text(self) -> str:
        return self._visitors.text() if not self._visitors.isHidden() else ""

    def total_text(self) -> str:
        return self._total.text()

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the scanner's keystrokes in the field
        button.clicked.connect(lambda _=False: slot())
        return button
