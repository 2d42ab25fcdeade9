"""Sync throughput end to end, beside a raw insert of the same rows (prints figures).

    .venv/bin/python bench/sync.py [--sales 10000] [--booths 50] [--booth-facts 500]

Per backend (SQLite file, and PostgreSQL when reachable at $OCOP_HUB_TEST_PG):
1. end to end: a booth database with N queued sales (``demo.add_past_sales``), enrolled with a
   live hub (uvicorn in its OWN process on 127.0.0.1, as a booth and a hub are different
   machines; ``--hub-thread`` puts it in a thread of this process, as tests/hub do), then one
   ``SyncEngine.run_cycle(download=False)``: freeze, read, gzip, HTTP, validate, hash, insert,
   materialise, answer, mark sent. Sales/s and lines/s.
2. raw: the very rows the hub stored (facts, sales, sale_lines, payments) copied into a fresh
   hub database on the same server (same schema and indexes) with the driver's executemany +
   ``INSERT ... ON CONFLICT (id) DO NOTHING``, one transaction per 500 sales, as the hub does.
   Ratio = end-to-end rate / raw rate.
3. concurrency: B booths (devices) each POST one batch of F sales at once (threads, gzip);
   p50/p99 batch latency and the aggregate rate.
Figures are printed, never asserted: see bench/README.md ("Sync") for targets and results.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import Database  # noqa: E402
from app.services.demo import load_demo  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.enrollment import enroll  # noqa: E402
from app.sync.protocol import gzip_json  # noqa: E402
from tests.hub.conftest import Hub, _pg_unavailable, fresh_database, live_hub  # noqa: E402
from tests.hub.factories import sale_fact, sale_line  # noqa: E402

TABLES = ("facts", "sales", "sale_lines", "payments")
BATCH = 500
ROOT = Path(__file__).resolve().parents[1]
HUB_MAIN = """
import sys
sys.path.insert(0, sys.argv[3])
import uvicorn
uvicorn.run("server.app:app_from_env", factory=True, host="127.0.0.1", port=int(sys.argv[2]),
            workers=int(sys.argv[4]), log_level="warning", access_log=False)
