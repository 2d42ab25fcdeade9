"""Nhập hàng: goods arrive from a producer, bought outright or on consignment (ký gửi).

Consignment needs the producer and an agreed unit cost on every line; the monthly settlement
pays that cost per unit sold. The service checks both and that each product is the producer's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.rights import Right
from app.services.stock import StockActionResult, receive
from app.ui.context import AppContext
from app.ui.manager_pin_dialog import authorize
from app.ui.stock_action_dialog import StockActionDialog
from app.ui.stock_lines_editor import StockLinesEditor


class ReceiveDialog(StockActionDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("receiveDialog")
        self.setWindowTitle(self.tr("Nhập hàng"))
        self._purchase = QRadioButton(self.tr("Mua đứt"), objectName="modePurchase")
        self._consign = QRadioButton(self.tr("Nhận ký gửi"), objectName="modeConsignment")
        self._consign.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self._purchase)
        group.addButton(self._consign)
        self._consign.toggled.connect(self._on_mode_toggled)
        modes = QHBoxLayout()
        modes.addWidget(self._consign)
        modes.addWidget(self._purchase)
        modes.addStretch(1)
        self._producer = self.producer_combo("receiveProducer", allow_none=True)
        self._producer.currentIndexChanged.connect(self._on_producer_changed)
        self._location = self.location_combo("receiveLocation", ctx.settings.location_id)
        self._note = QLineEdit(objectName="receiveNote")
        self._note.setPlaceholderText(self.tr("Số phiếu giao hàng, ghi chú…"))
        form = QFormLayout()
        form.addRow(self.tr("Hình thức"), modes)
        form.addRow(self.tr("Chủ thể giao hàng"), self._producer)
        form.addRow(self.tr("Nhập vào"), self._location)
        form.addRow(self.tr("Ghi chú"), self._note)
        self._lines = StockLinesEditor(ctx, ("sku", "name", "quantity", "unit_cost"))
        buttons = QDialogButtonBox()
        self._save = buttons.addButton(self.tr("Ghi nhập kho"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._save.setProperty("primary", True)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self._save.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._lines, 1)
        layout.addWidget(self._message)
        layout.addWidget(buttons)

    # --- public API -----------------------------------------------------------------------

    def lines_editor(self) -> StockLinesEditor:
        return self._lines

    def set_mode(self, consignment: bool) -> None:
        (self._consign if consignment else self._purchase).setChecked(True)

    def set_producer(self, producer_id: int | None) -> None:
        self.choose(self._producer, producer_id)

    def set_location(self, location_id: int) -> None:
        self.choose(self._location, location_id)

    def commit(self, approver: StaffInfo | None = None) -> StockActionResult | None:
        actor = self.actor(approver)
        if actor is None:
            return None
        consignment = self._consign.isChecked()
        lines = self._lines.move_lines()
        try:
            result = receive(
                self._ctx.db, actor, self._location.currentData(), lines,
                mode="consignment" if consignment else "purchase",
                producer_id=self._producer.currentData(), note=self._note.text())
        except BoothError as error:
            self.show_error(error)
            return None
        items = ", ".join(f"{line.quantity} × {line.name}" for line in self._lines.model().lines())
        text = (self.tr("Đã nhận ký gửi vào {location}: {items}.") if consignment
                else self.tr("Đã nhập mua vào {location}: {items}."))
        self.show_done(text.format(location=self._location.currentText(), items=items))
        self._lines.clear()
        return result

    # --- slots ----------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        approver = authorize(self, self._ctx, Right.STOCK_RECEIVE, self.windowTitle())
        if approver is not None:
            self.commit(approver)

    def _on_mode_toggled(self, _on: bool) -> None:
        self._on_producer_changed()

    def _on_producer_changed(self) -> None:
        # Consigned goods must be the producer's own: offer only those.
        only = self._producer.currentData() if self._consign.isChecked() else None
        self._lines.set_producer(only)
