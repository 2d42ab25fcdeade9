"""A hidden view reloads once when shown, never on every change while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.refresh_when_shown import RefreshWhenShown


def test_hidden_view_reloads_once_when_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    reloads: list[int] = []
    refresher = RefreshWhenShown(widget, lambda: reloads.append(1))
    refresher.changed()
    refresher.changed()
    assert reloads == []  # hidden: only marked stale
    widget.show()
    qtbot.waitUntil(lambda: len(reloads) == 1)
    refresher.changed()
    assert len(reloads) == 2  # visible: reloads at once
    widget.hide()
    widget.show()
    assert len(reloads) == 2  # shown again without a change: nothing to reload
