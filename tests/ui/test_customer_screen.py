"""The buyer's screen never covers the till or takes its keyboard: by default it opens only on
a second screen; Settings can turn it on (a tablet mirroring the laptop) or off."""

from __future__ import annotations

import pytest

from app.services import settings
from app.services.customer_screen import customer_screen
from app.services.errors import ValidationError
from app.services.rights import Actor
from app.ui.application import build_main_window

pytest_plugins = ["tests.ui.fixtures_app"]


@pytest.mark.parametrize(("mode", "screens", "till", "chosen", "expected"), [
    ("auto", 1, 0, -1, None),  # one laptop screen: stay closed
    ("auto", 2, 0, -1, 1),
    ("auto", 2, 1, -1, 0),  # the till is on the second screen
    ("auto", 3, 0, 2, 2),
    ("auto", 3, 0, 0, 1),  # the till's own screen is never chosen while another exists
    ("auto", 3, 0, 7, 1),  # a screen unplugged since: the first other one
    ("on", 1, 0, -1, 0),  # turned on: a window on the only screen
    ("on", 2, 0, -1, 1),
    ("off", 2, 0, 1, None),
])
def test_which_screen(mode, screens, till, chosen, expected):
    assert customer_screen(mode, screens, till, chosen) == expected


def test_an_unknown_mode_is_refused(demo_db, manager):
    with pytest.raises(ValidationError):
        customer_screen("sometimes", 2, 0)
    with pytest.raises(ValidationError):
        settings.save(demo_db, Actor.of(manager), customer_display="sometimes")


def test_on_one_screen_the_till_keeps_the_keyboard(qtbot, shift_ctx, manager):
    window = build_main_window(shift_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    shell = window.shell
    scan = window.page("sell").scan_field()

    shell.place_customer_display()  # offscreen Qt has one screen: by default, stays closed
    assert not shell.customer_display.isVisible()
    qtbot.waitUntil(scan.hasFocus)

    settings.save(shift_ctx.db, Actor.of(manager), customer_display="on")
    shift_ctx.reload_settings()  # announces settings_changed: the display follows
    qtbot.waitUntil(shell.customer_display.isVisible)
    qtbot.waitUntil(scan.hasFocus)  # a scan now still lands in the till

    settings.save(shift_ctx.db, Actor.of(manager), customer_display="off")
    shift_ctx.reload_settings()
    qtbot.waitUntil(lambda: not shell.customer_display.isVisible())
