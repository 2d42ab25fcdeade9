"""Month-end consignment settlement on the Kho page: amounts owed, PDF and CSV."""

from __future__ import annotations

import csv
import io

from pypdf import PdfReader

from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.money import format_dong
from app.services.rights import Actor
from app.services.star_watch import booth_today
from app.services.stock import MoveLine, receive, transfer
from app.ui.settlement_panel import SettlementPanel

pytest_plugins = ["tests.ui.fixtures_app", "tests.ui.fixtures_catalog"]


def _sell(ctx, barcode: str, quantity: int) -> None:
    cart = Cart()
    cart.add(lookup_code(ctx.db, barcode), quantity)
    checkout(ctx.db, ctx.till(), cart, [PaymentInput("cash", cart.total)])
    ctx.announce_sale()


def test_settlement_shows_the_amount_owed_and_saves_pdf_and_csv(
        qtbot, shift_ctx, consignor, places, tmp_path):
    ctx, jar = shift_ctx, consignor.jar
    receive(ctx.db, Actor(ctx.staff.id), places["sale_point"], [MoveLine(jar.id, 40, 180_000)],
            mode="consignment", producer_id=consignor.producer.id)
    transfer(ctx.db, Actor(ctx.staff.id), places["sale_point"], places["booth"], [MoveLine(jar.id, 20)])
    _sell(ctx, jar.barcode, 3)
    _sell(ctx, jar.barcode, 2)
    owed = format_dong(5 * 180_000)

    panel = SettlementPanel(ctx)
    qtbot.addWidget(panel)
    today = booth_today(ctx.db)
    panel.set_period(today, today)

    panel.set_producer(None)  # all producers: the month-end list
    panel.refresh()
    summary = panel.table_model()
    names = [summary.data(summary.index(r, 0)) for r in range(summary.rowCount() - 1)]
    assert consignor.producer.name in names
    assert owed in panel.owed_text()

    panel.set_producer(consignor.producer.id)
    panel.refresh()
    s = panel.settlement()
    assert s is not None and s.amount_owed == 900_000
    model = panel.table_model()
    assert model.rowCount() == 2  # the jar, then the totals row
    cols = model.COLUMNS
    line = {c: model.data(model.index(0, i)) for i, c in enumerate(cols)}
    total = {c: model.data(model.index(1, i)) for i, c in enumerate(cols)}
    assert (line["received"], line["sold"], line["closing"], line["amount_owed"]) == (
        "40", "5", "35", owed)
    assert (total["name"], total["amount_owed"]) == ("Cộng", owed)
    assert owed in panel.owed_text() and consignor.producer.name in panel.owed_text()

    [pdf_path] = panel.save_pdf_to(tmp_path / "quyet-toan.pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert consignor.producer.name in text
    assert format_dong(900_000) in text or "900.000" in text

    assert panel.save_csv_to(tmp_path / "quyet-toan.csv")
    rows = list(csv.reader((tmp_path / "quyet-toan.csv").read_text("utf-8-sig").splitlines()))
    assert rows[-1][0] == "TOTAL" and rows[-1][-1] == "900000"


def test_all_producers_saves_one_pdf_each(qtbot, shift_ctx, consignor, places, tmp_path):
    ctx = shift_ctx
    receive(ctx.db, Actor(ctx.staff.id), places["sale_point"], [MoveLine(consignor.jar.id, 4, 150_000)],
            mode="consignment", producer_id=consignor.producer.id)
    panel = SettlementPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    paths = panel.save_pdf_to(tmp_path)
    assert len(paths) == panel.table_model().rowCount() - 1 >= 1
    assert all(p.exists() and p.read_bytes().startswith(b"%PDF") for p in paths)
