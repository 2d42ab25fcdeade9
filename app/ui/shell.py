"""The till's window once someone has logged in: every page, the window-wide actions (+1
visitor, shift, log out) and the status bar.

Kept apart from application.py, whose start-up path must stay light: importing every page
costs most of a cold start, so run_gui imports this module in the background while the
login dialog waits for a PIN (app.ui.application.warm_up), and the till appears at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from app.services import places
from app.services.errors import BoothError
from app.services.sync_state import sync_status
from app.ui.auto_backup import AutoBackup
from app.ui.context import AppContext
from app.ui.customer_display import CustomerDisplay
from app.ui.errors import error_text
from app.ui.labels_page import LabelsPage
from app.ui.main_window import MainWindow
from app.ui.models.sync_texts import needs_attention
from app.ui.products_page import ProductsPage
from app.ui.reports_page import ReportsPage
from app.ui.sell_page import SellPage
from app.ui.settings_page import SettingsPage
from app.ui.shift_dialogs import CloseShiftDialog, OpenShiftDialog
from app.ui.staff_page import StaffPage
from app.ui.star_watch_panel import star_badge_text
from app.ui.stock_page import StockPage
from app.ui.sync_page import SyncPage, sync_status_text
from app.ui.sync_worker import SyncWorker
from app.ui.visitors_page import VisitorsPage, change_visitors

STATUS_MESSAGE_MS = 4000


def _expanding() -> QWidget:
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return spacer


class Shell(QObject):
    """Builds the pages and the window-wide actions, and keeps the status bar current."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.customer_display: CustomerDisplay | None = None
        self._sync_page: SyncPage | None = None
        self.sync_worker: SyncWorker | None = None
        self.auto_backup = AutoBackup(ctx, self)  # a copy a day, and one per shift close
        if ctx.settings.location_id is None:
            self.window = self._build_settings_only()
        else:
            self.window = self._build_full()
        self.setParent(self.window)
        self.window.installEventFilter(self)
        for signal in (
            ctx.staff_changed,
            ctx.shift_changed,
            ctx.sales_changed,
            ctx.visitors_changed,
            ctx.settings_changed,
            ctx.stock_changed,  # a stock move queues a fact: the pending count follows
        ):
            signal.connect(self._on_context_changed)
        self._on_context_changed()
        self.auto_backup.report_to(self.window.statusBar())

    # --- building -------------------------------------------------------------------------

    def _build_settings_only(self) -> MainWindow:
        page = SettingsPage(self._ctx)
        page.set_notice(
            self.tr(
                "Máy này chưa được gán gian hàng nên chưa bán hàng được. Hãy nạp dữ liệu mẫu "
                "(lệnh: ocop-booth demo) hoặc đồng bộ với máy chủ tỉnh để nhận gian hàng, rồi "
                "mở lại ứng dụng."
            )
        )
        self._actions: dict[str, QAction] = {}
        return MainWindow([("settings", self.tr("Cài đặt"), page)])

    def _build_full(self) -> MainWindow:
        ctx = self._ctx
        self.customer_display = CustomerDisplay()
        self.customer_display.show_idle(ctx.settings.shop_name)
        if sync_status(ctx.db).enrolled:
            self.sync_worker = SyncWorker(ctx.db, self)
            self.sync_worker.status_changed.connect(self._on_sync_status_changed)
        self._sync_page = SyncPage(ctx, self.sync_worker)
        self._sync_page.enrolled.connect(self._on_sync_enrolled)
        self._sync_page.facts_requeued.connect(self._on_context_changed)
        pages: list[tuple[str, str, QWidget]] = [
            ("sell", self.tr("Bán hàng"), SellPage(ctx, customer_display=self.customer_display)),
            ("products", self.tr("Sản phẩm"), ProductsPage(ctx)),
            ("stock", self.tr("Kho"), StockPage(ctx)),
            ("labels", self.tr("Nhãn in"), LabelsPage(ctx)),
            ("visitors", self.tr("Lượt khách"), VisitorsPage(ctx)),
            ("reports", self.tr("Báo cáo"), ReportsPage(ctx)),
            ("sync", self.tr("Đồng bộ"), self._sync_page),
            ("staff", self.tr("Nhân viên"), StaffPage(ctx)),
            ("settings", self.tr("Cài đặt"), SettingsPage(ctx)),
        ]
        window = MainWindow(pages)
        # Owned by the window (closed and freed with it) but still a separate top-level window.
        self.customer_display.setParent(window, Qt.WindowType.Window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._build_toolbar(window))
        ctx.catalog_changed.connect(self._on_catalog_changed)
        ctx.settings_changed.connect(self.place_customer_display)
        self._on_catalog_changed()
        return window

    def _build_star_badge(self) -> QPushButton:
        self._star_badge = QPushButton(objectName="starBadge")
        self._star_badge.setFlat(True)
        self._star_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        # Reads like a warning, still a touch-sized button that opens the star-watch list.
        self._star_badge.setStyleSheet(
            "QPushButton#starBadge { color: #b45309; font-weight: bold; border: none;"
            " background: transparent; }"
        )
        self._star_badge.clicked.connect(self._on_star_badge_clicked)
        return self._star_badge

    def _build_toolbar(self, window: MainWindow) -> QToolBar:
        bar = QToolBar(self.tr("Thao tác nhanh"), window)
        bar.setObjectName("quickActions")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        specs = (
            ("plus", self.tr("+1 khách"), QKeySequence(Qt.Key.Key_F12), self._on_plus_triggered),
            (
                "minus",
                "−1",
                QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F12),
                self._on_minus_triggered,
            ),
            ("open_shift", self.tr("Mở ca"), QKeySequence(), self._on_open_shift_triggered),
            ("close_shift", self.tr("Chốt ca"), QKeySequence(), self._on_close_shift_triggered),
            ("log_out", self.tr("Đăng xuất"), QKeySequence(), self._on_log_out_triggered),
        )
        self._actions = {}
        for key, text, shortcut, slot in specs:
            action = QAction(text, window)
            action.setObjectName(f"action_{key}")
            if not shortcut.isEmpty():
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.NativeText)})")
            action.triggered.connect(slot)
            self._actions[key] = action
            if key == "open_shift":
                # The star-rating warning sits in the middle of the bar, visible on every page.
                bar.addWidget(_expanding())
                self._star_badge_action = bar.addWidget(self._build_star_badge())
                bar.addWidget(_expanding())
            bar.addAction(action)
        self._actions["minus"].setToolTip(self.tr("Bớt 1 lượt khách bấm nhầm (Shift+F12)"))
        return bar

    # --- public API -----------------------------------------------------------------------

    def action(self, key: str) -> QAction:
        """'plus', 'minus', 'open_shift', 'close_shift' or 'log_out' (tests trigger them)."""
        return self._actions[key]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The customer display is a window of its own: without this, closing the till would
        # leave it open and the app running (Qt quits on the last window closed).
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Only a close the user asked for (Alt+F4, the window's ×) asks; the app's own
            # close() (logging out, tests) does not.
            if event.spontaneous() and not self._confirm_quit():
                event.ignore()
                return True
            if self.customer_display is not None:
                self.customer_display.close()
            if self.sync_worker is not None:
                self.sync_worker.stop()
        # Sync starts when the till is shown, so building the UI (tests) sends nothing.
        if watched is self.window and event.type() == QEvent.Type.Show and self.sync_worker:
            self.sync_worker.start()
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.auto_backup.start_daily()
        return super().eventFilter(watched, event)

    def quit_reasons(self) -> list[str]:
        """What closing the window now would leave undone (an empty list: nothing)."""
        reasons = []
        if "sell" in self.window.page_keys():
            sell = self.window.page("sell")
            assert isinstance(sell, SellPage)
            if not sell.cart().is_empty:
                reasons.append(self.tr("Giỏ hàng còn {count} dòng chưa thanh toán.").format(
                    count=len(sell.cart().lines)))
        if self._ctx.shift is not None:
            reasons.append(self.tr("Ca bán hàng đang mở (chưa chốt ca)."))
        return reasons

    def _confirm_quit(self) -> bool:
        """Alt+F4 with a cart or an open shift asks first; nothing is lost by a slip."""
        reasons = self.quit_reasons()
        if not reasons:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Thoát ứng dụng"),
                          "\n".join([*reasons, "", self.tr("Vẫn thoát?")]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("quitQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Thoát"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Ở lại"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- slots ----------------------------------------------------------------------------

    def _on_catalog_changed(self) -> None:
        text = star_badge_text(self._ctx)
        self._star_badge.setText(text)
        self._star_badge_action.setVisible(bool(text))

    def _on_star_badge_clicked(self) -> None:
        self.window.show_page("products")
        page = self.window.page("products")
        assert isinstance(page, ProductsPage)
        page.show_tab("stars")

    def _on_sync_enrolled(self) -> None:
        if self.sync_worker is None:  # re-enrollment: the page already asked for a cycle
            self.sync_worker = SyncWorker(self._ctx.db, self)
            self.sync_worker.status_changed.connect(self._on_sync_status_changed)
            assert self._sync_page is not None
            self._sync_page.set_worker(self.sync_worker)
            self.sync_worker.start()
        self._on_context_changed()

    def _on_sync_status_changed(self, _status: object) -> None:
        self._on_context_changed()

    def _on_context_changed(self) -> None:
        ctx = self._ctx
        unsynced = ctx.unsynced_count()
        name = places.location_name(ctx.db, ctx.settings.location_id) or ctx.settings.shop_name
        booth = f"{name} ({ctx.settings.device_code})"
        self.window.set_status(
            booth,
            ctx.staff.name if ctx.staff else "",
            ctx.shift.number if ctx.shift else "",
            unsynced,
        )
        status = sync_status(ctx.db)
        self.window.set_sync_text(
            sync_status_text(status, ctx.settings.timezone), needs_attention(status)
        )
        if self._actions:
            self._actions["open_shift"].setVisible(ctx.shift is None)
            self._actions["close_shift"].setVisible(ctx.shift is not None)

    def _change_visitors(self, delta: int) -> None:
        try:
            count = change_visitors(self._ctx, delta)
        except BoothError as exc:
            self.window.statusBar().showMessage(error_text(exc), STATUS_MESSAGE_MS)
            return
        self.window.statusBar().showMessage(
            self.tr("Lượt khách giờ này: {count}").format(count=count), STATUS_MESSAGE_MS
        )

    def _on_plus_triggered(self) -> None:
        self._change_visitors(1)

    def _on_minus_triggered(self) -> None:
        self._change_visitors(-1)

    def place_customer_display(self) -> None:
        """Show the buyer's screen where Settings say (by default only on a second screen),
        or keep it closed; again whenever the settings change."""
        if self.customer_display is None or not self.window.isVisible():
            return
        settings = self._ctx.settings
        self.customer_display.show_on_customer_screen(settings.customer_display,
                                                      settings.customer_screen)

    def _on_open_shift_triggered(self) -> None:
        OpenShiftDialog(self._ctx, self.window).exec()

    def _on_close_shift_triggered(self) -> None:
        CloseShiftDialog(self._ctx, self.window).exec()

    def _on_log_out_triggered(self) -> None:
        self._ctx.log_out()
        self.window.hide()
        if self.customer_display is not None:
            self.customer_display.show_idle(self._ctx.settings.shop_name)
        from app.ui.application import log_in  # the start-up path's own login

        if log_in(self._ctx):
            self.window.show()
        else:
            QApplication.quit()


def build_main_window(ctx: AppContext) -> MainWindow:
    """The whole UI for ctx without exec(); `window.shell` is the Shell that drives it."""
    shell = Shell(ctx)
    window = shell.window
    window.shell = shell  # type: ignore[attr-defined] - keeps the Python side alive, for tests
    return window