"""
# ≈3 lines per sale, as the "10,000 sales (about 30,000 lines)" (the demo's own
# baskets give ≈2.1).
BASKETS = (2, 3, 3, 4, 4)


@contextmanager
def hub_process(database_url: str, workers: int = 1) -> Iterator[Hub]:
    """The hub in its own process(es) (``workers`` uvicorn workers), like tests/hub's live_hub
    otherwise."""

    import httpx

    from server.config import ENV_DATABASE_URL, settings_to_env
    from server.db import Database as HubDatabase
    from tests.hub.conftest import RELAXED

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, ENV_DATABASE_URL: database_url, **settings_to_env(RELAXED)}
    proc = subprocess.Popen([sys.executable, "-c", HUB_MAIN, database_url, str(port), str(ROOT),
                             str(workers)], env=env)
    db = HubDatabase(database_url)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/api/v1/info", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("hub did not start")
            time.sleep(0.1)
        with httpx.Client(base_url=url, timeout=30) as http:
            hub = Hub(db.dialect, url, database_url, db, http)
            hub.pid = proc.pid  # type: ignore[attr-defined] - for the CPU accounting
            yield hub
    finally:
        db.close()
        proc.terminate()
        proc.wait(timeout=10)


def booth_template(tmp: Path, sales: int) -> Path:
    """A booth database with ``sales`` queued sales, made once and copied for every run."""
    db = Database(Paths(tmp / "template"))
    try:
        load_demo(db, sales=sales, basket_sizes=BASKETS)
    finally:
        db.close()  # checkpoints the WAL: the main file is the whole database
    return tmp / "template"


def tree_cpu(pid: int | None) -> float | None:
    """CPU seconds (user + system) used so far by process ``pid`` and its children (uvicorn's
    workers); None where /proc is not there to read."""
    if pid is None or not Path("/proc").is_dir():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:  # fields[1]: parent pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def end_to_end(hub, template: Path, tmp: Path, sales: int) -> tuple[float, int, str]:  # noqa: ANN001
    booth_dir = tmp / f"booth-{time.monotonic_ns()}"
    shutil.copytree(template, booth_dir, ignore=shutil.ignore_patterns("*.lock", "backups"))
    db = Database(Paths(booth_dir))
    try:
        booth = hub.new_booth(fair_code=hub.new_fair()[0])
        enroll(db, hub.url, hub.code_for(booth))
        hub_pid = getattr(hub, "pid", None)
        booth_before, hub_before = time.process_time(), tree_cpu(hub_pid)
        start = time.perf_counter()
        report = SyncEngine(db).run_cycle(download=False)
        elapsed = time.perf_counter() - start
        booth_cpu = time.process_time() - booth_before
        hub_after = tree_cpu(hub_pid)
        if hub_pid is None:  # --hub-thread: the hub runs in this process
            cpu = f"{booth_cpu:.2f} (booth and hub)"
        elif hub_after is None or hub_before is None:
            cpu = f"{booth_cpu:.2f} booth (hub: no /proc to read)"
        else:
            cpu = f"{booth_cpu:.2f} booth + {hub_after - hub_before:.2f} hub"
        assert report.ok and report.pending == 0 and report.sent["sale"] == sales, report
    finally:
        db.close()
    with hub.db.read() as session:
        lines = session.execute(text("SELECT count(*) FROM sale_lines")).scalar()
    return elapsed, lines, cpu


def raw_copy(hub, backend: str, tmp: Path) -> float:  # noqa: ANN001
    """executemany + ON CONFLICT DO NOTHING of the hub's own rows into a fresh database."""
    with hub.db.engine.connect() as conn:
        data = {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in TABLES}
        columns = {t: list(conn.execute(text(f"SELECT * FROM {t} LIMIT 0")).keys())
                   for t in TABLES}
        parents = [(t, list(conn.execute(text(f"SELECT * FROM {t} LIMIT 0")).keys()),
                    conn.execute(text(f"SELECT * FROM {t}")).all())
                   for t in ("fairs", "booths", "devices")]
    with fresh_database(backend, tmp) as url:
        from server.db import Database as HubDatabase

        target = HubDatabase(url)
        try:
            raw = target.engine.raw_connection()
            mark = "?" if backend == "sqlite" else "%s"
            cur = raw.cursor()
            for table, cols, rows in parents:
                cur.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                f"({', '.join(mark for _ in cols)})", [tuple(r) for r in rows])
            raw.commit()
            if backend == "sqlite":
                cur.execute("COMMIT") if raw.in_transaction else None
            by_sale = _group(data, columns)
            start = time.perf_counter()
            for chunk in range(0, len(by_sale["sales"]), BATCH):
                if backend == "sqlite":  # the pool's sqlite3 connections are in autocommit
                    cur.execute("BEGIN IMMEDIATE")
                for table in TABLES:
                    rows = by_sale[table][chunk:chunk + BATCH]
                    flat = [r for group in rows for r in group]
                    if not flat:
                        continue
                    cols = columns[table]
                    cur.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                        f"({', '.join(mark for _ in cols)}) ON CONFLICT (id) DO NOTHING", flat)
                raw.commit()
            elapsed = time.perf_counter() - start
            raw.close()
        finally:
            target.close()
    return elapsed


def _group(data: dict, columns: dict) -> dict[str, list[list[tuple]]]:
    """Rows grouped per sale, in sale order, so each 500-sale transaction holds its own."""
    sales = data["sales"]
    index = {row[0]: i for i, row in enumerate(sales)}
    fact_of = {row[columns["sales"].index("fact_id")]: i for i, row in enumerate(sales)}
    grouped = {t: [[] for _ in sales] for t in TABLES}
    for row in sales:
        grouped["sales"][index[row[0]]].append(row)
    for row in data["facts"]:
        grouped["facts"][fact_of[row[0]]].append(row)
    for table in ("sale_lines", "payments"):
        at = columns[table].index("sale_id")
        for row in data[table]:
            grouped[table][index[row[at]]].append(row)
    return grouped


