"""Upload throughput of the hub (prints figures; never run as a test).

    .venv/bin/python -m tests.hub.bench_upload [--batches 10] [--pg postgresql://...]

A live hub (uvicorn in a thread, as in the tests) on a fresh SQLite file and on a fresh
PostgreSQL database; one device sends N batches of 500 sales (2 lines, 1 payment each), gzip,
then re-sends them all (every fact answered ``duplicate``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from app.sync.protocol import MAX_BATCH, gzip_json
from tests.hub.conftest import PG_ADMIN_URL, _pg_unavailable, fresh_database, live_hub
from tests.hub.factories import sale_fact, sale_line


def _run(backend: str, batches: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, fresh_database(backend, Path(tmp)) as url, \
            live_hub(url) as hub:
        device = hub.enroll()
        data = [[sale_fact([sale_line(), sale_line(sku="TRA", price=250_000, quantity="1")])
                 for _ in range(MAX_BATCH)] for _ in range(batches)]
        raw = len(json.dumps({"facts": data[0]}).encode())
        packed = len(gzip_json({"facts": data[0]}))
        for label in ("new", "re-sent"):
            times = []
            for batch in data:
                start = time.perf_counter()
                body = device.results(batch)
                times.append(time.perf_counter() - start)
                assert len(body["results"]) == len(batch)
            total = batches * MAX_BATCH
            print(f"{backend:<10} {label:<8} {total / sum(times):8.0f} facts/s   "
                  f"median {statistics.median(times) * 1000:6.0f} ms per 500-fact batch")
        print(f"{backend:<10} batch body {raw / 1024:.0f} KiB JSON, {packed / 1024:.0f} KiB gzip")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    _run("sqlite", args.batches)
    reason = _pg_unavailable()
    if reason:
        print(f"postgresql skipped: {reason}")
    else:
        print(f"(PostgreSQL at {PG_ADMIN_URL})")
        _run("postgresql", args.batches)


if __name__ == "__main__":
    main()
