"""The customer-facing second window.

Buyers at a fair want to see what they are paying for, and a bank transfer needs a QR code they
can scan from across the counter: so the till drives a second window, fullscreen on a second
monitor or tablet when one is plugged in. It only shows what the till tells it (no data access,
no rules) and remembers its last state so a language switch can redraw it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.customer_screen import customer_screen
from app.services.money import format_dong
from app.ui.qr_widget import QrWidget
from app.ui.theme import BACKGROUND, BORDER, MUTED, PRIMARY, PRIMARY_DARK, PRIMARY_LIGHT, SURFACE

MAX_VISIBLE_LINES = 200  # a cart longer than this is a data-entry accident; show its tail
QTY_WIDTH = 150  # fixed column widths keep the header over its column without a shared grid
AMOUNT_WIDTH = 240
COLUMN_GAP = 32

_STYLE = f"""
CustomerDisplay, QStackedWidget, QScrollArea, QWidget#cartLines {{
    background: {BACKGROUND};
}}
QLabel {{ color: #1a1a1a; }}
QLabel#welcome {{ font-size: 44pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#shopName {{ font-size: 26pt; color: {PRIMARY}; }}
QLabel#ocopTag {{ font-size: 16pt; color: {MUTED}; }}
QLabel#lineName {{ font-size: 18pt; }}
QLabel#lineQty {{ font-size: 18pt; color: {MUTED}; }}
QLabel#lineAmount {{ font-size: 18pt; font-weight: bold; }}
QLabel#columnHeader {{ font-size: 13pt; color: {MUTED}; }}
QFrame#totalBar {{
    background: {PRIMARY_DARK};
    border-radius: 10px;
}}
QFrame#totalBar QLabel {{ color: white; }}
QLabel#totalCaption {{ font-size: 22pt; }}
QLabel#totalLabel {{ font-size: 40pt; font-weight: bold; }}
QFrame#qrCard {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QLabel#payTitle {{ font-size: 22pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#payCaption {{ font-size: 14pt; color: {MUTED}; }}
QLabel#bigAmount {{ font-size: 46pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#payValue {{ font-size: 20pt; }}
QLabel#payStrong {{ font-size: 22pt; font-weight: bold; }}
QLabel#reference {{
    font-size: 22pt; font-weight: bold; color: {PRIMARY_DARK};
    background: {PRIMARY_LIGHT}; border-radius: 8px; padding: 8px 14px;
}}
QLabel#scanHint {{ font-size: 16pt; color: {MUTED}; }}
QLabel#thanks {{ font-size: 48pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel#changeCaption {{ font-size: 24pt; color: {MUTED}; }}
QLabel#changeAmount {{ font-size: 48pt; font-weight: bold; }}
"""


def _label(object_name: str, text: str = "", align: Qt.AlignmentFlag | None = None) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    if align is not None:
        label.setAlignment(align)
    return label


class CustomerDisplay(QWidget):
    """Idle / cart / VietQR / thank-you screens for the buyer, driven by the till."""

    def __init__(self, parent: QWidget | None = None, frameless: bool = True) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self._frameless = frameless
        self._replay: Callable[[], None] | None = None
        self.setStyleSheet(_STYLE)
        self.setMinimumSize(800, 600)
        self._stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._stack.addWidget(self._build_idle())
        self._stack.addWidget(self._build_cart())
        self._stack.addWidget(self._build_vietqr())
        self._stack.addWidget(self._build_thanks())
        self.setWindowTitle(self.tr("Màn hình khách hàng"))
        self.show_idle("")

    # --- building -------------------------------------------------------------------------

    def _build_idle(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(2)
        self._welcome = _label("welcome", align=Qt.AlignmentFlag.AlignCenter)
        self._welcome.setWordWrap(True)
        self._idle_shop = _label("shopName", align=Qt.AlignmentFlag.AlignCenter)
        self._idle_shop.setWordWrap(True)
        self._idle_tag = _label("ocopTag", align=Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self._welcome)
        box.addSpacing(24)
        box.addWidget(self._idle_shop)
        box.addSpacing(12)
        box.addWidget(self._idle_tag)
        box.addStretch(3)
        return page

    def _build_cart(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(40, 28, 40, 28)
        box.setSpacing(16)
        header = QHBoxLayout()
        self._col_name = _label("columnHeader")
        self._col_qty = _label("columnHeader", align=Qt.AlignmentFlag.AlignRight)
        self._col_amount = _label("columnHeader", align=Qt.AlignmentFlag.AlignRight)
        self._cart_lines = QWidget()
        self._cart_lines.setObjectName("cartLines")
        self._lines_grid = QGridLayout(self._cart_lines)
        self._lines_grid.setContentsMargins(0, 0, 0, 0)
        self._lines_grid.setHorizontalSpacing(COLUMN_GAP)
        self._lines_grid.setVerticalSpacing(10)
        self._lines_grid.setColumnStretch(0, 1)
        self._lines_grid.setColumnMinimumWidth(1, QTY_WIDTH)
        self._lines_grid.setColumnMinimumWidth(2, AMOUNT_WIDTH)
        self._stretch_row = 0
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Nobody scrolls a customer display: it follows the newest line, and a scroll bar
        # would shift the columns away from their headers.
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._cart_lines)
        self._scroll.verticalScrollBar().rangeChanged.connect(self._on_lines_range_changed)
        self._col_qty.setFixedWidth(QTY_WIDTH)
        self._col_amount.setFixedWidth(AMOUNT_WIDTH)
        header.setSpacing(COLUMN_GAP)
        header.addWidget(self._col_name, 1)
        header.addWidget(self._col_qty)
        header.addWidget(self._col_amount)
        box.addLayout(header)
        box.addWidget(self._scroll, 1)
        bar = QFrame()
        bar.setObjectName("totalBar")
        bar_box = QHBoxLayout(bar)
        bar_box.setContentsMargins(28, 16, 28, 16)
        self._total_caption = _label("totalCaption")
        self._total = _label("totalLabel", align=Qt.AlignmentFlag.AlignRight)
        bar_box.addWidget(self._total_caption)
        bar_box.addStretch(1)
        bar_box.addWidget(self._total)
        box.addWidget(bar)
        return page

    def _build_vietqr(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(40, 32, 40, 32)
        row.setSpacing(40)
        card = QFrame()
        card.setObjectName("qrCard")
        card_box = QVBoxLayout(card)
        card_box.setContentsMargins(16, 16, 16, 16)
        self._qr = QrWidget()
        self._qr.setMinimumSize(360, 360)
        card_box.addWidget(self._qr, 1)
        self._scan_hint = _label("scanHint", align=Qt.AlignmentFlag.AlignCenter)
        self._scan_hint.setWordWrap(True)
        card_box.addWidget(self._scan_hint)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row.addWidget(card, 11)

        info = QVBoxLayout()
        info.setSpacing(6)
        self._pay_title = _label("payTitle")
        self._pay_title.setWordWrap(True)
        self._amount_caption = _label("payCaption")
        self._amount = _label("bigAmount")
        self._bank_caption = _label("payCaption")
        self._bank = _label("payValue")
        self._bank.setWordWrap(True)
        self._account_name = _label("payStrong")
        self._account_name.setWordWrap(True)
        self._account = _label("payValue")
        self._account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reference = _label("reference")
        info.addStretch(1)
        info.addWidget(self._pay_title)
        info.addSpacing(20)
        info.addWidget(self._amount_caption)
        info.addWidget(self._amount)
        info.addSpacing(20)
        info.addWidget(self._bank_caption)
        info.addWidget(self._bank)
        info.addWidget(self._account_name)
        info.addWidget(self._account)
        info.addSpacing(20)
        info.addWidget(self._reference, 0, Qt.AlignmentFlag.AlignLeft)
        info.addStretch(2)
        row.addLayout(info, 9)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(2)
        self._thanks = _label("thanks", align=Qt.AlignmentFlag.AlignCenter)
        self._thanks.setWordWrap(True)
        self._change_caption = _label("changeCaption", align=Qt.AlignmentFlag.AlignCenter)
        self._change = _label("changeAmount", align=Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self._thanks)
        box.addSpacing(40)
        box.addWidget(self._change_caption)
        box.addWidget(self._change)
        box.addStretch(3)
        return page

    # --- states ---------------------------------------------------------------------------

    def show_idle(self, shop_name: str) -> None:
        """Between sales: a greeting and whose booth this is."""
        self._replay = lambda: self.show_idle(shop_name)
        self._welcome.setText(self.tr("Chào mừng quý khách"))
        self._idle_shop.setText(shop_name)
        self._idle_shop.setVisible(bool(shop_name))
        self._idle_tag.setText(self.tr("Sản phẩm OCOP – Mỗi xã một sản phẩm"))
        self._stack.setCurrentIndex(0)

    def show_cart(self, lines: list[tuple[str, str, int]], total: int) -> None:
        """The lines being rung up (name, quantity text, amount) and the running total."""
        self._replay = lambda: self.show_cart(lines, total)
        self._col_name.setText(self.tr("Sản phẩm"))
        self._col_qty.setText(self.tr("SL"))
        self._col_amount.setText(self.tr("Thành tiền"))
        self._total_caption.setText(self.tr("Tổng cộng"))
        self._total.setText(format_dong(total))
        while self._lines_grid.count():
            item = self._lines_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, (name, qty, amount) in enumerate(lines[-MAX_VISIBLE_LINES:]):
            name_label = _label("lineName", name)
            name_label.setWordWrap(True)
            self._lines_grid.addWidget(name_label, row, 0)
            self._lines_grid.addWidget(_label("lineQty", qty, right), row, 1)
            self._lines_grid.addWidget(_label("lineAmount", format_dong(amount), right), row, 2)
        # Only the row after the last line stretches, so lines stay packed at the top.
        self._lines_grid.setRowStretch(self._stretch_row, 0)
        self._stretch_row = min(len(lines), MAX_VISIBLE_LINES)
        self._lines_grid.setRowStretch(self._stretch_row, 1)
        self._stack.setCurrentIndex(1)

    def _on_lines_range_changed(self, _minimum: int, maximum: int) -> None:
        """The newest line is the one the buyer is checking: keep it in view."""
        self._scroll.verticalScrollBar().setValue(maximum)

    def show_vietqr(
        self,
        payload: str,
        amount: int,
        bank_name: str,
        account_name: str,
        account: str,
        reference: str,
    ) -> None:
        """The transfer QR, with the details a buyer checks before confirming in the bank app."""
        self._replay = lambda: self.show_vietqr(
            payload, amount, bank_name, account_name, account, reference
        )
        self._qr.set_payload(payload)
        self._pay_title.setText(self.tr("Chuyển khoản bằng VietQR"))
        self._amount_caption.setText(self.tr("Số tiền"))
        self._amount.setText(format_dong(amount))
        self._bank_caption.setText(self.tr("Người nhận"))
        self._bank.setText(bank_name)
        self._account_name.setText(account_name)
        self._account.setText(self.tr("Số tài khoản: {account}").format(account=account))
        self._reference.setText(self.tr("Nội dung: {reference}").format(reference=reference))
        self._reference.setVisible(bool(reference))
        self._scan_hint.setText(self.tr("Quét mã bằng ứng dụng ngân hàng bất kỳ"))
        self._stack.setCurrentIndex(2)

    def show_thanks(self, change: int) -> None:
        """After payment: thanks, and the change due in big digits when there is any."""
        self._replay = lambda: self.show_thanks(change)
        self._thanks.setText(self.tr("Cảm ơn quý khách!"))
        self._change_caption.setText(self.tr("Tiền thừa trả lại"))
        self._change.setText(format_dong(change))
        self._change_caption.setVisible(change > 0)
        self._change.setVisible(change > 0)
        self._stack.setCurrentIndex(3)

    def current_state(self) -> str:
        """'idle', 'cart', 'vietqr' or 'thanks': lets the till and tests check what is shown."""
        return ("idle", "cart", "vietqr", "thanks")[self._stack.currentIndex()]

    def qr_widget(self) -> QrWidget:
        return self._qr

    # --- window placement -----------------------------------------------------------------

    def show_on_customer_screen(self, mode: str = "auto", chosen: int = -1) -> bool:
        """Fullscreen on the buyer's screen (see app.services.customer_screen); on the till's
        own screen only when turned on, as a normal window that never takes the keyboard.
        Returns whether it is shown."""
        screens = QGuiApplication.screens()
        till_screen = self.parentWidget().screen() if self.parentWidget() else None
        till = screens.index(till_screen) if till_screen in screens else 0
        index = customer_screen(mode, len(screens), till, chosen)
        if index is None:
            self.hide()
            return False
        # The scanner types into the focused window: this one must never take the focus.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        target = screens[index]
        if index != till:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, self._frameless)
            self.setGeometry(target.geometry())
            self.showFullScreen()
            if self.windowHandle() is not None:
                self.windowHandle().setScreen(target)
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
            self.resize(1024, 640)
            self.showNormal()
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():
            parent.activateWindow()  # the till keeps the keyboard
        return True

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the current state in the new language when the translator changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Màn hình khách hàng"))
            if self._replay is not None:
                self._replay()
        super().changeEvent(event)
