"""Till speed on a national-size database, each figure beside a raw sqlite3 baseline.

    .venv/bin/python bench/checkout.py [--rebuild] [--lookups N] [--checkouts N]

Builds (once; cached under /tmp/ocop-bench-cache) a booth database holding the demo catalog plus
10,250 generated products (10,322 in all, the national count of rated OCOP products) and 100,000
past sales, copies it to a scratch directory, then measures the three things a cashier waits
for: a barcode scan (services.catalog.lookup_code), a typed search (services.catalog.search) and
the checkout commit (services.checkout.checkout). Each is run interleaved with a raw sqlite3
baseline doing the same SQL work on the same file with the same pragmas (WAL, synchronous=FULL,
foreign_keys=ON), so the ratio shows what the service layer costs, not what the disk costs.
Figures are printed, never asserted: see bench/README.md for the targets and last results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import BUSY_TIMEOUT_MS, HOT_CACHE_KIB, Database, head_revision  # noqa: E402
from app.ids import uuid7  # noqa: E402
from app.models import Fair, Producer, Product, StockMove  # noqa: E402
from app.services import settings  # noqa: E402
from app.services.auth import authenticate, list_staff  # noqa: E402
from app.services.cart import Cart  # noqa: E402
from app.services.catalog import ProductInfo, lookup_code, search, search_text_for  # noqa: E402
from app.services.checkout import (  # noqa: E402
    PaymentInput,
    build_sale_payload,
    checkout,
    sale_number,
)
from app.services.demo import add_past_sales, load_demo  # noqa: E402
from app.services.outbox import PAYLOAD_VERSION  # noqa: E402
from app.services.shifts import open_shift  # noqa: E402
from app.services.textfold import fold  # noqa: E402
from app.services.till import Till  # noqa: E402
from bench.catalog_gen import generate  # noqa: E402

TOTAL_PRODUCTS = 10_322
PAST_SALES = 100_000
GEN_VERSION = 1  # bump when the generated data changes, so the cache is rebuilt
CACHE_ROOT = Path(
    os.environ.get("OCOP_BENCH_CACHE", Path(tempfile.gettempdir()) / "ocop-bench-cache")
)
DEMO_PIN = "1111"
TOKEN = re.compile(r"[0-9a-z][0-9a-z\-]*")  # the catalog service's tokeniser

QUERIES = [
    "mien dong",
    "tra hoa vang",
    "dong trieu",
    "ruou ba kich",
    "cha muc",
    "mie",
    "tra",
    "mat ong",
    "binh lieu",
    "nem chua quang yen",
    "TRA-HV-100",
    "2000010000012",
    "ba kich",
    "sa sung",
    "hoa hoi",
    "nuoc mam",
    "shan tuyet",
    "banh gai",
    "ngoc tr",
    "ca thu mot nang",
]


# --------------------------------------------------------------------------------- building


def build_database(target: Path) -> None:
    """Demo data, then generated products up to 10,322, then 100,000 past sales."""
    db = Database(Paths(target))
    try:
        summary = load_demo(db)
        producers, products = generate(TOTAL_PRODUCTS - summary.products, 2_700)
        with db.write() as session:
            rows = [
                Producer(
                    code=p.code, name=p.name, kind=p.kind, district=p.district, commune=p.commune
                )
                for p in producers
            ]
            session.add_all(rows)
            session.flush()
            for g in products:
                product = Product(
                    sku=g.sku,
                    barcode=g.barcode,
                    name=g.name,
                    producer_id=rows[g.producer].id,
                    category=g.category,
                    unit=g.unit,
                    price=g.price,
                    vat_rate=g.vat_rate,
                    stars=g.stars,
                    star_certified_on=g.star_certified_on,
                    star_expires_on=g.star_expires_on,
                    sold_by_weight=g.sold_by_weight,
                    traceability_url=f"https://truyxuat.ocop.vn/sp/{g.sku.lower()}",
                )
                product.search_text = search_text_for(product, rows[g.producer])
                session.add(product)
            session.flush()
            s = settings.get_value
            booth_id = s(session, "location_id")
            staff_id = list_staff(db, "manager")[0].id
            now = datetime.now(UTC)
            session.execute(
                insert(StockMove),
                [
                    {
                        "id": uuid7(),
                        "product_id": pid,
                        "location_id": booth_id,
                        "quantity": Decimal(100),
                        "kind": "receive",
                        "producer_id": producer_id,
                        "reason": "Nhập hàng",
                        "staff_id": staff_id,
                        "created_utc": now,
                    }
                    for pid, producer_id in session.execute(
                        select(Product.id, Product.producer_id).where(Product.sku.like("%-G%"))
                    )
                ],
            )
        s = settings.load(db)
        with db.read() as session:
            fair = session.get(Fair, s.fair_id)
            fair_days = (fair.starts_on, fair.ends_on)
        cashier = list_staff(db, "cashier")[0]
        add_past_sales(
            db, PAST_SALES, s.location_id, s.fair_id, s.device_code, cashier.id, fair_days
        )
    finally:
        db.close()


def prepared_copy(rebuild: bool) -> Path:
    """A scratch copy of the cached database (the run adds sales, the cache stays pristine)."""
    cache = CACHE_ROOT / f"v{GEN_VERSION}-{head_revision()}"
    done = cache / "complete"
    if rebuild or not done.exists():
        shutil.rmtree(cache, ignore_errors=True)
        started = time.perf_counter()
        build_database(cache / "data")
        done.write_text(datetime.now(UTC).isoformat())
        print(f"built {cache} in {time.perf_counter() - started:.1f}s")
    work = Path(tempfile.mkdtemp(prefix="ocop-bench-"))
    shutil.copy2(cache / "data" / "booth.db", work / "booth.db")
    return work


# --------------------------------------------------------------------------------- raw baseline


def raw_connection(path: Path, hot_cache: bool) -> sqlite3.Connection:
    """The app's pragmas; hot_cache as the service's hot reader (reads) or not (the writer)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    if hot_cache:
        conn.execute(f"PRAGMA cache_size=-{HOT_CACHE_KIB}")
    return conn


