"""Receipt printer figures: render time and bytes per receipt, at 80 and 58 mm.

    .venv/bin/python bench/receipt_printer.py

A receipt of 4 lines (one with a 120-character name) paid by cash and VietQR, as in
tests/unit/test_receipt_pdf.py: laid out once (RollLayout), rasterised at the print head's width,
encoded as ESC/POS, and sent to a TCP listener on 127.0.0.1 (a network printer that reads as fast
as the loopback allows, so the send time is the stack's, not a printer's). Prints medians.
"""

from __future__ import annotations

import socket
import statistics
import sys
import threading
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.printing import escpos  # noqa: E402
from app.printing.documents import ReceiptData, ReceiptLine, ReceiptPayment  # noqa: E402
from app.printing.raster import rasterize  # noqa: E402
from app.printing.receipt_pdf import receipt_layout, render_receipt  # noqa: E402
from app.printing.transports import parse_uri, send  # noqa: E402
from app.services.vietqr import build_payload  # noqa: E402

RUNS = 30


def receipt() -> ReceiptData:
    name = ("Mật ong rừng nguyên chất Bình Liêu thu hoạch vụ xuân đóng chai thủy tinh 500ml "
            "quà biếu cao cấp OCOP bốn sao Quảng Ninh!")
    return ReceiptData(
        shop_name="Gian hàng OCOP Quảng Ninh", location_name="Điểm bán Bãi Cháy",
        fair_name="Hội chợ OCOP Quảng Ninh – Xuân 2025",
        address="Số 1 đường Hạ Long, phường Bãi Cháy, TP Hạ Long", sale_number="BL03-000137",
        created_local=datetime(2025, 3, 8, 14, 5), staff_name="Nguyễn Thị Hường",
        lines=(
            ReceiptLine("Miến dong Bình Liêu 500g", Decimal(4), "gói", 60_000, 0, 240_000, 8),
            ReceiptLine("Trà hoa vàng Ba Chẽ hộp 100g", Decimal(2), "hộp", 450_000, 50_000,
                        850_000, 8),
            ReceiptLine("Chả mực Hạ Long", Decimal("1.5"), "kg", 380_000, 0, 570_000, 8),
            ReceiptLine(name, Decimal(1), "chai", 40_000, 0, 40_000, 10),
        ),
        subtotal=1_700_000, discount_total=100_000, total=1_600_000, vat_included=120_370,
        payments=(ReceiptPayment("cash", 1_000_000), ReceiptPayment("vietqr", 600_000)),
        cash_tendered=1_100_000, change=100_000,
        vietqr_payloads=(build_payload("970436", "1023456789", 600_000, "BL03-000137"),),
    )


def median_ms(work, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def listener() -> tuple[socket.socket, int]:
    server = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                while conn.recv(65536):
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return server, server.getsockname()[1]


def main() -> None:
    data = receipt()
    started = time.perf_counter()
    rasterize(receipt_layout(data, 80))
    print(f"first receipt (fonts load): {(time.perf_counter() - started) * 1000:.0f} ms")
    server, port = listener()
    target = parse_uri(f"tcp://127.0.0.1:{port}")
    print("width  dots  rows   layout  raster  encode  total   bytes   raw rows  pdf")
    for width in (80, 58):
        layout = receipt_layout(data, width)
        image = rasterize(layout).image
        job = escpos.job(image, open_drawer=True)
        t_layout = median_ms(lambda w=width: receipt_layout(data, w))
        t_raster = median_ms(lambda lay=layout: rasterize(lay))
        t_encode = median_ms(lambda im=image: escpos.job(im, open_drawer=True))
        t_send = median_ms(lambda j=job: send(target, j), runs=10)
        raw = image.width // 8 * image.height
        pdf = len(render_receipt(data, width))
        print(f"{width} mm  {image.width:4d}  {image.height:4d}  {t_layout:6.1f}  {t_raster:6.1f}"
              f"  {t_encode:6.1f}  {t_layout + t_raster + t_encode:6.1f}  {len(job):6,d}"
              f"  {raw:8,d}  {pdf:,d}   (loopback send {t_send:.1f} ms)")
    server.close()
    print(f"medians of {RUNS} runs (send: 10), ms; bytes = the ESC/POS job with drawer pulse")


if __name__ == "__main__":
    main()
