"""The Nhân viên page: who may use this till, in which role; add, edit, disable, reset a PIN.

Managing staff needs the staff right (services.rights). A manager logged in just does it; a
cashier pressing a button is first asked for a manager's PIN (the same dialog as for a void),
and the service checks the right again with that approval and writes the audit entry. People
are disabled, never deleted: their sales and shifts keep pointing at them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import staff as staff_service
from app.services.errors import BoothError
from app.services.rights import Actor, Right
from app.services.staff import StaffRow
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import actor_for, authorize
from app.ui.models.staff_table_model import StaffTableModel
from app.ui.product_fields import ERROR_STYLE
from app.ui.staff_dialogs import PinResetDialog, StaffEditDialog

DONE_STYLE = "color: #135c2a; font-weight: bold;"


class StaffPage(QWidget):
    """A table of staff and four buttons; each button is one service call."""

    staff_edited = Signal()  # someone was added, changed, disabled, re-enabled or got a new PIN

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self._ctx = ctx
        self._title = QLabel(objectName="pageTitle")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._model = StaffTableModel(ctx.db, self)
        self._view = QTableView(objectName="staffTable")
        self._view.setModel(self._model)
        self._view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._view.verticalHeader().hide()
        self._view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._view.doubleClicked.connect(lambda _index: self._on_edit_clicked())

        self._add = QPushButton(objectName="addStaff")
        self._edit = QPushButton(objectName="editStaff")
        self._toggle = QPushButton(objectName="toggleStaff")
        self._pin = QPushButton(objectName="resetPin")
        self._add.clicked.connect(self._on_add_clicked)
        self._edit.clicked.connect(self._on_edit_clicked)
        self._toggle.clicked.connect(self._on_toggle_clicked)
        self._pin.clicked.connect(self._on_pin_clicked)
        buttons = QHBoxLayout()
        for button in (self._add, self._edit, self._toggle, self._pin):
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self._message = QLabel(objectName="staffMessage")
        self._message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addLayout(buttons)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._message)
        self._retranslate()
        self._on_selection_changed()

    # --- public API (tests drive the page through it) --------------------------------------

    def model(self) -> StaffTableModel:
        return self._model

    def view(self) -> QTableView:
        return self._view

    def message(self) -> str:
        return self._message.text()

    def select_staff(self, staff_id: int) -> bool:
        row = self._model.row_of(staff_id)
        if row < 0:
            return False
        self._view.selectRow(row)
        return True

    def selected(self) -> StaffRow | None:
        rows = self._view.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    def set_active(self, active: bool, approver_actor: Actor | None) -> StaffRow | None:
        """Disable or re-enable the selected person as `approver_actor`; None if refused."""
        person = self.selected()
        if person is None:
            return None
        try:
            row = staff_service.set_active(self._ctx.db, approver_actor, person.id, active)
        except BoothError as error:
            self._show(error_text(error), error=True)
            return None
        text = self.tr("Đã bật lại tài khoản của {name}.") if active else self.tr(
            "Đã tắt tài khoản của {name}: người này không đăng nhập được nữa.")
        self._changed(row, text.format(name=row.name))
        return row

    # --- slots ----------------------------------------------------------------------------

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        person = self.selected()
        for button in (self._edit, self._toggle, self._pin):
            button.setEnabled(person is not None)
        self._toggle.setText(self.tr("Bật lại") if person is not None and not person.active
                             else self.tr("Tắt tài khoản"))
        self._pin.setEnabled(person is not None and person.active)

    def _on_add_clicked(self) -> None:
        actor = self._authorized(self.tr("Thêm nhân viên"))
        if actor is None:
            return
        dialog = StaffEditDialog(self._ctx, actor, None, self)
        self._run(dialog, self.tr("Đã thêm {name}."))

    def _on_edit_clicked(self) -> None:
        person = self.selected()
        if person is None:
            return
        actor = self._authorized(self.tr("Sửa nhân viên {name}").format(name=person.name))
        if actor is None:
            return
        self._run(StaffEditDialog(self._ctx, actor, person, self), self.tr("Đã lưu {name}."))

    def _on_toggle_clicked(self) -> None:
        person = self.selected()
        if person is None:
            return
        reason = (self.tr("Bật lại tài khoản của {name}") if not person.active
                  else self.tr("Tắt tài khoản của {name}")).format(name=person.name)
        actor = self._authorized(reason)
        if actor is not None:
            self.set_active(not person.active, actor)

    def _on_pin_clicked(self) -> None:
        person = self.selected()
        if person is None:
            return
        actor = self._authorized(self.tr("Đặt lại mã PIN của {name}").format(name=person.name))
        if actor is None:
            return
        self._run(PinResetDialog(self._ctx, actor, person, self),
                  self.tr("Đã đặt mã PIN mới cho {name}."))

    # --- helpers --------------------------------------------------------------------------

    def _authorized(self, reason: str) -> Actor | None:
        """The Actor for one staff change: the manager logged in, or a cashier plus the
        manager who types a PIN now. None when cancelled (nothing is said, nothing done)."""
        holder = authorize(self, self._ctx, Right.STAFF, reason)
        if holder is None:
            return None
        return actor_for(self._ctx, holder)

    def _run(self, dialog: QDialog, done: str) -> None:
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                row = dialog.saved_row()  # type: ignore[attr-defined]
                if row is not None:
                    self._changed(row, done.format(name=row.name))
        finally:
            dialog.deleteLater()

    def _changed(self, row: StaffRow, text: str) -> None:
        self._model.refresh()
        self.select_staff(row.id)
        self._show(text)
        self.staff_edited.emit()

    def _show(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Nhân viên"))
        self._hint.setText(self.tr(
            "Ai được dùng máy bán hàng này và với vai trò nào. Người nghỉ việc được tắt tài "
            "khoản (không xóa, vì hóa đơn và ca vẫn ghi tên họ). Mọi thay đổi cần quyền quản lý "
            "và được ghi nhật ký."))
        self._add.setText(self.tr("Thêm nhân viên"))
        self._edit.setText(self.tr("Sửa"))
        self._pin.setText(self.tr("Đặt lại mã PIN"))
        self._on_selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
