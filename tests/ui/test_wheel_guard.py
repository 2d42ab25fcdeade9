"""Scrolling the Settings page never changes a value the user did not click into."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox

from app.ui.settings_page import SettingsPage
from app.ui.wheel_guard import install_wheel_guard

pytest_plugins = ["tests.ui.fixtures_app"]


def _wheel_down(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _discount_box(page: SettingsPage) -> QSpinBox:
    return next(box for box in page.findChildren(QSpinBox) if box.suffix() == " %")


def test_the_wheel_scrolls_past_the_discount_limit(qtbot, qapp, ctx, manager):
    install_wheel_guard(qapp)
    ctx.log_in(manager)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 320)  # small enough that the form scrolls
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    box = _discount_box(page)
    box.setValue(10)
    area = box.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.setFixedHeight(200)  # a short screen: the form scrolls whatever else the page holds
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    page.setFocus()

    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn gives it no focus
    _wheel_down(box)
    assert box.value() == 10
    assert bar.value() > 0  # the page scrolled instead

    box.setFocus()  # clicked into: now the wheel is the user's intent
    qtbot.waitUntil(box.hasFocus)
    _wheel_down(box)
    assert box.value() == 9
