"""Who is at the till: pick your name, type your PIN.

Booth laptops are often used by touch, so names are big buttons and there is an on-screen
keypad; the PIN check, the failure count and the lockout are the auth service's, and its
messages are shown inline so the dialog never stacks a modal on a busy cashier.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import auth
from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.ui.context import AppContext
from app.ui.errors import error_text

KEYPAD_ROWS = (("1", "2", "3"), ("4", "5", "6"), ("7", "8", "9"), ("clear", "0", "back"))
STAFF_COLUMNS = 2
MAX_PIN = auth.PIN_MAX_DIGITS


class LoginDialog(QDialog):
    """Staff buttons + PIN; accepted once ctx.log_in(staff) has been called."""

    logged_in = Signal(object)  # StaffInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._ctx = ctx
        self._staff = auth.list_staff(ctx.db)
        self._buttons: dict[int, QPushButton] = {}

        self._title = QLabel(objectName="pageTitle")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        staff_grid = QGridLayout()
        for i, person in enumerate(self._staff):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("staffButton")
            button.setProperty("staffId", person.id)
            self._group.addButton(button, person.id)
            staff_grid.addWidget(button, i // STAFF_COLUMNS, i % STAFF_COLUMNS)
            self._buttons[person.id] = button
        self._group.idClicked.connect(self._on_staff_clicked)

        self._pin = QLineEdit(objectName="pinEdit")
        self._pin.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin.setMaxLength(MAX_PIN)
        self._pin.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN}}}"), self))
        self._pin.setMinimumHeight(52)
        font = self._pin.font()
        font.setPointSize(20)
        self._pin.setFont(font)
        # Enter reaches the dialog's default button (Đăng nhập): one attempt per press. Also
        # connecting returnPressed made Enter try twice, the second time with the emptied field.

        keypad = QGridLayout()
        keypad.setSpacing(6)
        self._keys: dict[str, QPushButton] = {}
        for r, row in enumerate(KEYPAD_ROWS):
            for c, key in enumerate(row):
                button = QPushButton()
                button.setMinimumSize(88, 56)
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, k=key: self._on_key_clicked(k))
                keypad.addWidget(button, r, c)
                self._keys[key] = button

        self._error = QLabel(objectName="errorLabel")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c8102e; font-weight: bold;")
        self._lockout = QTimer(self)
        self._lockout.setInterval(1000)
        self._lockout.timeout.connect(self._on_lockout_tick)
        self._login = QPushButton(objectName="bigButton")
        self._login.setDefault(True)
        self._login.clicked.connect(self._on_login_clicked)
        self._quit = QPushButton()
        self._quit.setAutoDefault(False)
        self._quit.clicked.connect(self.reject)

        pin_box = QVBoxLayout()
        self._pin_label = QLabel()
        pin_box.addWidget(self._pin_label)
        pin_box.addWidget(self._pin)
        pin_box.addLayout(keypad)
        pin_box.addStretch(1)

        columns = QHBoxLayout()
        staff_box = QVBoxLayout()
        staff_box.addLayout(staff_grid)
        staff_box.addStretch(1)
        columns.addLayout(staff_box, 3)
        columns.addSpacing(24)
        columns.addLayout(pin_box, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self._quit)
        buttons.addStretch(1)
        buttons.addWidget(self._login)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        # The chosen name must be unmistakable at arm's length, on a touch screen.
        self.setStyleSheet(
            "QPushButton#staffButton { min-height: 72px; font-size: 13pt; }"
            "QPushButton#staffButton:checked { background: #1b7f3b; color: white;"
            " border: 2px solid #135c2a; font-weight: bold; }"
        )
        self._retranslate()
        if len(self._staff) == 1:
            self.select_staff(self._staff[0].id)

    # --- public API (also what tests drive) -----------------------------------------------

    def staff_ids(self) -> list[int]:
        return [s.id for s in self._staff]

    def select_staff(self, staff_id: int) -> None:
        self._buttons[staff_id].setChecked(True)
        self._on_staff_clicked(staff_id)

    def selected_staff(self) -> StaffInfo | None:
        return next((s for s in self._staff if s.id == self._group.checkedId()), None)

    def pin_edit(self) -> QLineEdit:
        return self._pin

    def login_button(self) -> QPushButton:
        return self._login

    def error_message(self) -> str:
        return self._error.text()

    # --- slots ----------------------------------------------------------------------------

    def _on_staff_clicked(self, _staff_id: int) -> None:
        self._lockout.stop()
        self._error.clear()
        self._pin.clear()
        self._pin.setFocus()
        self._on_lockout_tick()

    def _on_key_clicked(self, key: str) -> None:
        if key == "clear":
            self._pin.clear()
        elif key == "back":
            self._pin.backspace()
        elif len(self._pin.text()) < MAX_PIN:
            self._pin.setText(self._pin.text() + key)
        self._pin.setFocus()

    def _on_login_clicked(self) -> None:
        person = self.selected_staff()
        if person is None:
            self._error.setText(self.tr("Hãy chọn tên của bạn trước"))
            return
        if not self._pin.text():
            self._error.setText(self.tr("Hãy nhập mã PIN"))
            self._pin.setFocus()
            return
        try:
            staff = auth.authenticate(self._ctx.db, person.id, self._pin.text())
        except BoothError as exc:
            self._error.setText(error_text(exc))
            self._pin.clear()
            self._pin.setFocus()
            if auth.lockout_seconds_left(self._ctx.db, person.id):
                self._lockout.start()
            return
        self._error.clear()
        self._ctx.log_in(staff)
        self.logged_in.emit(staff)
        self.accept()

    def _on_lockout_tick(self) -> None:
        """Count a lockout down where the cashier is looking, so nobody keeps guessing."""
        person = self.selected_staff()
        left = auth.lockout_seconds_left(self._ctx.db, person.id) if person else 0
        if not left:
            if self._lockout.isActive():
                self._lockout.stop()
                self._error.clear()
            return
        self._error.setText(self.tr("{name} bị khóa do sai PIN nhiều lần: còn {seconds} giây.")
                            .format(name=person.name, seconds=left))
        self._lockout.start()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Đăng nhập"))
        self._title.setText(self.tr("Đăng nhập bán hàng"))
        self._hint.setText(self.tr("Chọn tên của bạn rồi nhập mã PIN (4 đến 8 chữ số)."))
        if not self._staff:
            self._hint.setText(
                self.tr("Chưa có nhân viên nào trên máy này. Hãy nạp dữ liệu hoặc đồng bộ.")
            )
        roles = {"manager": self.tr("Quản lý"), "cashier": self.tr("Thu ngân")}
        for person in self._staff:
            self._buttons[person.id].setText(f"{person.name}\n{roles.get(person.role, '')}")
        self._pin_label.setText(self.tr("Mã PIN"))
        self._keys["clear"].setText(self.tr("Xóa"))
        self._keys["back"].setText("⌫")
        for digit in "0123456789":
            self._keys[digit].setText(digit)
        self._login.setText(self.tr("Đăng nhập"))
        self._quit.setText(self.tr("Thoát"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
