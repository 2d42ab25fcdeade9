"""Month-end consignment settlement: the Hạ Long sale point and a household honey producer."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from app.models import Refund, Sale, StockMove
from app.printing.settlement_pdf import render_settlement_pdf
from app.services.auth import list_staff
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.catalog_admin import ProducerInput, ProductInput, create_producer, create_product
from app.services.checkout import PaymentInput, checkout
from app.services.errors import ValidationError
from app.services.refunds import refund_lines, void_sale
from app.services.rights import Actor
from app.services.sales_query import sale_detail
from app.services.settlement import list_settlements, period_bounds, settle, write_settlement_csv
from app.services.stock import MoveLine, count_stock, receive, return_to_producer, transfer
from app.services.stock_query import list_locations

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def _boss(db):
    """The demo manager: a new product or price needs the price right (services.rights)."""
    return Actor(list_staff(db, "manager")[0].id)


def _sell(db, till, info, n):
    cart = Cart()
    cart.add(info, n)
    return checkout(db, till, cart, [PaymentInput("cash", cart.total)])


def _backdate(db, sale_id, when):
    with db.write() as s:
        s.execute(update(Sale).where(Sale.id == sale_id).values(created_utc=when))
        s.execute(update(StockMove).where(StockMove.ref_id == sale_id).values(created_utc=when))


def _in_late_november(db, after):
    """What the scenario did "now" (sales, the void, the refund, the count, the return) is
    moved to 20/11, so the month under test is November whatever today's date is."""
    nov20 = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
    with db.write() as s:
        for table in (Sale, Refund, StockMove):
            s.execute(update(table).where(table.created_utc > after).values(created_utc=nov20))


def test_month_end_settlement_reconciles(demo_db, cashier_till, manager_id):
    locs = {loc.kind: loc.id for loc in list_locations(demo_db)}
    maker = create_producer(demo_db, ProducerInput("Hộ sản xuất mật ong Nguyễn Thị Lan",
                                                   "household", "Ba Chẽ", "Lương Mông"))
    jar = create_product(demo_db, ProductInput("MO-NTL-500", "Mật ong rừng Lương Mông hũ 500ml",
                                               "250.000", maker.id, unit="hũ",
                                               assign_in_store_code=True), _boss(demo_db))
    info = lookup_code(demo_db, jar.barcode)
    oct30 = datetime(2026, 10, 30, 3, 0, tzinfo=UTC)
    receive(demo_db, Actor(manager_id), locs["warehouse"], [MoveLine(jar.id, 5, 170_000)],
            mode="consignment", producer_id=maker.id, at=oct30)
    nov2 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
    receive(demo_db, Actor(manager_id), locs["warehouse"], [MoveLine(jar.id, 40, 180_000)],
            mode="consignment", producer_id=maker.id, at=nov2)
    transfer(demo_db, Actor(manager_id), locs["warehouse"], locs["booth"], [MoveLine(jar.id, 20)],
             at=nov2)
    early = _sell(demo_db, cashier_till, info, 1)  # 23:30 on 31/10 in Hạ Long: October
    _backdate(demo_db, early.id, datetime(2026, 10, 31, 16, 30, tzinfo=UTC))
    midnight = _sell(demo_db, cashier_till, info, 2)  # 00:30 on 1/11 in Hạ Long: November
    _backdate(demo_db, midnight.id, datetime(2026, 10, 31, 17, 30, tzinfo=UTC))
    sold = _sell(demo_db, cashier_till, info, 5)
    voided = _sell(demo_db, cashier_till, info, 3)
    void_sale(demo_db, cashier_till, voided.id, manager_id, "bấm nhầm")
    line = sale_detail(demo_db, sold.id).lines[0]
    refund_lines(demo_db, cashier_till, sold.id, {line.id: Decimal(1)}, "cash", manager_id,
                 "hũ bị nứt")
    count_stock(demo_db, Actor(manager_id), locs["booth"], {jar.id: 12}, reason="hết hội chợ, thiếu 1")
    return_to_producer(demo_db, Actor(manager_id), locs["warehouse"], maker.id, [MoveLine(jar.id, 10)])
    _in_late_november(demo_db, after=nov2)

    sheet = settle(demo_db, maker.id, *NOV)
    (row,) = sheet.lines
    # Nov: received 40; sold 2 + 5 - 1 refunded (the voided 3 and October's 1 do not count)
    assert (row.opening, row.received, row.sold, row.returned) == (4, 40, 6, 10)
    assert row.unit_cost == 180_000 and row.amount_owed == 6 * 180_000 == sheet.amount_owed
    assert row.sales_amount == 6 * 250_000
    assert row.adjusted == -1 and row.other == 0
    assert row.closing == 4 + 40 - 6 - 10 - 1 == 27
    october = settle(demo_db, maker.id, date(2026, 10, 1), date(2026, 10, 31))
    assert (october.lines[0].received, october.lines[0].sold) == (5, 1)
    assert october.lines[0].amount_owed == 170_000
    summary = list_settlements(demo_db, *NOV)
    owed = {s.producer_name: s.amount_owed for s in summary}
    # The demo's households also consign (nothing of theirs sold in November): they owe 0.
    assert owed[maker.name] == 1_080_000 and sum(owed.values()) == 1_080_000

    pdf = PdfReader(BytesIO(render_settlement_pdf(sheet))).pages
    text = "".join(page.extract_text() for page in pdf)
    assert "QUYẾT TOÁN HÀNG KÝ GỬI" in text and "Nguyễn Thị Lan" in text
    assert "1.080.000 ₫" in text and "01/11/2026 – 30/11/2026" in text
    assert pdf[0].mediabox.width > pdf[0].mediabox.height  # A4 landscape


def test_settlement_csv_and_period_checks(demo_db, manager_id, tmp_path):
    locs = {loc.kind: loc.id for loc in list_locations(demo_db)}
    maker = create_producer(demo_db, ProducerInput("HTX Nấm Đạp Thanh 2", "HTX", "Ba Chẽ"))
    mushrooms = create_product(demo_db, ProductInput("NAM-DT2", "Nấm hương Đạp Thanh", 380_000,
                                                     maker.id, unit="kg", sold_by_weight=True), _boss(demo_db))
    receive(demo_db, Actor(manager_id), locs["warehouse"], [MoveLine(mushrooms.id, "2,5", 300_000)],
            mode="consignment", producer_id=maker.id,
            at=datetime(2026, 11, 10, tzinfo=UTC))
    sheet = settle(demo_db, maker.id, *NOV)
    target = tmp_path / "qt.csv"
    write_settlement_csv(sheet, str(target))
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0][2] == maker.name and rows[1] == ["period", "2026-11-01", "2026-11-30"]
    assert rows[3][:6] == ["NAM-DT2", "Nấm hương Đạp Thanh", "kg", "300000", "0", "2.5"]
    assert rows[-1][0] == "TOTAL" and rows[-1][-1] == "0"
    with pytest.raises(ValidationError, match="trước ngày đầu kỳ"):
        period_bounds(date(2026, 11, 30), date(2026, 11, 1), "Asia/Ho_Chi_Minh")
    lo, hi = period_bounds(*NOV, "Asia/Ho_Chi_Minh")
    assert (lo.hour, hi.day, hi.hour) == (17, 30, 17)  # midnights in Hạ Long, in UTC
