"""A real hub on 127.0.0.1 for every test, on SQLite AND on PostgreSQL.

Each backend gets one database per test session (PostgreSQL: CREATE DATABASE with a random
name, dropped at the end), migrated by Alembic, and a uvicorn server in a thread on a free
port. Without a reachable PostgreSQL the PostgreSQL half is skipped with the reason printed,
except with CI=true, where it fails: CI must never pass by skipping the real database.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn

from app.sync.protocol import EnrollRequest, protocol_headers
from server import admin
from server.app import create_app
from server.config import HubSettings
from server.db import Database, migrate

PG_ADMIN_URL = os.environ.get("OCOP_HUB_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")
# Generous for the functional tests; the limits tests start their own, strict hub.
RELAXED = HubSettings(rate_per_second=1000.0, rate_burst=1000, enroll_rate_per_second=1000.0,
                      enroll_burst=1000)
STRICT = HubSettings(max_body_bytes=16 * 1024, max_inflated_bytes=64 * 1024,
                     rate_per_second=0.5, rate_burst=3, enroll_rate_per_second=1000.0,
                     enroll_burst=1000)


def _pg_unavailable() -> str | None:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {type(exc).__name__}: {exc}"


@contextmanager
def fresh_database(backend: str, tmp_dir: Path) -> Iterator[str]:
    """A new, migrated hub database; a PostgreSQL one is dropped afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_dir / f'hub-{uuid.uuid4().hex[:8]}.db'}"
        migrate(url)
        yield url
        return
    import psycopg

    name = f"ocop_hub_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    try:
        url = f"{base}/{name}"
        migrate(url)
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        reason = _pg_unavailable()
        if reason:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"CI=true and {reason}")
            print(f"\nSKIP hub PostgreSQL tests: {reason}")
            pytest.skip(reason)
    return request.param


@pytest.fixture(scope="session")
def database_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(backend, tmp_path_factory.mktemp("hub")) as url:
        yield url


class LiveServer:
    """uvicorn in a thread, on a socket bound to a free port before it starts."""

    def __init__(self, database_url: str, settings: HubSettings) -> None:
        self.app = create_app(database_url, settings)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("hub did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@dataclass
class Hub:
    """A live hub plus direct database access for the office's side of things."""

    backend: str
    url: str
    database_url: str
    db: Database
    http: httpx.Client
    tokens: list[str] = field(default_factory=list)

    def new_booth(self, fair_code: str | None = None, district: str = "Bình Liêu") -> str:
        code = "B" + uuid.uuid4().hex[:8].upper()
        admin.create_booth(self.db, code, f"Gian hàng {code}", district=district,
                           fair_code=fair_code)
        return code

    def new_fair(self) -> tuple[str, int]:
        from datetime import date

        code = "F" + uuid.uuid4().hex[:8].upper()
        fair_id = admin.create_fair(self.db, code, f"Hội chợ {code}", date(2026, 11, 20),
                                    date(2026, 11, 29), place="Hạ Long")
        return code, fair_id

    def code_for(self, booth_code: str, ttl: timedelta = timedelta(hours=1)) -> str:
        return admin.issue_enroll_code(self.db, booth_code, ttl)[0]

    def enroll(self, booth_code: str | None = None) -> Device:
        booth_code = booth_code or self.new_booth()
        code = self.code_for(booth_code)
        body = EnrollRequest(code=code, device_name="test laptop",
                             installation_id=uuid.uuid4())
        r = self.http.post("/api/v1/enroll", content=body.model_dump_json(),
                           headers=protocol_headers())
        assert r.status_code == 201, r.text
        data = r.json()
        self.tokens.append(data["token"])
        return Device(self, data["device_id"], data["token"], data["booth"]["id"], booth_code)

    def admin_headers(self) -> dict[str, str]:
        token = admin.create_admin_token(self.db, "test office")
        self.tokens.append(token)
        return protocol_headers(token)


@dataclass
class Device:
    hub: Hub
    device_id: str
    token: str
    booth_id: int
    booth_code: str

    def upload(self, facts: list[dict], *, gzipped: bool = True, url: str | None = None
               ) -> httpx.Response:
        from app.sync.protocol import gzip_json

        body = {"facts": facts}
        headers = protocol_headers(self.token, gzipped=gzipped)
        content = gzip_json(body) if gzipped else httpx.Request("POST", "/", json=body).content
        return httpx.post((url or self.hub.url) + "/api/v1/facts", content=content,
                          headers=headers, timeout=30)

    def results(self, facts: list[dict]) -> dict:
        r = self.upload(facts)
        assert r.status_code == 200, r.text
        return r.json()

    def changes(self, cursor: str | None = None, limit: int = 500) -> httpx.Response:
        params: dict = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self.hub.http.get("/api/v1/changes", params=params,
                                 headers=protocol_headers(self.token))


@contextmanager
def live_hub(database_url: str) -> Iterator[Hub]:
    server = LiveServer(database_url, RELAXED).start()
    db = Database(database_url)
    try:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            yield Hub(db.dialect, server.url, database_url, db, http)
    finally:
        db.close()
        server.stop()


@pytest.fixture(scope="session")
def hub(database_url: str) -> Iterator[Hub]:
    """One hub per backend for the session: tests make their own booths and devices."""
    with live_hub(database_url) as h:
        yield h


@pytest.fixture(scope="module")
def isolated_hub(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """A hub on a database of its own, for tests that sum over everything (reports)."""
    with fresh_database(backend, tmp_path_factory.mktemp("hub")) as url, live_hub(url) as h:
        yield h


@pytest.fixture(scope="session")
def strict_hub_url(database_url: str) -> Iterator[str]:
    server = LiveServer(database_url, STRICT).start()
    yield server.url
    server.stop()


@pytest.fixture
def device(hub: Hub) -> Device:
    return hub.enroll()
