"""`ocop-booth labels`: price labels and QR stickers to a PDF, for batch use and scripts.

    ocop-booth --data-dir DIR labels --list
    ocop-booth --data-dir DIR labels --template price --sku TRA-HV-100,MIEN-BL-500 \\
        [--copies N] [--start-at K] [--stock a4-65] --out labels.pdf
    ocop-booth --data-dir DIR labels --template trace_qr --all --out stickers.pdf
    ocop-booth --data-dir DIR labels --template price --receipt REF --out receipt.pdf
    ocop-booth --data-dir DIR labels --template vietqr --out counter.pdf
    ocop-booth --data-dir DIR labels --template price --all --stock roll-50x30 \\
        --printer tspl+tcp://192.168.1.60:9100 [--dpi 203|300] [--gap 2]

`--printer` sends roll labels straight to a TSPL label printer as bitmaps at its dots
(app.printing.tspl): tspl+tcp://HOST:PORT, tspl+usb://VID:PID, tspl+file:///dev/usb/lp0 or
tspl+serial:///dev/ttyUSB0; `--out` may be given too, for the same labels as a PDF.

A product whose barcode has a wrong check digit is left out and named on stderr; the rest
is still written and the exit code is 1, so a script notices.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.config import paths_for

if TYPE_CHECKING:
    from app.labels import LabelItem, LabelLibrary, Skipped, Stock, Template
    from app.printing.transports import PrinterTarget


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("labels", help="print price labels / QR stickers to a PDF")
    parser.add_argument("--list", action="store_true", help="list templates and stocks")
    parser.add_argument("--template", help="template name (see --list)")
    parser.add_argument("--stock", help="stock name (default: the template's)")
    picked = parser.add_mutually_exclusive_group()
    picked.add_argument("--sku", help="comma-separated product codes")
    picked.add_argument("--all", action="store_true", help="every active product")
    picked.add_argument("--receipt", help="a stock receipt's ref id: one label per unit")
    parser.add_argument("--copies", type=int, default=1, help="labels per product (default 1)")
    parser.add_argument("--start-at", type=int, default=1,
                        help="first free position on a half-used sheet (default 1)")
    parser.add_argument("--lot", default="", help="lot number for GS1 Digital Link URLs")
    parser.add_argument("--out", help="the PDF file to write")
    parser.add_argument("--printer",
                        help="a TSPL label printer: tspl+tcp://HOST:PORT, tspl+usb://VID:PID, "
                             "tspl+file:///dev/usb/lp0 (roll stocks only)")
    parser.add_argument("--dpi", type=int, default=203, help="label printer dpi: 203 or 300")
    parser.add_argument("--gap", type=float, default=2.0,
                        help="gap between labels on the roll, mm (default 2)")
    parser.set_defaults(func=run)


def _list(data_dir: Path | None) -> int:
    from app.labels import load_library

    library = load_library(data_dir)
    print("Mẫu nhãn (--template):")
    for template in sorted(library.templates.values(), key=lambda t: t.name):
        fits = ", ".join(s.name for s in library.stocks_fitting(template))
        mine = " [tự tạo]" if template.user else ""
        print(f"  {template.name:<12} {template.title}{mine} — khổ vừa: {fits}")
    print("Khổ nhãn (--stock):")
    for stock in sorted(library.stocks.values(), key=lambda s: (s.kind, s.name)):
        mine = " [tự tạo]" if stock.user else ""
        print(f"  {stock.name:<12} {stock.title}{mine} — {stock.describe()}")
    return 0


def run(args: argparse.Namespace) -> int:
    from app.db import Database
    from app.labels import load_library, render_labels, write_pdf
    from app.services import label_data

    paths = paths_for(args.data_dir)
    if args.list:
        return _list(paths.data_dir if paths.data_dir.exists() else None)
    if not args.template or not (args.out or args.printer):
        print("Lỗi: cần --template và --out hoặc --printer (xem --list)", file=sys.stderr)
        return 2
    library = load_library(paths.data_dir)
    template = library.template(args.template)
    stock = library.stock(args.stock or template.default_stock)
    target = None
    if args.printer:
        from app.printing.tspl import check_roll, dots_per_mm, label_target

        target = label_target(args.printer)  # a wrong address or an A4 sheet: before the
        dots_per_mm(args.dpi)                # database is opened or a label is drawn
        check_roll(stock)
    db = Database(paths, lock=False)
    try:
        if template.data == "payment":
            items = [label_data.vietqr_item(db)] * args.copies
            copies = 1
        else:
            if not (args.sku or args.all or args.receipt):
                print("Lỗi: chọn sản phẩm bằng --sku, --all hoặc --receipt", file=sys.stderr)
                return 2
            settings = label_data.load_label_settings(db)
            if args.receipt:
                pairs = label_data.received_units(db, ref_id=args.receipt)
            elif args.all:
                pairs = [(p, 1) for p in label_data.all_products(db)]
            else:
                pairs = [(p, 1) for p in label_data.products_by_sku(db, args.sku.split(","))]
            items = label_data.label_items(pairs, settings, args.lot)
            copies = args.copies
    finally:
        db.close()
    skipped = ()
    if target is not None:
        skipped = _print_tspl(args, target, template, stock, items, copies, library)
    if args.out:
        result = render_labels(template, stock, items, today=date.today(), copies=copies,
                               start_at=args.start_at, library=library)
        write_pdf(Path(args.out), result.pdf)
        print(f"{args.out}: {result.labels} nhãn, {result.pages} trang ({template.title}, "
              f"{stock.title})")
        skipped = result.skipped
    for left_out in skipped:
        print(f"Bỏ qua: {left_out.message}", file=sys.stderr)
    return 1 if skipped else 0


def _print_tspl(args: argparse.Namespace, target: PrinterTarget, template: Template,
                stock: Stock, items: list[LabelItem], copies: int,
                library: LabelLibrary) -> tuple[Skipped, ...]:
    """Render for the label printer's dots and send; a printer that fails is one line."""
    from app.printing.tspl import build_job, send_job

    job = build_job(template, stock, items, today=date.today(), copies=copies, dpi=args.dpi,
                    gap_mm=args.gap, library=library)
    started = time.perf_counter()
    send_job(target, job.data)
    print(f"Đã in {job.labels} nhãn ra {target.uri}: {len(job.data):,} byte "
          f"({job.bitmaps} ảnh {job.dpi} dpi, dựng {job.render_ms:.0f} ms, gửi "
          f"{(time.perf_counter() - started) * 1000:.0f} ms; {template.title}, {stock.title})")
    return job.skipped
