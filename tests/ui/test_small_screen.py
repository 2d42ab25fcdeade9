"""Booth laptops are often 1024×600: every page and the till's dialogs fit it.

Laid out offscreen at that size, nothing may fall outside the window, no button may be
squeezed below the size its text needs (Qt clips, it does not elide, a button's text), and
no two buttons of one panel may overlap (what a layout does when its minimum does not fit).
Widgets inside a scroll area are exempt: they are reached by scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from app.services import catalog
from app.services.cart import Cart
from app.ui.application import build_main_window
from app.ui.login_dialog import LoginDialog
from app.ui.manager_pin_dialog import ManagerPinDialog
from app.ui.payment_dialog import PaymentDialog
from app.ui.shift_dialogs import CloseShiftDialog

pytest_plugins = ["tests.ui.fixtures_app"]

SMALL = QSize(1024, 600)
TITLE_BAR = 32  # what a window manager takes from a dialog's 600 pixels


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(top: QWidget, within: QWidget | None = None) -> list[str]:
    within = within or top
    problems = []
    buttons: list[tuple[QRect, QAbstractButton]] = []
    for widget in within.findChildren(QWidget):
        if not widget.isVisible() or _scrolled(widget, top):
            continue
        rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        name = f"{type(widget).__name__}({widget.objectName() or getattr(widget, 'text', str)()})"
        if not top.rect().contains(rect):
            problems.append(f"{name} outside the window: {rect}")
        if isinstance(widget, QAbstractButton):
            need = widget.minimumSizeHint()
            if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
                problems.append(f"{name} squeezed to {widget.size()} (needs {need})")
            buttons.append((rect, widget))
    for i, (rect, button) in enumerate(buttons):
        for other_rect, other in buttons[i + 1:]:
            if button.parentWidget() is other.parentWidget() and rect.intersects(other_rect):
                problems.append(f"{button.text()!r} overlaps {other.text()!r}")
    return problems


def test_every_page_fits_1024x600(qtbot, shift_ctx, themed):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    assert window.minimumSize().width() <= SMALL.width()
    assert window.minimumSize().height() <= SMALL.height()
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == SMALL
    found = {}
    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(1)
        found[key] = layout_problems(window, window.page(key))
    assert found == {key: [] for key in window.page_keys()}

    status = [w for w in window.statusBar().findChildren(QLabel) if w.isVisible()]
    assert status and all(w.geometry().right() <= window.width() for w in status)


def test_the_name_column_keeps_room_at_1024(qtbot, shift_ctx, themed):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    window.show_page("products")
    qtbot.waitExposed(window)
    table = window.page("products").findChild(QWidget, "productsTable")
    name = table.model().COLUMNS.index("name")
    assert table.columnWidth(name) >= 180  # "Miến dong Bình Liêu…" readable, not "…"


def _fits_a_small_screen(qtbot, dialog) -> list[str]:
    qtbot.addWidget(dialog)
    limit = QSize(SMALL.width(), SMALL.height() - TITLE_BAR)
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    if need.width() > limit.width() or need.height() > limit.height():
        return [f"{type(dialog).__name__} needs {need}, more than {limit}"]
    dialog.resize(dialog.size().boundedTo(limit))
    dialog.show()
    qtbot.waitExposed(dialog)
    return layout_problems(dialog)


def test_the_tills_dialogs_fit_1024x600(qtbot, shift_ctx, manager, themed):
    cart = Cart()
    for code in ("TRA-HV-100", "MIEN-DONG"):
        cart.add(catalog.lookup_code(shift_ctx.db, code), 1)
    problems = []
    for method in ("cash", "vietqr", "card"):
        problems += _fits_a_small_screen(qtbot, PaymentDialog(shift_ctx, cart, None, method))
    problems += _fits_a_small_screen(qtbot, LoginDialog(shift_ctx))
    problems += _fits_a_small_screen(qtbot, ManagerPinDialog(shift_ctx, "Đổi giá"))
    problems += _fits_a_small_screen(qtbot, CloseShiftDialog(shift_ctx))
    assert problems == []


def test_after_a_sale_the_change_due_is_readable_at_1024(qtbot, shift_ctx, themed):
    from app.services.checkout import PaymentInput, checkout

    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    sell = window.page("sell")
    cart = sell.cart()
    cart.add(catalog.lookup_code(shift_ctx.db, "TRA-HV-100"), 1)
    sell._on_sale_completed(checkout(shift_ctx.db, shift_ctx.till(), cart,
                                     [PaymentInput("cash", 500_000)]))
    panel = sell.receipt_actions()
    qtbot.waitUntil(panel.isVisible)
    clipped = [label.text() for label in panel.findChildren(QLabel)
               if label.isVisible() and label.sizeHint().width() > label.width() + 1]
    assert clipped == []
    assert "Tiền thừa: 50.000 ₫" in panel.summary()
    assert layout_problems(window, sell) == []
