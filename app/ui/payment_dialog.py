"""Taking the money for the cart: cash, VietQR transfer, card or e-wallet, split if needed.

Nothing is written until the cashier confirms with every payment entered: only then does the
dialog call services.checkout.checkout, which writes the sale in one transaction or refuses
(paying less, no open shift...). On a refusal the dialog keeps every payment and field as it
was, so the cashier fixes the one thing that is wrong instead of starting over.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.printing.documents import method_label
from app.services import sale_numbers
from app.services.cart import Cart
from app.services.checkout import (
    PaymentInput,
    SaleResult,
    checkout,
    peek_next_sale_number,
    validate_payment,
)
from app.services.errors import QT_TRANSLATE_NOOP, BoothError
from app.services.money import format_dong, parse_dong
from app.ui.context import AppContext
from app.ui.customer_display import CustomerDisplay
from app.ui.errors import error_text
from app.ui.payment_pages import QUICK_CASH, CashPage, VietQrPage, amount_edit, dialog_button
from app.ui.qr_widget import QrWidget
from app.ui.theme import ACCENT, PRIMARY, PRIMARY_DARK, PRIMARY_LIGHT

METHODS = ("cash", "vietqr", "card", "ewallet")
METHOD_KEYS = {"cash": "F5", "vietqr": "F6", "card": "F7", "ewallet": "F8"}

_STYLE = f"""
QPushButton[checkable="true"]:checked {{
    background: {PRIMARY}; color: white; border-color: {PRIMARY_DARK};
}}
QLabel#changeAmount[short="true"] {{ color: {ACCENT}; }}
QLabel#inlineError {{ color: {ACCENT}; font-weight: bold; font-size: 12pt; }}
QLabel#changeAmount {{ font-size: 40pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#accountName {{ font-size: 14pt; font-weight: bold; }}
QLabel#transferNote {{
    font-size: 15pt; font-weight: bold; color: {PRIMARY_DARK};
    background: {PRIMARY_LIGHT}; border-radius: 6px; padding: 6px 10px;
}}
"""


class PaymentDialog(QDialog):
    """Payments for one cart; emits `sale_completed(SaleResult)` once checkout succeeded."""

    sale_completed = Signal(object)
    qr_withdrawn = Signal()  # the customer display no longer needs to show the QR

    def __init__(
        self,
        ctx: AppContext,
        cart: Cart,
        customer_display: CustomerDisplay | None = None,
        method: str = "cash",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._cart, self._display = ctx, cart, customer_display
        self._payments: list[PaymentInput] = []
        self._result: SaleResult | None = None
        self._qr_shown = False
        # Reserved when a VietQR first shows it (the transfer note must match the receipt, and
        # a number a customer has seen is never given to another sale); else checkout's own.
        self._sale_number: str | None = None
        self.setWindowTitle(self.tr("Thanh toán"))
        self.setMinimumSize(900, 520)  # fits a 1024×600 booth laptop with its title bar

        self.setStyleSheet(_STYLE)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        summary = QWidget()
        summary.setFixedWidth(320)
        summary.setLayout(self._build_summary())
        row.addWidget(summary)
        row.addLayout(self._build_entry(), 1)
        layout.addLayout(row, 1)
        layout.addLayout(self._build_actions())
        for m in METHODS:
            shortcut = QShortcut(QKeySequence(METHOD_KEYS[m]), self)
            shortcut.activated.connect(lambda m=m: self.choose_method(m))
        self.choose_method(method)
        self._refresh()

    # --- building -------------------------------------------------------------------------

    def _build_summary(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self._total = QLabel(format_dong(self._cart.total), objectName="totalLabel")
        self._remaining = QLabel(objectName="totalLabel")
        self._payments_model = QStringListModel(self)
        self._payments_view = QListView(objectName="paymentsList")
        self._payments_view.setModel(self._payments_model)
        self._payments_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        box.addWidget(QLabel(self.tr("Tổng cộng")))
        box.addWidget(self._total)
        box.addWidget(QLabel(self.tr("Còn phải trả")))
        box.addWidget(self._remaining)
        box.addWidget(QLabel(self.tr("Đã nhận")))
        box.addWidget(self._payments_view, 1)
        return box

    def _build_entry(self) -> QVBoxLayout:
        box = QVBoxLayout()
        methods = QHBoxLayout()
        self._method_group = QButtonGroup(self)
        self._method_buttons: dict[str, QPushButton] = {}
        for i, m in enumerate(METHODS):
            button = dialog_button(f"{self._method_name(m)} ({METHOD_KEYS[m]})", f"method_{m}", False)
            button.setCheckable(True)
            button.setMinimumHeight(52)
            self._method_group.addButton(button, i)
            self._method_buttons[m] = button
            methods.addWidget(button)
        self._method_group.idClicked.connect(lambda i: self.choose_method(METHODS[i]))
        self._cash_page = CashPage(self.remaining)
        self._cash = self._cash_page.field
        self._cash.textChanged.connect(self._refresh)
        self._qr_page = VietQrPage(self._ctx, self._reserve_number)
        self._qr_page.amount.textChanged.connect(self._on_qr_amount_changed)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._cash_page)
        self._pages.addWidget(self._qr_page)
        self._amounts: dict[str, QLineEdit] = {"vietqr": self._qr_page.amount}
        self._references: dict[str, QLineEdit] = {}
        for m in ("card", "ewallet"):
            self._pages.addWidget(self._build_reference_page(m))
        self._error = QLabel(objectName="inlineError")
        self._error.setWordWrap(True)
        self._error.hide()
        box.addLayout(methods)
        box.addWidget(self._pages, 1)
        box.addWidget(self._error)
        return box

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        remove = dialog_button(self.tr("Bỏ khoản đã chọn"), "removePaymentButton")
        remove.setToolTip(self.tr("Bỏ khoản thanh toán đang chọn trong danh sách Đã nhận"))
        remove.clicked.connect(self._on_remove_payment_clicked)
        self._add = dialog_button(self.tr("Thêm thanh toán"), "addPaymentButton")
        self._add.setToolTip(self.tr("Ghi nhận khoản này, phần còn lại trả bằng cách khác"))
        self._add.clicked.connect(self._on_add_clicked)
        self._confirm = QPushButton(objectName="bigButton")
        self._confirm.setDefault(True)
        self._confirm.setMinimumWidth(320)
        self._confirm.clicked.connect(self._on_confirm_clicked)
        cancel = dialog_button(self.tr("Hủy (Esc)"), "cancelButton")
        cancel.clicked.connect(self.reject)
        for widget in (remove, self._add, cancel):
            widget.setMinimumHeight(56)
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self._confirm)
        return actions

    def _build_reference_page(self, method: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        amount = amount_edit(f"{method}AmountField")
        reference = QLineEdit(objectName=f"{method}ReferenceField")
        reference.setMinimumHeight(44)
        reference.setPlaceholderText(self.tr("Mã giao dịch trên máy POS / ứng dụng ví"))
        form.addRow(self.tr("Số tiền"), amount)
        form.addRow(self.tr("Mã giao dịch"), reference)
        self._amounts[method] = amount
        self._references[method] = reference
        return page

    # --- public API (tests drive the dialog through it, as the buttons do) ----------------

    def method(self) -> str:
        return METHODS[self._pages.currentIndex()]

    def choose_method(self, method: str) -> None:
        index = METHODS.index(method)
        self._method_buttons[method].setChecked(True)
        self._pages.setCurrentIndex(index)
        self._reset_fields()
        self._update_customer_display()
        self._refresh()
        self._focus_entry()

    def cash_field(self) -> QLineEdit:
        return self._cash

    def amount_field(self, method: str) -> QLineEdit:
        return self._cash if method == "cash" else self._amounts[method]

    def reference_field(self, method: str) -> QLineEdit:
        return self._references[method]

    def quick_cash_button(self, amount: int) -> QPushButton:
        return self._cash_page.quick_buttons[QUICK_CASH.index(amount)]

    def exact_button(self) -> QPushButton:
        return self._cash_page.exact

    def add_button(self) -> QPushButton:
        return self._add

    def confirm_button(self) -> QPushButton:
        return self._confirm

    def qr_widget(self) -> QrWidget:
        return self._qr_page.qr

    def sale_number(self) -> str:
        """The sale's number: reserved if a QR showed it, else the one checkout would take."""
        return self._sale_number or peek_next_sale_number(self._ctx.db,
                                                           self._ctx.settings.device_code)

    def _reserve_number(self) -> str:
        if self._sale_number is None:
            self._sale_number = sale_numbers.reserve(self._ctx.db, self._ctx.till())
        return self._sale_number

    def payments(self) -> list[PaymentInput]:
        return list(self._payments)

    def remaining(self) -> int:
        return max(0, self._cart.total - sum(p.amount for p in self._payments))

    def change_text(self) -> str:
        return self._cash_page.change_text()

    def error_message(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def result(self) -> SaleResult | None:
        return self._result

    # --- slots ----------------------------------------------------------------------------

    def _on_add_clicked(self) -> None:
        """A split payment: keep this one, the rest is paid another way."""
        try:
            entry = self._entry()
        except BoothError as error:
            self._show_error(error_text(error))
            return
        if entry is not None:
            self._payments.append(entry)
            self._reset_fields()
            self._update_customer_display()
            self._refresh()
        self._focus_entry()

    def _on_confirm_clicked(self) -> None:
        """Checkout with everything entered; a refusal changes nothing, here or on disk."""
        try:
            entry = self._entry()
            payments = self._payments + ([entry] if entry else [])
            result = checkout(self._ctx.db, self._ctx.till(), self._cart, payments,
                              number=self._sale_number)
        except BoothError as error:
            self._show_error(error_text(error))
            self._focus_entry()
            return
        self._result = result
        self._qr_shown = False
        self.sale_completed.emit(result)
        self.accept()

    def _on_remove_payment_clicked(self) -> None:
        index = self._payments_view.currentIndex()
        if index.isValid():
            del self._payments[index.row()]
            self._reset_fields()
            self._refresh()
        self._focus_entry()

    def _on_qr_amount_changed(self) -> None:
        self._update_customer_display()

    # --- helpers --------------------------------------------------------------------------

    def _entry(self) -> PaymentInput | None:
        """What the current method page says; an empty amount means 'the rest'."""
        method = self.method()
        text = self.amount_field(method).text().strip()
        amount = parse_dong(text, field=QT_TRANSLATE_NOOP("errors", "Số tiền")) if text else self.remaining()
        if amount == 0 and not text:
            return None
        if method == "vietqr":
            return PaymentInput("vietqr", amount, self._reserve_number())
        reference = self._references[method].text().strip() if method in self._references else ""
        payment = PaymentInput(method, amount, reference)
        validate_payment(payment)  # e.g. card / e-wallet without a transaction code
        return payment

    def _reset_fields(self) -> None:
        remaining = format_dong(self.remaining(), False) if self.remaining() else ""
        self._cash.clear()
        self._cash.setPlaceholderText(remaining)
        for field in self._amounts.values():
            field.setText(remaining)
        for field in self._references.values():
            field.clear()

    def _refresh(self) -> None:
        self._error.hide()
        self._remaining.setText(format_dong(self.remaining()))
        self._payments_model.setStringList([
            f"{self._method_name(p.method)}: {format_dong(p.amount)}"
            + (f" — {p.reference}" if p.reference else "")
            for p in self._payments
        ])
        method = self.method()
        if method == "vietqr":
            self._confirm.setText(self.tr("Đã nhận tiền (Enter)"))
        else:
            self._confirm.setText(self.tr("Hoàn tất (Enter)"))
        self._cash_page.show_change(self.remaining())

    def _update_customer_display(self) -> None:
        """The QR appears on the buyer's screen only while the VietQR page is open."""
        if self.method() != "vietqr":
            if self._qr_shown:
                self._qr_shown = False
                self.qr_withdrawn.emit()
            return
        code = self._qr_page.refresh_code()
        if code is None:
            return
        payload, amount = code
        settings = self._ctx.settings
        if self._display is not None and amount:
            self._display.show_vietqr(
                payload, amount, self._qr_page.bank_name(), settings.bank_account_name,
                settings.bank_account, self._reserve_number(),
            )
            self._qr_shown = True

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _focus_entry(self) -> None:
        method = self.method()
        if method in self._references and self._amounts[method].text():
            self._references[method].setFocus()
        else:
            self.amount_field(method).setFocus()
            self.amount_field(method).selectAll()

    def _method_name(self, method: str) -> str:
        names = {
            "cash": self.tr("Tiền mặt"),
            "vietqr": self.tr("VietQR"),
            "card": self.tr("Thẻ"),
            "ewallet": self.tr("Ví điện tử"),
        }
        return names.get(method, method_label(method))

    def reject(self) -> None:
        if self._qr_shown:
            self._qr_shown = False
            self.qr_withdrawn.emit()
        super().reject()

