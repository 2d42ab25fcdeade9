"""The till opens as it was left: its size and place, and maximised if it was.

Qt's saved geometry carries the maximised flag, but with some window managers a window
restored from it comes back normal and merely as large as the screen; so the flag is also kept
on its own and the window is shown maximised explicitly.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "ui/main_window_geometry"
MAXIMIZED_KEY = "ui/main_window_maximized"


def show_as_left(window: QWidget, state: QSettings) -> None:
    geometry = state.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    if str(state.value(MAXIMIZED_KEY, "false")).lower() == "true":
        window.showMaximized()
    else:
        window.show()


def remember(window: QWidget, state: QSettings) -> None:
    state.setValue(GEOMETRY_KEY, window.saveGeometry())
    state.setValue(MAXIMIZED_KEY, window.isMaximized())
