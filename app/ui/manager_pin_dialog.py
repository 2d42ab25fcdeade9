"""A manager approves one action at the till with their PIN.

The manager types the PIN on the cashier's laptop, so the dialog only checks it through
services.auth.approve_as_manager (slow hash, lockout) and hands back who approved; the rule that
needs the approval (discount limit, price change) stays in the service that asked for it.
`authorize` asks only when the rights table (services.rights) says the logged-in person lacks
the right, and `actor_for` turns the answer into the Actor the service checks again.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import PIN_MAX_DIGITS, StaffInfo, approve_as_manager, list_staff
from app.services.errors import BoothError
from app.services.rights import Actor, Right, needs_approval
from app.ui.context import AppContext
from app.ui.errors import error_text


class ManagerPinDialog(QDialog):
    """Choose the manager, type the PIN; `approver()` is set once the PIN was accepted."""

    def __init__(self, ctx: AppContext, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._approver: StaffInfo | None = None
        self.setWindowTitle(self.tr("Cần quản lý duyệt"))
        self.setMinimumWidth(420)

        self._reason = QLabel(reason)
        self._reason.setObjectName("dialogReason")
        self._reason.setWordWrap(True)
        self._manager = QComboBox()
        self._manager.setObjectName("managerCombo")
        for person in list_staff(ctx.db, "manager"):
            self._manager.addItem(person.name, person.id)
        self._pin = QLineEdit()
        self._pin.setObjectName("pinField")
        self._pin.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin.setMaxLength(PIN_MAX_DIGITS)
        self._pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX_DIGITS}}}"), self))
        self._pin.setPlaceholderText(self.tr("4 đến 8 chữ số"))
        self._error = QLabel()
        self._error.setObjectName("inlineError")
        self._error.setWordWrap(True)
        self._error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Quản lý"), self._manager)
        form.addRow(self.tr("Mã PIN"), self._pin)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Duyệt"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self._buttons.accepted.connect(self._on_approve_clicked)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._reason)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)
        if self._manager.count() == 0:
            self._show_error(self.tr("Chưa có tài khoản quản lý nào trên máy này"))
            self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._pin.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- public API, also used by tests to fill the dialog --------------------------------

    def approver(self) -> StaffInfo | None:
        return self._approver

    def choose_manager(self, staff_id: int) -> None:
        self._manager.setCurrentIndex(self._manager.findData(staff_id))

    def set_pin(self, pin: str) -> None:
        self._pin.setText(pin)

    def error_message(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def approve(self) -> None:
        """Same as pressing Duyệt."""
        self._on_approve_clicked()

    # --- slots ----------------------------------------------------------------------------

    def _on_approve_clicked(self) -> None:
        staff_id = self._manager.currentData()
        if staff_id is None:
            return
        try:
            self._approver = approve_as_manager(self._ctx.db, int(staff_id), self._pin.text())
        except BoothError as error:
            self._show_error(error_text(error))
            self._pin.clear()
            self._pin.setFocus()
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()


def ask_manager(parent: QWidget | None, ctx: AppContext, reason: str) -> StaffInfo | None:
    """Blocking convenience for pages that need one approval; None when cancelled."""
    dialog = ManagerPinDialog(ctx, reason, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.approver()
        return None
    finally:
        dialog.deleteLater()


def authorize(
    parent: QWidget | None, ctx: AppContext, right: Right, reason: str
) -> StaffInfo | None:
    """Who holds `right` for this action: the logged-in person when the rights table gives it to
    their role (no dialog), else the manager who types their PIN now; None when cancelled."""
    if ctx.staff is not None and not needs_approval(ctx.staff, right):
        return ctx.staff
    return ask_manager(parent, ctx, reason)


def actor_for(ctx: AppContext, approver: StaffInfo | None = None) -> Actor | None:
    """The logged-in person acting, with the approving manager if any (None: nobody at all)."""
    if ctx.staff is not None:
        return Actor.of(ctx.staff, approver)
    return Actor.of(approver) if approver is not None else None
