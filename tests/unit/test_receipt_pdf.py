"""Receipt and Z-report PDFs: read back what a customer or manager would see on the roll."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from app.config import resources_dir
from app.printing.documents import (
    METHOD_LABELS,
    ReceiptData,
    ReceiptLine,
    ReceiptPayment,
    ZReportData,
    ZReportMethodRow,
)
from app.printing.fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from app.printing.receipt_pdf import render_receipt
from app.printing.zreport_pdf import render_zreport
from app.services.money import format_dong

LONG_NAME = (
    "Mật ong rừng nguyên chất Bình Liêu thu hoạch vụ xuân đóng chai thủy tinh 500ml "
    "quà biếu cao cấp OCOP bốn sao Quảng Ninh!"
)
assert len(LONG_NAME) == 120

LINES = (
    ReceiptLine("Miến dong Bình Liêu 500g", Decimal(4), "gói", 60_000, 0, 240_000, 8),
    ReceiptLine("Trà hoa vàng Ba Chẽ hộp 100g", Decimal(2), "hộp", 450_000, 50_000, 850_000, 8),
    ReceiptLine("Chả mực Hạ Long", Decimal("1.5"), "kg", 380_000, 0, 570_000, 8),
    ReceiptLine(LONG_NAME, Decimal(1), "chai", 40_000, 0, 40_000, 10),
)


def make_receipt(**changes: object) -> ReceiptData:
    data = ReceiptData(
        shop_name="Gian hàng OCOP Quảng Ninh",
        location_name="Điểm bán Bãi Cháy",
        fair_name="Hội chợ OCOP Quảng Ninh – Xuân 2025",
        address="Số 1 đường Hạ Long, phường Bãi Cháy, TP Hạ Long",
        sale_number="HD-0042-000137",
        created_local=datetime(2025, 3, 8, 14, 5),
        staff_name="Nguyễn Thị Hường",
        lines=LINES,
        subtotal=1_700_000,
        discount_total=100_000,
        total=1_600_000,
        vat_included=120_370,
        payments=(
            ReceiptPayment("cash", 1_000_000),
            ReceiptPayment("vietqr", 600_000, "FT25067123456"),
        ),
        cash_tendered=1_100_000,
        change=100_000,
    )
    return replace(data, **changes)


def make_zreport() -> ZReportData:
    return ZReportData(
        shop_name="Gian hàng OCOP Quảng Ninh",
        location_name="Điểm bán Bãi Cháy",
        fair_name="Hội chợ OCOP Quảng Ninh – Xuân 2025",
        shift_label="Ca chiều 08/03",
        opened_local=datetime(2025, 3, 8, 13, 0),
        closed_local=datetime(2025, 3, 8, 21, 30),
        opened_by="Nguyễn Thị Hường",
        closed_by="Trần Văn Đức",
        opening_float=500_000,
        sales_count=57,
        sales_total=23_450_000,
        voids_count=2,
        voids_total=310_000,
        refunds_count=1,
        refunds_total=90_000,
        discounts_total=450_000,
        vat_by_rate=((8, 1_520_000), (10, 36_000)),
        methods=(
            ZReportMethodRow("cash", 12_850_000, 12_845_000),
            ZReportMethodRow("vietqr", 9_400_000, 9_400_000),
            ZReportMethodRow("card", 1_200_000, None),
            ZReportMethodRow("ewallet", 0, 2_000),
        ),
        visitors=1284,
        top_products=(
            ("Trà hoa vàng Ba Chẽ hộp 100g", Decimal(12), 5_400_000),
            ("Chả mực Hạ Long", Decimal("7.5"), 2_850_000),
        ),
        printed_local=datetime(2025, 3, 8, 21, 31),
    )


def pypdf_text(pdf: bytes) -> str:
    """pypdf reads the embedded DejaVu subset back fine (reportlab writes a ToUnicode map)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", reader.pages[0].extract_text())


def flat(text: str) -> str:
    """Wrapping and row splitting become spaces, so phrases can be searched across lines."""
    return re.sub(r"\s+", " ", text)


def pdfium_lines(pdf: bytes) -> list[str]:
    """pdfium keeps a printed row (label ... amount) on one line, which pypdf splits."""
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage().get_text_range()
    return [flat(line).strip() for line in text.splitlines() if line.strip()]


def page_size(pdf: bytes) -> tuple[float, float]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    return float(box.width), float(box.height)


def assert_margins_blank(pdf: bytes, dpi: int = 150) -> None:
    """Anything dark in the outer 1.5 mm means a row ran off the paper or into the margin."""
    image = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72).to_pil().convert("L")
    band = int(1.5 / 25.4 * dpi)
    width, height = image.size
    for box in ((0, 0, band, height), (width - band, 0, width, height)):
        darkest = image.crop(box).getextrema()[0]
        assert darkest > 200, f"ink in margin band {box}: {darkest}"
    top_bottom = int(1.0 / 25.4 * dpi)
    for box in ((0, 0, width, top_bottom), (0, height - top_bottom, width, height)):
        assert image.crop(box).getextrema()[0] > 200, f"ink at page edge {box}"


def long_name_line_count(pdf: bytes) -> int:
    lines = pdfium_lines(pdf)
    first = next(i for i, line in enumerate(lines) if line.startswith("Mật ong rừng"))
    last = next(i for i, line in enumerate(lines) if line.endswith("Quảng Ninh!"))
    return last - first + 1


