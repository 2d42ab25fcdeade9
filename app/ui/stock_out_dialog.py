"""Xuất hủy (spoilage, damage, expiry) and trả hàng cho chủ thể (unsold consigned goods back).

Both take goods out of a location with a manager's PIN; a write-off must say why, a return
names the producer and may only list that producer's products (the settlement counts it as
"returned").
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.rights import Right
from app.services.stock import StockActionResult, return_to_producer, write_off
from app.ui.context import AppContext
from app.ui.manager_pin_dialog import authorize
from app.ui.stock_action_dialog import StockActionDialog
from app.ui.stock_lines_editor import StockLinesEditor

SPOILAGE, RETURN = "spoilage", "return"


class StockOutDialog(StockActionDialog):
    def __init__(self, ctx: AppContext, kind: str = SPOILAGE, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._kind = kind
        self.setObjectName("stockOutDialog")
        self.setWindowTitle(self.tr("Xuất hủy hàng") if kind == SPOILAGE
                            else self.tr("Trả hàng cho chủ thể"))
        self._location = self.location_combo("outLocation", ctx.settings.location_id)
        self._producer = self.producer_combo("outProducer")
        self._producer.currentIndexChanged.connect(self._on_producer_changed)
        self._reason = QLineEdit(objectName="outReason")
        self._reason.setPlaceholderText(self.tr("Ví dụ: vỡ khi vận chuyển, hết hạn sử dụng")
                                        if kind == SPOILAGE else self.tr("Ví dụ: hết kỳ ký gửi"))
        form = QFormLayout()
        form.addRow(self.tr("Từ điểm kho"), self._location)
        if kind == RETURN:
            form.addRow(self.tr("Trả cho chủ thể"), self._producer)
        else:
            self._producer.hide()
        form.addRow(self.tr("Lý do") + (" *" if kind == SPOILAGE else ""), self._reason)
        self._lines = StockLinesEditor(ctx)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Ghi (cần quản lý)"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._lines, 1)
        layout.addWidget(self._message)
        layout.addWidget(buttons)
        self._on_producer_changed()

    def lines_editor(self) -> StockLinesEditor:
        return self._lines

    def set_location(self, location_id: int) -> None:
        self.choose(self._location, location_id)

    def set_producer(self, producer_id: int) -> None:
        self.choose(self._producer, producer_id)

    def set_reason(self, text: str) -> None:
        self._reason.setText(text)

    def commit(self, approver: StaffInfo) -> StockActionResult | None:
        actor = self.actor(approver)
        if actor is None:
            return None
        location = self._location.currentData()
        lines = self._lines.move_lines()
        try:
            if self._kind == SPOILAGE:
                result = write_off(self._ctx.db, actor, location, lines,
                                   reason=self._reason.text())
            else:
                result = return_to_producer(self._ctx.db, actor, location,
                                            self._producer.currentData(), lines,
                                            reason=self._reason.text())
        except BoothError as error:
            self.show_error(error)
            return None
        items = ", ".join(f"{line.quantity} × {line.name}" for line in self._lines.model().lines())
        text = (self.tr("Đã xuất hủy ở {location}: {items}. {approved}") if self._kind == SPOILAGE
                else self.tr("Đã trả {producer} từ {location}: {items}. {approved}"))
        self.show_done(text.format(location=self._location.currentText(), items=items,
                                   producer=self._producer.currentText(),
                                   approved=self.approver_text(approver))
                       + self.negatives_text(result.negative_after, location))
        self._lines.clear()
        return result

    def _on_producer_changed(self) -> None:
        if self._kind == RETURN:
            self._lines.set_producer(self._producer.currentData())

    def _on_save_clicked(self) -> None:
        if not self._lines.model().lines():
            self.show_error_text(self.tr("Hãy thêm ít nhất một sản phẩm"))
            return
        approver = authorize(self, self._ctx, Right.STOCK_WRITE_OFF, self.windowTitle())
        if approver is not None:
            self.commit(approver)
