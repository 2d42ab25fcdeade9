"""Every export of a report read back: XLSX (sheets, header, number formats), CSV and PDF."""

from __future__ import annotations

import csv
from datetime import datetime, time
from io import BytesIO, StringIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.printing.report_pdf import render_report_pdf
from app.services.errors import ValidationError
from app.services.reporting import build_report
from app.services.reporting.export import csv_text, export_report, write_csv
from app.services.reporting.period import day_period
from tests.unit.reports_scenario import (  # noqa: F401 - week_fixture: the fixture `week`
    DAY,
    PERIOD,
    TZ,
    dmy,
    iso,
    week_fixture,
)


@pytest.fixture
def report(week):
    return build_report(week, day_period(*PERIOD, TZ))


def test_xlsx_has_a_sheet_per_grouping_with_formats(report, tmp_path):
    path = tmp_path / "bao-cao.xlsx"
    assert export_report(report, path) == "xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["Tổng quan", "Theo giờ trong ngày", "Theo ngày", "Theo sản phẩm",
                               "Theo chủ thể", "Theo nhóm hàng", "Theo phương thức thanh toán"]
    for sheet in book.worksheets:
        top = [sheet.cell(r, 1).value for r in range(1, 6)]
        assert "Gian hàng" in top[0] and top[1] == "BÁO CÁO BÁN HÀNG"
        assert top[2] == f"Kỳ báo cáo: {dmy(22)} – {dmy(23)} (Khoảng ngày)"
        assert top[3] == f"So với kỳ trước: {dmy(20)} – {dmy(21)}"
    summary = book["Tổng quan"]
    first = 7  # five header lines, a blank one, then the table
    assert [c.value for c in summary[first]] == ["Chỉ tiêu", "Kỳ này", "Kỳ trước", "Thay đổi (%)"]
    revenue = summary[first + 1]
    assert [c.value for c in revenue[:3]] == ["Doanh thu (₫)", 2_600_000, 250_000]
    assert revenue[1].number_format == '#,##0 "₫";-#,##0 "₫"'
    assert revenue[3].value == pytest.approx(9.40) and revenue[3].number_format.startswith("+0.0%")
    notes = [c.value for c in summary["A"] if c.value]
    assert any("ngày và giờ hoàn trả" in str(n) for n in notes)

    days = book["Theo ngày"]
    assert [c.value for c in days[first]][:3] == ["Ngày", "So với ngày", "Số hóa đơn"]
    day = days[first + 1]
    assert day[0].value == datetime.combine(DAY[22], time()) and day[0].number_format == "dd/mm/yyyy"
    assert day[7].value == 1_400_000  # Doanh thu
    total = days[first + 3]
    assert total[0].value == "Cộng" and total[7].value == 2_600_000 and total[0].font.bold
    assert days.freeze_panes == f"A{first + 1}"

    products = book["Theo sản phẩm"]
    rows = {r[0].value: r for r in products.iter_rows(min_row=first + 1)}
    nem = rows["NEM-QY"]
    assert nem[3].value == pytest.approx(1.25) and nem[3].number_format == "#,##0.0##"
    assert rows["TRA-HV-100"][3].value == 4 and rows["TRA-HV-100"][3].number_format == "#,##0"
    owed = {r[1].value or r[0].value: r[-1].value
            for r in book["Theo chủ thể"].iter_rows(min_row=first + 1)}
    assert owed["Hộ sản xuất mật ong Lương Mông"] == 300_000 and owed["Cộng"] == 480_000


def test_csv_is_one_grouping_under_the_header(report, week, tmp_path):
    path = tmp_path / "theo-ngay.csv"
    write_csv(report, path, "day")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # Excel on Windows reads UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[2] == [f"Kỳ báo cáo: {dmy(22)} – {dmy(23)} (Khoảng ngày)"]
    at = rows.index(["Ngày", "So với ngày", "Số hóa đơn", "Lượt khách", "Hóa đơn / 100 khách",
                     "Tiền bán (₫)", "Hoàn trả (₫)", "Doanh thu (₫)", "Doanh thu kỳ trước (₫)",
                     "Thay đổi (%)"])
    assert rows[at + 1] == [iso(22), dmy(20), "3", "15", "20.0", "1650000", "250000",
                            "1400000", "0", ""]
    assert rows[at + 2][-1] == "380.0"  # 1.200.000 against 250.000
    assert rows[at + 3][:1] == ["Cộng"] and rows[at + 3][7] == "2600000"
    products = csv_text(report, "product")
    assert "NEM-QY,Nem chua" in products and ",1.25," in products
    with pytest.raises(ValidationError, match="product"):  # not in a report by day only
        write_csv(build_report(week, report.period, ["day"]), path, "product")


def test_pdf_reads_back(report, tmp_path):
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(render_report_pdf(report))).pages)
    assert "BÁO CÁO BÁN HÀNG" in text and f"{dmy(22)} – {dmy(23)}" in text
    assert "2.600.000" in text and "+940,0 %" in text
    assert "Theo chủ thể" in text and "Hộ sản xuất mật ong Lương Mông" in text
    assert "Không tính hóa đơn đã hủy" in text
    path = tmp_path / "r.pdf"
    assert export_report(report, path) == "pdf" and path.read_bytes().startswith(b"%PDF")


def test_translate_reaches_every_header(report, tmp_path):
    english = {"Doanh thu (₫)": "Revenue (₫)", "Theo ngày": "By day", "Ngày": "Date"}

    def translate(context: str, text: str) -> str:
        assert context == "reports"
        return english.get(text, text)

    path = tmp_path / "en.xlsx"
    export_report(report, path, translate=translate)
    book = load_workbook(path)
    assert "By day" in book.sheetnames and book["By day"]["A7"].value == "Date"
    stream = StringIO()
    write_csv(report, stream, "day", translate)
    assert "Revenue (₫)" in stream.getvalue() and "Doanh thu kỳ trước (₫)" in stream.getvalue()
    with pytest.raises(ValidationError, match="docx"):
        export_report(report, tmp_path / "r.docx")
