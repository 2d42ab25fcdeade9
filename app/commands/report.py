"""`ocop-booth report`: the Reports page's figures from the command line.

    ocop-booth report --from 2026-11-01 --to 2026-11-30 --by product --out thang-11.xlsx
    ocop-booth report --period today --by hour              (a table on the terminal)

The same service as the page (app.services.reporting), so a script, the manager's scheduled
export and the screen never disagree. The format follows --format, else the file's suffix.
Works while the app is running (it only reads). A bad date, --from after --to, a period with
nothing in it or a file that cannot be written is one line ("Lỗi: ..."), exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import paths_for
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError

BY = ("day", "hour", "product", "producer", "category", "payment")
PERIODS = ("today", "shift", "fair", "month")

if TYPE_CHECKING:
    from app.services.reporting import Report


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help="sales report for a period (CSV, XLSX, PDF)")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (included)")
    parser.add_argument("--period", choices=PERIODS, help="instead of --from/--to")
    parser.add_argument("--by", choices=BY, default="day", help="grouping (default: day)")
    parser.add_argument("--format", choices=("csv", "xlsx", "pdf"),
                        help="default: from the --out file's suffix")
    parser.add_argument("--out", type=Path, help="file to write; without it, a table is printed")
    parser.set_defaults(func=run)


def _day(text: str | None, flag: str) -> date:
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Thiếu {flag} YYYY-MM-DD (hoặc dùng --period)"), flag=flag)
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{flag} “{value}” không phải ngày hợp lệ: cần dạng "
                                        "YYYY-MM-DD, ví dụ 2026-11-23"),
            flag=flag, value=text) from None


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.services.reporting import build_report, resolve_period
    from app.services.reporting.export import export_report

    if args.period and (args.start or args.end):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Dùng --period hoặc --from/--to, "
                                                          "không dùng cả hai"))
    if args.format and args.format != "csv" and args.out is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Định dạng {fmt} cần --out FILE"),
                              fmt=args.format)
    days = None if args.period else (_day(args.start, "--from"), _day(args.end, "--to"))
    paths = paths_for(args.data_dir)
    if not paths.database.exists():
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không có dữ liệu bán hàng ở {path}"),
                            path=str(paths.data_dir))
    db = Database(paths, lock=False)
    try:
        period = (resolve_period(db, args.period) if args.period
                  else resolve_period(db, "custom", *days))  # type: ignore[misc]
        report = build_report(db, period, [args.by])
    finally:
        db.close()
    if report.empty:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Kỳ {period} không có hóa đơn, hoàn trả hay lượt khách "
                                        "nào: không có gì để báo cáo"),
            period=period.text())
    if args.out is None:
        if args.format == "csv":
            from app.services.reporting.export import csv_text

            sys.stdout.write(csv_text(report, args.by))
        else:
            print(text_table(report, args.by))
        return 0
    try:
        fmt = export_report(report, args.out, args.format, args.by)
    except OSError as exc:
        print(f"Lỗi: không ghi được {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    from app.services.money import format_dong

    print(f"Đã xuất báo cáo {period.text()} ({fmt}, theo {args.by}) ra {args.out}: "
          f"doanh thu {format_dong(report.current.revenue)}")
    return 0


def text_table(report: Report, by: str) -> str:
    """The header lines, the headline figures and the grouping as aligned text columns."""
    from app.services.reporting.columns import (
        CHANGE,
        COLUMNS,
        FIGURE,
        PERCENT,
        PREVIOUS_PERIOD,
        TEXT,
        THIS_PERIOD,
        cell_text,
        header_lines,
        summary_rows,
        table,
    )

    lines = header_lines(report)
    lines.append(f"  {FIGURE:<30}{THIS_PERIOD:>16}{PREVIOUS_PERIOD:>16}{CHANGE:>12}")
    for header, kind, now, before, change in summary_rows(report):
        lines.append(f"  {header:<30}{cell_text(kind, now):>16}{cell_text(kind, before):>16}"
                     f"{cell_text(PERCENT, change):>12}")
    columns = COLUMNS[by]
    grid = [[c.header for c in columns]] + [
        [cell_text(c.kind, v) for c, v in zip(columns, values, strict=True)]
        for values in table(report.groupings[by])
    ]
    widths = [min(40, max(len(row[i]) for row in grid)) for i in range(len(columns))]
    lines.append("")
    for row in grid:
        lines.append("  ".join(
            cell[:w].ljust(w) if c.kind == TEXT else cell.rjust(w)
            for c, cell, w in zip(columns, row, widths, strict=True)))
    return "\n".join(lines)
