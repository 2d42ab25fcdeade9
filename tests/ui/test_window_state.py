"""The till opens as it was left: maximised if it was, else at its size."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from app.ui.window_state import remember, show_as_left


def _state(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_a_maximised_till_opens_maximised(qtbot, tmp_path):
    first = QMainWindow()
    qtbot.addWidget(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    remember(first, _state(tmp_path))
    first.close()

    again = QMainWindow()
    qtbot.addWidget(again)
    show_as_left(again, _state(tmp_path))
    qtbot.waitUntil(again.isVisible)
    assert again.isMaximized()


def test_a_normal_till_keeps_its_size(qtbot, tmp_path):
    first = QMainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    remember(first, _state(tmp_path))
    first.close()

    again = QMainWindow()
    qtbot.addWidget(again)
    show_as_left(again, _state(tmp_path))
    assert not again.isMaximized() and again.size().width() == 700