def test_fonts_are_found_and_registration_is_idempotent() -> None:
    assert (resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()
    register_fonts()
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    assert pdfmetrics.getFont(FONT_REGULAR).fontName == FONT_REGULAR
    assert pdfmetrics.getFont(FONT_BOLD).fontName == FONT_BOLD


@pytest.mark.parametrize("width_mm", [80, 58])
def test_receipt_page_and_content(width_mm: int) -> None:
    data = make_receipt()
    pdf = render_receipt(data, width_mm)
    width, height = page_size(pdf)
    assert width == pytest.approx(width_mm * mm, abs=0.5)
    assert height > 100 * mm  # one long page, not an A4 sheet

    text = flat(pypdf_text(pdf))
    assert "HD-0042-000137" in text
    assert "08/03/2025 14:05" in text
    assert "Nguyễn Thị Hường" in text
    assert "1.600.000" in text
    assert format_dong(1_600_000) in text
    for line in data.lines:
        for word in line.name.split():
            assert word in text, word
    assert LONG_NAME in text  # wrapped at spaces only, never cut inside a word
    assert METHOD_LABELS["cash"] in text
    assert METHOD_LABELS["vietqr"] in text
    assert "FT25067123456" in text
    assert "ĐÃ HỦY" not in text
    assert "PHIẾU HOÀN TIỀN" not in text

    rows = pdfium_lines(pdf)
    assert f"TỔNG CỘNG {format_dong(1_600_000)}" in rows
    assert f"Tiền khách đưa {format_dong(1_100_000)}" in rows
    assert f"Tiền thừa {format_dong(100_000)}" in rows
    assert f"Đã gồm VAT {format_dong(120_370)}" in rows
    assert "1,5 kg × 380.000 570.000" in rows
    assert "2 hộp × 450.000 900.000" in rows
    assert "Giảm giá -50.000" in rows
    assert_margins_blank(pdf)


def test_58mm_is_narrower_and_wraps_long_names_more() -> None:
    wide = render_receipt(make_receipt(), 80)
    narrow = render_receipt(make_receipt(), 58)
    wide_w, wide_h = page_size(wide)
    narrow_w, narrow_h = page_size(narrow)
    assert narrow_w < wide_w
    assert long_name_line_count(narrow) > long_name_line_count(wide) >= 2
    assert narrow_h > wide_h


def test_height_grows_with_content() -> None:
    short = render_receipt(make_receipt(lines=LINES[:1]), 80)
    full = render_receipt(make_receipt(), 80)
    assert page_size(short)[1] < page_size(full)[1]


@pytest.mark.parametrize("width_mm", [80, 58])
def test_voided_receipt_has_banner(width_mm: int) -> None:
    pdf = render_receipt(make_receipt(voided=True), width_mm)
    assert "ĐÃ HỦY" in pypdf_text(pdf)
    assert_margins_blank(pdf)


@pytest.mark.parametrize("width_mm", [80, 58])
def test_refund_slip_heading(width_mm: int) -> None:
    data = make_receipt(
        sale_number="HT-0042-000003",
        refund_of="HD-0042-000120",
        payments=(ReceiptPayment("cash", 90_000),),
        lines=LINES[2:3],
        subtotal=90_000,
        discount_total=0,
        total=90_000,
        vat_included=6_667,
        cash_tendered=0,
        change=0,
    )
    pdf = render_receipt(data, width_mm)
    text = flat(pypdf_text(pdf))
    assert "PHIẾU HOÀN TIỀN – HĐ HD-0042-000120" in text
    assert "HT-0042-000003" in text
    assert "Tiền thừa" not in text
    assert f"TỔNG HOÀN TRẢ {format_dong(90_000)}" in pdfium_lines(pdf)
    assert_margins_blank(pdf)


def test_decomposed_input_is_printed_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Trà hoa vàng Ba Chẽ")
    line = replace(LINES[0], name=decomposed)
    text = pypdf_text(render_receipt(make_receipt(lines=(line,)), 80))
    assert "Trà hoa vàng Ba Chẽ" in text


def test_unknown_width_is_refused() -> None:
    with pytest.raises(ValueError):
        render_receipt(make_receipt(), 72)
    with pytest.raises(ValueError):
        render_zreport(make_zreport(), 100)


@pytest.mark.parametrize("width_mm", [80, 58])
def test_zreport_content(width_mm: int) -> None:
    pdf = render_zreport(make_zreport(), width_mm)
    width, _ = page_size(pdf)
    assert width == pytest.approx(width_mm * mm, abs=0.5)
    text = flat(pypdf_text(pdf))
    assert "BÁO CÁO CHỐT CA (Z)" in text
    assert "08/03/2025 13:00" in text and "08/03/2025 21:30" in text
    for label in ("Dự kiến", "Thực đếm", "Chênh lệch", "Thu ngân", "Quản lý", "Lượt khách"):
        assert label in text
    for row in make_zreport().methods:
        assert METHOD_LABELS[row.method] in text

    rows = pdfium_lines(pdf)
    assert "12.850.000 12.845.000 -5.000" in rows  # cash short by 5.000
    assert "9.400.000 9.400.000 0" in rows
    assert "1.200.000 — —" in rows  # card: not counted, no difference
    assert "0 2.000 +2.000" in rows  # surplus carries an explicit plus
    assert "Lượt khách 1.284" in rows
    assert f"Tiền đầu ca {format_dong(500_000)}" in rows
    assert f"Bán hàng (57 HĐ) {format_dong(23_450_000)}" in rows
    assert f"VAT 8% {format_dong(1_520_000)}" in rows
    assert "Trà hoa vàng Ba Chẽ hộp 100g" in text
    assert_margins_blank(pdf)


def test_zreport_open_shift() -> None:
    data = replace(make_zreport(), closed_local=None, closed_by=None, top_products=())
    text = flat(pypdf_text(render_zreport(data, 58)))
    assert "chưa đóng" in text
