"""Login as a cashier meets it: Enter and the button are one attempt each, and a lockout says
how long is left (issue: Enter once tried twice, the second time with the emptied field)."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from PySide6.QtCore import Qt

from app.services import auth
from app.ui.login_dialog import LoginDialog

pytest_plugins = ["tests.ui.fixtures_app"]


def _enter_pin(qtbot, dialog: LoginDialog, pin: str) -> None:
    qtbot.keyClicks(dialog.pin_edit(), pin)
    qtbot.keyClick(dialog.pin_edit(), Qt.Key.Key_Return)


def _open(qtbot, ctx, staff_named) -> tuple[LoginDialog, int]:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    cashier = staff_named(ctx.db, "Nguyễn Thị Hoa")
    dialog.select_staff(cashier.id)
    return dialog, cashier.id


def test_a_wrong_pin_and_enter_says_wrong_pin_and_counts_once(qtbot, ctx, staff_named):
    dialog, _ = _open(qtbot, ctx, staff_named)
    _enter_pin(qtbot, dialog, "0000")
    assert "Sai mã PIN (còn 4 lần thử)" in dialog.error_message()
    _enter_pin(qtbot, dialog, "0000")
    assert "còn 3 lần thử" in dialog.error_message()  # one attempt per Enter, not two


def test_the_right_pin_and_enter_logs_in(qtbot, ctx, staff_named):
    dialog, cashier_id = _open(qtbot, ctx, staff_named)
    with qtbot.waitSignal(dialog.logged_in):
        _enter_pin(qtbot, dialog, "1111")
    assert ctx.staff is not None and ctx.staff.id == cashier_id


def test_a_lockout_says_how_long_is_left_and_ends(qtbot, ctx, staff_named):
    dialog, cashier_id = _open(qtbot, ctx, staff_named)
    for _ in range(5):
        _enter_pin(qtbot, dialog, "2222")
    assert "bị khóa 60 giây" in dialog.error_message()

    _enter_pin(qtbot, dialog, "1111")  # the right PIN, still locked out
    assert "bị khóa thêm" in dialog.error_message() and "giây" in dialog.error_message()
    assert ctx.staff is None

    with time_machine.travel(auth.now_utc() + timedelta(seconds=30), tick=False):
        qtbot.waitUntil(lambda: "còn 30 giây" in dialog.error_message()
                        or "còn 31 giây" in dialog.error_message(), timeout=3000)
    assert auth.lockout_seconds_left(ctx.db, cashier_id) > 0
    with time_machine.travel(auth.now_utc() + timedelta(seconds=61), tick=False):
        qtbot.waitUntil(lambda: dialog.error_message() == "", timeout=3000)
        assert auth.lockout_seconds_left(ctx.db, cashier_id) == 0
        with qtbot.waitSignal(dialog.logged_in):
            _enter_pin(qtbot, dialog, "1111")
