"""Refresh a view on data changes, but only while it can be seen.

Stock and settlement views follow every sale; recomputing a hidden tab after each sale would
slow the till. A hidden view only remembers that it is stale and reloads when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, widget: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._reload = reload
        self._stale = False
        widget.installEventFilter(self)

    def changed(self) -> None:
        """Connect data-changed signals here."""
        if self._widget.isVisible():
            self._reload()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._reload()
        return False
