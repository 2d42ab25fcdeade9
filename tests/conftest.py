"""Shared fixtures: every test gets its own real SQLite file, migrated by Alembic."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.config import Paths  # noqa: E402
from app.db import Database  # noqa: E402

pytest_plugins = ["tests.clock", "tests.qt_exit"]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(Paths(tmp_path / "data"))
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from app.services.demo import load_demo

    load_demo(db)
    return db


@pytest.fixture
def cashier_till(demo_db: Database):
    """A logged-in cashier with an open shift at the demo booth."""
    from app.services import settings
    from app.services.auth import list_staff
    from app.services.shifts import open_shift
    from app.services.till import Till

    s = settings.load(demo_db)
    cashier = list_staff(demo_db, "cashier")[0]
    till = Till(cashier, s.location_id, s.fair_id, s.device_code)
    shift = open_shift(demo_db, till, 500_000)
    return till.with_shift(shift.id)


@pytest.fixture
def manager_id(demo_db: Database) -> int:
    from app.services.auth import list_staff

    return list_staff(demo_db, "manager")[0].id
