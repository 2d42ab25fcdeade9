"""Sync tests: the real hub on 127.0.0.1 (tests/hub fixtures), on SQLite and PostgreSQL.

The same rule as tests/hub: without a reachable PostgreSQL its half is skipped with the reason,
except with CI=true, where it fails. ``HubProcess`` runs ``ocop-hub serve`` as a child process,
so a test can SIGKILL it in the middle of a batch, as a power cut would.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from sqlalchemy import select

from app.db import Database
from app.models import Fair, OutboxEntry, SyncState
from app.services import settings
from app.services.demo import add_past_sales
from app.sync.enrollment import EnrollResult, enroll
from server.models import SaleRecord
from tests.clock import python_path_with_clock
from tests.hub.conftest import (  # noqa: F401 - fixtures re-used by these tests
    Hub,
    backend,
    database_url,
    hub,
)

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition, timeout: float, what: str, every: float = 0.05) -> None:  # noqa: ANN001
    """Poll ``condition`` until true or fail after ``timeout`` seconds (never sleep-and-hope)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(every)


class HubProcess:
    """``python -m server.cli serve`` on a free port; ``kill()`` is SIGKILL, no goodbye."""

    def __init__(self, url: str, log_dir: Path) -> None:
        self.database_url = url
        self.log_dir = log_dir
        self.proc: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.starts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> HubProcess:
        self.port = free_port()
        self.starts += 1
        log = open(self.log_dir / f"hub-{self.starts}.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "--database-url", self.database_url, "serve",
             "--port", str(self.port), "--no-migrate", "--rate", "10000", "--burst", "10000"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": python_path_with_clock(str(ROOT))},
        )
        log.close()

        def ready() -> bool:
            if not self.alive:
                raise AssertionError(f"hub exited: see {self.log_dir}")
            try:
                return httpx.get(self.url + "/api/v1/time", timeout=1).status_code == 200
            except httpx.TransportError:
                return False

        wait_until(ready, 30, "the hub process to answer")
        return self

    def kill(self) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def enroll_booth(live: Hub, db: Database, url: str | None = None,
                 with_fair: bool = True) -> EnrollResult:
    fair_code = live.new_fair()[0] if with_fair else None
    booth = live.new_booth(fair_code=fair_code)
    return enroll(db, url or live.url, live.code_for(booth))


def queue_sales(db: Database, n: int, seed: int = 5) -> None:
    """``n`` sales of the demo booth, queued in the outbox as the till would queue them."""
    s = settings.load(db)
    with db.read() as session:
        fair = session.scalars(select(Fair)).first()
        days = (fair.starts_on, fair.ends_on)
    add_past_sales(db, n, s.location_id, s.fair_id, s.device_code, 1, days, seed=seed)


def outbox(db: Database) -> dict[str, str]:
    """Fact id -> status, in seq order."""
    with db.read() as session:
        return dict(session.execute(select(OutboxEntry.id, OutboxEntry.status)
                                    .order_by(OutboxEntry.seq)).all())


def on_hub(live: Hub, booth_id: int) -> set[str]:
    """The fact ids of the sales the hub holds for that booth."""
    with live.db.read() as session:
        return set(session.scalars(select(SaleRecord.fact_id)
                                   .where(SaleRecord.booth_id == booth_id)))


def state(db: Database) -> SyncState:
    """The laptop's sync state row (failures, last error, cursor...)."""
    with db.read() as session:
        return session.get(SyncState, 1)
