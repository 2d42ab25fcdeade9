"""`ocop-booth import-catalog FILE [--all-or-nothing]` and `ocop-booth export-catalog FILE`.

import-catalog prints every bad row (row, column, reason) and exits 1 if there was any, even
when the valid rows were imported, so a script notices; with --all-or-nothing nothing is
written when any row is bad. Warnings (a good row imported with a value not taken as written,
e.g. a producer's commune that differs from an earlier row's) are printed too, but a file with
only warnings was imported whole, so the exit status is 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.config import paths_for


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = subparsers.add_parser("import-catalog", help="import products from a CSV or XLSX file")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--all-or-nothing", action="store_true", help="write nothing if any row is bad"
    )
    imp.set_defaults(func=run_import)
    exp = subparsers.add_parser("export-catalog", help="export products to a CSV or XLSX file")
    exp.add_argument("file", type=Path)
    exp.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.services.catalog_io import commit_import, preview_import

    db = Database(paths_for(args.data_dir))
    try:
        preview = preview_import(db, args.file)
        for issue in sorted((*preview.errors, *preview.warnings), key=lambda i: i.row):
            print(issue.text, file=sys.stderr)
        result = None
        if not (args.all_or_nothing and preview.errors):
            result = commit_import(db, preview, args.all_or_nothing)
    finally:
        db.close()
    bad = len(preview.bad_rows)
    if result is None:
        print(f"{bad} dòng lỗi trong {preview.rows_read} dòng: không nhập dòng nào.")
        return 1
    print(
        f"{preview.file}: {preview.rows_read} dòng; thêm {result.created}, cập nhật "
        f"{result.updated}, không đổi {result.unchanged} sản phẩm; thêm "
        f"{result.producers_created} chủ thể; {len(result.skipped_rows)} dòng lỗi bị bỏ qua; "
        f"{len(preview.warnings)} cảnh báo ở {len(preview.warned_rows)} dòng (vẫn nhập)."
    )
    return 1 if result.skipped_rows else 0


def run_export(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.services.catalog_io import export_catalog

    db = Database(paths_for(args.data_dir), lock=False)
    try:
        count = export_catalog(db, args.file)
    finally:
        db.close()
    print(f"Đã xuất {count} sản phẩm ra {args.file}")
    return 0
