"""Opening a shift with a float and closing it against counted money, Z-report included."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.services import shifts
from app.services.money import format_dong
from app.ui.shift_dialogs import CloseShiftDialog, OpenShiftDialog

pytest_plugins = ["tests.ui.fixtures_app"]


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_open_shift_with_suggested_500k_float(qtbot, cashier_ctx):
    dialog = OpenShiftDialog(cashier_ctx)
    qtbot.addWidget(dialog)
    assert dialog.amount_edit().text() == "500.000"
    with qtbot.waitSignal(cashier_ctx.shift_changed):
        assert dialog.commit()
    assert cashier_ctx.shift is not None
    assert cashier_ctx.shift.opening_float == 500_000
    assert cashier_ctx.shift.opened_by == cashier_ctx.staff.name
    totals = shifts.expected_amounts(cashier_ctx.db, cashier_ctx.shift.id)
    assert totals.expected["cash"] == 500_000


def test_open_shift_refuses_a_bad_amount_inline(qtbot, cashier_ctx):
    dialog = OpenShiftDialog(cashier_ctx)
    qtbot.addWidget(dialog)
    dialog.amount_edit().setText("năm trăm")
    assert not dialog.commit()
    assert "năm trăm" in dialog.error_message()
    assert cashier_ctx.shift is None


def test_open_shift_twice_is_refused(qtbot, shift_ctx):
    dialog = OpenShiftDialog(shift_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.commit()
    assert shift_ctx.shift.number in dialog.error_message()


def test_close_shift_shows_difference_and_writes_z_pdf(qtbot, shift_ctx, make_sale):
    sale = make_sale(shift_ctx, quantity=2)
    number = shift_ctx.shift.number
    dialog = CloseShiftDialog(shift_ctx)
    qtbot.addWidget(dialog)
    expected_cash = 500_000 + sale.total
    assert dialog.expected_amount("cash") == expected_cash
    assert dialog.difference_text("cash") == "—"
    assert dialog.counted_edit("vietqr").text() == "0"

    counted = expected_cash - 20_000
    dialog.counted_edit("cash").setText(format_dong(counted, symbol=False))
    assert dialog.difference_text("cash") == "-20.000 (thiếu)"
    dialog.counted_edit("cash").setText(format_dong(expected_cash + 5_000, symbol=False))
    assert dialog.difference_text("cash") == "+5.000 (thừa)"
    dialog.counted_edit("cash").setText("abc")
    assert dialog.difference_text("cash") == "không hợp lệ"
    dialog.counted_edit("cash").setText(format_dong(counted, symbol=False))

    with qtbot.waitSignal(shift_ctx.shift_changed):
        path = dialog.commit()
    assert path == shift_ctx.db.paths.reports / f"Z-{number}.pdf"
    assert path.exists()
    text = _pdf_text(path.read_bytes())
    assert format_dong(counted, symbol=False) in text
    assert format_dong(expected_cash, symbol=False) in text
    assert "-20.000" in text
    assert number in text
    assert shift_ctx.shift is None


def test_close_shift_requires_counted_cash(qtbot, shift_ctx):
    dialog = CloseShiftDialog(shift_ctx)
    qtbot.addWidget(dialog)
    assert dialog.commit() is None
    assert dialog.error_message() == "Hãy nhập số tiền mặt đếm được"
    assert shift_ctx.shift is not None
    assert not list(shift_ctx.db.paths.reports.glob("Z-*.pdf"))


def test_close_dialog_without_open_shift_cannot_confirm(qtbot, cashier_ctx):
    dialog = CloseShiftDialog(cashier_ctx)
    qtbot.addWidget(dialog)
    assert dialog.methods() == []
    assert dialog.commit() is None
    assert not dialog._confirm.isEnabled()
