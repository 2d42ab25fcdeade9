"""The local database: pragmas, integrity checks, backup, migration, sessions.

Opening is careful because the file is the only copy of what happened at the booth: a file that
fails quick_check, or that a newer version of the app has migrated, is refused and left exactly
as it is; before any migration a copy is made with SQLite's online backup API.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.config import Paths, migrations_dir
from app.instance_lock import InstanceLock
from app.services.errors import QT_TRANSLATE_NOOP, StateError

BUSY_TIMEOUT_MS = 5000
KEEP_BACKUPS = 20
_OWN_COPY = re.compile(r"booth-\d{8}-\d{6}-\d{6}-")
# Page cache of each hot-read connection: the whole catalog and its search index (a few MB for
# the 10,322 nationwide products) stay in it between scans instead of being re-read each time.
HOT_CACHE_KIB = 32 * 1024

# How every transaction on the booth database begins: the one place that decides it.
# The till and the sync thread both write this file. A write transaction begun DEFERRED reads
# under a snapshot and takes the write lock only at its first write; in WAL mode that upgrade
# fails at once with SQLITE_BUSY ("database is locked", the busy timeout is not applied) when
# another connection has committed since the snapshot or holds the lock. So writers
# (``Database.write()``, and through its session the bulk paths and the sync engine marking
# facts sent) take the lock with their first statement and wait for it, if need be, before
# anything is read. Readers stay DEFERRED: in WAL mode they never block a writer.
# Migrations (``migrate``) run before anything else has the file open and begin as readers.
WRITE_BEGIN = "BEGIN IMMEDIATE"
READ_BEGIN = "BEGIN DEFERRED"
_WRITER = "booth_writer"  # execution option that marks an engine's transactions as writes


if TYPE_CHECKING:
    from alembic.config import Config


class DatabaseRefused(StateError):
    """The database file cannot be opened safely; it has been left untouched."""


# The newest schema revision in migrations/versions. Opening a database already at it needs no
# Alembic at all (importing Alembic costs ~0.4 s of a cold start); tests/unit/test_database.py
# keeps this equal to Alembic's own head, so a new migration cannot be forgotten here.
HEAD_REVISION = "0007"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    # Config values go through ConfigParser interpolation: a "%" (a path with Vietnamese
    # letters is %-escaped in the URL, e.g. a Windows user folder) must be doubled.
    cfg.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """Alembic's head, read from the scripts (slow: for tests and tools, not start-up)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or ""


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _apply_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit BEGIN is deferred
    # and starts too late); durability over speed: synchronous=FULL fsyncs every commit.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _begin(conn: Connection) -> None:
    """Emit BEGIN ourselves (pysqlite's own is off): WRITE_BEGIN on a writer, else READ_BEGIN.

    SQLAlchemy calls this when a connection starts its transaction, i.e. just before the
    transaction's first statement, whatever issues it (ORM, Core, or the DBAPI cursor that
    app.bulk and app.sync.wire take from ``session.connection()``).
    """
    conn.exec_driver_sql(WRITE_BEGIN if conn.get_execution_options().get(_WRITER) else READ_BEGIN)


def make_engine(path: Path) -> Engine:
    """The engine of the booth file; its transactions begin as readers (see ``writer``)."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine and pool, whose transactions begin with WRITE_BEGIN."""
    return engine.execution_options(**{_WRITER: True})


def check_file(path: Path, backups: Path) -> str | None:
    """quick_check and version check on a read-only handle; returns the file's revision."""
    where = {"path": str(path), "backups": str(backups)}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            revision = None
            if has_version:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Không mở được cơ sở dữ liệu {path}: tệp bị hỏng ({detail}). Tệp được giữ "
                "nguyên. Các bản sao lưu nằm ở {backups}.",
            ),
            detail=str(exc),
            **where,
        ) from None
    if [r[0] for r in result] != ["ok"]:
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cơ sở dữ liệu {path} không qua kiểm tra toàn vẹn: {detail}. Tệp được giữ "
                "nguyên. Các bản sao lưu nằm ở {backups}.",
            ),
            detail="; ".join(str(r[0]) for r in result[:3]),
            **where,
        )
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise DatabaseRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cơ sở dữ liệu {path} thuộc phiên bản mới hơn của ứng dụng (bản {revision}). "
                "Hãy cập nhật OCOP Booth; tệp được giữ nguyên.",
            ),
            revision=revision,
            **where,
        )
    return revision


def backup_file(path: Path, backups: Path, tag: str) -> Path:
    """Copy a live database with the online backup API (consistent even mid-WAL)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"booth-{stamp}-{tag}.db"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    # Only this function's own copies (booth-YYYYMMDD-HHMMSS-ffffff-tag.db) are pruned here:
    # the daily, shift and manual copies beside them follow their own rules (services.backups).
    old = sorted(p for p in backups.glob("booth-*.db") if _OWN_COPY.match(p.name))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class Database:
    """An open, migrated booth database: the one way the rest of the app reaches SQLite."""

    def __init__(self, paths: Paths, lock: bool = True) -> None:
        self.paths = paths
        self._hot = threading.local()
        self._hot_conns: list[sqlite3.Connection] = []
        self._hot_lock = threading.Lock()
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = InstanceLock(paths.lock_file) if lock else None
        if self._lock:
            self._lock.acquire()
        try:
            self.engine = self._open()
        except BaseException:
            self.close()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer(self.engine), expire_on_commit=False)

    def _open(self) -> Engine:
        db_path = self.paths.database
        revision = None
        if db_path.exists() and db_path.stat().st_size > 0:
            revision = check_file(db_path, self.paths.backups)
        engine = make_engine(db_path)
        if revision != HEAD_REVISION:
            if revision is not None:
                backup_file(db_path, self.paths.backups, f"before-{revision}")
            migrate(engine)
        return engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session (READ_BEGIN: never blocks a writer); never held by the UI.
        Not for writes, which all go through ``write()``."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action = one transaction: committed whole at the end, or not at all.

        It holds the write lock from its first statement, a read included (WRITE_BEGIN), so
        a read-then-write can never fail half-way because the other writer (till or sync
        thread) committed in between; the wait for the lock is at the start, under the busy
        timeout.
        """
        with self._write_sessions() as session, session.begin():
            yield session

    def hot_reader(self) -> sqlite3.Connection:
        """This thread's long-lived read-only sqlite3 connection, for the till's hottest reads.

        A barcode scan through a fresh ORM session spends ~0.5 ms in Python before SQLite sees
        the query; a kept-open connection reuses its prepared statements (sqlite3's statement
        cache) and answers in tens of microseconds. It still reads the file on every call: in
        autocommit mode each statement sees the latest commit, and its page cache is dropped
        when another connection commits. Callers must fetch all rows (so no read transaction
        lingers and pins the WAL); query_only refuses any write through it.
        One per thread because sqlite3 connections must not be shared between threads.
        """
        conn = getattr(self._hot, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.paths.database,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,  # only so close() may close it from another thread
                cached_statements=256,
            )
            conn.execute("PRAGMA query_only=ON")
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size=-{HOT_CACHE_KIB}")
            with self._hot_lock:
                self._hot_conns.append(conn)
            self._hot.conn = conn
        return conn

    def backup(self, tag: str = "manual") -> Path:
        return backup_file(self.paths.database, self.paths.backups, tag)

    def close(self) -> None:
        with self._hot_lock:
            hot, self._hot_conns = self._hot_conns, []
        for conn in hot:
            conn.close()
        self._hot = threading.local()
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.dispose()
        if self._lock:
            self._lock.release()
