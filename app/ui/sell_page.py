"""The till: scan or search, adjust lines, take payment, hand over the receipt.

Built for a fair: a USB scanner "types" digits and Enter into the scan field, a touch screen
needs big targets, and the next customer is already waiting, so focus always returns to the
scan field and nothing after a sale blocks the next one. Every rule (limits, approvals, totals,
what a sale writes) lives in services.cart / services.checkout; this page only calls them and
shows their answers, refusals inline rather than in modal boxes that would stall the queue.
The name-search list lives in product_search_list, the total and buttons in sell_action_panel.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import scan_codes, visitors
from app.services.cart import Cart
from app.services.catalog import ProductInfo
from app.services.checkout import SaleResult
from app.services.clock import local_day_start_utc
from app.services.errors import BoothError
from app.services.money import format_dong, format_quantity
from app.ui import pdf_printing
from app.ui.context import AppContext
from app.ui.customer_display import CustomerDisplay
from app.ui.errors import error_text
from app.ui.line_edit_dialog import CartLineEditor
from app.ui.models.cart_table_model import COL_DISCOUNT, COL_NAME, COL_PRICE, CartTableModel
from app.ui.payment_dialog import PaymentDialog
from app.ui.printer_bar import PrinterBar
from app.ui.product_search_list import RESULT_ROW_HEIGHT, ProductSearchList
from app.ui.scan_timing import ScanTiming
from app.ui.sell_action_panel import SellActionPanel
from app.ui.theme import ACCENT, BORDER, MUTED, PRIMARY_DARK, PRIMARY_LIGHT, SURFACE

PAY_KEYS = {"F5": "cash", "F6": "vietqr", "F7": "card", "F8": "ewallet", "F9": "cash"}
MIN_CODE_LENGTH = 8  # digits-only input this long is a scan, never a name search

_STYLE = f"""
QLineEdit#scanField {{ font-size: 18pt; min-height: 52px; }}
QLabel#scanMessage {{ font-size: 12pt; color: {MUTED}; }}
QLabel#scanMessage[error="true"], QLabel#inlineError {{ color: {ACCENT}; font-weight: bold; }}
QListView#searchResults {{ font-size: 13pt; }}
QListView#searchResults::item {{ min-height: {RESULT_ROW_HEIGHT}px; }}
QTableView#cartTable {{ font-size: 13pt; }}
QFrame#totalPanel {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLabel#sellTotal {{ font-size: 36pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#lineCount {{ font-size: 12pt; color: {MUTED}; }}
QFrame#lastSale {{ background: {PRIMARY_LIGHT}; border-radius: 8px; }}
QLabel#lastSaleChange {{ font-size: 22pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QPushButton#minusButton, QPushButton#plusButton {{ font-size: 20pt; font-weight: bold; }}
QPushButton#payMethodButton {{ min-height: 44px; }}
"""


class SellPage(QWidget):
    """Scan field + cart table + total + pay buttons; `sale_completed(sale_id)` after a sale."""

    sale_completed = Signal(str)

    def __init__(self, ctx: AppContext, customer_display: CustomerDisplay | None = None) -> None:
        super().__init__()
        self._ctx, self._display = ctx, customer_display
        self._cart = Cart(discount_limit_pct=ctx.settings.discount_limit_pct)
        self._model = CartTableModel(self._cart, self)
        self._editor = CartLineEditor(ctx, self._cart, self)
        self._editor.dialog_opened.connect(self._open)
        self._editor.line_changed.connect(self._on_line_changed)
        self._editor.message_posted.connect(self._on_editor_message)
        self._editor_spoke = False  # the editor posted a message during the current change
        self._dialog: QDialog | None = None
        self._last_sale: SaleResult | None = None
        self.setObjectName("sellPage")
        self.setStyleSheet(_STYLE)

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 12, 12, 12)
        row.addLayout(self._build_left(), 1)
        self._actions = SellActionPanel()
        self._actions.step_requested.connect(self._step)
        self._actions.edit_requested.connect(self.edit_line)
        self._actions.remove_requested.connect(self._on_remove_clicked)
        self._actions.pay_requested.connect(self.pay)
        self._actions.clear_requested.connect(self._on_escape_pressed)
        row.addWidget(self._actions)
        for key, method in PAY_KEYS.items():
            self._shortcut(key, lambda m=method: self.pay(m))
        self._shortcut("Esc", self._on_escape_pressed)
        ctx.settings_changed.connect(self._on_settings_changed)
        ctx.visitors_changed.connect(self._show_visitors)
        ctx.staff_changed.connect(self._show_visitors)
        self._show_visitors()
        self._refresh()
        self._refocus()

    # --- building -------------------------------------------------------------------------

    def _build_left(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self._scan = QLineEdit(objectName="scanField")
        self._scan.setPlaceholderText(self.tr("Quét mã vạch hoặc gõ tên hàng (vd: mien dong)"))
        self._scan.setClearButtonEnabled(True)
        self._scan.returnPressed.connect(self._on_scan_entered)
        self._message = QLabel(objectName="scanMessage")
        self._message.setWordWrap(True)
        self._matches = ProductSearchList(self._ctx.db)
        self._matches.watch(self._scan)
        self._timing = ScanTiming(self._scan)  # filters after the list's: sees Up/Down too
        self._matches.product_clicked.connect(self._add)
        self._scan.textEdited.connect(self._matches.search)
        self._table = QTableView(objectName="cartTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(46)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._table.doubleClicked.connect(self._on_table_double_clicked)
        box.addWidget(self._scan)
        box.addWidget(self._message)
        box.addWidget(self._matches)
        box.addWidget(self._table, 1)
        self._receipt = pdf_printing.ReceiptActions(self._ctx.db, self)
        self._receipt.message_posted.connect(self._show_message)
        self._receipt.action_finished.connect(self._refocus)
        # The roll the booth set up with; the cashier may still switch per receipt.
        self._receipt.set_width_mm(self._ctx.settings.receipt_width_mm)
        box.addWidget(self._receipt)
        self.printer_bar = PrinterBar(self._ctx, self._receipt, self)  # receipt printer, drawer
        self.printer_bar.message_posted.connect(self._show_message)
        self.printer_bar.action_finished.connect(self._refocus)
        box.addWidget(self.printer_bar)
        return box

    def _shortcut(self, key: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- public API -----------------------------------------------------------------------

    def cart(self) -> Cart:
        return self._cart

    def cart_model(self) -> CartTableModel:
        return self._model

    def scan_field(self) -> QLineEdit:
        return self._scan

    def results(self) -> list[str]:
        return self._matches.texts()

    def message(self) -> str:
        return self._message.text()

    def total_text(self) -> str:
        return self._actions.total_text()

    def active_dialog(self) -> QDialog | None:
        """The dialog waiting for the cashier (tests drive it; the page waits for it)."""
        return self._dialog

    def last_sale(self) -> SaleResult | None:
        return self._last_sale

    def receipt_actions(self) -> pdf_printing.ReceiptActions:
        return self._receipt

    def select_line(self, row: int) -> None:
        self._table.selectRow(row)

    # The scanner types into whatever has the focus: whenever the till is shown or its window
    # comes back (after the login dialog, another page, the customer display), the scan field
    # takes it, so the first scan is never lost.
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._refocus)

    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.ActivationChange and self.isVisible()
                and self.isActiveWindow()):
            QTimer.singleShot(0, self._refocus)
        super().changeEvent(event)

    def pay(self, method: str = "cash") -> None:
        """Open the payment dialog (F5-F9); refused inline when there is nothing to pay."""
        if self._dialog is not None:
            return
        if self._cart.is_empty:
            self._show_message(self.tr("Giỏ hàng trống: hãy quét hàng trước"), error=True)
            return
        if self._refuse_selling():
            return
        dialog = PaymentDialog(self._ctx, self._cart, self._display, method, self)
        dialog.sale_completed.connect(self._on_sale_completed)
        dialog.qr_withdrawn.connect(self._update_customer_display)
        self._open(dialog)

    def edit_line(self, what: str = "quantity") -> None:
        """Open the quantity, discount or price dialog for the highlighted line."""
        row = self._selected_row()
        if row is not None:
            {"quantity": self._editor.edit_quantity, "discount": self._editor.edit_discount,
             "price": self._editor.edit_price}[what](row)

    # --- slots ----------------------------------------------------------------------------

    def _on_scan_entered(self) -> None:
        """Enter: a scanned code, else the highlighted search result; empty field = pay."""
        text = self._scan.text().strip()
        if not text:
            if not self._cart.is_empty:
                self.pay("cash")
            return
        scanner = self._timing.was_scanner()  # a scanner's burst: codes only, Telex undone
        try:
            found = scan_codes.find_scanned(self._ctx.db, text, from_scanner=scanner)
        except BoothError as error:  # a scale label that cannot be sold, said why
            self._show_message(error_text(error), error=True)
            self._scan.selectAll()
            return
        looks_scanned = scanner or (text.isdigit() and len(text) >= MIN_CODE_LENGTH)
        product = found.product if found else self._matches.chosen(looks_scanned)
        if product is None:
            self._show_message(self.tr("Không tìm thấy mã {code}").format(code=text), error=True)
            self._scan.selectAll()
            return
        self._add(product, found.quantity if found else None)

    def _on_table_double_clicked(self) -> None:
        column = self._table.currentIndex().column()
        self.edit_line({COL_PRICE: "price", COL_DISCOUNT: "discount"}.get(column, "quantity"))

    def _on_remove_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            name = self._cart.lines[row].product.name
            self._cart.remove(row)
            self._show_message(self.tr("Đã xóa {name}").format(name=name))
            self._refresh(min(row, len(self._cart.lines) - 1))
        self._refocus()

    def _on_escape_pressed(self) -> None:
        """Esc clears what she typed, then (after asking) the whole cart."""
        if self._scan.text():
            self._scan.clear()
            self._matches.search("")
        elif not self._cart.is_empty and self._dialog is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hủy đơn"),
                              self.tr("Xóa toàn bộ {count} dòng hàng khỏi giỏ?").format(
                                  count=len(self._cart.lines)),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Xóa giỏ hàng"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Không"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.finished.connect(lambda _r, b=box: self._on_clear_answered(b))
            self._open(box)
        self._refocus()

    def _on_clear_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._cart.clear()
            self._show_message(self.tr("Đã hủy đơn"))
            self._refresh()

    def _on_sale_completed(self, result: SaleResult) -> None:
        """The sale is on disk: clear the cart, show the change, save the receipt."""
        self._last_sale = result
        self._cart.clear()
        self._refresh(update_display=False)
        if self._display is not None:
            self._display.show_thanks(result.change)
        self._receipt.show_sale(result)
        self.printer_bar.after_sale(result)
        self._show_message(self.tr("Đã lưu hóa đơn {number}: {total}").format(
            number=result.number, total=format_dong(result.total)))
        self._ctx.announce_sale()
        self.sale_completed.emit(result.id)

    def _on_editor_message(self, text: str, error: bool) -> None:
        self._editor_spoke = True
        self._show_message(text, error)

    def _on_line_changed(self, row: int) -> None:
        """After +/−, a typed weight or a new price the message line tells the line as it is
        now ("Miến dong Bình Liêu: 1,25 kg — 137.500 ₫"), unless the change said something of
        its own (a refusal, a manager's approval)."""
        self._refresh(row)
        if self._editor_spoke:
            self._editor_spoke = False
            return
        if 0 <= row < len(self._cart.lines):
            line = self._cart.lines[row]
            self._show_message(self.tr("{name}: {qty} {unit} — {total}").format(
                name=line.product.name, qty=format_quantity(line.quantity),
                unit=line.product.unit, total=format_dong(line.total)))

    def _show_visitors(self) -> None:
        """Today's visitor count stays on the till: +1 khách (F12) is pressed here all day."""
        location = self._ctx.settings.location_id
        if location is None:
            self._actions.show_visitors(None)
            return
        self._actions.show_visitors(visitors.visitors_today(
            self._ctx.db, location, local_day_start_utc(self._ctx.settings.timezone)))

    def _on_settings_changed(self) -> None:
        self._cart.discount_limit_pct = self._ctx.settings.discount_limit_pct

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
            if self.isVisible():
                self.window().activateWindow()  # some window managers leave nothing active
            self._refocus()
        dialog.deleteLater()

    # --- helpers --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking, so tests and the page's own flow can drive it."""
        self._dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _add(self, product: ProductInfo, weighed: Decimal | None = None) -> None:
        if self._refuse_selling():
            return
        try:
            row = self._cart.add(product, weighed or 1)
        except BoothError as error:
            self._show_message(error_text(error), error=True)
            return
        self._scan.clear()
        self._matches.search("")
        line = self._cart.lines[row]
        self._show_message(self.tr("Đã thêm {name}: {qty} {unit}").format(
            name=product.name, qty=format_quantity(line.quantity), unit=product.unit))
        self._refresh(row)
        if product.sold_by_weight and weighed is None:
            self.edit_line("quantity")  # weighed goods: she types the weight right away
        else:
            self._refocus()

    def _step(self, delta: int) -> None:
        row = self._selected_row()
        if row is not None:
            self._editor.step(row, delta)
        self._refocus()

    def _refuse_selling(self) -> bool:
        """Nobody logged in or no open shift: say so instead of ringing up a sale that can't be
        saved (checkout would refuse it with the same words)."""
        try:
            self._ctx.till().require_open_shift()
        except BoothError as error:
            self._show_message(error_text(error), error=True)
            self._scan.selectAll()  # the next scan replaces the refused code
            return True
        return False

    def _selected_row(self) -> int | None:
        """The highlighted line, else the last one scanned (what she is looking at)."""
        if not self._cart.lines:
            return None
        row = self._table.currentIndex().row()
        return row if 0 <= row < len(self._cart.lines) else len(self._cart.lines) - 1

    def _refresh(self, select: int | None = None, update_display: bool = True) -> None:
        self._model.refresh()
        if select is not None and 0 <= select < len(self._cart.lines):
            self._table.selectRow(select)
            self._table.scrollTo(self._model.index(select, 0))
        self._actions.show_cart(self._cart.total, len(self._cart.lines))
        self._receipt.set_previous(not self._cart.is_empty)
        if update_display:
            self._update_customer_display()

    def _update_customer_display(self) -> None:
        if self._display is None:
            return
        if self._cart.is_empty:
            self._display.show_idle(self._ctx.settings.shop_name)
        else:
            self._display.show_cart([
                (ln.product.name, f"{format_quantity(ln.quantity)} {ln.product.unit}", ln.total)
                for ln in self._cart.lines], self._cart.total)

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setProperty("error", error)
        self._message.style().unpolish(self._message)
        self._message.style().polish(self._message)

    def _refocus(self) -> None:
        if self._dialog is None:
            self._scan.setFocus(Qt.FocusReason.OtherFocusReason)
