"""`ocop-booth report`: the same figures as the service, and refusals in one line."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from tests.unit.reports_scenario import (  # noqa: F401 - week_fixture: the fixture `week`
    TODAY,
    dmy,
    iso,
    week_fixture,
)

PERIOD = ["--from", iso(22), "--to", iso(23)]
LONG_AGO = (TODAY - timedelta(days=90)).isoformat(), (TODAY - timedelta(days=60)).isoformat()


def _run(week, *argv: str) -> int:
    return main(["--data-dir", str(week.paths.data_dir), "report", *argv])


def test_report_files_in_every_format(week, tmp_path, capsys):
    out = tmp_path / "theo-ngay.csv"
    assert _run(week, *PERIOD, "--by", "day", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"{dmy(22)} – {dmy(23)}" in said and "2.600.000 ₫" in said
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert ["Cộng", "", "4", "35", "11.4", "3300000", "700000", "2600000", "250000",
            "940.0"] in rows
    book = tmp_path / "sp.xlsx"
    assert _run(week, *PERIOD, "--by", "product", "--out", str(book)) == 0
    assert load_workbook(book).sheetnames == ["Tổng quan", "Theo sản phẩm"]
    pdf = tmp_path / "report.bin"
    assert _run(week, *PERIOD, "--by", "payment", "--format", "pdf", "--out", str(pdf)) == 0
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Theo phương thức thanh toán" in text and "Chuyển khoản VietQR" in text


def test_report_prints_a_table_without_out(week, capsys):
    assert _run(week, *PERIOD, "--by", "producer") == 0
    text = capsys.readouterr().out
    assert "Hộ sản xuất mật ong Lương Mông" in text and "480.000" in text
    assert _run(week, *PERIOD, "--by", "category", "--format", "csv") == 0
    assert "Nhóm hàng,Tiền bán (₫)" in capsys.readouterr().out
    assert _run(week, "--period", "today", "--by", "hour") == 0  # 24/11: one sale of 2 trà
    assert "900.000" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "2026-11-31", "--to", "2026-12-01"], "--from “2026-11-31” không phải ngày hợp lệ"),
    (["--from", "22/11/2026", "--to", "2026-12-01"], "cần dạng YYYY-MM-DD"),
    (["--from", iso(23), "--to", iso(22)], f"Ngày cuối kỳ {dmy(22)} trước ngày đầu kỳ"),
    (["--from", LONG_AGO[0], "--to", LONG_AGO[1]], "không có hóa đơn, hoàn trả hay lượt khách"),
    (["--to", "2026-10-31"], "Thiếu --from"),
    (["--period", "today", "--from", "2026-10-01"], "không dùng cả hai"),
    ([*PERIOD, "--format", "xlsx"], "cần --out"),
])
def test_report_refusals_are_one_line(week, capsys, argv, message):
    assert _run(week, *argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and message in err and err.count("\n") == 1


def test_unwritable_file_and_missing_data_dir(week, tmp_path, capsys):
    assert _run(week, *PERIOD, "--out", str(tmp_path / "no" / "such" / "r.csv")) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: không ghi được") and err.count("\n") == 1
    assert main(["--data-dir", str(tmp_path / "nothing"), "report", *PERIOD]) == 1
    assert "Không có dữ liệu bán hàng" in capsys.readouterr().err
    assert not (tmp_path / "nothing" / "booth.db").exists()


def test_report_through_the_entry_point(week):
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(week.paths.data_dir), "report",
         "--from", "2026-13-01", "--to", "2026-12-01"],
        capture_output=True, text=True,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Lỗi: --from “2026-13-01”") and done.stderr.count("\n") == 1
