"""Reading and writing catalog files: CSV (UTF-8, BOM or not) and XLSX, fixed columns.

Kept apart from the import rules so the rules see only (row number, {column: value}) and never
care which kind of file a row came from. Row numbers are the ones a spreadsheet shows: the
header is row 1, the first product row 2, so "dòng 812" is where the user will look.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.services.catalog_rules import COLUMNS
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.legacy_encoding import decode_utf8, legacy_error, legacy_in_text

SUPPORTED = (".csv", ".xlsx")


@dataclass(frozen=True)
class Table:
    rows: list[tuple[int, dict[str, Any]]]  # (spreadsheet row number, cells by column)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tệp {file}: chỉ nhận tệp .csv hoặc .xlsx"), file=path.name
        )
    return suffix


def _check_header(path: Path, header: Sequence[Any]) -> list[str]:
    names = ["" if h is None else str(h).strip().lstrip("\ufeff").lower() for h in header]
    while names and not names[-1]:
        names.pop()
    missing = [c for c in COLUMNS if c not in names]
    extra = [n or "(trống)" for n in names if n not in COLUMNS]
    dupes = sorted({n for n in names if names.count(n) > 1 and n in COLUMNS})
    if missing or extra or dupes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Tệp {file}: dòng tiêu đề phải có đúng các cột {columns}. Thiếu: {missing}; "
                "thừa: {extra}; trùng: {dupes}",
            ),
            file=path.name,
            columns=", ".join(COLUMNS),
            missing=", ".join(missing) or "—",
            extra=", ".join(extra) or "—",
            dupes=", ".join(dupes) or "—",
        )
    return names


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(path: Path, records: Iterable[Sequence[Any]]) -> Table:
    iterator = iter(records)
    header = next(iterator, None)
    if header is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Tệp {file} trống"), file=path.name)
    names = _check_header(path, header)
    rows = []
    for number, record in enumerate(iterator, start=2):
        if all(_blank(v) for v in record):
            continue
        cells = {name: (record[i] if i < len(record) else None) for i, name in enumerate(names)}
        rows.append((number, cells))
    return Table(rows)


def read_table(path: Path) -> Table:
    """Rows of a catalog file; a ValidationError names a legacy encoding or a wrong header."""
    path = Path(path)
    if _kind(path) == ".csv":
        text = decode_utf8(path.read_bytes(), path.name)
        first = text.split("\n", 1)[0]
        delimiter = ";" if first.count(";") > first.count(",") else ","
        return _rows(path, csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    return _rows(path, _xlsx_records(path))


def _xlsx_records(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Tệp {file} không đọc được như một bảng tính XLSX: {detail}"),
            file=path.name,
            detail=str(exc),
        ) from None
    try:
        records = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    # Cells typed in a .VnTime or VNI-Times font hold the legacy bytes as Latin-1 letters.
    text = "\n".join(v for r in records for v in r if isinstance(v, str))
    found = legacy_in_text(text)
    if found is not None:
        raise legacy_error(path.name, found)
    return records


# ------------------------------------------------------------------------------- writing


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_table(path: Path, records: Iterable[Sequence[Any]]) -> int:
    """Write COLUMNS then the records; CSV gets a BOM so Excel on Windows reads it as UTF-8."""
    path = Path(path)
    kind = _kind(path)
    count = 0
    if kind == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            for record in records:
                writer.writerow([_csv_cell(v) for v in record])
                count += 1
        return count
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("catalog")
    sheet.append(list(COLUMNS))
    for record in records:
        row = []
        for v in record:
            if isinstance(v, date) and not isinstance(v, datetime):
                v = datetime(v.year, v.month, v.day)
            row.append(v)
        sheet.append(row)
        count += 1
    book.save(path)
    return count