def concurrent(hub, booths: int, facts: int) -> tuple[list[float], float, int]:  # noqa: ANN001
    devices = [hub.enroll() for _ in range(booths)]
    bodies = [gzip_json({"facts": [sale_fact([sale_line(), sale_line(sku="TRA", price=250_000,
                                                                      quantity="1")])
                                   for _ in range(facts)]}) for _ in devices]
    latencies: list[float] = []
    lock = threading.Lock()
    go = threading.Event()

    def send(device, body) -> None:  # noqa: ANN001
        import httpx

        from app.sync.protocol import protocol_headers

        go.wait()
        start = time.perf_counter()
        r = httpx.post(hub.url + "/api/v1/facts", content=body,
                       headers=protocol_headers(device.token, gzipped=True), timeout=300)
        took = time.perf_counter() - start
        assert r.status_code == 200, r.text
        with lock:
            latencies.append(took)

    threads = [threading.Thread(target=send, args=(d, b)) for d, b in zip(devices, bodies, strict=True)]
    for t in threads:
        t.start()
    start = time.perf_counter()
    go.set()
    for t in threads:
        t.join()
    return sorted(latencies), time.perf_counter() - start, booths * facts


def run(backend: str, args: argparse.Namespace) -> None:
    def serve(url: str):  # noqa: ANN202
        return live_hub(url) if args.hub_thread else hub_process(url, args.hub_workers)

    # End to end and raw alternate, each on a fresh hub database, so both see the same
    # machine (this VM's speed drifts by ±30 % within a minute); medians are reported.
    e2e_times, raw_times, cpus = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        template = booth_template(Path(tmp), args.sales)
        for _ in range(args.repeat):
            with fresh_database(backend, Path(tmp)) as url, serve(url) as hub:
                elapsed, lines, cpu = end_to_end(hub, template, Path(tmp), args.sales)
                e2e_times.append(elapsed)
                cpus.append(cpu)
                raw_times.append(raw_copy(hub, backend, Path(tmp)))
    elapsed, raw = statistics.median(e2e_times), statistics.median(raw_times)
    e2e_rate, raw_rate = args.sales / elapsed, args.sales / raw
    spread = " ".join(f"{e:.2f}/{r:.2f}" for e, r in zip(e2e_times, raw_times, strict=True))
    print(f"{backend:<10} end to end {args.sales} sales ({lines} lines) in {elapsed:5.2f} s: "
          f"{e2e_rate:6.0f} sales/s {lines / elapsed:6.0f} lines/s")
    print(f"{backend:<10} raw executemany+ON CONFLICT   in {raw:5.2f} s: "
          f"{raw_rate:6.0f} sales/s {lines / raw:6.0f} lines/s   "
          f"ratio {e2e_rate / raw_rate:.0%} of raw (medians of {args.repeat}; "
          f"runs e2e/raw s: {spread})")
    print(f"{backend:<10} CPU seconds per end-to-end run: {'; '.join(cpus)} "
          f"(2 cores: e2e >= their sum / 2)")
    if args.booths_off:
        return
    with tempfile.TemporaryDirectory() as tmp, fresh_database(backend, Path(tmp)) as url, \
            serve(url) as hub:
        lat, wall, total = concurrent(hub, args.booths, args.booth_facts)
        p99 = lat[min(len(lat) - 1, round(0.99 * (len(lat) - 1)))]
        print(f"{backend:<10} {args.booths} booths x {args.booth_facts} sales at once: "
              f"p50 {statistics.median(lat):5.2f} s  p99 {p99:5.2f} s per batch, "
              f"{total / wall:6.0f} sales/s aggregate ({wall:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sales", type=int, default=10_000)
    parser.add_argument("--booths", type=int, default=50)
    parser.add_argument("--booth-facts", type=int, default=500)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--hub-thread", action="store_true",
                        help="run the hub in a thread of this process (as tests/hub do)")
    parser.add_argument("--hub-workers", type=int, default=1,
                        help="uvicorn worker processes for the hub (ocop-hub serve --workers)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="end-to-end and raw runs, alternating (medians are reported)")
    parser.add_argument("--booths-off", action="store_true", help="skip the concurrency part")
    args = parser.parse_args()
    for backend in ("sqlite", "postgresql"):
        if args.only and backend != args.only:
            continue
        if backend == "postgresql" and (reason := _pg_unavailable()):
            print(f"postgresql skipped: {reason}")
            continue
        run(backend, args)


if __name__ == "__main__":
    main()
