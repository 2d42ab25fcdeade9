"""Kiểm kê: count what is on the shelf at one location and book the difference with a reason.

The sheet starts with every product the ledger knows at that location; the manager types the
counted quantity for the lines she counted (empty = not counted), sees the variance against the
ledger (preview_count, nothing written), writes a reason, and a manager's PIN books it
(count_stock, one transaction). The expected figure is re-read when booking, so a sale rung up
during the count is not lost.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.money import format_quantity
from app.services.rights import Right
from app.services.stock import CountLine, CountResult, count_stock, preview_count
from app.services.stock_query import list_balances
from app.ui.context import AppContext
from app.ui.manager_pin_dialog import authorize
from app.ui.models.stock_table_models import EditLine
from app.ui.stock_action_dialog import StockActionDialog
from app.ui.stock_lines_editor import StockLinesEditor

SHEET_LIMIT = 2000


class CountDialog(StockActionDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("countDialog")
        self.setWindowTitle(self.tr("Kiểm kê"))
        self._location = self.location_combo("countLocation", ctx.settings.location_id)
        self._location.currentIndexChanged.connect(self._on_location_changed)
        self._reason = QLineEdit(objectName="countReason")
        self._reason.setPlaceholderText(self.tr("Ví dụ: kiểm kê cuối hội chợ, vỡ 2 hũ khi vận chuyển"))
        form = QFormLayout()
        form.addRow(self.tr("Điểm kho"), self._location)
        form.addRow(self.tr("Lý do chênh lệch"), self._reason)
        self._lines = StockLinesEditor(ctx, ("sku", "name", "expected", "quantity", "variance"))
        preview = QPushButton(self.tr("Xem chênh lệch"), objectName="previewCountButton")
        preview.clicked.connect(self._on_preview_clicked)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Ghi kiểm kê (cần quản lý)"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        save.setProperty("primary", True)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        save.clicked.connect(self._on_save_clicked)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(buttons, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._lines, 1)
        layout.addWidget(self._message)
        layout.addLayout(row)
        self.load_sheet()

    # --- public API -----------------------------------------------------------------------

    def lines_editor(self) -> StockLinesEditor:
        return self._lines

    def set_location(self, location_id: int) -> None:
        self.choose(self._location, location_id)

    def set_reason(self, text: str) -> None:
        self._reason.setText(text)

    def load_sheet(self) -> None:
        """Every product with moves at the location and its ledger figure, counted empty."""
        page = list_balances(self._ctx.db, location_id=self._location.currentData(),
                             limit=SHEET_LIMIT)
        self._lines.model().set_lines([EditLine(r.product_id, r.sku, r.name, r.unit,
                                                expected=r.quantity) for r in page.rows])

    def set_counted(self, product_id: int, quantity: str) -> None:
        """Type a counted quantity; a product not on the sheet is added to it."""
        model = self._lines.model()
        rows = [i for i, line in enumerate(model.lines()) if line.product_id == product_id]
        if not rows:
            self._lines.add_product(product_id, quantity)
        else:
            model.set_quantity(rows[0], quantity)

    def counted(self) -> dict[int, str]:
        return {line.product_id: line.quantity for line in self._lines.model().lines()
                if line.quantity.strip()}

    def preview(self) -> tuple[CountLine, ...] | None:
        """Expected against counted, nothing written; the sheet shows the variances."""
        try:
            lines = preview_count(self._ctx.db, self._location.currentData(), self.counted())
        except BoothError as error:
            self.show_error(error)
            return None
        self._lines.model().set_expected({ln.product_id: (ln.expected, ln.variance) for ln in lines})
        changed = [ln for ln in lines if ln.variance]
        if changed:
            self.show_error_text(self._variance_text(changed))
        else:
            self._message.setText(self.tr("Đếm khớp sổ sách: {count} sản phẩm.").format(
                count=len(lines)))
            self._message.setStyleSheet("")
        return lines

    def commit(self, approver: StaffInfo) -> CountResult | None:
        actor = self.actor(approver)
        if actor is None:
            return None
        try:
            result = count_stock(self._ctx.db, actor, self._location.currentData(),
                                 self.counted(), reason=self._reason.text())
        except BoothError as error:
            self.show_error(error)
            return None
        changed = [ln for ln in result.lines if ln.variance]
        self._lines.model().set_expected(
            {ln.product_id: (ln.expected, ln.variance) for ln in result.lines})
        self.show_done(self.tr("Đã ghi kiểm kê {count} sản phẩm ở {location}; điều chỉnh {moves} "
                               "dòng. {approved}").format(
            count=len(result.lines), location=self._location.currentText(),
            moves=len(result.move_ids), approved=self.approver_text(approver))
            + (" " + self._variance_text(changed) if changed else ""))
        return result

    # --- slots ----------------------------------------------------------------------------

    def _on_location_changed(self) -> None:
        self.load_sheet()

    def _on_preview_clicked(self) -> None:
        self.preview()

    def _on_save_clicked(self) -> None:
        if not self.counted():
            self.show_error_text(self.tr("Hãy nhập số đếm được cho ít nhất một sản phẩm"))
            return
        if self.preview() is None:
            return
        approver = authorize(self, self._ctx, Right.STOCK_COUNT, self.tr(
            "Ghi kiểm kê ở {location}").format(location=self._location.currentText()))
        if approver is not None:
            self.commit(approver)

    def _variance_text(self, lines: list[CountLine]) -> str:
        parts = [f"{ln.name}: {'+' if ln.variance > 0 else ''}{format_quantity(ln.variance)}"
                 for ln in lines]
        total = sum((ln.variance for ln in lines), Decimal(0))
        return self.tr("Chênh lệch {count} sản phẩm ({total}): {items}").format(
            count=len(lines), total=format_quantity(total), items="; ".join(parts))
