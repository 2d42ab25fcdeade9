"""Receipts, Z-reports and labels rendered from several threads at once stay valid (issue 11).

The app renders receipts and label batches on QThreadPool workers, so two documents can be
built at the same moment with the same registered reportlab TTFont objects. Every job below is
first rendered alone and that reference is read back (pypdf and pypdfium2: pages, Vietnamese
text). Then THREADS threads render the same jobs over and over, and every PDF must be
byte-identical to its reference. That is stricter than re-parsing each copy: a subset that
embeds the wrong glyph outlines still extracts the right text (extraction goes through the
ToUnicode map, not the glyphs), yet prints the wrong letters on the paper.

rl_config.invariant fixes the timestamp and file ID, so the label PDFs (which do not ask for
an invariant canvas themselves) are reproducible byte for byte as well.
sys.setswitchinterval(1e-6) makes the threads swap every few bytecodes, so a window of unsafe
shared state shows within seconds instead of once a week at a busy booth.
"""

from __future__ import annotations

import io
import sys
import threading
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pypdf
import pypdfium2 as pdfium
import pytest
from reportlab import rl_config

from app.db import Database
from app.labels import load_library, render_labels
from app.printing.receipt_pdf import render_receipt
from app.printing.zreport_pdf import render_zreport
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.label_data import all_products, label_items, load_label_settings
from app.services.sales_query import receipt_data
from app.services.shifts import close_shift, expected_amounts, zreport_data

THREADS = 3
ROUNDS = 40  # per thread, over every job: THREADS * ROUNDS * len(jobs) renders in all
TODAY = date(2026, 11, 23)
PRODUCTS = 5


@dataclass(frozen=True)
class Job:
    name: str
    render: Callable[[], bytes]
    pages: int
    texts: tuple[str, ...]  # must all appear in the extracted text, NFC


def _flat(text: str) -> str:
    """NFC, and line breaks as spaces: a label wraps a long name, the search should not care."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check_readable(job: Job, pdf: bytes) -> None:
    """The reference itself: opens in both readers, right page count, the names legible."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == job.pages, job.name
    text = _flat(" ".join(page.extract_text() for page in reader.pages))
    for expected in job.texts:
        assert _flat(expected) in text, (job.name, expected)
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == job.pages, job.name
        first = document[0].get_textpage().get_text_range()
        assert _flat(job.texts[0]) in _flat(first), job.name
    finally:
        document.close()


@pytest.fixture
def jobs(demo_db: Database, cashier_till) -> list[Job]:
    """Real sales, then the closed shift, read back through the services the UI uses."""
    # Names with tone marks: those letters are composite glyphs, which subsetting walks.
    chosen = [p for p in all_products(demo_db) if p.barcode and not p.name.isascii()][:PRODUCTS]
    assert len(chosen) == PRODUCTS
    products = [lookup_code(demo_db, p.barcode) for p in chosen if p.barcode]
    names = [p.name for p in chosen]
    receipts = []
    for i in range(3):
        cart = Cart()
        for product in products[i : i + 3]:
            cart.add(product, i + 1)
        sale = checkout(demo_db, cashier_till, cart, [PaymentInput("cash", cart.total)])
        receipts.append(receipt_data(demo_db, sale.id))
    counted = expected_amounts(demo_db, cashier_till.shift_id).expected
    close_shift(demo_db, cashier_till, cashier_till.shift_id, dict(counted))
    zreport = zreport_data(demo_db, cashier_till.shift_id)

    library = load_library()
    items = label_items([(p, 2) for p in chosen], load_label_settings(demo_db))

    def labels(template: str, stock: str) -> Callable[[], bytes]:
        def render() -> bytes:
            chosen_stock = library.stock(stock)
            batch = render_labels(library.template(template), chosen_stock, items, today=TODAY)
            return batch.pdf

        return render

    return [
        Job("receipt 80", lambda: render_receipt(receipts[0], 80), 1, tuple(names[0:3])),
        Job("receipt 58", lambda: render_receipt(receipts[1], 58), 1, tuple(names[1:4])),
        Job("receipt 80 b", lambda: render_receipt(receipts[2], 80), 1, tuple(names[2:5])),
        Job("z-report 80", lambda: render_zreport(zreport, 80), 1, ("BÁO CÁO CHỐT CA (Z)",)),
        Job("z-report 58", lambda: render_zreport(zreport, 58), 1, ("BÁO CÁO CHỐT CA (Z)",)),
        Job("labels price a4-65", labels("price", "a4-65"), 1, tuple(names)),
        Job("labels shelf a4-21", labels("shelf", "a4-21"), 1, tuple(names)),
    ]


def test_documents_rendered_from_threads_match_a_lone_render(
    jobs: list[Job], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    references = {job.name: job.render() for job in jobs}
    for job in jobs:
        assert job.render() == references[job.name], f"{job.name} is not reproducible"
        _check_readable(job, references[job.name])

    failures: list[str] = []  # list.append is atomic; a shared `+= 1` would not be
    rendered: list[int] = []
    start = threading.Barrier(THREADS)

    def worker(offset: int) -> None:
        done = 0
        start.wait()
        for round_no in range(ROUNDS):
            for i in range(len(jobs)):
                job = jobs[(i + offset + round_no) % len(jobs)]
                try:
                    pdf = job.render()
                except Exception:  # every failure is the finding
                    last = traceback.format_exc().strip().splitlines()[-3:]
                    failures.append(f"{job.name}: " + " | ".join(s.strip() for s in last))
                    continue
                done += 1
                if pdf != references[job.name]:
                    failures.append(f"{job.name}: differs from the lone render")
        rendered.append(done)

    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(previous)

    total = THREADS * ROUNDS * len(jobs)
    assert not failures, f"{len(failures)} of {total} renders failed:\n" + "\n".join(failures[:10])
    assert sum(rendered) == total
