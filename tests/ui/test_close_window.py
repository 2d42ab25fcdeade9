"""Closing the till (Alt+F4, the window's ×) with a shift open or a cart in progress asks."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import catalog
from app.ui.application import build_main_window

pytest_plugins = ["tests.ui.fixtures_app"]


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the quit question once it is up (a window-system close runs it modally)."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "quitQuestion":
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(20, attempt)


class WindowSystemClose(QCloseEvent):
    """The close event Alt+F4 or the window's × deliver: spontaneous, from the window system
    (offscreen Qt has no window manager to send one, so the flag is what the test supplies)."""

    def spontaneous(self) -> bool:
        return True


def _user_closes(window) -> bool:
    event = WindowSystemClose()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_with_a_cart_and_an_open_shift_the_user_is_asked(qtbot, shift_ctx):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sell = window.page("sell")
    sell.cart().add(catalog.lookup_code(shift_ctx.db, "TRA-HV-100"), 1)

    seen: list[str] = []
    _answer(QMessageBox.StandardButton.No, seen)
    assert not _user_closes(window)  # "Ở lại": the close is refused
    assert "Giỏ hàng còn 1 dòng" in seen[0] and "Ca bán hàng đang mở" in seen[0]

    _answer(QMessageBox.StandardButton.Yes, seen)
    assert _user_closes(window)
    assert len(seen) == 2

    window.close()  # the app's own close (logging out, quitting from code) never asks
    assert not window.isVisible() and len(seen) == 2


def test_nothing_open_closes_without_a_question(qtbot, cashier_ctx):
    window = build_main_window(cashier_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.shell.quit_reasons() == []
    assert _user_closes(window)
