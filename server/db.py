"""Engine and sessions for SQLite (try-out) and PostgreSQL (real use), and migrations.

One code path for both: the dialect's own INSERT (ON CONFLICT) is picked per connection.
SQLite gets WAL, synchronous=FULL and BEGIN IMMEDIATE for writes, so a hub restart never
loses an acknowledged batch and two writers never deadlock on a lock upgrade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def normalize_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3, the driver the [server] extra has."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=8
        )
        _sqlite_events(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite's own is broken).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """Owns the engine; hands out one session per operation (read or write)."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def dialect_insert(session: Session, table: Any) -> Any:
    """INSERT that knows ON CONFLICT on both backends (same call signature on both)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


def migrate(url: str, revision: str = "head") -> None:
    """Bring the hub database to the newest schema (refusing one newer than this code), or
    to ``revision`` (tests of a migration start from the one before it)."""
    db = Database(url)
    try:
        check_not_newer(db)
        with db.engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        db.close()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(db: Database) -> None:
    rev = current_revision(db)
    scripts = ScriptDirectory.from_config(alembic_config(db.url))
    if rev is None:
        return
    try:
        known = scripts.get_revision(rev) is not None
    except Exception:  # alembic raises for an id it has never seen
        known = False
    if not known:
        raise RuntimeError(
            f"the hub database is at schema {rev}, which this version of ocop-hub does not "
            "know: it was migrated by a newer version"
        )


def is_up_to_date(db: Database) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config(db.url))
    return current_revision(db) == scripts.get_current_head()
