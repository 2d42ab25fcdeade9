"""Adding or editing one staff member, and resetting a PIN: the two dialogs of the Nhân viên page.

Both only collect text and call services.staff with the Actor the page obtained (the manager
logged in, or a cashier plus the manager who typed a PIN); the service checks the staff right,
validates (name, role, 4-8 digit PIN, the last manager) and audits. A refusal is shown inside
the dialog, which stays open so nothing typed is lost. The PIN is typed twice because nobody
sees it: a typo would lock the person out at their next login.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
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

from app.services import staff as staff_service
from app.services.auth import PIN_MAX_DIGITS
from app.services.errors import BoothError
from app.services.rights import Actor
from app.services.staff import StaffRow
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.staff_table_model import role_name
from app.ui.product_fields import inline_error_label


def _pin_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS)
    edit.setValidator(
        QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX_DIGITS}}}"), parent))
    return edit


class _StaffDialog(QDialog):
    """What both dialogs share: a form, the inline error and Lưu / Hủy."""

    def __init__(self, ctx: AppContext, actor: Actor | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._saved: StaffRow | None = None
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self._error = inline_error_label("dialogError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)

    def error_message(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def saved_row(self) -> StaffRow | None:
        return self._saved

    def show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def pins_match(self, pin: QLineEdit, again: QLineEdit) -> bool:
        if pin.text() != again.text():
            self.show_error(self.tr("Hai lần nhập mã PIN không giống nhau"))
            again.clear()
            again.setFocus()
            return False
        return True

    def submit(self) -> StaffRow | None:
        """Same as pressing Lưu: the saved row, or None with the refusal shown."""
        self._error.hide()
        try:
            row = self.write()
        except BoothError as error:
            self.show_error(error_text(error))
            return None
        if row is not None:
            self._saved = row
            self.accept()
        return row

    def write(self) -> StaffRow | None:
        raise NotImplementedError

    def _on_save_clicked(self) -> None:
        self.submit()


class StaffEditDialog(_StaffDialog):
    """A new person (person=None: name, role and a first PIN) or a rename / role change."""

    def __init__(self, ctx: AppContext, actor: Actor | None, person: StaffRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.setObjectName("staffEditDialog")
        self._person = person
        self.setWindowTitle(self.tr("Sửa nhân viên") if person else self.tr("Thêm nhân viên"))
        self._name = QLineEdit(objectName="staffName")
        self._name.setMaxLength(staff_service.NAME_MAX)
        self._role = QComboBox(objectName="staffRole")
        for role in ("cashier", "manager"):
            self._role.addItem(role_name(role), role)
        self._pin = _pin_edit(self, "staffPin")
        self._again = _pin_edit(self, "staffPinAgain")
        self._pin.setPlaceholderText(self.tr("4 đến 8 chữ số"))
        self.form.addRow(self.tr("Họ tên *"), self._name)
        self.form.addRow(self.tr("Vai trò"), self._role)
        if person is None:
            self.form.addRow(self.tr("Mã PIN *"), self._pin)
            self.form.addRow(self.tr("Nhập lại mã PIN *"), self._again)
        else:
            self._name.setText(person.name)
            self.set_role(person.role)

    def set_name(self, name: str) -> None:
        self._name.setText(name)

    def set_role(self, role: str) -> None:
        self._role.setCurrentIndex(max(0, self._role.findData(role)))

    def set_pin(self, pin: str, again: str | None = None) -> None:
        self._pin.setText(pin)
        self._again.setText(pin if again is None else again)

    def write(self) -> StaffRow | None:
        role = self._role.currentData()
        if self._person is not None:
            return staff_service.update_staff(
                self._ctx.db, self._actor, self._person.id, self._name.text(), role)
        if not self.pins_match(self._pin, self._again):
            return None
        return staff_service.add_staff(
            self._ctx.db, self._actor, self._name.text(), role, self._pin.text())


class PinResetDialog(_StaffDialog):
    """A new PIN for someone who forgot theirs (it also lifts a lockout)."""

    def __init__(self, ctx: AppContext, actor: Actor | None, person: StaffRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, actor, parent)
        self.setObjectName("pinResetDialog")
        self._person = person
        self.setWindowTitle(self.tr("Đặt lại mã PIN"))
        self._pin = _pin_edit(self, "newPin")
        self._again = _pin_edit(self, "newPinAgain")
        self._pin.setPlaceholderText(self.tr("4 đến 8 chữ số"))
        who = QLabel(self.tr("Mã PIN mới cho {name}").format(name=person.name))
        who.setWordWrap(True)
        self.form.addRow(who)
        self.form.addRow(self.tr("Mã PIN mới *"), self._pin)
        self.form.addRow(self.tr("Nhập lại mã PIN *"), self._again)

    def set_pin(self, pin: str, again: str | None = None) -> None:
        self._pin.setText(pin)
        self._again.setText(pin if again is None else again)

    def write(self) -> StaffRow | None:
        if not self.pins_match(self._pin, self._again):
            return None
        return staff_service.reset_pin(self._ctx.db, self._actor, self._person.id,
                                       self._pin.text())
