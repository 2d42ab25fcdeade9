"""Catalog import and the products page's search-as-you-type on the national catalog size.

    .venv/bin/python bench/catalog.py [--rows 10322] [--repeat 3]

1. Import of a generated 10,322-row file (bench/catalog_gen.py: 2,700 producers), CSV and XLSX,
   into a fresh migrated database: preview + commit (catalog_io.import_file), time and peak
   Python memory (tracemalloc, in a separate run so tracing does not slow the timed one);
   then the same file again (nothing to change). Beside it, a raw baseline: csv.reader, fold()
   for search_text, and sqlite3 executemany of the same producer and product rows in one
   transaction with the app's pragmas (the FTS triggers fire for both).
2. Search-as-you-type on the products page: catalog_listing.list_products (count + first page
   of 200, sorted by name) for every prefix of typed queries, p50/p95 per keystroke.
Figures are printed, never asserted: see bench/README.md ("Catalog").
"""

from __future__ import annotations

import argparse
import csv
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.config import Paths  # noqa: E402
from app.db import BUSY_TIMEOUT_MS, Database  # noqa: E402
from app.services.catalog_files import write_table  # noqa: E402
from app.services.catalog_io import import_file  # noqa: E402
from app.services.catalog_listing import list_products  # noqa: E402
from app.services.textfold import fold  # noqa: E402
from bench.catalog_gen import catalog_rows  # noqa: E402

TYPED = ["mien dong", "tra hoa vang", "ruou ba kich", "nem chua quang yen", "ca thu mot nang",
         "binh lieu", "mat ong", "sa sung", "TRA-G00", "21000"]


def records(n: int) -> list[tuple]:
    """One import producer per generated producer, so the figures compare with earlier runs
    (the import's commune warnings are tested in tests/unit/test_catalog_import_warnings.py)."""
    return catalog_rows(n, 2_700, one_key_each=True)


def fresh_db(root: Path, tag: str) -> Database:
    return Database(Paths(Path(tempfile.mkdtemp(prefix=f"{tag}-", dir=root))))


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def raw_import(db: Database, path: Path) -> None:
    """The least work that stores the same rows: no validation, no upsert, no preview."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    conn = sqlite3.connect(db.paths.database, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        makers: dict[tuple[str, str], int] = {}
        producer_rows = []
        for r in rows:
            key = (r[3], r[5])
            if key not in makers:
                makers[key] = len(makers) + 1
                producer_rows.append((makers[key], f"SX{makers[key]:05d}", r[3], r[4], r[5], r[6]))
        conn.executemany("INSERT INTO producers (id, code, name, kind, district, commune, active) "
                         "VALUES (?, ?, ?, ?, ?, ?, 1)", producer_rows)
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        conn.executemany(
            "INSERT INTO products (sku, barcode, name, producer_id, category, unit, price, "
            "vat_rate, stars, star_certified_on, star_expires_on, traceability_url, "
            "sold_by_weight, active, search_text, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 1, ?, ?)",
            [(r[0], r[1] or None, r[2], makers[(r[3], r[5])], r[7], r[8], int(r[9]), int(r[10]),
              int(r[11]) if r[11] else None, r[12] or None, r[13] or None, r[8] == "kg",
              fold(" ".join(x for x in (r[2], r[0], r[1], r[7], r[3], r[5], r[6]) if x)), now)
             for r in rows],
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def bench_import(root: Path, files: dict[str, Path], repeat: int) -> Database:
    print(f"{'import':<28}{'best s':>9}{'peak MiB':>10}")
    keep = None
    for label, path in files.items():
        best, peak = float("inf"), 0.0
        for _ in range(repeat):
            db = fresh_db(root, label)
            best = min(best, timed(lambda db=db, path=path: import_file(db, path)))
            again = timed(lambda db=db, path=path: import_file(db, path))
            db.close()
        db = fresh_db(root, label)
        peak = peak_mib(lambda db=db, path=path: import_file(db, path))
        if keep is None:
            keep = db.paths
        db.close()
        print(f"{'service ' + label:<28}{best:>9.2f}{peak:>10.1f}")
        print(f"{'service ' + label + ' again':<28}{again:>9.2f}")
    best = float("inf")
    for _ in range(repeat):
        db = fresh_db(root, "raw")
        best = min(best, timed(lambda db=db: raw_import(db, files["csv"])))
        db.close()
    db = fresh_db(root, "raw")
    peak = peak_mib(lambda db=db: raw_import(db, files["csv"]))
    db.close()
    print(f"{'raw executemany csv':<28}{best:>9.2f}{peak:>10.1f}")
    assert keep is not None
    return Database(keep)  # reopened, as the app would be after an import


def bench_typing(db: Database) -> None:
    keystrokes = [q[:i] for q in TYPED for i in range(1, len(q) + 1)]
    for q in keystrokes[:20]:  # warm the page cache as a user's first seconds would
        list_products(db, q)
    times, totals = [], []
    for _ in range(3):
        for q in keystrokes:
            started = time.perf_counter()
            page = list_products(db, q)
            times.append((time.perf_counter() - started) * 1000)
            totals.append(page.total)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95)]
    print(f"\nsearch-as-you-type: {len(keystrokes)} keystrokes x 3, rows matched "
          f"{min(totals)}-{max(totals)}")
    print(f"list_products p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    for label, kwargs in (("no filter, by name", {}), ("no filter, by price desc",
                          {"sort": "price", "descending": True})):
        runs = sorted(timed(lambda kw=kwargs: list_products(db, **kw)) * 1000 for _ in range(30))
        print(f"{label:<28} p50 {statistics.median(runs):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_322)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.machine()}, {args.rows} rows")
    with tempfile.TemporaryDirectory(prefix="ocop-catalog-bench-") as tmp:
        root = Path(tmp)
        rows = records(args.rows)
        files = {"csv": root / "catalog.csv", "xlsx": root / "catalog.xlsx"}
        for path in files.values():
            write_table(path, rows)
        db = bench_import(root, files, args.repeat)
        try:
            bench_typing(db)
        finally:
            db.close()


if __name__ == "__main__":
    main()
