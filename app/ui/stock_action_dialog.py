"""What every stock dialog shares: location and producer pickers, the message line, and the
announcement after a write.

Each dialog performs ONE service call (one transaction) in its `commit(...)` method, which tests
call directly; the Lưu button's slot first asks for a manager's PIN where the service needs one.
After a write the dialog stays open showing what it did (so the manager can read it), the
stock views refresh through the announced signal, and Đóng closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from app.services.auth import StaffInfo
from app.services.catalog_listing import catalog_choices, get_product
from app.services.errors import BoothError
from app.services.money import format_quantity
from app.services.rights import Actor
from app.services.stock_query import balance, list_locations
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import actor_for
from app.ui.product_fields import ERROR_STYLE
from app.ui.stock_signals import announce_stock

DONE_STYLE = "color: #135c2a; font-weight: bold;"


class StockActionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._message = QLabel(objectName="stockMessage")
        self._message.setWordWrap(True)
        self.resize(980, 600)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._on_commit_keys)

    # Enter belongs to the line being typed (see StockLinesEditor); only the dialog's button or
    # Ctrl+Enter writes the stock move, so a half-typed line is never committed by accident.
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_commit_keys(self) -> None:
        save = getattr(self, "_on_save_clicked", None)
        if callable(save):
            save()

    # --- building blocks ------------------------------------------------------------------

    def location_combo(self, name: str, default: int | None = None) -> QComboBox:
        combo = QComboBox(objectName=name)
        for loc in list_locations(self._ctx.db):
            combo.addItem(loc.name, loc.id)
        if default is not None:
            combo.setCurrentIndex(max(0, combo.findData(default)))
        return combo

    def producer_combo(self, name: str, allow_none: bool = False) -> QComboBox:
        combo = QComboBox(objectName=name)
        if allow_none:
            combo.addItem(self.tr("(không chọn)"), None)
        for pid, producer, district in catalog_choices(self._ctx.db).producers:
            combo.addItem(f"{producer} – {district}" if district else producer, pid)
        return combo

    @staticmethod
    def choose(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # --- results --------------------------------------------------------------------------

    def message(self) -> str:
        return self._message.text()

    def actor(self, approver: StaffInfo | None = None) -> Actor | None:
        """Who acts (and who approved); None, said on the message line, when nobody is."""
        actor = actor_for(self._ctx, approver)
        if actor is None:
            self.show_error_text(self.tr("Chưa đăng nhập"))
        return actor

    def show_error(self, error: BoothError) -> None:
        self.show_error_text(error_text(error))

    def show_error_text(self, text: str) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(ERROR_STYLE)

    def show_done(self, text: str) -> None:
        self._message.setText(text)
        self._message.setStyleSheet(DONE_STYLE)
        announce_stock(self._ctx)

    def negatives_text(self, product_ids: tuple[int, ...], location_id: int) -> str:
        """Not refused (fairs miscount), but said out loud: which products went below zero."""
        if not product_ids:
            return ""
        names = []
        for pid in product_ids:
            qty = balance(self._ctx.db, pid, location_id)
            product = get_product(self._ctx.db, pid)
            names.append(f"{product.name if product else pid} ({format_quantity(qty)})")
        return self.tr(" Chú ý, tồn âm sau khi ghi: {items}.").format(items=", ".join(names))

    def approver_text(self, approver: StaffInfo) -> str:
        return self.tr("Quản lý duyệt: {name}.").format(name=approver.name)
