"""Changing one cart line: quantity, discount or price, with a keypad for touch screens.

The dialog does not judge the value: it hands the typed text to an `apply` callable (which
calls the Cart) and shows the Cart's refusal inline, staying open so the cashier can correct
it. So "0", "-1" or "abc" get exactly the service's message, in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import StaffInfo
from app.services.cart import Cart, CartLine, parse_discount
from app.services.errors import QT_TRANSLATE_NOOP, BoothError, PermissionDenied
from app.services.money import format_dong, format_quantity, parse_dong
from app.services.rights import Right, needs_approval
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import ManagerPinDialog

Apply = Callable[[str], None]
_KEYS = ("7", "8", "9", "4", "5", "6", "1", "2", "3", ",", "0", "000")


class LineValueDialog(QDialog):
    """One value for one cart line; OK runs `apply(text)`, a BoothError keeps it open."""

    def __init__(
        self,
        title: str,
        prompt: str,
        initial: str,
        apply: Apply,
        hint: str = "",
        parent: QWidget | None = None,
        extra_key: str = "",
    ) -> None:
        """`extra_key` adds one key beside ⌫ (the discount pad's "%")."""
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(title)
        self.setMinimumWidth(400)

        self._prompt = QLabel(prompt)
        self._prompt.setObjectName("dialogPrompt")
        self._prompt.setWordWrap(True)
        self._field = QLineEdit(initial)
        self._field.setObjectName("valueField")
        self._field.selectAll()
        self._field.setMinimumHeight(48)
        font = self._field.font()
        font.setPointSize(18)
        self._field.setFont(font)
        self._hint = QLabel(hint)
        self._hint.setObjectName("dialogHint")
        self._hint.setWordWrap(True)
        self._hint.setVisible(bool(hint))
        self._error = QLabel()
        self._error.setObjectName("inlineError")
        self._error.setWordWrap(True)
        self._error.hide()

        keypad = QGridLayout()
        for i, key in enumerate(_KEYS):
            button = QPushButton(key)
            button.setMinimumSize(72, 52)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._on_key_clicked(k))
            keypad.addWidget(button, i // 3, i % 3)
        back = QPushButton("⌫")
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.setMinimumHeight(52)
        back.setToolTip(self.tr("Xóa một ký tự"))
        back.clicked.connect(self._field.backspace)
        keypad.addWidget(back, 4, 0, 1, 2 if extra_key else 3)
        if extra_key:
            extra = QPushButton(extra_key, objectName="extraKey")
            extra.setMinimumSize(72, 52)
            extra.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            extra.clicked.connect(lambda _=False, k=extra_key: self._on_key_clicked(k))
            keypad.addWidget(extra, 4, 2)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Đồng ý"))
        self._ok.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self._field)
        layout.addWidget(self._hint)
        layout.addWidget(self._error)
        layout.addLayout(keypad)
        layout.addWidget(buttons)
        self._field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- public API (tests fill the dialog the way a cashier would) ------------------------

    def field(self) -> QLineEdit:
        return self._field

    def set_text(self, text: str) -> None:
        self._field.setText(text)

    def error_message(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def submit(self) -> None:
        """Same as pressing Đồng ý."""
        self._on_ok_clicked()

    # --- slots ----------------------------------------------------------------------------

    def _on_key_clicked(self, key: str) -> None:
        self._field.insert(key)
        self._field.setFocus()

    def _on_ok_clicked(self) -> None:
        try:
            self._apply(self._field.text())
        except BoothError as error:
            self._error.setText(error_text(error))
            self._error.show()
            self._field.selectAll()
            self._field.setFocus()
            return
        self.accept()


def quantity_dialog(parent: QWidget, line: CartLine, apply: Apply) -> LineValueDialog:
    unit = line.product.unit
    hint = (
        QCoreApplication.translate(
            "LineValueDialog", "Hàng cân: có thể nhập số lẻ, ví dụ 1,25 {unit}"
        ).format(unit=unit)
        if line.product.sold_by_weight
        else ""
    )
    return LineValueDialog(
        QCoreApplication.translate("LineValueDialog", "Số lượng"),
        QCoreApplication.translate("LineValueDialog", "Số lượng {name} ({unit})").format(
            name=line.product.name, unit=unit
        ),
        format_quantity(line.quantity),
        apply,
        hint,
        parent,
    )


def discount_dialog(
    parent: QWidget, line: CartLine, limit_pct: int, apply: Apply
) -> LineValueDialog:
    hint = QCoreApplication.translate(
        "LineValueDialog",
        "Thành tiền trước giảm: {gross}. Giảm đến {limit}% không cần quản lý; "
        "cao hơn cần mã PIN quản lý.",
    ).format(gross=format_dong(line.gross), limit=limit_pct)
    return LineValueDialog(
        QCoreApplication.translate("LineValueDialog", "Giảm giá"),
        QCoreApplication.translate(
            "LineValueDialog", "Giảm giá cho {name} (số tiền, hoặc phần trăm như 10%)"
        ).format(name=line.product.name),
        format_dong(line.discount, symbol=False) if line.discount else "",
        apply,
        hint,
        parent,
        extra_key="%",
    )


def price_dialog(parent: QWidget, line: CartLine, apply: Apply) -> LineValueDialog:
    hint = QCoreApplication.translate(
        "LineValueDialog", "Giá niêm yết: {price}. Đổi giá cần mã PIN quản lý."
    ).format(price=format_dong(line.product.price))
    return LineValueDialog(
        QCoreApplication.translate("LineValueDialog", "Đổi giá bán"),
        QCoreApplication.translate("LineValueDialog", "Đơn giá mới cho {name}").format(
            name=line.product.name
        ),
        format_dong(line.unit_price, symbol=False),
        apply,
        hint,
        parent,
    )


class CartLineEditor(QObject):
    """The flows that change one cart line, approvals included, for the sell page.

    Each change is tried on the Cart first; when the Cart answers PermissionDenied (discount
    over the booth limit, changed price) the manager's PIN is asked and the same change is
    redone with the approver. So which change needs a manager is decided by the Cart alone.
    Dialogs are handed to the page (`dialog_opened`) which opens them without blocking.
    """

    dialog_opened = Signal(QDialog)
    line_changed = Signal(int)  # row to show as selected
    message_posted = Signal(str, bool)  # text, is_error

    def __init__(self, ctx: AppContext, cart: Cart, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._cart, self._widget = ctx, cart, parent

    def step(self, row: int, delta: int) -> None:
        """+/− buttons; going below 1 gets the Cart's own refusal."""
        try:
            self._cart.set_quantity(row, self._cart.lines[row].quantity + delta)
        except BoothError as error:
            self.message_posted.emit(error_text(error), True)
        self.line_changed.emit(row)

    def edit_quantity(self, row: int) -> None:
        def apply(text: str) -> None:
            self._cart.set_quantity(row, text)
            self.line_changed.emit(row)

        self.dialog_opened.emit(quantity_dialog(self._widget, self._cart.lines[row], apply))

    def edit_discount(self, row: int) -> None:
        def apply(text: str) -> None:
            amount = parse_discount(text, self._cart.lines[row].gross)
            self._approved(row, Right.DISCOUNT_OVER_LIMIT,
                           lambda who: self._cart.set_discount(row, amount, who))

        line, limit = self._cart.lines[row], self._cart.discount_limit_pct
        self.dialog_opened.emit(discount_dialog(self._widget, line, limit, apply))

    def edit_price(self, row: int) -> None:
        def apply(text: str) -> None:
            price = parse_dong(text, field=QT_TRANSLATE_NOOP("errors", "Giá bán"))
            self._approved(row, Right.PRICE, lambda who: self._cart.set_price(row, price, who))

        self.dialog_opened.emit(price_dialog(self._widget, self._cart.lines[row], apply))

    def _approved(self, row: int, right: Right, change: Callable[[int | None], None]) -> None:
        """Try the change as the person logged in, who approves it themselves when the rights
        table gives them `right`; if the Cart still wants a manager, ask for the PIN."""
        staff = self._ctx.staff
        own = staff.id if staff is not None and not needs_approval(staff, right) else None
        try:
            change(own)
        except PermissionDenied as denied:
            self._ask_manager(row, error_text(denied), change)
        self.line_changed.emit(row)

    def _ask_manager(self, row: int, reason: str, change: Callable[[int | None], None]) -> None:
        dialog = ManagerPinDialog(self._ctx, reason, self._widget)

        def on_accepted() -> None:
            approver: StaffInfo | None = dialog.approver()
            if approver is None:
                return
            try:
                change(approver.id)
            except BoothError as error:
                self.message_posted.emit(error_text(error), True)
            else:
                self.message_posted.emit(
                    self.tr("{name} đã duyệt").format(name=approver.name), False
                )
            self.line_changed.emit(row)

        dialog.accepted.connect(on_accepted)
        self.dialog_opened.emit(dialog)
