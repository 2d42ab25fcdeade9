"""Benchmark: receipts, X-reports and label sheets rendered by one thread, then by two at once.

    .venv/bin/python bench/render_threads.py            # 200 documents per run
    .venv/bin/python bench/render_threads.py --n 600

The booth renders on QThreadPool workers, so a receipt can be built while a label batch is.
This prints documents per second for the same mix done serially and split over two threads,
and how many of the threaded ones failed or came out different from a lone render (the font
subsetting race of issue 11). Under the GIL two threads gain little (only zlib runs in
parallel); the figure that matters is that the lock around font subsetting (~1.5 ms of a
5-10 ms document, fonts.SubsettingLockTTFont) costs nothing measurable.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab import rl_config  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import Database  # noqa: E402
from app.labels import load_library, render_labels  # noqa: E402
from app.printing.receipt_pdf import render_receipt  # noqa: E402
from app.printing.zreport_pdf import render_zreport  # noqa: E402
from app.services import settings  # noqa: E402
from app.services.auth import list_staff  # noqa: E402
from app.services.cart import Cart  # noqa: E402
from app.services.catalog import lookup_code  # noqa: E402
from app.services.checkout import PaymentInput, checkout  # noqa: E402
from app.services.demo import load_demo  # noqa: E402
from app.services.label_data import all_products, label_items, load_label_settings  # noqa: E402
from app.services.sales_query import receipt_data  # noqa: E402
from app.services.shifts import open_shift, zreport_data  # noqa: E402
from app.services.till import Till  # noqa: E402

PRODUCTS = 5
Render = Callable[[], bytes]


def make_jobs(db: Database) -> list[Render]:
    """Two receipts, an X-report and a sheet of price labels from a demo booth's open shift."""
    s = settings.load(db)
    till = Till(list_staff(db, "cashier")[0], s.location_id, s.fair_id, s.device_code)
    till = till.with_shift(open_shift(db, till, 500_000).id)
    chosen = [p for p in all_products(db) if p.barcode and not p.name.isascii()][:PRODUCTS]
    products = [lookup_code(db, p.barcode) for p in chosen if p.barcode]
    receipts = []
    for i in range(2):
        cart = Cart()
        for product in products[i : i + 3]:
            cart.add(product, i + 1)
        sale = checkout(db, till, cart, [PaymentInput("cash", cart.total)])
        receipts.append(receipt_data(db, sale.id))
    zreport = zreport_data(db, till.shift_id)
    library = load_library()
    items = label_items([(p, 2) for p in chosen], load_label_settings(db))
    template, stock = library.template("price"), library.stock("a4-65")
    return [
        lambda: render_receipt(receipts[0], 80),
        lambda: render_receipt(receipts[1], 58),
        lambda: render_zreport(zreport, 80),
        lambda: render_labels(template, stock, items, today=date(2026, 11, 23)).pdf,
    ]


def run(jobs: list[Render], references: list[bytes], n: int, threads: int) -> tuple[float, int]:
    """Seconds for n documents split over `threads`, and how many failed or differed."""
    bad: list[int] = []  # one count per worker: a shared `+= 1` can lose updates
    start = threading.Barrier(threads)

    def worker(offset: int) -> None:
        failed = 0
        start.wait()
        for k in range(offset, n, threads):
            index = k % len(jobs)
            try:
                ok = jobs[index]() == references[index]
            except Exception:  # counted; the bench goes on
                ok = False
            failed += not ok
        bad.append(failed)

    pool = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    began = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.perf_counter() - began, sum(bad)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="documents per run")
    parser.add_argument("--repeat", type=int, default=5, help="runs per thread count (best kept)")
    args = parser.parse_args()
    rl_config.invariant = 1  # reproducible bytes, so a threaded render can be compared
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Paths(Path(tmp) / "data"))
        try:
            load_demo(db)
            jobs = make_jobs(db)
        finally:
            db.close()
    references = [job() for job in jobs]
    print(
        f"{args.n} documents (receipt 80, receipt 58, X-report, 10 price labels), "
        f"best of {args.repeat}, switch interval {sys.getswitchinterval() * 1000:g} ms"
    )
    for threads in (1, 2):
        best, failed = float("inf"), 0
        for _ in range(args.repeat):
            seconds, bad = run(jobs, references, args.n, threads)
            best, failed = min(best, seconds), failed + bad
        print(
            f"{threads} thread{'s' if threads > 1 else ' '}: {args.n / best:7.1f} docs/s "
            f"({best * 1000 / args.n:.2f} ms each), {failed} of {args.n * args.repeat} "
            f"failed or differed"
        )


if __name__ == "__main__":
    main()
