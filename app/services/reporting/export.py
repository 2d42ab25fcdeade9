"""A report as a file: XLSX (a sheet per grouping), CSV (one grouping) or PDF.

XLSX is for the manager and the provincial office: real numbers and dates with formats
(1.600.000 ₫ in a Vietnamese Excel, 12,5 %, 23/11/2026), the booth and the period above every
table, the headline figures and the rules on the first sheet. CSV is for scripts, like the
settlement's: plain numbers (dates ISO, quantities with a dot), a UTF-8 BOM so Excel on
Windows reads the diacritics, and the same lines above the table. Headers are in the user's
language through `translate` (the command line prints the Vietnamese source).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.reporting.columns import (
    CHANGE,
    COLUMNS,
    CONTEXT,
    COUNT,
    DATE,
    FIGURE,
    MONEY,
    PERCENT,
    PREVIOUS_PERIOD,
    QUANTITY,
    RATIO,
    SUMMARY_TITLE,
    THIS_PERIOD,
    Translate,
    as_is,
    header_lines,
    summary_rows,
    table,
)
from app.services.reporting.figures import GROUPING_TITLES, Report

FORMATS = ("csv", "xlsx", "pdf")
NUMBER_FORMATS = {
    MONEY: '#,##0 "₫";-#,##0 "₫"',
    COUNT: "#,##0",
    PERCENT: "+0.0%;-0.0%;0.0%",
    RATIO: "0.0",
    DATE: "dd/mm/yyyy",
}
NOTES_TITLE = QT_TRANSLATE_NOOP("reports", "Cách tính")


def _csv_value(kind: str, value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize() if kind == QUANTITY else value, "f")
    return value


def write_csv(report: Report, target: Path | TextIO, by: str,
              translate: Translate = as_is) -> None:
    """One grouping's table under the report's header lines; `target` a path or a stream."""
    grouping = report.groupings.get(by)
    if grouping is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Báo cáo không có cách nhóm “{by}”"),
                              by=by)
    columns = COLUMNS[by]

    def write(stream: TextIO) -> None:
        out = csv.writer(stream, lineterminator="\r\n")
        for line in header_lines(report, translate):
            out.writerow([line])
        out.writerow([translate(CONTEXT, GROUPING_TITLES[by])])
        out.writerow([])
        out.writerow([translate(CONTEXT, c.header) for c in columns])
        for values in table(grouping, translate):
            out.writerow([_csv_value(c.kind, v) for c, v in zip(columns, values, strict=True)])

    if isinstance(target, Path):
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            write(f)
    else:
        write(target)


def _xlsx_value(kind: str, value: Any) -> Any:
    if kind == PERCENT and value is not None:
        return float(value) / 100  # Excel's percent format multiplies by 100
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    return value


def _number_format(kind: str, value: Any) -> str | None:
    if kind == QUANTITY:
        return "#,##0" if value == int(value or 0) else "#,##0.0##"
    return NUMBER_FORMATS.get(kind)


def write_xlsx(report: Report, path: Path, translate: Translate = as_is) -> None:
    """The summary sheet, then one sheet per grouping in the report."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EFE6")
    book = Workbook()
    sheets: list[tuple[str, list[tuple[str, str]], list[list[Any]], list[str]]] = [(
        translate(CONTEXT, SUMMARY_TITLE),
        [(translate(CONTEXT, h), k) for h, k in ((FIGURE, "text"), (THIS_PERIOD, ""),
                                                 (PREVIOUS_PERIOD, ""), (CHANGE, PERCENT))],
        [[translate(CONTEXT, header), (kind, now), (kind, before), change]
         for header, kind, now, before, change in summary_rows(report)],
        ["", translate(CONTEXT, NOTES_TITLE), *(translate(CONTEXT, n) for n in report.notes)],
    )]
    for by, grouping in report.groupings.items():
        columns = COLUMNS[by]
        sheets.append((translate(CONTEXT, GROUPING_TITLES[by]),
                       [(translate(CONTEXT, c.header), c.kind) for c in columns],
                       table(grouping, translate), []))
    head = header_lines(report, translate)
    for index, (title, columns_, rows, notes) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title[:31]
        for n, line in enumerate(head, start=1):
            sheet.cell(n, 1, line).font = Font(bold=n <= 2, size=13 if n == 1 else 11)
        first = len(head) + 2
        for col, (header, _kind) in enumerate(columns_, start=1):
            cell = sheet.cell(first, col, header)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r, values in enumerate(rows, start=first + 1):
            for col, ((_header, kind), value) in enumerate(zip(columns_, values, strict=True),
                                                           start=1):
                if isinstance(value, tuple):  # summary: each figure has its own kind
                    kind, value = value
                cell = sheet.cell(r, col, _xlsx_value(kind, value))
                number_format = _number_format(kind, value)
                if number_format and value is not None and not isinstance(value, str):
                    cell.number_format = number_format
                if index and r == first + len(rows):
                    cell.font = bold  # the totals row
        for n, line in enumerate(notes, start=first + len(rows) + 1):
            if line:
                sheet.cell(n, 1, line).font = bold if n == first + len(rows) + 2 else Font()
        for col, (_header, kind) in enumerate(columns_, start=1):
            sheet.column_dimensions[get_column_letter(col)].width = (
                38 if kind == "text" and col <= 2 else 16)
        sheet.freeze_panes = sheet.cell(first + 1, 1)
    book.save(path)


def export_report(report: Report, path: Path, fmt: str | None = None, by: str | None = None,
                  translate: Translate = as_is) -> str:
    """Write the report in `fmt` (default: from the file's suffix); returns the format used.
    CSV holds one grouping: `by`, or the report's only one."""
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Định dạng “{fmt}” không được hỗ trợ: chọn csv, xlsx "
                                        "hoặc pdf"), fmt=fmt)
    if fmt == "csv":
        write_csv(report, path, by or next(iter(report.groupings), ""), translate)
    elif fmt == "xlsx":
        write_xlsx(report, path, translate)
    else:
        from app.printing.report_pdf import render_report_pdf

        path.write_bytes(render_report_pdf(report, translate))
    return fmt


def csv_text(report: Report, by: str) -> str:
    """The CSV as text, for the command line's standard output."""
    buffer = io.StringIO()
    write_csv(report, buffer, by)
    return buffer.getvalue()
