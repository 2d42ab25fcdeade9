"""A database that cannot be reached, said in one line: which database, where, and why.

The office reads this at a console (``ocop-hub`` commands) or in the hub's log (``serve
--no-migrate``), and needs to know whether to start PostgreSQL, fix a host name or create a
directory; a driver's multi-line message and a SQLAlchemy traceback hide that.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError

from server.db import normalize_url

DEFAULT_PORTS = {"postgresql": 5432}


def unreachable_error(exc: BaseException) -> DBAPIError | None:
    """The connection failure behind ``exc`` (itself, or what it was raised from), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, OperationalError | InterfaceError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def where(url: str) -> str:
    """``PostgreSQL at host:port (database db)`` or ``SQLite file PATH``, without password."""
    try:
        parsed = make_url(normalize_url(url))
    except ArgumentError:
        return "an unreadable database URL"
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return f"SQLite file {parsed.database or ':memory:'}"
    port = parsed.port or DEFAULT_PORTS.get(backend, "?")
    return f"{backend} at {parsed.host or 'localhost'}:{port}, database {parsed.database}"


def cause(url: str, error: BaseException) -> str:
    """The driver's reason, first line only, without the address it repeats."""
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    reason = text[0].strip() if text else type(error).__name__
    if "failed: " in reason:  # psycopg: 'connection to server at "h", port p failed: WHY'
        reason = reason.rsplit("failed: ", 1)[1].strip()
    reason = " ".join(reason.split())  # 'FATAL:  database ...' has two spaces
    parsed_db = _sqlite_path(url)
    if parsed_db is not None and not parsed_db.parent.is_dir():
        reason += f" (the directory {parsed_db.parent} does not exist)"
    return reason


def describe(url: str, exc: BaseException) -> str | None:
    """``database unavailable (WHERE): WHY``, or None if ``exc`` is not about that."""
    error = unreachable_error(exc)
    if error is None:
        return None
    return f"database unavailable ({where(url)}): {cause(url, error)}"


def _sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(normalize_url(url))
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)
