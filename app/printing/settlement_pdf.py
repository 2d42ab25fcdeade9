"""The consignment settlement sheet (biên bản quyết toán hàng ký gửi) as an A4 PDF.

Signed by the sale point's manager and the producer, often a household without a computer, so
every figure the amount rests on is on the paper: per product the opening stock, what came in,
what sold, what went back, the adjustments and what is left, then the amount owed in words-free
digits with the đồng sign. DejaVu fonts, because Helvetica has no "ư", "ộ" or "₫".
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.printing.fonts import (
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    FONT_REGULAR,
    register_fonts,
)
from app.services.money import format_dong, format_quantity
from app.services.settlement import Settlement

HEADERS = (
    "Mã", "Sản phẩm", "ĐVT", "Giá thỏa thuận", "Tồn đầu", "Nhận", "Bán", "Trả lại",
    "Điều chỉnh", "Khác", "Tồn cuối", "Thành tiền",
)


def _q(value: Decimal) -> str:
    return format_quantity(value) if value else "0"


def render_settlement_pdf(settlement: Settlement, printed: datetime | None = None) -> bytes:
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=12 * mm, bottomMargin=12 * mm,
        title=f"Quyết toán ký gửi {settlement.producer_name}", author=settlement.shop_name,
    )
    normal = ParagraphStyle("n", fontName=FONT_REGULAR, fontSize=10, leading=13)
    cell = ParagraphStyle("c", fontName=FONT_CONDENSED, fontSize=8.5, leading=10.5)
    title = ParagraphStyle("t", parent=normal, fontName=FONT_BOLD, fontSize=15, leading=19,
                           alignment=TA_CENTER)
    centered = ParagraphStyle("m", parent=normal, alignment=TA_CENTER)
    period = f"{settlement.start:%d/%m/%Y} – {settlement.end:%d/%m/%Y}"
    story = [
        Paragraph(settlement.shop_name, normal),
        Spacer(1, 4 * mm),
        Paragraph("BIÊN BẢN QUYẾT TOÁN HÀNG KÝ GỬI", title),
        Paragraph(f"Kỳ quyết toán: {period} (giờ {settlement.timezone})", centered),
        Spacer(1, 4 * mm),
        Paragraph(f"Chủ thể: <b>{settlement.producer_name}</b> (mã {settlement.producer_code})"
                  + (f" – {settlement.producer_locality}" if settlement.producer_locality else ""),
                  normal),
        Spacer(1, 3 * mm),
    ]
    head = ParagraphStyle("h", fontName=FONT_CONDENSED_BOLD, fontSize=8, leading=9.5,
                          alignment=TA_CENTER)
    rows: list[list[object]] = [[Paragraph(h, head) for h in HEADERS]]
    for line in settlement.lines:
        rows.append([
            Paragraph(line.sku, cell), Paragraph(line.name, cell), line.unit,
            format_dong(line.unit_cost, symbol=False), _q(line.opening), _q(line.received),
            _q(line.sold), _q(line.returned), _q(line.adjusted), _q(line.other),
            _q(line.closing), format_dong(line.amount_owed, symbol=False),
        ])
    rows.append(["", "Cộng", "", "", "", _q(settlement.received), _q(settlement.sold),
                 _q(settlement.returned), "", "", _q(settlement.closing),
                 format_dong(settlement.amount_owed, symbol=False)])
    # Landscape A4 less 2 × 12 mm margins leaves 273 mm; the columns fill exactly that.
    widths = [24, 70, 13, 22, 16, 16, 16, 16, 18, 16, 18, 28]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT_CONDENSED, 8.5),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8efe6")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story += [
        table,
        Spacer(1, 5 * mm),
        Paragraph(f"Doanh thu bán các sản phẩm trên (đã trừ hoàn tiền): "
                  f"{format_dong(settlement.sales_amount)}", normal),
        Paragraph(f"<b>Số tiền phải trả chủ thể: {format_dong(settlement.amount_owed)}</b>",
                  ParagraphStyle("b", parent=normal, fontSize=12, leading=16)),
        Paragraph("Bán = số lượng bán trong kỳ trừ số lượng khách trả lại; hóa đơn đã hủy "
                  "không tính. Thành tiền = Bán × giá thỏa thuận.",
                  ParagraphStyle("s", parent=normal, fontSize=8, leading=10)),
        Spacer(1, 10 * mm),
    ]
    signatures = Table(
        [["ĐẠI DIỆN ĐIỂM BÁN", "ĐẠI DIỆN CHỦ THỂ"], ["(ký, ghi rõ họ tên)", "(ký, ghi rõ họ tên)"]],
        colWidths=[120 * mm, 120 * mm],
    )
    signatures.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
        ("FONT", (0, 1), (-1, 1), FONT_REGULAR, 8),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    story.append(signatures)
    when = printed or datetime.now()
    story += [Spacer(1, 25 * mm), Paragraph(f"In lúc {when:%d/%m/%Y %H:%M}",
                                            ParagraphStyle("f", parent=normal, fontSize=7))]
    doc.build(story)
    return buffer.getvalue()
