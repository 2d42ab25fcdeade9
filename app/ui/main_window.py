"""The main window: page navigation and the status bar, nothing else.

It deliberately knows no page: the caller builds the pages and hands them over as
(key, title, widget), so adding a page never touches this file and the window stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.ui.eliding_label import ElidingLabel

MAX_SHORTCUT_PAGES = 8  # Alt+1 .. Alt+8
NAV_WIDTH = 180  # leaves 844 px for a page on a 1024-pixel booth laptop


BOOTH_LABEL_MAX_PX = 240

class MainWindow(QMainWindow):
    """Left navigation list + stacked pages + booth/staff/shift/unsynced status bar."""

    page_changed = Signal(str)

    def __init__(
        self, pages: Sequence[tuple[str, str, QWidget]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setMinimumSize(1024, 600)
        self._keys: list[str] = []
        self._status: tuple[str, str, str, int] = ("", "", "", 0)

        self._nav = QListWidget()
        self._nav.setObjectName("navList")
        self._nav.setFixedWidth(NAV_WIDTH)
        self._nav.setIconSize(QSize(28, 28))
        self._nav.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self._nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._stack = QStackedWidget()
        for key, title, widget in pages:
            self._add_page(key, title, widget)
        self._nav.currentRowChanged.connect(self._on_nav_row_changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._nav)
        row.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._booth_label = QLabel(objectName="boothLabel")
        self._staff_label = QLabel(objectName="staffLabel")
        self._shift_label = QLabel(objectName="shiftLabel")
        self._unsynced_label = ElidingLabel(objectName="unsyncedLabel")
        for label in (self._booth_label, self._staff_label, self._shift_label):
            self.statusBar().addPermanentWidget(label)
        # The sync state takes the room that is left, shortened with "…" if it must be.
        self.statusBar().addPermanentWidget(self._unsynced_label, 1)
        self.statusBar().setSizeGripEnabled(False)

        for index in range(MAX_SHORTCUT_PAGES):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self._on_shortcut_activated(i))

        self._retranslate()
        if self._keys:
            self._nav.setCurrentRow(0)

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        if key in self._keys:
            raise ValueError(f"duplicate page key: {key}")
        position = len(self._keys)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(NAV_WIDTH, 52))
        if position < MAX_SHORTCUT_PAGES:
            item.setToolTip(f"{title} (Alt+{position + 1})")
        self._nav.addItem(item)
        self._stack.addWidget(widget)
        self._keys.append(key)

    # --- public API -----------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def current_page(self) -> str | None:
        row = self._stack.currentIndex()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def page(self, key: str) -> QWidget:
        return self._stack.widget(self._keys.index(key))

    def show_page(self, key: str) -> None:
        """Switch to a page by key; the navigation list follows, so both always agree."""
        self._nav.setCurrentRow(self._keys.index(key))

    def set_page_title(self, key: str, title: str) -> None:
        """Rename a navigation entry, e.g. after the language changed."""
        self._nav.item(self._keys.index(key)).setText(title)

    def set_status(self, booth: str, staff: str, shift: str, unsynced: int) -> None:
        """Who sells where, in which shift, and how many facts still wait for the hub."""
        self._status = (booth, staff, shift, unsynced)
        self._retranslate()

    def set_sync_text(self, text: str, attention: bool) -> None:
        """The sync state in words ("Đã đồng bộ 10:42"), replacing the bare pending count."""
        self._sync_text = (text, attention)
        self._retranslate()

    # --- slots and events -----------------------------------------------------------------

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys) and row != self._stack.currentIndex():
            self._stack.setCurrentIndex(row)
            self.page_changed.emit(self._keys[row])

    def _on_shortcut_activated(self, index: int) -> None:
        if index < len(self._keys):
            self.show_page(self._keys[index])

    def _retranslate(self) -> None:
        booth, staff, shift, unsynced = self._status
        self.setWindowTitle(self.tr("Gian hàng OCOP"))
        booth_text = self.tr("Gian hàng: {name}").format(name=booth or "—")
        # Long booth names would push the sync state off a 1366-px screen: elide, keep a tooltip.
        metrics = self._booth_label.fontMetrics()
        self._booth_label.setText(
            metrics.elidedText(booth_text, Qt.TextElideMode.ElideMiddle, BOOTH_LABEL_MAX_PX)
        )
        self._booth_label.setToolTip(booth_text)
        self._staff_label.setText(self.tr("Nhân viên: {name}").format(name=staff or "—"))
        self._shift_label.setText(self.tr("Ca: {name}").format(name=shift or "—"))
        sync_text = getattr(self, "_sync_text", None)
        if sync_text is not None:
            text, attention = sync_text
        elif unsynced:
            text, attention = self.tr("Chờ đồng bộ: {count}").format(count=unsynced), True
        else:
            text, attention = self.tr("Đã đồng bộ hết"), False
        self._unsynced_label.setText(text)
        self._unsynced_label.setToolTip(text)
        # A dynamic property drives the red "pending" style in theme.py; re-polish to apply it.
        self._unsynced_label.setProperty("pending", attention)
        self._unsynced_label.style().unpolish(self._unsynced_label)
        self._unsynced_label.style().polish(self._unsynced_label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
