"""The hub's memory and responsiveness under hostile gzip bodies (prints figures).

    .venv/bin/python bench/hostile_bodies.py [--clients 40] [--seconds 10] [--tree DIR]

Starts the real hub as a process (``python -m server.cli serve``, one worker, a fresh SQLite
file) and measures its RSS (``/proc/PID/status``) and the latency of ``GET /api/v1/info``
(one request every 50 ms on a connection of its own):

1. at rest;
2. while ``--clients`` threads each POST a 32 KB gzip bomb (zeros that inflate to about
   32 MB, the default inflated ceiling) to ``/api/v1/facts`` with NO token, back to back;
3. the same with a device token (the hub runs with ``--rate 100000 --burst 100000`` so the
   device's rate limit does not stop the bodies before they are read: this measures the
   inflating path, not the limiter);
and the RSS a few seconds after each flood (is the memory given back?).

``--tree DIR`` runs the hub from another source tree (e.g. ``git worktree add /tmp/old HEAD~3``)
to measure "before" and "after" with the same client. Why a process: the hub's memory is what
is measured, and a hub in a thread of this process would count the client's too.
"""

from __future__ import annotations

import argparse
import gzip
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server import admin  # noqa: E402
from server.db import Database  # noqa: E402

BOMB = gzip.compress(b"\0" * (32 * 1024 * 1024 - 1024), compresslevel=9)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Hub:
    """``ocop-hub serve`` from a source tree, on a free port and a fresh SQLite file."""

    def __init__(self, tree: Path, workdir: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.db_url = f"sqlite:///{workdir / 'hub.db'}"
        env = {**os.environ, "OCOP_HUB_DATABASE_URL": self.db_url,
               "PYTHONPATH": str(tree)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--rate", "100000", "--burst", "100000"],
            cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.base + "/api/v1/time", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the hub did not start")
            time.sleep(0.1)

    def device_token(self) -> str:
        db = Database(self.db_url)
        try:
            code = "H" + uuid.uuid4().hex[:6].upper()
            admin.create_booth(db, code, "Gian hàng thử")
            enroll_code = admin.issue_enroll_code(db, code, timedelta(hours=1))[0]
        finally:
            db.close()
        r = httpx.post(self.base + "/api/v1/enroll", json={"code": enroll_code})
        r.raise_for_status()
        return str(r.json()["token"])

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def probe(hub: Hub, seconds: float) -> tuple[list[float], float]:
    """``GET /info`` latencies (ms) every 50 ms for ``seconds``, and the peak RSS (MB) seen by
    a sampler of its own (a slow answer must not hide the peak)."""
    latencies: list[float] = []
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss_mb(hub.proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    end = time.monotonic() + seconds
    with httpx.Client(base_url=hub.base, timeout=120) as client:
        while time.monotonic() < end:
            started = time.perf_counter()
            client.get("/api/v1/info")
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.05)
    done.set()
    sampler.join()
    return latencies, peak[0]


def flood(hub: Hub, clients: int, headers: dict[str, str], stop: threading.Event,
          statuses: dict[int, int]) -> list[threading.Thread]:
    def one() -> None:
        with httpx.Client(base_url=hub.base, timeout=60) as client:
            while not stop.is_set():
                try:
                    status = client.post("/api/v1/facts", content=BOMB,
                                         headers=headers).status_code
                except httpx.TransportError:
                    status = 0
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=one, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    return threads


def phase(name: str, hub: Hub, clients: int, seconds: float,
          headers: dict[str, str] | None) -> None:
    stop = threading.Event()
    statuses: dict[int, int] = {}
    threads = flood(hub, clients, headers, stop, statuses) if headers is not None else []
    latencies, peak = probe(hub, seconds)
    stop.set()
    for t in threads:
        t.join(60)
    time.sleep(3)
    after = rss_mb(hub.proc.pid)
    q = (statistics.quantiles(latencies, n=20, method="inclusive") if len(latencies) > 1
         else latencies * 19)
    answered = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items())) or "-"
    print(f"{name:<24} RSS peak {peak:7.0f} MB, 3 s later {after:7.0f} MB | GET /info "
          f"p50 {statistics.median(latencies):7.1f} ms, p95 {q[18]:7.1f} ms, "
          f"max {max(latencies):7.1f} ms | bodies answered {answered}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="source tree to run the hub from (default: this one)")
    args = parser.parse_args(argv)
    print(f"hub from {args.tree}; {args.clients} clients, {len(BOMB) // 1024} KB gzip bodies "
          f"inflating to 32 MB, {args.seconds:g} s per phase")
    with tempfile.TemporaryDirectory(prefix="ocop-hostile-") as tmp:
        hub = Hub(args.tree.resolve(), Path(tmp))
        try:
            token = hub.device_token()
            steps: list[tuple[str, dict[str, str] | None]] = [
                ("at rest", None),
                ("no token", {"Content-Encoding": "gzip"}),
                ("device token", {"Content-Encoding": "gzip",
                                  "Authorization": f"Bearer {token}"}),
                ("at rest again", None),
            ]
            for name, headers in steps:
                phase(name, hub, args.clients, args.seconds, headers)
        finally:
            hub.stop()


if __name__ == "__main__":
    main()
