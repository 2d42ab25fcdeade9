"""The sell page's line for the receipt printer: what waits to print, retry, and "Mở két".

Shown only when a receipt printer is set up. A printer problem is one line in words
("Máy in hóa đơn không phản hồi — hóa đơn BL03-000123 đang chờ in") with "Thử in lại" and
"Bỏ qua" beside it, and it stays until the receipt printed: unlike the scan message, the next
scan does not wipe it. Opening the drawer outside a cash sale takes the drawer right; a
cashier is asked for a manager's PIN, and the service checks and audits it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import printer_settings
from app.services.checkout import SaleResult
from app.services.errors import BoothError
from app.services.print_queue import QueueState
from app.services.rights import Actor, Right, needs_approval
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import ask_manager
from app.ui.pdf_printing import ReceiptActions
from app.ui.receipt_printer import ReceiptPrinter
from app.ui.theme import ACCENT


class PrinterBar(QFrame):
    message_posted = Signal(str, bool)  # text, is_error (the sell page's message line)
    action_finished = Signal()  # focus back to the scan field

    def __init__(self, ctx: AppContext, receipt: ReceiptActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerBar")
        self._ctx = ctx
        self._printer = printer = ReceiptPrinter(ctx.db, self)
        # "In hóa đơn" under the last sale goes to the receipt printer when there is one.
        receipt.set_receipt_printer(self.reprint)
        self._status = QLabel(objectName="printerStatus")
        self._status.setWordWrap(True)
        self._status.setStyleSheet(f"color: {ACCENT}; font-weight: bold;")  # as refusals
        self._retry = QPushButton(self.tr("Thử in lại"), objectName="retryPrintButton")
        self._retry.clicked.connect(self._on_retry_clicked)
        self._discard = QPushButton(self.tr("Bỏ qua"), objectName="discardPrintButton")
        self._discard.setToolTip(self.tr("Không in các hóa đơn đang chờ (vẫn in lại được sau)"))
        self._discard.clicked.connect(self._on_discard_clicked)
        self._drawer = QPushButton(self.tr("Mở két"), objectName="openDrawerButton")
        self._drawer.clicked.connect(self._on_drawer_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._status, 1)
        for button in (self._retry, self._discard, self._drawer):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner keeps typing
            button.setMinimumHeight(40)
            row.addWidget(button)
        printer.state_changed.connect(self._on_state_changed)
        printer.drawer_opened.connect(self._on_drawer_opened)
        printer.failed.connect(self._on_action_failed)
        ctx.settings_changed.connect(self.refresh)
        self._show_waiting(None)
        self.refresh()
        printer.resume()

    @property
    def printer(self) -> ReceiptPrinter:
        return self._printer

    def after_sale(self, sale: SaleResult) -> None:
        """The sale is on disk: its receipt (and the drawer, for cash) as the settings say."""
        self._printer.after_sale(sale)

    def reprint(self, sale: SaleResult) -> bool:
        """Queue a reprint; False when there is no receipt printer (the PDF path prints)."""
        if not printer_settings.load(self._ctx.db).configured:
            return False
        self._printer.reprint(sale)
        return True

    def status_text(self) -> str:
        return self._status.text() if not self._status.isHidden() else ""

    def refresh(self) -> None:
        """Visible only with a receipt printer set up (reads one small settings row)."""
        self.setVisible(printer_settings.load(self._ctx.db).configured)

    def _show_waiting(self, problem: BoothError | None) -> None:
        text = error_text(problem) if problem is not None else ""
        self._status.setText(text)
        self._status.setToolTip(str(problem.params.get("detail", "")) if problem else "")
        self._status.setVisible(bool(text))
        self._retry.setVisible(problem is not None)
        waiting = self._printer.state is not None and bool(self._printer.state.waiting)
        self._discard.setVisible(problem is not None and waiting)

    def _on_state_changed(self, state: QueueState) -> None:
        self._show_waiting(state.problem)
        if state.problem is not None:
            self.message_posted.emit(error_text(state.problem), True)

    def _on_retry_clicked(self) -> None:
        self._printer.retry_now()
        self.action_finished.emit()

    def _on_discard_clicked(self) -> None:
        self._printer.discard()
        self.action_finished.emit()

    def _on_drawer_clicked(self) -> None:
        staff = self._ctx.staff
        approver = None
        if needs_approval(staff, Right.DRAWER):
            approver = ask_manager(self, self._ctx, self.tr("Mở két tiền"))
            if approver is None:
                self.action_finished.emit()
                return
        actor = Actor.of(staff, approver) if staff is not None else (
            Actor.of(approver) if approver is not None else None)
        self._printer.open_drawer(actor)
        self.action_finished.emit()

    def _on_drawer_opened(self, _printer: str) -> None:
        self.message_posted.emit(self.tr("Đã mở két"), False)

    def _on_action_failed(self, error: BoothError) -> None:
        self.message_posted.emit(error_text(error), True)
