"""Chuyển kho: warehouse → fair booth → back. One transaction moves every line out of one
location and into the other; a source going below zero is allowed but said out loud."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.rights import Right
from app.services.stock import StockActionResult, transfer
from app.ui.context import AppContext
from app.ui.manager_pin_dialog import authorize
from app.ui.stock_action_dialog import StockActionDialog
from app.ui.stock_lines_editor import StockLinesEditor


class TransferDialog(StockActionDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Chuyển kho"))
        self._from = self.location_combo("transferFrom")
        self._to = self.location_combo("transferTo", ctx.settings.location_id)
        self._note = QLineEdit(objectName="transferNote")
        form = QFormLayout()
        form.addRow(self.tr("Chuyển từ"), self._from)
        form.addRow(self.tr("Đến"), self._to)
        form.addRow(self.tr("Ghi chú"), self._note)
        self._lines = StockLinesEditor(ctx)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Ghi chuyển kho"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._lines, 1)
        layout.addWidget(self._message)
        layout.addWidget(buttons)

    def lines_editor(self) -> StockLinesEditor:
        return self._lines

    def set_locations(self, from_id: int, to_id: int) -> None:
        self.choose(self._from, from_id)
        self.choose(self._to, to_id)

    def commit(self, approver: StaffInfo | None = None) -> StockActionResult | None:
        actor = self.actor(approver)
        if actor is None:
            return None
        source = self._from.currentData()
        try:
            result = transfer(self._ctx.db, actor, source, self._to.currentData(),
                              self._lines.move_lines(), note=self._note.text())
        except BoothError as error:
            self.show_error(error)
            return None
        items = ", ".join(f"{line.quantity} × {line.name}" for line in self._lines.model().lines())
        self.show_done(self.tr("Đã chuyển từ {source} đến {target}: {items}.").format(
            source=self._from.currentText(), target=self._to.currentText(), items=items)
            + self.negatives_text(result.negative_after, source))
        self._lines.clear()
        return result

    def _on_save_clicked(self) -> None:
        approver = authorize(self, self._ctx, Right.STOCK_TRANSFER, self.windowTitle())
        if approver is not None:
            self.commit(approver)
