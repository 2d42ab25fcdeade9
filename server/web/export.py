"""A dashboard table as CSV or XLSX: the same rows, in the same order, as the page shows.

CSV is UTF-8 with a byte-order mark, so Excel opens Vietnamese names correctly; numbers are
plain integers (đồng) and times ISO 8601 in the office's zone, so a spreadsheet can sum and
sort them without guessing a locale.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from server.web.figures import BoothLine
from server.web.i18n import OFFICE_TZ, Translator

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def booth_table(lines: Sequence[BoothLine], t: Translator) -> tuple[list[str], list[list[Any]]]:
    header = [t("col.code"), t("col.booth"), t("col.district"), t("fig.sales"), t("fig.gross"),
              t("fig.refunds"), t("fig.revenue"), t("fig.visitors"), t("fig.conversion"),
              t("col.last_sync"), t("col.silent")]
    rows = []
    for b in lines:
        f = b.figures
        conv = b.conversion
        rows.append([
            b.code, b.name, b.district, f.sales_count, f.gross_sales, f.refunds, f.revenue,
            f.visitors, None if conv is None else round(conv, 4),
            b.last_sync.astimezone(OFFICE_TZ).isoformat(timespec="seconds") if b.last_sync
            else None, int(b.silent),
        ])
    return header, rows


def to_csv(header: list[str], rows: list[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else _inert(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(header: list[str], rows: list[list[Any]], title: str) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    # Excel's limits on a sheet name: 31 characters, none of \ / ? * [ ] :
    sheet.title = "".join(c for c in title if c not in "\\/?*[]:")[:31] or "Sheet"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a booth named '=...' stays text, never a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _inert(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe
    (OWASP's advice for CSV): booth names come from the office, but a table travels."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
