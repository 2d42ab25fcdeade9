"""Sales reports on a booth with 200,000 sales, each beside a raw sqlite3 baseline.

    .venv/bin/python bench/reports.py [--rebuild] [--sales N] [--repeat N]

Builds (once; cached under /tmp/ocop-bench-cache) the demo booth with N past sales (default
200,000) spread over the 60 days before today, 1 % of them voided and 0.5 % partly refunded a
day later, and the visitor counts of every hour, then copies it to a scratch directory. For
each grouping it times `reporting.build_report(db, period, [by])` (the headline figures and
that grouping, this period and the previous one, rows labelled) against plain SQL that reads
the same figures with the same pragmas in one read transaction, interleaved so caches and
noise hit both alike; then the whole Reports page (every grouping at once) against all the
raw queries. Before timing, the raw figures are checked against the service's, so the two
sides are known to do the same work. Figures are printed, never asserted: see bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.config import DEFAULT_TIMEZONE, Paths  # noqa: E402
from app.db import BUSY_TIMEOUT_MS, Database, head_revision  # noqa: E402
from app.ids import uuid7  # noqa: E402
from app.services import settings  # noqa: E402
from app.services.auth import list_staff  # noqa: E402
from app.services.clock import local_today  # noqa: E402
from app.services.demo import add_past_sales, load_demo  # noqa: E402
from app.services.reporting import GROUPINGS, Report, build_report  # noqa: E402
from app.services.reporting.period import Period, day_period  # noqa: E402

GEN_VERSION = 1  # bump when the generated data changes, so the cache is rebuilt
DAYS = 60
CACHE_ROOT = Path(
    os.environ.get("OCOP_BENCH_CACHE", Path(tempfile.gettempdir()) / "ocop-bench-cache")
)


# --------------------------------------------------------------------------------- building


def _ts(moment: datetime) -> str:
    """How SQLAlchemy stores a DateTime on SQLite (naive UTC, microseconds always present)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build_database(target: Path, sales: int) -> None:
    """The demo booth, `sales` past sales over DAYS days, some voided, some refunded."""
    db = Database(Paths(target))
    try:
        load_demo(db)
        booth = settings.load(db)
        today = local_today(DEFAULT_TIMEZONE)
        cashier = list_staff(db, "cashier")[0].id
        days = (today - timedelta(days=DAYS), today - timedelta(days=1))
        add_past_sales(db, sales, booth.location_id, booth.fair_id, booth.device_code, cashier,
                       days, seed=2026, today=today)
    finally:
        db.close()
    rng = random.Random(13)
    conn = sqlite3.connect(target / "booth.db", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        ids = [r[0] for r in conn.execute("SELECT id FROM sales ORDER BY created_utc")]
        voided = rng.sample(ids, len(ids) // 100)
        conn.executemany("UPDATE sales SET status = 'voided', voided_utc = created_utc, "
                         "voided_by_id = staff_id, void_reason = 'bench' WHERE id = ?",
                         [(i,) for i in voided])
        gone = set(voided)
        refunds, lines = [], []
        for n, sale_id in enumerate(rng.sample([i for i in ids if i not in gone],
                                               len(ids) // 200), start=1):
            (line_id, qty, total, created, shift, staff), = conn.execute(
                "SELECT l.id, l.quantity, l.total, s.created_utc, s.shift_id, s.staff_id "
                "FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sale_id = ? "
                "AND l.line_no = 1", (sale_id,))
            method, = conn.execute("SELECT method FROM payments WHERE sale_id = ?",
                                   (sale_id,)).fetchone()
            when = datetime.fromisoformat(created).replace(tzinfo=UTC) + timedelta(days=1)
            refund_id = uuid7()
            refunds.append((refund_id, f"BENCH-R{n:06d}", sale_id, shift, staff, staff,
                            _ts(when), 420, method, total, "bench"))
            lines.append((uuid7(), refund_id, line_id, qty, total))
        conn.executemany("INSERT INTO refunds (id, number, sale_id, shift_id, staff_id, "
                         "approved_by_id, created_utc, utc_offset_min, method, total, reason) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", refunds)
        conn.executemany("INSERT INTO refund_lines (id, refund_id, sale_line_id, quantity, "
                         "amount) VALUES (?, ?, ?, ?, ?)", lines)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def prepared_copy(rebuild: bool, sales: int) -> Path:
    """A scratch copy of the cached database (which stays pristine)."""
    cache = CACHE_ROOT / f"reports-v{GEN_VERSION}-{sales}-{head_revision()}"
    done = cache / "complete"
    if rebuild or not done.exists():
        shutil.rmtree(cache, ignore_errors=True)
        started = time.perf_counter()
        build_database(cache / "data", sales)
        done.write_text(datetime.now(UTC).isoformat())
        print(f"built {cache} in {time.perf_counter() - started:.1f}s")
    work = Path(tempfile.mkdtemp(prefix="ocop-bench-"))
    shutil.copy2(cache / "data" / "booth.db", work / "booth.db")
    return work


# --------------------------------------------------------------------------------- raw SQL


def raw_connection(path: Path) -> sqlite3.Connection:
    """The app's pragmas and its default page cache (reports use ordinary sessions)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


OFFSET = "'+7 hours'"  # Asia/Ho_Chi_Minh has had no daylight saving since 1975
IN_RANGE = "{t}.created_utc >= :plo AND {t}.created_utc < :hi"
RAW: dict[str, list[str]] = {
    # The headline figures: sales by status, refunds, visitors, for both periods.
    "summary": [
        "SELECT created_utc >= :lo, status, count(*), sum(total) FROM sales s "
        f"WHERE {IN_RANGE.format(t='s')} GROUP BY 1, 2",
        "SELECT created_utc >= :lo, count(*), sum(total) FROM refunds r "
        f"WHERE {IN_RANGE.format(t='r')} GROUP BY 1",
        "SELECT hour_utc >= :lo, sum(count) FROM visitor_counts "
        "WHERE hour_utc >= :plo AND hour_utc < :hi GROUP BY 1",
    ],
    "day": [
        f"SELECT date(created_utc, {OFFSET}), count(*), sum(total) FROM sales s "
        f"WHERE status = 'completed' AND {IN_RANGE.format(t='s')} GROUP BY 1",
        f"SELECT date(created_utc, {OFFSET}), sum(total) FROM refunds r "
        f"WHERE {IN_RANGE.format(t='r')} GROUP BY 1",
        f"SELECT date(hour_utc, {OFFSET}), sum(count) FROM visitor_counts "
        "WHERE hour_utc >= :plo AND hour_utc < :hi GROUP BY 1",
    ],
    "hour": [
        f"SELECT created_utc >= :lo, strftime('%H', created_utc, {OFFSET}), count(*), "
        f"sum(total) FROM sales s WHERE status = 'completed' AND {IN_RANGE.format(t='s')} "
        "GROUP BY 1, 2",
        f"SELECT created_utc >= :lo, strftime('%H', created_utc, {OFFSET}), sum(total) "
        f"FROM refunds r WHERE {IN_RANGE.format(t='r')} GROUP BY 1, 2",
        f"SELECT hour_utc >= :lo, strftime('%H', hour_utc, {OFFSET}), sum(count) "
        "FROM visitor_counts WHERE hour_utc >= :plo AND hour_utc < :hi GROUP BY 1, 2",
    ],
    "product": [
        "SELECT s.created_utc >= :lo, p.id, p.sku, p.name, p.unit, sum(l.quantity), "
        "sum(l.total) FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN products p "
        f"ON p.id = l.product_id WHERE s.status = 'completed' AND {IN_RANGE.format(t='s')} "
        "GROUP BY 1, l.product_id",
        "SELECT r.created_utc >= :lo, l.product_id, sum(x.quantity), sum(x.amount) "
        "FROM refunds r JOIN refund_lines x ON x.refund_id = r.id JOIN sale_lines l "
        f"ON l.id = x.sale_line_id WHERE {IN_RANGE.format(t='r')} GROUP BY 1, 2",
    ],
    "category": [
        "SELECT s.created_utc >= :lo, p.category, sum(l.total) FROM sales s JOIN sale_lines l "
        "ON l.sale_id = s.id LEFT JOIN products p ON p.id = l.product_id "
        f"WHERE s.status = 'completed' AND {IN_RANGE.format(t='s')} GROUP BY 1, 2",
        "SELECT r.created_utc >= :lo, p.category, sum(x.amount) FROM refunds r JOIN "
        "refund_lines x ON x.refund_id = r.id JOIN sale_lines l ON l.id = x.sale_line_id "
        f"LEFT JOIN products p ON p.id = l.product_id WHERE {IN_RANGE.format(t='r')} "
        "GROUP BY 1, 2",
    ],
    "producer": [
        # per product (owed is rounded per product), with its producer
        "SELECT s.created_utc >= :lo, l.product_id, p.producer_id, sum(l.quantity), "
        "sum(l.total) FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN products p "
        f"ON p.id = l.product_id WHERE s.status = 'completed' AND {IN_RANGE.format(t='s')} "
        "GROUP BY 1, 2",
        "SELECT r.created_utc >= :lo, l.product_id, sum(x.quantity), sum(x.amount) "
        "FROM refunds r JOIN refund_lines x ON x.refund_id = r.id JOIN sale_lines l "
        f"ON l.id = x.sale_line_id WHERE {IN_RANGE.format(t='r')} GROUP BY 1, 2",
        # the agreed cost: the latest consignment receipt before each period's end wins
        "SELECT product_id, unit_cost FROM stock_moves WHERE kind = 'consign_in' "
        "AND created_utc < :hi ORDER BY created_utc, id",
        "SELECT product_id, unit_cost FROM stock_moves WHERE kind = 'consign_in' "
        "AND created_utc < :lo ORDER BY created_utc, id",
        "SELECT id, code, name FROM producers",
    ],
    "payment": [
        "SELECT s.created_utc >= :lo, p.method, count(DISTINCT p.sale_id), sum(p.amount) "
        "FROM sales s JOIN payments p ON p.sale_id = s.id "
        f"WHERE s.status = 'completed' AND {IN_RANGE.format(t='s')} GROUP BY 1, 2",
        "SELECT created_utc >= :lo, method, sum(total) FROM refunds r "
        f"WHERE {IN_RANGE.format(t='r')} GROUP BY 1, 2",
    ],
}


def raw_report(conn: sqlite3.Connection, period: Period, groupings: list[str]
               ) -> dict[str, list[list[tuple]]]:
    """Every query of the summary and the groupings, in one read transaction."""
    previous = period.previous()
    params = {"lo": _ts(period.lo), "hi": _ts(period.hi), "plo": _ts(previous.lo)}
    conn.execute("BEGIN")
    try:
        return {key: [conn.execute(sql, params).fetchall() for sql in RAW[key]]
                for key in ("summary", *groupings)}
    finally:
        conn.execute("COMMIT")


def check_same(conn: sqlite3.Connection, raw: dict[str, list[list[tuple]]],
               report: Report) -> None:
    """The raw figures are the service's: revenue per grouping, owed per producer."""
    sales, refunds, _visitors = raw["summary"]
    revenue = sum(t or 0 for cur, status, _n, t in sales if cur and status == "completed")
    revenue -= sum(t or 0 for cur, _n, t in refunds if cur)
    assert revenue == report.current.revenue, (revenue, report.current.revenue)
    for by, grouping in report.groupings.items():
        assert grouping.current.revenue == revenue, by
    if "producer" in raw:
        sold, back, cost_now, _cost_before, _names = raw["producer"]
        qty: dict[Any, Decimal] = defaultdict(Decimal)
        maker = {}
        for cur, pid, producer, q, _t in sold:
            if cur:
                qty[pid] += Decimal(q) / 1000
                maker[pid] = producer
        for cur, pid, q, _a in back:
            if cur:
                qty[pid] -= Decimal(q) / 1000
                if pid not in maker:  # refunded in the period, not sold in it
                    maker[pid] = conn.execute("SELECT producer_id FROM products WHERE id = ?",
                                              (pid,)).fetchone()[0]
        owed: dict[Any, int] = defaultdict(int)
        for pid, cost in dict(cost_now).items():
            if pid in qty:
                owed[maker[pid]] += int((qty[pid] * (cost or 0)).quantize(
                    Decimal(1), rounding=ROUND_HALF_UP))
        got = {int(r.key): r.current.owed for r in report.groupings["producer"].rows if r.key}
        assert {k: v for k, v in owed.items() if v} == {k: v for k, v in got.items() if v}


# --------------------------------------------------------------------------------- measuring


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def interleaved(service: Callable[[], Any], raw: Callable[[], Any],
                repeat: int) -> tuple[float, float]:
    """Medians of `repeat` runs each, alternating which side goes first."""
    s, r = [], []
    for i in range(repeat):
        if i % 2:
            r.append(timed(raw))
            s.append(timed(service))
        else:
            s.append(timed(service))
            r.append(timed(raw))
    return statistics.median(s), statistics.median(r)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--sales", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    work = prepared_copy(args.rebuild, args.sales)
    db = Database(Paths(work))
    raw = raw_connection(db.paths.database)
    results = []
    try:
        n_sales = raw.execute("SELECT count(*) FROM sales").fetchone()[0]
        print(f"database: {n_sales:,} sales, {db.paths.database.stat().st_size / 1e6:.0f} MB; "
              f"SQLite {sqlite3.sqlite_version}, Python {platform.python_version()}, "
              f"{os.cpu_count()} CPUs")
        today = local_today(DEFAULT_TIMEZONE)
        periods = {
            # 30 days against the 30 before: every sale of the database is read
            "30 days": day_period(today - timedelta(days=30), today - timedelta(days=1),
                                  DEFAULT_TIMEZONE),
            "7 days": day_period(today - timedelta(days=7), today - timedelta(days=1),
                                 DEFAULT_TIMEZONE),
        }
        for label, period in periods.items():
            for by in [*GROUPINGS, "all"]:
                wanted = list(GROUPINGS) if by == "all" else [by]
                check_same(raw, raw_report(raw, period, wanted), build_report(db, period, wanted))
                svc, base = interleaved(lambda p=period, w=wanted: build_report(db, p, w),
                                        lambda p=period, w=wanted: raw_report(raw, p, w),
                                        args.repeat)
                results.append((label, by, svc, base))
    finally:
        raw.close()
        db.close()
        shutil.rmtree(work, ignore_errors=True)

    print(f"\nmedian of {args.repeat} interleaved runs; {datetime.now(UTC):%Y-%m-%d}")
    print(f"{'period':9}{'report':10}{'service ms':>11}{'raw ms':>9}{'ratio':>8}  target <= 2x")
    worst = 0.0
    for label, by, svc, base in results:
        worst = max(worst, svc / base)
        print(f"{label:9}{by:10}{svc:>11.1f}{base:>9.1f}{svc / base:>7.2f}x")
    print(f"target: every report <= 2x raw: {'met' if worst <= 2 else 'MISSED'} "
          f"(worst {worst:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
