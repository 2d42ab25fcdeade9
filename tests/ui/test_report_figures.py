"""The Reports page's sales figures: the hand-made week (tests/unit/reports_scenario.py) as
build_report adds it up (itself checked against plain SQL in tests/unit/test_reports.py),
computed off the UI thread with a busy bar that always ends, charts, and exports."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services.reporting import build_report
from app.services.reporting.columns import COLUMNS, PERCENT, cell_text, summary_rows, table
from app.services.reporting.period import day_period
from app.ui import report_figures_panel
from app.ui.context import AppContext
from app.ui.models.report_table_model import cell
from app.ui.report_figures_panel import ReportFiguresPanel
from tests.unit.reports_scenario import (
    DAY,
    PERIOD,
    TZ,
    iso,
    week_fixture,  # noqa: F401 - the fixture `week`
)

WAIT_MS = 20_000


@pytest.fixture
def panel(qtbot, week, qapp) -> ReportFiguresPanel:
    widget = ReportFiguresPanel(AppContext(week))
    qtbot.addWidget(widget)
    return widget


def _show_week(qtbot, panel: ReportFiguresPanel) -> None:
    with qtbot.waitSignal(panel.report_finished, timeout=WAIT_MS) as blocker:
        panel.set_period("custom", *PERIOD)
    assert blocker.args == [True], panel.message()


def _texts(model, rows: int, columns: int) -> list[list[str]]:
    return [[cell(model, r, c) for c in range(columns)] for r in range(rows)]


def test_the_page_shows_build_reports_figures(qtbot, panel, week):
    _show_week(qtbot, panel)
    expected = build_report(week, day_period(*PERIOD, TZ))
    with sqlite3.connect(week.paths.database) as conn:  # and thus plain SQL's
        (revenue,), = conn.execute(
            "SELECT (SELECT sum(total) FROM sales WHERE status = 'completed' AND "
            "date(created_utc, '+7 hours') BETWEEN ?1 AND ?2) - (SELECT sum(total) FROM refunds "
            "WHERE date(created_utc, '+7 hours') BETWEEN ?1 AND ?2)", (iso(22), iso(23)))
    assert expected.current.revenue == revenue == 2_600_000

    summary = panel.summary_model()
    assert _texts(summary, summary.rowCount(), 4) == [
        [header, cell_text(kind, now), cell_text(kind, before), cell_text(PERCENT, change)]
        for header, kind, now, before, change in summary_rows(expected)]
    assert cell(summary, 0, 1) == "2.600.000"
    for by, grouping in expected.groupings.items():
        model, kinds = panel.model(by), [c.kind for c in COLUMNS[by]]
        rows = table(grouping)
        assert model.rowCount() == len(grouping.rows) + 1  # and the totals row
        shown = _texts(model, model.rowCount(), len(kinds))
        for values, texts in zip(rows, shown, strict=True):
            assert texts[1:] == [cell_text(k, v) for k, v in zip(kinds, values, strict=True)][1:]
    assert cell(panel.model("payment"), 0, 0) in {"Tiền mặt", "Chuyển khoản VietQR", "Thẻ"}
    assert "Doanh thu 2.600.000 ₫" in panel.headline()
    assert "4 hóa đơn" in panel.headline() and "trung bình 825.000 ₫" in panel.headline()
    assert "35 lượt khách" in panel.headline() and "11,4 hóa đơn / 100 khách" in panel.headline()
    assert "Không tính hóa đơn đã hủy." in panel.notes()
    assert "trừ vào ngày và giờ hoàn trả" in panel.notes()
    assert not panel.busy()


def test_switching_period_recomputes_off_the_ui_thread(qtbot, panel, monkeypatch):
    threads: list[threading.Thread] = []

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return build_report(*args, **kwargs)

    monkeypatch.setattr(report_figures_panel, "build_report", recorded)
    _show_week(qtbot, panel)
    with qtbot.waitSignal(panel.report_finished, timeout=WAIT_MS) as blocker:
        panel.set_period("today")
        assert panel.busy()  # the bar shows while the worker adds up
    assert blocker.args == [True]
    assert not panel.busy()
    assert panel.report().period.kind == "today"
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_the_busy_bar_ends_when_the_report_fails(qtbot, panel, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("ổ đĩa hỏng")

    monkeypatch.setattr(report_figures_panel, "build_report", broken)
    with qtbot.waitSignal(panel.report_finished, timeout=WAIT_MS) as blocker:
        panel.set_period("month")
        assert panel.busy()
    assert blocker.args == [False]
    assert not panel.busy()
    assert panel.message() == "Đã xảy ra lỗi không mong muốn: RuntimeError: ổ đĩa hỏng"
    assert panel.model("product").rowCount() == 0 and panel.report() is None
    monkeypatch.undo()
    _show_week(qtbot, panel)  # and the next period works again
    assert panel.message() == ""


def test_a_period_the_booth_cannot_have_is_said(qtbot, panel):
    with qtbot.waitSignal(panel.report_finished, timeout=WAIT_MS) as blocker:
        panel.set_period("custom", DAY[23], DAY[22])
    assert blocker.args == [False] and panel.message() and not panel.busy()


def test_charts_have_a_bar_per_hour_and_per_day(qtbot, panel, week):
    _show_week(qtbot, panel)
    expected = build_report(week, day_period(*PERIOD, TZ))
    hours = expected.groupings["hour"].rows
    assert panel.chart("hour").point_count() == len(hours) == 16  # 00h..15h
    assert panel.chart("hour").categories()[8] == "08h"
    assert panel.chart("hour").values() == ([r.current.revenue for r in hours],
                                            [r.previous.revenue for r in hours])
    assert panel.chart("day").point_count() == 2
    assert panel.chart("day").categories() == [f"{DAY[22]:%d/%m}", f"{DAY[23]:%d/%m}"]
    assert panel.chart("day").values()[0] == [1_400_000, 1_200_000]


def _export(qtbot, panel: ReportFiguresPanel, path: Path) -> Path:
    with qtbot.waitSignal(panel.export_finished, timeout=WAIT_MS) as blocker:
        panel.export_to(path)
    assert blocker.args == [path], panel.message()
    assert str(path) in panel.message() and not panel.busy()
    return path


def test_export_writes_files_that_read_back(qtbot, panel, tmp_path):
    _show_week(qtbot, panel)
    name = panel.default_file_name()
    assert name == f"bao-cao-{iso(22)}_{iso(23)}.xlsx"

    book = load_workbook(_export(qtbot, panel, tmp_path / name))
    assert book.sheetnames[0] == "Tổng quan" and "Theo sản phẩm" in book.sheetnames
    summary = book["Tổng quan"]
    values = [[c.value for c in row] for row in summary.iter_rows()]
    assert ["Doanh thu (₫)", 2_600_000, 250_000, 9.4] in values

    panel.show_grouping("payment")
    path = _export(qtbot, panel, tmp_path / "report.csv")
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[5] == ["Theo phương thức thanh toán"]
    assert rows[-1][0] == "Cộng" and rows[-1][-2:] == ["250000", "940.0"]

    pdf = PdfReader(_export(qtbot, panel, tmp_path / "report.pdf"))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "BÁO CÁO BÁN HÀNG" in text and "2.600.000" in text


def test_a_failed_export_is_said_and_ends(qtbot, panel, tmp_path):
    _show_week(qtbot, panel)
    with qtbot.waitSignal(panel.export_finished, timeout=WAIT_MS) as blocker:
        panel.export_to(tmp_path / "no-such-folder" / "x.xlsx")
    assert blocker.args == [None] and panel.message() and not panel.busy()


def test_the_default_name_of_a_single_day(qtbot, panel):
    with qtbot.waitSignal(panel.report_finished, timeout=WAIT_MS):
        panel.set_period("today")
    assert panel.default_file_name("pdf") == f"bao-cao-{iso(24)}.pdf"


def test_in_english_the_file_name_and_the_headers_are_english(qtbot, panel, qapp):
    from app.ui.i18n import install_translator, remove_translator

    translator = install_translator(qapp, "en")
    try:
        _show_week(qtbot, panel)
        assert panel.default_file_name() == f"report-{iso(22)}_{iso(23)}.xlsx"
        assert cell(panel.summary_model(), 0, 0) == "Revenue (₫)"
        assert "Revenue 2.600.000 ₫" in panel.headline()
        assert "Voided sales are not counted." in panel.notes()
    finally:
        remove_translator(translator)