RAW_LOOKUP = """
    SELECT p.id, p.sku, p.barcode, p.name, p.unit, p.price, p.vat_rate, p.stars,
           p.star_expires_on, p.sold_by_weight, pr.name, pr.commune, pr.district
    FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id
    WHERE p.active = 1 AND p.barcode = ?
"""

RAW_RANK = """
    SELECT p.id,
           CASE WHEN p.barcode = ? OR lower(p.sku) = ? THEN 0
                WHEN p.search_text LIKE ? ESCAPE '\\' THEN 1
                ELSE 2 END AS rank
    FROM product_fts f JOIN products p ON p.id = f.rowid
    WHERE product_fts MATCH ? AND p.active = 1
    ORDER BY rank, p.name
    LIMIT ?
"""
RAW_ROWS = """
    SELECT p.id, p.sku, p.barcode, p.name, p.unit, p.price, p.vat_rate, p.stars,
           p.star_expires_on, p.sold_by_weight, pr.name, pr.commune, pr.district
    FROM products p LEFT JOIN producers pr ON pr.id = p.producer_id
    WHERE p.id IN ({marks})
"""


def raw_lookup(conn: sqlite3.Connection, code: str) -> tuple | None:
    return conn.execute(RAW_LOOKUP, (code.strip(),)).fetchone()


def raw_search(conn: sqlite3.Connection, query: str, limit: int = 30) -> list[tuple]:
    """Rank ids with FTS5 MATCH, then read the winners, in one read transaction."""
    folded = fold(query)
    terms = TOKEN.findall(folded)
    if not terms:
        return []
    match = " ".join(f'"{t}"*' for t in terms)
    prefix = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    conn.execute("BEGIN")
    try:
        ids = [r[0] for r in conn.execute(RAW_RANK, (query.strip(), folded, prefix, match, limit))]
        rows = conn.execute(RAW_ROWS.format(marks=",".join("?" * len(ids))), ids).fetchall()
    finally:
        conn.execute("COMMIT")
    by_id = {r[0]: r for r in rows}
    return [by_id[i] for i in ids]


