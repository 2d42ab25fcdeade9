"""Label printer figures: bytes and render time per label for a TSPL printer, beside the PDF.

    .venv/bin/python bench/label_printer.py [--n 200] [--repeat 3]

`--n` distinct labels (bench/catalog_gen.py products, as bench/labels.py: a Vietnamese name,
producer, stars, price, an in-store EAN-13 and a traceability URL) on each roll stock, in the
same run: the PDF the `labels` command writes (render_labels, the baseline) and the TSPL job
(app.printing.tspl.build_job: the same PDF without the codes, rasterised by pdfium at the
printer's dots, codes painted in whole dots, BITMAP bands). The job is then sent to a TCP
listener on 127.0.0.1 and read back with tests/unit/tspl_reader.py, and every code is decoded
with zxing-cpp. Prints medians per label.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import zxingcpp  # noqa: E402
from labels import make_items  # noqa: E402

from app.labels import load_library, render_labels  # noqa: E402
from app.printing import tspl  # noqa: E402
from tests.unit.tspl_reader import parse  # noqa: E402

TODAY = date(2026, 11, 23)
CASES = [("price", "roll-50x30", 203), ("price", "roll-40x30", 203),
         ("trace_qr", "roll-35x22", 203), ("price", "roll-50x30", 300)]


def listener() -> tuple[socket.socket, list[bytes]]:
    server = socket.create_server(("127.0.0.1", 0))
    jobs: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                data = bytearray()
                while chunk := conn.recv(65536):
                    data += chunk
                jobs.append(bytes(data))

    threading.Thread(target=serve, daemon=True).start()
    return server, jobs


def decoded(data: bytes, dpi: int, items: list, template: str) -> tuple[int, int]:
    found = wanted = 0
    for label, item in zip(parse(data, tspl.DOTS_PER_MM[dpi]).labels, items, strict=True):
        # At the printer's own dots; zxing's downscaled retry once read a 300 dpi EAN
        # upside down as another valid number, beside the right reading.
        codes = {str(r.format): r.text
                 for r in zxingcpp.read_barcodes(label.image, try_downscale=False)}
        expected = {"QR Code": item.trace_url}
        if template != "trace_qr":
            expected["EAN-13"] = item.barcode
        wanted += len(expected)
        found += sum(codes.get(k) == v for k, v in expected.items())
    return found, wanted


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    library = load_library()
    items = make_items(args.n)
    server, jobs = listener()
    port = server.getsockname()[1]
    print(f"{args.n} distinct labels a case, median of {args.repeat} runs, per label:")
    print("| template | stock | dpi | PDF ms | PDF bytes | TSPL ms | TSPL bytes | "
          "full bitmap bytes | send ms | codes decoded |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for template_name, stock_name, dpi in CASES:
        template, stock = library.template(template_name), library.stock(stock_name)
        render_labels(template, stock, items[:5], today=TODAY, library=library)  # fonts, caches
        pdf_ms, tspl_ms, send_ms = [], [], []
        pdf = b""
        job = None
        for _ in range(args.repeat):
            started = time.perf_counter()
            pdf = render_labels(template, stock, items, today=TODAY, library=library).pdf
            pdf_ms.append((time.perf_counter() - started) * 1000 / args.n)
            started = time.perf_counter()
            job = tspl.build_job(template, stock, items, today=TODAY, dpi=dpi, library=library)
            tspl_ms.append((time.perf_counter() - started) * 1000 / args.n)
            started = time.perf_counter()
            tspl.send_job(tspl.label_target(f"tspl+tcp://127.0.0.1:{port}"), job.data)
            send_ms.append((time.perf_counter() - started) * 1000 / args.n)
        assert job is not None
        deadline = time.monotonic() + 5
        while len(jobs) < args.repeat and time.monotonic() < deadline:
            time.sleep(0.05)
        found, wanted = decoded(jobs[-1], dpi, items, template_name)
        jobs.clear()
        per_mm = tspl.DOTS_PER_MM[dpi]
        full = -(-round(stock.label[0] * per_mm) // 8) * round(stock.label[1] * per_mm)
        print(f"| {template_name} | {stock_name} | {dpi} | {statistics.median(pdf_ms):.2f} | "
              f"{len(pdf) / args.n:,.0f} | {statistics.median(tspl_ms):.2f} | "
              f"{len(job.data) / args.n:,.0f} | {full:,} | {statistics.median(send_ms):.2f} | "
              f"{found:,} / {wanted:,} |")
    server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
