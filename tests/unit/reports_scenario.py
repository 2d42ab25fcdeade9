"""The hand-made week the report tests share (fixture `week`).

Days are named as on the suite's default pin (24/11/2026 = today, tests/clock.py); with
OCOP_TEST_NOW they move with the pin (DAY maps a name to the real date).
The scenario (all times in Hạ Long, UTC+7), report period 22-23/11/2026, previous 20-21/11:
- 21/11 10:05  S5  mật ong ×1, cash                         (previous period)
- 22/11 00:30  S6  trà hoa vàng ×1, cash                     (22/11 local, 21/11 in UTC)
- 22/11 08:15  S1  mật ong ×2, cash
- 22/11 14:40  S2  mật ong ×1 + trà ×1, VietQR
- 22/11 15:00  R1  refund of S5's honey, cash                (counted on 22/11: when made)
- 23/11 08:50  S3  trà ×3 + nem chua 1,25 kg, card 600.000 + cash for the rest
- 23/11 09:00  R3  refund of one trà from S3, by card
- 23/11 09:10  S4  mật ong ×5, voided                        (never counted)
- 24/11 (today) 00:05 S7 trà ×2, 00:10 R2 (refund of one honey from S1): after the period
Visitors: 21/11 10h 4, 22/11 08h 10, 22/11 14h 5, 23/11 08h 20.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app.models import Refund, Sale, StockMove, VisitorCount
from app.services.cart import Cart
from app.services.catalog import lookup_code
from app.services.checkout import PaymentInput, checkout
from app.services.refunds import refund_lines, void_sale
from app.services.sales_query import sale_detail
from tests.clock import PINNED_NOW

HONEY, TEA, NEM = "2000040000013", "2000010000012", "2000290000016"
TZ = "Asia/Ho_Chi_Minh"
TODAY = PINNED_NOW.astimezone(ZoneInfo(TZ)).date()
DAY = {n: TODAY - timedelta(days=24 - n) for n in (20, 21, 22, 23, 24)}
DAY[1] = TODAY - timedelta(days=23)  # "the start of the month": before both periods
PERIOD = (DAY[22], DAY[23])


def dmy(day: int) -> str:
    return f"{DAY[day]:%d/%m/%Y}"


def iso(day: int) -> str:
    return DAY[day].isoformat()


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY[day], time(hour, minute), tzinfo=UTC) - timedelta(hours=7)


def _sell(db, till, items, payments, when):
    cart = Cart()
    for code, qty in items:
        cart.add(lookup_code(db, code), qty)
    pays = [PaymentInput(m, a if a is not None else cart.total, "TX-1" if m == "card" else "")
            for m, a in payments]
    sale = checkout(db, till, cart, pays)
    with db.write() as s:
        s.execute(update(Sale).where(Sale.id == sale.id).values(created_utc=when))
        s.execute(update(StockMove).where(StockMove.ref_id == sale.id).values(created_utc=when))
    return sale.id


def _refund(db, till, sale_id, code, qty, method, manager_id, when):
    line = next(ln for ln in sale_detail(db, sale_id).lines
                if ln.name == lookup_code(db, code).name)
    number = refund_lines(db, till, sale_id, {line.id: Decimal(qty)}, method, manager_id, "lỗi")
    with db.write() as s:
        s.execute(update(Refund).where(Refund.number == number).values(created_utc=when))


@pytest.fixture(name="week")
def week_fixture(demo_db, cashier_till, manager_id):
    db, till = demo_db, cashier_till
    with db.write() as s:  # the goods arrived at the start of the month
        s.execute(update(StockMove).values(created_utc=local(1, 8)))
    s5 = _sell(db, till, [(HONEY, 1)], [("cash", None)], local(21, 10, 5))
    _sell(db, till, [(TEA, 1)], [("cash", None)], local(22, 0, 30))
    s1 = _sell(db, till, [(HONEY, 2)], [("cash", 600_000)], local(22, 8, 15))
    _sell(db, till, [(HONEY, 1), (TEA, 1)], [("vietqr", None)], local(22, 14, 40))
    _refund(db, till, s5, HONEY, 1, "cash", manager_id, local(22, 15))
    s3 = _sell(db, till, [(TEA, 3), (NEM, "1.25")], [("card", 600_000), ("cash", 1_100_000)],
               local(23, 8, 50))
    _refund(db, till, s3, TEA, 1, "card", manager_id, local(23, 9))
    s4 = _sell(db, till, [(HONEY, 5)], [("cash", None)], local(23, 9, 10))
    void_sale(db, till, s4, manager_id, "bấm nhầm")
    _sell(db, till, [(TEA, 2)], [("cash", None)], local(24, 0, 5))
    _refund(db, till, s1, HONEY, 1, "cash", manager_id, local(24, 0, 10))
    with db.write() as s:
        s.add_all(VisitorCount(location_id=till.location_id, fair_id=till.fair_id,
                               hour_utc=local(d, h), count=n)
                  for d, h, n in ((21, 10, 4), (22, 8, 10), (22, 14, 5), (23, 8, 20)))
    return db
