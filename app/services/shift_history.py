"""Closed shifts and their Z-reports: the list the Reports page shows, the PDF it reprints.

A Z-report is not stored: it is a view of a closed shift's facts (sales, refunds, counts),
rendered again from the database by shifts.zreport_data whenever it is asked for, exactly as
the receipt reprint does. So the list below only needs the figures a manager scans for
(sales, refunds, the cash difference) and the shift's id; opening or reprinting one renders
the same Z-report that was printed at closing time (only "In lúc" differs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.db import Database
from app.filenames import safe_file_name
from app.models import Refund, Sale, Shift, ShiftCount, Staff
from app.printing import escpos
from app.printing.raster import rasterize
from app.printing.transports import send
from app.printing.zreport_pdf import render_zreport, zreport_layout
from app.services import shifts
from app.services.printer_settings import load as load_printer

HISTORY_LIMIT = 500  # two years of daily shifts; older ones are in the backups and on the hub


@dataclass(frozen=True)
class ClosedShift:
    """One line of the past Z-reports list."""

    id: str
    number: str
    opened_utc: datetime
    closed_utc: datetime
    opened_by: str
    closed_by: str
    sales_count: int
    sales_total: int
    refunds_total: int
    cash_expected: int
    cash_counted: int | None

    @property
    def revenue(self) -> int:
        return self.sales_total - self.refunds_total

    @property
    def cash_difference(self) -> int | None:
        return None if self.cash_counted is None else self.cash_counted - self.cash_expected


def closed_shifts(db: Database, location_id: int | None = None,
                  limit: int = HISTORY_LIMIT) -> list[ClosedShift]:
    """The most recently closed shifts first, with their figures read in three queries."""
    opener, closer = aliased(Staff), aliased(Staff)
    with db.read() as session:
        query = (select(Shift.id, Shift.number, Shift.opened_utc, Shift.closed_utc,
                        opener.name, closer.name)
                 .join(opener, opener.id == Shift.opened_by_id)
                 .outerjoin(closer, closer.id == Shift.closed_by_id)
                 .where(Shift.status == "closed")
                 .order_by(Shift.closed_utc.desc()).limit(limit))
        if location_id is not None:
            query = query.where(Shift.location_id == location_id)
        found = session.execute(query).all()
        ids = [row[0] for row in found]
        sales = {sid: (n, total) for sid, n, total in session.execute(
            select(Sale.shift_id, func.count(), func.coalesce(func.sum(Sale.total), 0))
            .where(Sale.shift_id.in_(ids), Sale.status == "completed")
            .group_by(Sale.shift_id))} if ids else {}
        back = dict(session.execute(
            select(Refund.shift_id, func.coalesce(func.sum(Refund.total), 0))
            .where(Refund.shift_id.in_(ids)).group_by(Refund.shift_id)).all()) if ids else {}
        cash = {sid: (expected, counted) for sid, expected, counted in session.execute(
            select(ShiftCount.shift_id, ShiftCount.expected, ShiftCount.counted)
            .where(ShiftCount.shift_id.in_(ids), ShiftCount.method == "cash"))} if ids else {}
    return [
        ClosedShift(sid, number, opened, closed, opened_by or "", closed_by or "",
                    *sales.get(sid, (0, 0)), back.get(sid, 0), *cash.get(sid, (0, None)))
        for sid, number, opened, closed, opened_by, closed_by in found
    ]


def zreport_path(db: Database, number: str) -> Path:
    """Where a closed shift's Z-report is saved: the same name the closing dialog uses."""
    return db.paths.reports / safe_file_name(f"Z-{number}.pdf")


def save_zreport(db: Database, shift_id: str, width_mm: int = 80) -> tuple[Path, bytes]:
    """Render a shift's Z-report again and save it (write then rename); safe off the UI
    thread. Returns the file and its bytes (for a print dialog)."""
    data = shifts.zreport_data(db, shift_id)
    pdf = render_zreport(data, width_mm)
    path = zreport_path(db, data.shift_label)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_bytes(pdf)
    part.replace(path)
    return path, pdf


def receipt_printer_configured(db: Database) -> bool:
    return load_printer(db).configured


def print_zreport(db: Database, shift_id: str) -> str:
    """Send a shift's Z-report to the receipt printer (ESC/POS, the roll's own width), as
    the receipts go; returns the printer's URI. Raises PrinterError when it does not take it,
    StateError when no receipt printer is set up."""
    printer = load_printer(db)
    target = printer.target()
    layout = zreport_layout(shifts.zreport_data(db, shift_id), printer.paper_mm)
    send(target, escpos.job(rasterize(layout).image))
    return target.uri
