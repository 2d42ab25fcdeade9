"""Demo data: a realistic Quảng Ninh catalog, booth, fair and staff, plus past sales.

The catalog comes from resources/demo/catalog.json (built from the seed articles). Past sales
are written in bulk, not through checkout(), so 100,000 of them take seconds; they are shaped
exactly like checkout's rows and outbox facts, so reports, benchmarks and sync see real data.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from app.config import DEFAULT_TIMEZONE, resources_dir
from app.db import Database
from app.ids import uuid7
from app.models import (
    Counter,
    Fair,
    Location,
    OutboxEntry,
    Payment,
    Producer,
    Product,
    Sale,
    SaleLine,
    Shift,
    ShiftCount,
    StockMove,
    VisitorCount,
)
from app.services.auth import create_staff
from app.services.catalog import search_text_for
from app.services.checkout import build_sale_payload, sale_number
from app.services.clock import local_today, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.money import round_dong
from app.services.outbox import PAYLOAD_VERSION
from app.services.settings import set_values
from app.services.stars import expiry_for

CHUNK = 5000


def demo_file() -> Path:
    return resources_dir() / "demo" / "catalog.json"


@dataclass(frozen=True)
class DemoSummary:
    products: int
    producers: int
    sales: int


BASKET_SIZES = (1, 1, 2, 2, 3, 4)  # products per demo sale, drawn uniformly (≈2.1 lines)


def load_demo(db: Database, sales: int = 0, seed: int = 2026,
              basket_sizes: tuple[int, ...] = BASKET_SIZES,
              today: date | None = None) -> DemoSummary:
    """Fill an empty database; every date is moved so `today` (the booth's day) sits where
    the file's reference day does: the fair is under way and the same ratings have expired
    or are about to, whenever the demo is made."""
    today = today or local_today(DEFAULT_TIMEZONE)
    data = shift_demo_dates(json.loads(demo_file().read_text(encoding="utf-8")), today)
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(Product)):
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Thư mục dữ liệu đã có danh mục sản phẩm; dữ liệu mẫu chỉ nạp vào "
                    "thư mục trống",
                )
            )
    staff_ids = [create_staff(db, s["name"], s["role"], s["pin"]).id for s in data["staff"]]
    with db.write() as session:
        producers = {}
        for p in data["producers"]:
            producer = Producer(
                code=p["code"],
                name=p["name"],
                kind=p["kind"],
                district=p["district"],
                commune=p["commune"],
            )
            session.add(producer)
            producers[p["code"]] = producer
        session.flush()
        for p in data["products"]:
            producer = producers[p["producer"]]
            product = Product(
                sku=p["sku"],
                barcode=p["barcode"],
                name=p["name"],
                producer_id=producer.id,
                category=p["category"],
                unit=p["unit"],
                price=p["price"],
                vat_rate=p["vat_rate"],
                stars=p["stars"],
                star_certified_on=date.fromisoformat(p["star_certified_on"]),
                star_expires_on=date.fromisoformat(p["star_expires_on"]),
                traceability_url=p["traceability_url"],
                sold_by_weight=p["sold_by_weight"],
            )
            product.search_text = search_text_for(product, producer)
            session.add(product)
        locations = [
            Location(code=loc["code"], name=loc["name"], kind=loc["kind"])
            for loc in data["locations"]
        ]
        session.add_all(locations)
        f = data["fair"]
        fair = Fair(
            name=f["name"],
            place=f["place"],
            starts_on=date.fromisoformat(f["starts_on"]),
            ends_on=date.fromisoformat(f["ends_on"]),
        )
        session.add(fair)
        session.flush()
        booth = next(loc for loc in locations if loc.kind == "booth")
        bank = data["bank_account"]
        set_values(
            session,
            device_code=booth.code,
            location_id=booth.id,
            fair_id=fair.id,
            shop_name=data["shop"]["name"],
            shop_address=data["shop"]["address"],
            bank_bin=bank["bank_bin"],
            bank_account=bank["account"],
            bank_account_name=bank["account_name"],
        )
        # Goods arrive the day before the fair opens, before any demo sale.
        arrived = min(now_utc(), datetime.combine(
            fair.starts_on - timedelta(days=1), time(8), ZoneInfo(DEFAULT_TIMEZONE)))
        # Households and groups leave goods on consignment (paid for once sold, at an agreed
        # cost); companies and cooperatives sell to the sale point outright.
        consigns = {p.id for p in producers.values() if p.kind in ("household", "group")}
        for product in session.scalars(select(Product)):
            qty = Decimal(random.Random(product.id).choice([20, 30, 50, 80, 120]))
            consigned = product.producer_id in consigns
            session.add(
                StockMove(
                    id=uuid7(),
                    product_id=product.id,
                    location_id=booth.id,
                    quantity=qty,
                    kind="consign_in" if consigned else "receive",
                    producer_id=product.producer_id,
                    unit_cost=product.price * 6 // 10 if consigned else None,
                    reason=DEMO_RECEIPT,
                    staff_id=staff_ids[-1],
                    created_utc=arrived,
                )
            )
        session.flush()
        booth_id, fair_id, code = booth.id, fair.id, booth.code
        fair_days = (fair.starts_on, fair.ends_on)
    if sales:
        add_past_sales(db, sales, booth_id, fair_id, code, staff_ids[0], fair_days, seed,
                       basket_sizes, today)
        _cover_sales(db, booth_id)
    return DemoSummary(len(data["products"]), len(data["producers"]), sales)


DEMO_RECEIPT = "Nhập hàng mẫu"
LEFT_AFTER_SALES = 10  # units of each product still on the shelf after the demo's sales


def _cover_sales(db: Database, booth_id: int) -> None:
    """Receive enough of every product for the past sales, so the demo shows no negative
    stock: the first receipt of a product that would run low is raised to cover it."""
    with db.write() as session:
        balances = session.execute(
            select(StockMove.product_id, func.sum(StockMove.quantity))
            .where(StockMove.location_id == booth_id).group_by(StockMove.product_id)).all()
        for product_id, left in balances:
            if left >= LEFT_AFTER_SALES:
                continue
            move = session.scalars(select(StockMove).where(
                StockMove.product_id == product_id, StockMove.location_id == booth_id,
                StockMove.reason == DEMO_RECEIPT)).first()
            if move is not None:
                move.quantity += Decimal(LEFT_AFTER_SALES) - left


def shift_demo_dates(data: dict[str, Any], today: date) -> dict[str, Any]:
    """The file is written as seen on its `reference_day`; move every date by the days since."""
    shift = today - date.fromisoformat(data["reference_day"])

    def moved(text: str) -> str:
        return (date.fromisoformat(text) + shift).isoformat()

    fair = dict(data["fair"], starts_on=moved(data["fair"]["starts_on"]),
                ends_on=moved(data["fair"]["ends_on"]))
    # A rating lasts 36 calendar months from its certification (not a number of days): the
    # expiry is worked out again, or an import of the demo's own export would refuse it.
    products = []
    for p in data["products"]:
        certified = date.fromisoformat(moved(p["star_certified_on"]))
        products.append(dict(p, star_certified_on=certified.isoformat(),
                             star_expires_on=expiry_for(certified).isoformat()))
    return dict(data, fair=fair, products=products)


def _sale_times(n: int, days: tuple[date, date], rng: random.Random,
                today: date) -> list[datetime]:
    """Busy fair hours (8:00-20:00 local) on days up to today; a spread of the past."""
    tz = ZoneInfo(DEFAULT_TIMEZONE)
    last = min(days[1], today - timedelta(days=1)) if days[0] < today else today
    first = days[0] if days[0] <= last else last - timedelta(days=9)
    span = max((last - first).days + 1, 1)
    times = []
    for _ in range(n):
        day = first + timedelta(days=rng.randrange(span))
        seconds = rng.randrange(8 * 3600, 20 * 3600)
        local = datetime.combine(day, time(0), tz) + timedelta(seconds=seconds)
        times.append(local.astimezone(UTC))
    times.sort()
    return times


def add_past_sales(
    db: Database,
    n: int,
    location_id: int,
    fair_id: int,
    device_code: str,
    staff_id: int,
    fair_days: tuple[date, date],
    seed: int = 2026,
    basket_sizes: tuple[int, ...] = BASKET_SIZES,
    today: date | None = None,
) -> None:
    rng = random.Random(seed)
    today = today or local_today(DEFAULT_TIMEZONE)
    with db.read() as session:
        products = session.execute(
            select(
                Product.id,
                Product.sku,
                Product.barcode,
                Product.name,
                Product.unit,
                Product.price,
                Product.vat_rate,
                Product.sold_by_weight,
            )
        ).all()
    # Zipf-like popularity: a few best sellers (trà hoa vàng, miến dong), a long tail.
    ranks = list(range(1, len(products) + 1))
    rng.shuffle(ranks)
    weights = [1 / r**0.8 for r in ranks]
    times = _sale_times(n, fair_days, rng, today)
    shifts: dict[date, dict[str, Any]] = {}
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    with db.write() as session:
        counter = session.get(Counter, "sale_number") or Counter(name="sale_number", value=0)
        seq = session.get(Counter, "outbox_seq") or Counter(name="outbox_seq", value=0)
        shift_no = session.get(Counter, "shift_number") or Counter(name="shift_number", value=0)
        session.add_all([counter, seq, shift_no])
        rows: dict[type, list[dict[str, Any]]] = {
            Sale: [],
            SaleLine: [],
            Payment: [],
            StockMove: [],
            OutboxEntry: [],
        }
        for moment in times:
            day = moment.astimezone(tz).date()
            if day not in shifts:
                shift_no.value += 1
                opened = datetime.combine(day, time(7, 30), tz).astimezone(UTC)
                shifts[day] = {
                    "id": uuid7(),
                    "number": f"{device_code}-C{shift_no.value:04d}",
                    "location_id": location_id,
                    "fair_id": fair_id,
                    "opened_by_id": staff_id,
                    "opened_utc": opened,
                    "utc_offset_min": 420,
                    "opening_float": 500_000,
                    "status": "closed",
                    "closed_by_id": staff_id,
                    "closed_utc": opened + timedelta(hours=13),
                }
                session.execute(insert(Shift), [shifts[day]])
                shifts[day] = {**shifts[day], "cash": 500_000, "qr": 0}
            shift = shifts[day]
            counter.value += 1
            sale = _fake_sale(
                rng,
                products,
                weights,
                moment,
                shift,
                counter.value,
                device_code,
                location_id,
                fair_id,
                staff_id,
                rows,
                basket_sizes,
            )
            seq.value += 1
            rows[OutboxEntry].append(
                {
                    "id": sale["id"],
                    "seq": seq.value,
                    "kind": "sale",
                    "payload_version": PAYLOAD_VERSION,
                    "created_utc": moment,
                    "status": "pending",
                    "attempts": 0,
                    "payload": json.dumps(sale["payload"], ensure_ascii=False, sort_keys=True),
                }
            )
            if len(rows[SaleLine]) >= CHUNK:
                _flush(session, rows)
        _flush(session, rows)
        for info in shifts.values():
            cash, qr = info.pop("cash"), info.pop("qr")
            session.execute(
                insert(ShiftCount),
                [
                    {"shift_id": info["id"], "method": "cash", "expected": cash, "counted": cash},
                    {"shift_id": info["id"], "method": "vietqr", "expected": qr, "counted": qr},
                ],
            )
        _add_visitors(session, rng, times, location_id, fair_id)


def _fake_sale(
    rng: random.Random,
    products: list[Any],
    weights: list[float],
    moment: datetime,
    shift: dict[str, Any],
    n: int,
    device_code: str,
    location_id: int,
    fair_id: int,
    staff_id: int,
    rows: dict[type, list[dict[str, Any]]],
    basket_sizes: tuple[int, ...],
) -> dict[str, Any]:
    sale_id = uuid7()
    picks = rng.choices(range(len(products)), weights=weights, k=rng.choice(basket_sizes))
    lines = []
    for no, index in enumerate(dict.fromkeys(picks), start=1):
        p = products[index]
        qty = (
            Decimal(rng.choice(["0.5", "1", "1.2", "2"]))
            if p.sold_by_weight
            else Decimal(rng.choice([1, 1, 1, 2, 3]))
        )
        total = round_dong(p.price * qty)
        vat = round_dong(Decimal(total) * p.vat_rate / (100 + p.vat_rate)) if p.vat_rate else 0
        lines.append(
            {
                "id": uuid7(),
                "sale_id": sale_id,
                "line_no": no,
                "product_id": p.id,
                "sku": p.sku,
                "barcode": p.barcode,
                "name": p.name,
                "unit": p.unit,
                "list_price": p.price,
                "unit_price": p.price,
                "quantity": qty,
                "discount": 0,
                "total": total,
                "vat_rate": p.vat_rate,
                "vat_amount": vat,
            }
        )
    total = sum(ln["total"] for ln in lines)
    method = "vietqr" if rng.random() < 0.4 else "cash"
    shift["qr" if method == "vietqr" else "cash"] += total
    sale = {
        "id": sale_id,
        "number": sale_number(device_code, n),
        "shift_id": shift["id"],
        "location_id": location_id,
        "fair_id": fair_id,
        "staff_id": staff_id,
        "created_utc": moment,
        "utc_offset_min": 420,
        "subtotal": total,
        "discount_total": 0,
        "total": total,
        "vat_total": sum(ln["vat_amount"] for ln in lines),
        "status": "completed",
    }
    payment = {
        "id": uuid7(),
        "sale_id": sale_id,
        "method": method,
        "amount": total,
        "tendered": total if method == "cash" else None,
        "change": 0,
        "reference": sale["number"] if method == "vietqr" else "",
        "status": "confirmed",
    }
    rows[Sale].append(sale)
    rows[SaleLine].extend(lines)
    rows[Payment].append(payment)
    rows[StockMove].extend(
        {
            "id": uuid7(),
            "product_id": ln["product_id"],
            "location_id": location_id,
            "quantity": -ln["quantity"],
            "kind": "sale",
            "ref_id": sale_id,
            "staff_id": staff_id,
            "created_utc": moment,
            "reason": "",
        }
        for ln in lines
    )
    return {"id": sale_id, "payload": build_sale_payload(sale, lines, [payment])}


def _flush(session: Any, rows: dict[type, list[dict[str, Any]]]) -> None:
    # Parents first: foreign keys are enforced.
    for model in (Sale, SaleLine, Payment, StockMove, OutboxEntry):
        if rows[model]:
            session.execute(insert(model), rows[model])
            rows[model].clear()


def _add_visitors(
    session: Any, rng: random.Random, times: list[datetime], location_id: int, fair_id: int
) -> None:
    hours: dict[datetime, int] = {}
    for moment in times:
        hour = moment.replace(minute=0, second=0, microsecond=0)
        hours[hour] = hours.get(hour, 0) + rng.choice([1, 2, 2, 3])
    session.execute(
        insert(VisitorCount),
        [
            {"location_id": location_id, "fair_id": fair_id, "hour_utc": h, "count": c}
            for h, c in hours.items()
        ],
    )
