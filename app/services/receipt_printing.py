"""What the receipt printer is sent: a sale's receipt, the drawer pulse, the test page.

Every job is rendered from the database at the moment it is sent (a receipt is a view of a
sale that is already on disk), through the same layout as the PDF receipt, so a reprint, a
retry after the printer came back and the saved PDF all say the same thing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import select

from app.db import Database
from app.models import Sale
from app.printing import escpos
from app.printing.printer_test_page import sample_page_layout
from app.printing.raster import Raster, rasterize
from app.printing.receipt_pdf import receipt_layout
from app.printing.transports import PrinterTarget, parse_uri, send
from app.services import audit_log
from app.services.clock import now_utc, to_local
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from app.services.printer_settings import PrinterSettings
from app.services.printer_settings import load as load_printer
from app.services.rights import Actor, Right, require_or_setup
from app.services.sales_query import receipt_data, refund_receipt_data
from app.services.settings import load as load_settings


@dataclass(frozen=True)
class PrintReport:
    """What was sent where, for the command line's one line and the benchmark."""

    printer: str
    number: str
    bytes_sent: int
    render_ms: float
    send_ms: float


def sale_id_for(db: Database, number: str) -> str:
    with db.read() as session:
        sale_id = session.scalar(select(Sale.id).where(Sale.number == number.strip().upper()))
    if sale_id is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Không tìm thấy hóa đơn {id}"),
                            id=number)
    return sale_id


def receipt_raster(db: Database, kind: str, ref: str, width_mm: int) -> Raster:
    """kind "sale" (ref = sale id) or "refund" (ref = refund number)."""
    data = refund_receipt_data(db, ref) if kind == "refund" else receipt_data(db, ref)
    return rasterize(receipt_layout(data, width_mm))


def took_cash(db: Database, sale_id: str) -> bool:
    """The drawer has money to take only when some of the sale was paid in cash."""
    return any(p.method == "cash" for p in receipt_data(db, sale_id).payments)


def receipt_job(db: Database, kind: str, ref: str, width_mm: int, open_drawer: bool) -> bytes:
    return escpos.job(receipt_raster(db, kind, ref, width_mm).image, open_drawer=open_drawer)


def _target(db: Database, uri: str | None) -> tuple[PrinterTarget, PrinterSettings]:
    settings = load_printer(db)
    return (parse_uri(uri) if uri else settings.target()), settings


def print_receipt(db: Database, number: str, uri: str | None = None,
                  width_mm: int | None = None) -> PrintReport:
    """Print (or reprint) a stored sale's receipt now, without opening the drawer: the
    command line's print-receipt. Raises PrinterError when the printer does not take it."""
    target, settings = _target(db, uri)
    started = time.perf_counter()
    data = receipt_job(db, "sale", sale_id_for(db, number), width_mm or settings.paper_mm, False)
    rendered = time.perf_counter()
    send(target, data)
    done = time.perf_counter()
    return PrintReport(target.uri, number.strip().upper(), len(data),
                       (rendered - started) * 1000, (done - rendered) * 1000)


def open_drawer(db: Database, actor: Actor | None, uri: str | None = None) -> str:
    """Open the cash drawer outside a cash sale: only with the drawer right (a manager, or a
    manager's PIN), written to the audit log before the pulse is sent, so there is no opening
    without its entry. Returns the printer's URI."""
    target, _ = _target(db, uri)
    with db.write() as session:
        holder = require_or_setup(session, actor, Right.DRAWER)
        audit_log.record(session, "drawer_open", actor, holder, {"printer": target.uri})
    send(target, escpos.job(None, open_drawer=True))
    return target.uri


def sample_job(db: Database, settings: PrinterSettings) -> bytes:
    """The "in thử" page for the printer as typed (not yet saved): says where it was sent."""
    target = settings.target()
    booth = load_settings(db)
    layout = sample_page_layout(booth.shop_name, target.uri, settings.paper_mm,
                              to_local(now_utc(), booth.timezone))
    return escpos.job(rasterize(layout).image)


def print_test_page(db: Database, settings: PrinterSettings) -> int:
    """Send the test page; the number of bytes sent. Raises PrinterError with the reason."""
    data = sample_job(db, settings)
    send(settings.target(), data)
    return len(data)
