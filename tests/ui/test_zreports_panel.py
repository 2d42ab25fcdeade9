"""Past Z-reports on the Reports page: closed shifts listed with their figures, opened as the
PDF (or its path said when no viewer opens), reprinted by the print dialog or the receipt
printer; and every tab of the Reports page fits a 1024×600 booth laptop."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.services import printer_settings, shift_history
from app.services.printer_settings import PrinterSettings
from app.services.rights import Actor
from app.services.shifts import close_shift, open_shift
from app.ui import zreports_panel
from app.ui.application import build_main_window
from app.ui.models.report_table_model import ZReportTableModel, cell
from app.ui.reports_page import ReportsPage
from app.ui.zreports_panel import ZReportsPanel
from tests.ui.test_small_screen import SMALL, layout_problems

pytest_plugins = ["tests.ui.fixtures_app"]

WAIT_MS = 20_000


@pytest.fixture
def closed(shift_ctx, make_sale):
    """Two shifts closed at the demo booth: the first with a sale and 10.000 ₫ cash short."""
    ctx = shift_ctx
    sale = make_sale(ctx, quantity=2)
    first = ctx.shift
    close_shift(ctx.db, ctx.till(), first.id, {"cash": 500_000 + sale.total - 10_000})
    second = open_shift(ctx.db, ctx.till(), 200_000)
    close_shift(ctx.db, ctx.till(), second.id, {"cash": 200_000})
    ctx.announce_shift()
    return ctx, first, second, sale


@pytest.fixture
def panel(qtbot, closed) -> ZReportsPanel:
    widget = ZReportsPanel(closed[0])
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.refresh()  # hidden: read when first shown, or when asked
    return widget


def test_the_list_shows_closed_shifts_with_their_figures(panel, closed):
    _ctx, first, second, sale = closed
    model = panel.shifts_model()
    assert model.rowCount() == 2
    assert [model.shift_at(r).number for r in range(2)] == [second.number, first.number]
    assert cell(model, 1, ZReportTableModel.SALES) == "1"
    assert cell(model, 1, ZReportTableModel.REVENUE) == f"{sale.total:,} ₫".replace(",", ".")
    assert cell(model, 1, ZReportTableModel.CASH_DIFF) == "-10.000 ₫"
    assert cell(model, 0, ZReportTableModel.CASH_DIFF) == "0 ₫"
    assert not panel._open.isEnabled()  # nothing chosen yet


def test_an_open_shift_is_not_listed(qtbot, shift_ctx):
    widget = ZReportsPanel(shift_ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    assert widget.shifts_model().rowCount() == 0
    assert widget.message() == "Chưa có ca nào đã chốt."


def test_open_saves_the_pdf_and_says_where_when_no_viewer_opens(qtbot, panel, closed,
                                                                 monkeypatch):
    ctx, first, *_ = closed
    monkeypatch.setattr(zreports_panel, "open_receipt_file", lambda _path: False)
    assert panel.select_shift(first.id)
    with qtbot.waitSignal(panel.finished, timeout=WAIT_MS) as blocker:
        panel.open_selected()
        assert panel.busy()
    kind, path = blocker.args[0]
    assert kind == "open" and path == shift_history.zreport_path(ctx.db, first.number)
    assert str(path) in panel.message() and not panel.busy()
    text = PdfReader(path).pages[0].extract_text()
    assert "BÁO CÁO CHỐT CA (Z)" in text and first.number in text


def test_reprint_without_a_receipt_printer_goes_to_the_print_dialog(qtbot, panel, closed,
                                                                   monkeypatch):
    _ctx, first, *_ = closed
    printed: list[bytes] = []
    monkeypatch.setattr(zreports_panel, "print_pdf",
                        lambda _parent, pdf: printed.append(pdf) or True)
    panel.select_shift(first.id)
    with qtbot.waitSignal(panel.finished, timeout=WAIT_MS) as blocker:
        panel.reprint_selected()
    assert blocker.args[0][0] == "print"
    assert len(printed) == 1 and printed[0].startswith(b"%PDF")
    assert first.number in PdfReader(io.BytesIO(printed[0])).pages[0].extract_text()
    assert "Đã gửi báo cáo Z đi in" in panel.message()


def test_reprint_goes_to_the_receipt_printer_when_one_is_set_up(qtbot, panel, closed, tmp_path,
                                                               staff_named, monkeypatch):
    ctx, first, *_ = closed
    device = tmp_path / "printer.bin"
    device.touch()
    manager = staff_named(ctx.db, "Trần Văn Minh")
    printer_settings.save(ctx.db, Actor(manager.id),
                          PrinterSettings(f"file://{device}", 80, False, True))
    monkeypatch.setattr(zreports_panel, "print_pdf", lambda *_a: pytest.fail("no dialog"))
    panel.select_shift(first.id)
    with qtbot.waitSignal(panel.finished, timeout=WAIT_MS) as blocker:
        panel.reprint_selected()
    assert blocker.args[0] == ("printer", f"file://{device}"), panel.message()
    data = device.read_bytes()
    assert data.startswith(b"\x1b@") and len(data) > 1000  # ESC @ then the raster
    assert first.number in panel.message()


def test_a_failed_reprint_ends_with_the_reason(qtbot, panel, closed, monkeypatch):
    _ctx, first, *_ = closed

    def broken(*_args, **_kwargs):
        raise KeyError("shift")

    monkeypatch.setattr(shift_history, "save_zreport", broken)
    panel.select_shift(first.id)
    with qtbot.waitSignal(panel.finished, timeout=WAIT_MS) as blocker:
        panel.open_selected()
    assert blocker.args == [None] and not panel.busy()
    assert "KeyError" in panel.message()


def test_every_reports_tab_fits_1024x600(qtbot, closed, themed):
    ctx = closed[0]
    open_shift(ctx.db, ctx.till(), 100_000)
    ctx.announce_shift()
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    found = {}
    for tab in (ReportsPage.SHIFT_TAB, ReportsPage.FIGURES_TAB, ReportsPage.ZREPORTS_TAB):
        if tab == ReportsPage.FIGURES_TAB:
            with qtbot.waitSignal(page.figures.report_finished, timeout=WAIT_MS):
                page.show_tab(tab)
            page.figures.set_period("custom")  # the date boxes shown too
            qtbot.waitUntil(lambda: not page.figures.busy(), timeout=WAIT_MS)
        elif tab == ReportsPage.ZREPORTS_TAB:
            with qtbot.waitSignal(page.zreports.loaded, timeout=WAIT_MS):
                page.show_tab(tab)
            assert page.zreports.shifts_model().rowCount() == 2
        else:
            page.show_tab(tab)
        qtbot.wait(1)
        found[tab] = layout_problems(window, page)
    assert found == {0: [], 1: [], 2: []}
    for by in ("hour", "day", "product", "producer", "category", "payment"):
        page.figures.show_grouping(by)
        qtbot.wait(1)
        assert layout_problems(window, page) == [], by