def _ts(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime on SQLite (naive UTC, microseconds always present)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_checkout(conn: sqlite3.Connection, till: Till, cart: Cart, tendered: int) -> str:
    """The same rows checkout() writes, in one BEGIN IMMEDIATE ... COMMIT with executemany."""
    now = datetime.now(UTC)
    sale_id = uuid7()
    conn.execute("BEGIN IMMEDIATE")
    try:
        (status,) = conn.execute(
            "SELECT status FROM shifts WHERE id = ?", (till.shift_id,)
        ).fetchone()
        assert status == "open"
        (n,) = conn.execute(
            "UPDATE counters SET value = value + 1 WHERE name = 'sale_number' RETURNING value"
        ).fetchone()
        sale = {
            "id": sale_id,
            "number": sale_number(till.device_code, n),
            "shift_id": till.shift_id,
            "location_id": till.location_id,
            "fair_id": till.fair_id,
            "staff_id": till.staff.id,
            "created_utc": now,
            "utc_offset_min": 420,
            "subtotal": cart.subtotal,
            "discount_total": cart.discount_total,
            "total": cart.total,
            "vat_total": cart.vat_total,
        }
        conn.execute(
            "INSERT INTO sales (id, number, shift_id, location_id, fair_id, staff_id, "
            "created_utc, utc_offset_min, subtotal, discount_total, total, vat_total, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed')",
            (
                sale_id,
                sale["number"],
                till.shift_id,
                till.location_id,
                till.fair_id,
                till.staff.id,
                _ts(now),
                420,
                cart.subtotal,
                cart.discount_total,
                cart.total,
                cart.vat_total,
            ),
        )
        lines = [
            {
                "id": uuid7(),
                "line_no": no,
                "sku": ln.product.sku,
                "barcode": ln.product.barcode,
                "name": ln.product.name,
                "unit": ln.product.unit,
                "list_price": ln.product.price,
                "unit_price": ln.unit_price,
                "quantity": ln.quantity,
                "discount": ln.discount,
                "total": ln.total,
                "vat_rate": ln.product.vat_rate,
                "vat_amount": ln.vat_amount,
                "product_id": ln.product.id,
            }
            for no, ln in enumerate(cart.lines, start=1)
        ]
        conn.executemany(
            "INSERT INTO sale_lines (id, sale_id, line_no, product_id, sku, barcode, name, unit, "
            "list_price, unit_price, quantity, discount, total, vat_rate, vat_amount) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    ln["id"],
                    sale_id,
                    ln["line_no"],
                    ln["product_id"],
                    ln["sku"],
                    ln["barcode"],
                    ln["name"],
                    ln["unit"],
                    ln["list_price"],
                    ln["unit_price"],
                    int(ln["quantity"] * 1000),
                    ln["discount"],
                    ln["total"],
                    ln["vat_rate"],
                    ln["vat_amount"],
                )
                for ln in lines
            ],
        )
        conn.executemany(
            "INSERT INTO stock_moves (id, product_id, location_id, quantity, kind, ref_id, "
            "reason, staff_id, created_utc) VALUES (?, ?, ?, ?, 'sale', ?, '', ?, ?)",
            [
                (
                    uuid7(),
                    ln["product_id"],
                    till.location_id,
                    -int(ln["quantity"] * 1000),
                    sale_id,
                    till.staff.id,
                    _ts(now),
                )
                for ln in lines
            ],
        )
        payment = {"id": uuid7(), "method": "cash", "amount": cart.total, "reference": ""}
        conn.executemany(
            "INSERT INTO payments (id, sale_id, method, amount, tendered, change, reference, "
            "status) VALUES (?, ?, 'cash', ?, ?, ?, '', 'confirmed')",
            [(payment["id"], sale_id, cart.total, tendered, tendered - cart.total)],
        )
        (seq,) = conn.execute(
            "UPDATE counters SET value = value + 1 WHERE name = 'outbox_seq' RETURNING value"
        ).fetchone()
        payload = build_sale_payload(sale, lines, [payment])
        conn.execute(
            "INSERT INTO outbox (id, seq, kind, payload_version, payload, created_utc, status, "
            "attempts) VALUES (?, ?, 'sale', ?, ?, ?, 'pending', 0)",
            (
                sale_id,
                seq,
                PAYLOAD_VERSION,
                json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
                _ts(now),
            ),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return sale_id


# --------------------------------------------------------------------------------- measuring


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def interleaved(
    pairs: list[tuple[Callable[[], Any], Callable[[], Any]]],
) -> tuple[list[float], list[float]]:
    """Run service and raw alternately, so caches, WAL size and noise hit both alike."""
    service, raw = [], []
    for i, (svc, baseline) in enumerate(pairs):
        if i % 2:
            raw.append(timed(baseline))
            service.append(timed(svc))
        else:
            service.append(timed(svc))
            raw.append(timed(baseline))
    return service, raw


def make_till(db: Database) -> Till:
    s = settings.load(db)
    staff = authenticate(db, list_staff(db, "cashier")[0].id, DEMO_PIN)
    till = Till(staff, s.location_id, s.fair_id, s.device_code)
    return till.with_shift(open_shift(db, till, 500_000).id)


def random_cart(rng: random.Random, products: list[ProductInfo]) -> Cart:
    cart = Cart()
    for product in rng.sample(products, rng.randint(1, 4)):
        qty = rng.choice(["0.5", "1", "1.2"]) if product.sold_by_weight else rng.randint(1, 3)
        cart.add(product, qty)
    return cart


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--search-rounds", type=int, default=15)
    parser.add_argument("--checkouts", type=int, default=400)
    args = parser.parse_args(argv)

    work = prepared_copy(args.rebuild)
    rng = random.Random(2026)
    db = Database(Paths(work))
    raw = raw_connection(db.paths.database, hot_cache=True)
    raw_writer = raw_connection(db.paths.database, hot_cache=False)
    try:
        with db.read() as session:
            barcodes = list(session.scalars(select(Product.barcode).where(Product.active)))
        n_sales = raw.execute("SELECT count(*) FROM sales").fetchone()[0]
        print(
            f"database: {len(barcodes):,} products, {n_sales:,} sales, "
            f"{db.paths.database.stat().st_size / 1e6:.0f} MB; "
            f"SQLite {sqlite3.sqlite_version}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs"
        )

        # Barcode lookup: warm up, then check both return the same product.
        codes = [rng.choice(barcodes) for _ in range(args.lookups)]
        for code in codes[:200]:
            assert lookup_code(db, code).id == raw_lookup(raw, code)[0]
        look_s, look_r = interleaved(
            [(lambda c=c: lookup_code(db, c), lambda c=c: raw_lookup(raw, c)) for c in codes]
        )

        # Search: the same queries, repeated.
        for q in QUERIES:
            assert [p.id for p in search(db, q)] == [r[0] for r in raw_search(raw, q)], q
        hits = {q: len(raw_search(raw, q, limit=100_000)) for q in QUERIES}
        plan = [q for _ in range(args.search_rounds) for q in QUERIES]
        find_s, find_r = interleaved(
            [(lambda q=q: search(db, q), lambda q=q: raw_search(raw, q)) for q in plan]
        )

        # Checkout: same carts, each paid in cash with change, service vs raw alternately.
        till = make_till(db)
        products = [lookup_code(db, code) for code in rng.sample(barcodes, 2000)]
        carts = [random_cart(rng, products) for _ in range(args.checkouts + 20)]
        for cart in carts[:20]:
            checkout(db, till, cart, [PaymentInput("cash", cart.total + 50_000)])
            raw_checkout(raw_writer, till, cart, cart.total + 50_000)
        carts = carts[20:]
        sale_s, sale_r = interleaved(
            [
                (
                    lambda c=c: checkout(db, till, c, [PaymentInput("cash", c.total + 50_000)]),
                    lambda c=c: raw_checkout(raw_writer, till, c, c.total + 50_000),
                )
                for c in carts
            ]
        )
    finally:
        raw.close()
        raw_writer.close()
        db.close()
        shutil.rmtree(work, ignore_errors=True)

    rows = [
        ("lookup p50", pct(look_s, 50), pct(look_r, 50), ""),
        ("lookup p99", pct(look_s, 99), pct(look_r, 99), "<= 5x raw and < 2 ms"),
        ("search p50", pct(find_s, 50), pct(find_r, 50), ""),
        ("search p95", pct(find_s, 95), pct(find_r, 95), "< 5 ms"),
        ("checkout p50", pct(sale_s, 50), pct(sale_r, 50), "<= 2x raw"),
        ("checkout p95", pct(sale_s, 95), pct(sale_r, 95), "<= 2x raw"),
    ]
    print(
        f"\n{len(look_s)} lookups, {len(find_s)} searches ({len(QUERIES)} queries), "
        f"{len(sale_s)} checkouts of 1-4 lines; {date.today().isoformat()}"
    )
    print(f"{'':14}{'service ms':>11}{'raw ms':>9}{'ratio':>8}  target")
    for name, svc, base, target in rows:
        print(f"{name:14}{svc:>11.3f}{base:>9.3f}{svc / base:>7.1f}x  {target}")
    ok_lookup = pct(look_s, 99) < 2 and pct(look_s, 50) <= 5 * pct(look_r, 50)
    ok_search = pct(find_s, 95) < 5
    ok_commit = pct(sale_s, 50) <= 2 * pct(sale_r, 50)
    print(
        f"targets: lookup {'met' if ok_lookup else 'MISSED'}, search "
        f"{'met' if ok_search else 'MISSED'}, commit {'met' if ok_commit else 'MISSED'}"
    )
    print("rows per query: " + ", ".join(f"{q!r} {n}" for q, n in hits.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
