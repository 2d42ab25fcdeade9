"""Regenerate the README screenshots from the real UI on demo data (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import Database  # noqa: E402
from app.services import places, settings  # noqa: E402
from app.services.auth import list_staff  # noqa: E402
from app.services.demo import load_demo  # noqa: E402
from app.services.shifts import open_shift  # noqa: E402
from app.services.till import Till  # noqa: E402
from app.ui.application import build_main_window  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.theme import apply_theme, load_fonts  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    load_fonts()
    apply_theme(app)
    db = Database(Paths(Path(tempfile.mkdtemp())))
    load_demo(db, sales=40)
    s = settings.load(db)
    cashier = list_staff(db, "cashier")[0]
    open_shift(db, Till(cashier, s.location_id, s.fair_id, s.device_code), 500_000)
    ctx = AppContext(db)
    ctx.log_in(cashier)
    window = build_main_window(ctx)
    window.resize(1366, 768)
    window.show()
    sell = window.page("sell")
    for code in ("2000010000012", "2000060000024", "2000060000024"):
        sell.scan_field().setText(code)
        sell.scan_field().returnPressed.emit()
    sell.scan_field().setFocus()
    QTest.keyClicks(sell.scan_field(), "mien dong")
    app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main_window_sell.png"))
    window.show_page("visitors")
    app.processEvents()
    window.grab().save(str(OUT / "visitors_page.png"))
    _small_screen(app, window, ctx)
    _settlement_pdf_png(db, cashier)
    print(f"saved to {OUT}")
    window.close()
    db.close()
    return 0


def _small_screen(app: QApplication, window: object, ctx: AppContext) -> None:
    """The sell page, the VietQR payment dialog and the products page on a 1024×600 laptop."""
    from app.ui.payment_dialog import PaymentDialog

    window.resize(1024, 600)  # type: ignore[attr-defined]
    for key in ("sell", "products"):
        window.show_page(key)  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(OUT / f"{key}_1024x600.png"))  # type: ignore[attr-defined]
    window.show_page("sell")  # type: ignore[attr-defined]
    sell = window.page("sell")  # type: ignore[attr-defined]
    dialog = PaymentDialog(ctx, sell.cart(), None, "vietqr", window)  # type: ignore[arg-type]
    dialog.resize(dialog.minimumSize())
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "payment_1024x600.png"))
    dialog.reject()


def _settlement_pdf_png(db: Database, cashier: object) -> None:
    """A month-end consignment settlement for a household producer, as its PDF page looks."""
    from datetime import date
    from decimal import Decimal

    import pypdfium2

    from app.printing.settlement_pdf import render_settlement_pdf
    from app.services.auth import list_staff
    from app.services.cart import Cart
    from app.services.catalog import lookup_code
    from app.services.checkout import PaymentInput, checkout
    from app.services.settlement import settle
    from app.services.shifts import current_shift
    from app.services.stock import MoveLine, receive, transfer

    s = settings.load(db)
    manager = list_staff(db, "manager")[0]
    product = lookup_code(db, "MO-BC-500")
    assert product is not None
    from app.services.catalog_listing import get_product

    producer_id = get_product(db, product.id).producer_id
    locations = {loc.kind: loc.id for loc in places.list_locations(db)}
    receive(db, manager.id, locations["sale_point"], [MoveLine(product.id, Decimal(40), 150_000)],
            mode="consignment", producer_id=producer_id, note="Nhận 40 hũ ký gửi")
    transfer(db, manager.id, locations["sale_point"], s.location_id,
             [MoveLine(product.id, Decimal(20))], note="Mang ra hội chợ")
    shift = current_shift(db, s.location_id)
    till = Till(cashier, s.location_id, s.fair_id, s.device_code, shift.id)  # type: ignore[arg-type]
    for qty in (2, 1, 3):
        cart = Cart()
        cart.add(product, qty)
        checkout(db, till, cart, [PaymentInput("cash", cart.total)])
    today = date.today()
    sheet = settle(db, producer_id, today.replace(day=1), today)
    pdf = pypdfium2.PdfDocument(render_settlement_pdf(sheet))
    pdf[0].render(scale=1.6).to_pil().save(OUT / "settlement_pdf.png")
    pdf.close()


if __name__ == "__main__":
    sys.exit(main())
