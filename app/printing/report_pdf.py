"""A sales report as an A4 PDF: the headline figures, then a table per grouping.

For the manager's folder and the provincial office, who read it without the app: the booth,
the period and the one it is compared with head the first page, every table repeats its
header on a new page, and the rules (voids left out, refunds counted when made) close the
document, so a figure on paper is never read another way than on screen. Landscape, because a
day's row has ten columns; DejaVu fonts, because Helvetica has no "ư", "ộ" or "₫".
"""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.printing.fonts import (
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    FONT_REGULAR,
    register_fonts,
)
from app.services.reporting.columns import (
    CHANGE,
    COLUMNS,
    CONTEXT,
    FIGURE,
    PERCENT,
    PREVIOUS_PERIOD,
    SUMMARY_TITLE,
    TEXT,
    THIS_PERIOD,
    Translate,
    as_is,
    cell_text,
    header_lines,
    summary_rows,
    table,
)
from app.services.reporting.export import NOTES_TITLE
from app.services.reporting.figures import GROUPING_TITLES, Report

WIDTH_MM = 273  # landscape A4 less two 12 mm margins
GRID = TableStyle([
    ("FONT", (0, 0), (-1, -1), FONT_CONDENSED, 8.5),
    ("FONT", (0, 0), (-1, 0), FONT_CONDENSED_BOLD, 8.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8efe6")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
])


def _styled(rows: list[list[Any]], widths: list[float], numeric: list[bool],
            total: bool) -> Table:
    out = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    style = TableStyle(GRID.getCommands())
    for col, right in enumerate(numeric):
        if right:
            style.add("ALIGN", (col, 1), (col, -1), "RIGHT")
    if total:
        style.add("FONT", (0, -1), (-1, -1), FONT_CONDENSED_BOLD, 8.5)
    out.setStyle(style)
    return out


def _widths(kinds: list[str]) -> list[float]:
    """Numbers get 24 mm each; text columns share the rest, the name the most (a product's
    code, name and unit: 1.3 : 4 : 0.7; a producer's code and name: 1 : 4)."""
    texts = [i for i, k in enumerate(kinds) if k == TEXT]
    weights = {3: [1.3, 4, 0.7], 2: [1, 4]}.get(len(texts), [1] * len(texts))
    share = dict(zip(texts, weights, strict=False))
    spare = WIDTH_MM - 24 * (len(kinds) - len(texts))
    unit = spare / sum(share.values()) if share else 0
    return [unit * share[i] if i in share else 24 for i in range(len(kinds))]


def render_report_pdf(report: Report, translate: Translate = as_is) -> bytes:
    register_fonts()
    buffer = BytesIO()
    lines = header_lines(report, translate)
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=12 * mm, bottomMargin=12 * mm, title=f"{lines[1]} {report.period.text()}",
        author=report.shop_name,
    )
    normal = ParagraphStyle("n", fontName=FONT_REGULAR, fontSize=10, leading=13)
    title = ParagraphStyle("t", parent=normal, fontName=FONT_BOLD, fontSize=15, leading=19,
                           alignment=TA_CENTER)
    heading = ParagraphStyle("h", parent=normal, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=5 * mm, spaceAfter=2 * mm)
    cell = ParagraphStyle("c", fontName=FONT_CONDENSED, fontSize=8.5, leading=10.5)
    story: list[Flowable] = [
        Paragraph(escape(lines[0]), normal), Spacer(1, 3 * mm), Paragraph(lines[1], title),
        *(Paragraph(line, ParagraphStyle("m", parent=normal, alignment=TA_CENTER))
          for line in lines[2:]),
        Paragraph(translate(CONTEXT, SUMMARY_TITLE), heading),
    ]
    rows: list[list[Any]] = [[translate(CONTEXT, h) for h in (FIGURE, THIS_PERIOD,
                                                              PREVIOUS_PERIOD, CHANGE)]]
    for header, kind, now, before, change in summary_rows(report):
        rows.append([translate(CONTEXT, header), cell_text(kind, now), cell_text(kind, before),
                     cell_text(PERCENT, change)])
    story.append(_styled(rows, [90, 40, 40, 30], [False, True, True, True], total=False))
    for by, grouping in report.groupings.items():
        columns = COLUMNS[by]
        kinds = [c.kind for c in columns]
        story.append(Paragraph(translate(CONTEXT, GROUPING_TITLES[by]), heading))
        head = [Paragraph(translate(CONTEXT, c.header), cell) for c in columns]
        body = [[Paragraph(escape(str(v)), cell) if k == TEXT and v else cell_text(k, v)
                 for k, v in zip(kinds, values, strict=True)]
                for values in table(grouping, translate)]
        story.append(_styled([head, *body], _widths(kinds), [k != TEXT for k in kinds],
                             total=True))
    story.append(Paragraph(translate(CONTEXT, NOTES_TITLE), heading))
    small = ParagraphStyle("s", parent=normal, fontSize=8.5, leading=11)
    story += [Paragraph(f"• {translate(CONTEXT, note)}", small) for note in report.notes]
    doc.build(story)
    return buffer.getvalue()
