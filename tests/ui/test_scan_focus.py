"""The scan field has the keyboard whenever the sell page is shown: the first scan after
login, after another page, or after another window took the focus is never lost."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.application import build_main_window

pytest_plugins = ["tests.ui.fixtures_app"]


def test_the_scan_field_takes_the_keyboard_whenever_the_till_shows(qtbot, shift_ctx):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    scan = window.page("sell").scan_field()
    qtbot.waitUntil(scan.hasFocus)

    window.show_page("products")
    search = window.page("products").findChild(QLineEdit)
    search.setFocus()
    qtbot.waitUntil(lambda: not scan.hasFocus())
    window.show_page("sell")
    qtbot.waitUntil(scan.hasFocus)

    other = QWidget()  # another window (a dialog closed, the customer display) had the focus
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitActive(other)
    window.page("sell").findChild(QWidget, "cartTable").setFocus()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(scan.hasFocus)
