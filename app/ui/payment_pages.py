"""The cash and VietQR pages of the payment dialog, and the field/button makers they share.

They live apart from PaymentDialog so the dialog keeps the flow (payments entered, checkout,
the customer display) while these keep what the cashier reads on each page: the change still
owed or due, the code to scan and the transfer details. Their texts are translated in the
"PaymentDialog" context they had before the split, so the existing translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import vietqr
from app.services.errors import QT_TRANSLATE_NOOP, BoothError
from app.services.money import format_dong, parse_dong
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.qr_widget import QrWidget

QUICK_CASH = (50_000, 100_000, 200_000, 500_000)


def amount_edit(name: str) -> QLineEdit:
    """A large amount field: read across the counter and typed on a touch screen."""
    field = QLineEdit()
    field.setObjectName(name)
    field.setMinimumHeight(52)
    font = field.font()
    font.setPointSize(20)
    field.setFont(font)
    field.textEdited.connect(lambda text, f=field: group_as_typed(f, text))
    return field


def group_as_typed(field: QLineEdit, text: str) -> None:
    """2500000 shows as 2.500.000 while it is typed: a missing or extra zero is seen at once.
    Only plain digits (with the separators this adds) are regrouped; the cursor stays after
    the same digit it followed."""
    digits = text.replace(".", "")
    if not digits.isdigit() or len(digits) > 15:
        return
    grouped = f"{int(digits):,}".replace(",", ".") if digits.lstrip("0") else digits
    if grouped == text:
        return
    before = len(text[:field.cursorPosition()].replace(".", ""))
    field.setText(grouped)
    field.setCursorPosition(_after_digits(grouped, before))


def _after_digits(text: str, count: int) -> int:
    """The position just after the count-th digit of text (0 for none)."""
    seen = 0
    for index, char in enumerate(text):
        seen += char.isdigit()
        if count and seen == count:
            return index + 1
    return 0 if not count else len(text)


def dialog_button(text: str, name: str = "", focus: bool = True) -> QPushButton:
    """Dialog buttons never become the default by focus: only Hoàn tất answers Enter."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if name:
        button.setObjectName(name)
    if not focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class CashPage(QWidget):
    """Cash given, quick notes and the change; the dialog says what is still due."""

    def __init__(self, remaining: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.field = amount_edit("cashField")
        quick = QGridLayout()
        self.quick_buttons: list[QPushButton] = []
        for i, amount in enumerate(QUICK_CASH):
            button = dialog_button(format_dong(amount), f"quickCash{amount}", False)
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, a=amount: self.field.setText(format_dong(a, False)))
            quick.addWidget(button, 0, i)
            self.quick_buttons.append(button)
        self.exact = dialog_button(
            QCoreApplication.translate("PaymentDialog", "Đủ tiền"), "exactCashButton", False
        )
        self.exact.setMinimumHeight(56)
        self.exact.clicked.connect(lambda: self.field.setText(format_dong(remaining(), False)))
        quick.addWidget(self.exact, 1, 0, 1, len(QUICK_CASH))
        self._change = QLabel(objectName="changeAmount")
        self._change_caption = QLabel()
        box.addWidget(
            QLabel(QCoreApplication.translate("PaymentDialog", "Khách đưa (để trống = đưa đủ tiền)"))
        )
        box.addWidget(self.field)
        box.addLayout(quick)
        box.addSpacing(12)
        box.addWidget(self._change_caption)
        box.addWidget(self._change)
        box.addStretch(1)

    def change_text(self) -> str:
        return self._change.text()

    def show_change(self, due: int) -> None:
        """Change to give back, or what is still missing (in red) when the cash is short."""
        try:
            given = parse_dong(self.field.text(), field=QT_TRANSLATE_NOOP("errors", "Tiền khách đưa")) \
                if self.field.text() else due
        except BoothError:
            given = None
        short = given is not None and given < due
        if self._change.property("short") != short:
            self._change.setProperty("short", short)
            self._change.style().unpolish(self._change)
            self._change.style().polish(self._change)
        if given is None:
            self._change_caption.setText(QCoreApplication.translate("PaymentDialog", "Tiền thừa"))
            self._change.setText("—")
        elif given >= due:
            self._change_caption.setText(QCoreApplication.translate("PaymentDialog", "Tiền thừa"))
            self._change.setText(format_dong(given - due))
        else:
            self._change_caption.setText(QCoreApplication.translate("PaymentDialog", "Còn thiếu"))
            self._change.setText(format_dong(due - given))


class VietQrPage(QWidget):
    """The code to scan next to the transfer details the customer checks in their bank app."""

    def __init__(self, ctx: AppContext, sale_number: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        """`sale_number` reserves the sale's number the first time a code is drawn: from
        then on a customer may have it, so it is never given to another sale."""
        super().__init__(parent)
        self._ctx, self._sale_number = ctx, sale_number
        row = QHBoxLayout(self)
        self.qr = QrWidget()
        self.qr.setObjectName("paymentQr")
        self.qr.setMinimumSize(320, 320)
        info = QVBoxLayout()
        self.amount = amount_edit("qrAmountField")
        settings = ctx.settings
        self._bank = QLabel(vietqr.BANKS.get(settings.bank_bin, settings.bank_bin))
        self._account_name = QLabel(settings.bank_account_name, objectName="accountName")
        self._account_name.setWordWrap(True)
        self._account = QLabel(
            QCoreApplication.translate("PaymentDialog", "Số tài khoản: {account}").format(
                account=settings.bank_account)
        )
        self._reference = QLabel(objectName="transferNote")
        self._problem = QLabel(objectName="inlineError")
        self._problem.setWordWrap(True)
        info.addWidget(QLabel(QCoreApplication.translate("PaymentDialog", "Số tiền chuyển")))
        info.addWidget(self.amount)
        info.addSpacing(8)
        for label in (self._bank, self._account_name, self._account):
            info.addWidget(label)
        info.addSpacing(8)
        info.addWidget(QLabel(QCoreApplication.translate("PaymentDialog", "Nội dung chuyển khoản")))
        info.addWidget(self._reference)
        info.addWidget(self._problem)
        info.addStretch(1)
        row.addWidget(self.qr, 3)
        row.addLayout(info, 2)

    def bank_name(self) -> str:
        return self._bank.text()

    def refresh_code(self) -> tuple[str, int | None] | None:
        """Redraw the code for the amount typed; (payload, amount), or None if it cannot be made.

        A bad amount or bank setting blanks the code and says why on the page, so the customer
        is never shown a code that would transfer the wrong thing.
        """
        settings = self._ctx.settings
        try:
            text = self.amount.text().strip()
            amount = parse_dong(text, field=QT_TRANSLATE_NOOP("errors", "Số tiền")) if text else None
            vietqr.build_payload(settings.bank_bin, settings.bank_account, amount=amount)
            number = self._sale_number()  # only once the code can be shown
            self._reference.setText(number)
            payload = vietqr.build_payload(
                settings.bank_bin, settings.bank_account, amount=amount, reference=number,
            )
        except BoothError as error:
            self.qr.set_payload("")
            self._problem.setText(error_text(error))
            self._problem.show()
            return None
        self._problem.hide()
        self.qr.set_payload(payload)
        return payload, amount
