"""The clock every test runs on: pinned, so no test depends on the day it is run.

The session travels (time-machine, ticking) to PINNED_NOW, a weekday morning during the demo
fair. The Python processes tests start (a hub, a command, a crash child) run on the same clock:
the offset from the real clock is exported in OCOP_TEST_CLOCK_OFFSET and tests/clockhook (a
`sitecustomize`) is put on PYTHONPATH, so a code made by the suite is not "expired" to the hub
it starts. `OCOP_TEST_NOW` (an ISO time with its offset) moves the pin: CI runs the suite a
second time a year ahead of the real day to prove nothing is tied to one date.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine

DEFAULT_NOW = datetime(2026, 11, 24, 2, 30, tzinfo=UTC)  # 09:30 in Hạ Long
HOOK_DIR = Path(__file__).resolve().parent / "clockhook"


def pinned_now() -> datetime:
    text = os.environ.get("OCOP_TEST_NOW")
    if not text:
        return DEFAULT_NOW
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise pytest.UsageError(f"OCOP_TEST_NOW={text!r} is not an ISO date and time") from None
    if moment.tzinfo is None:
        raise pytest.UsageError(f"OCOP_TEST_NOW={text!r} needs a UTC offset, e.g. +07:00")
    return moment.astimezone(UTC)


PINNED_NOW = pinned_now()


def python_path_with_clock(*entries: str) -> str:
    """PYTHONPATH for a child process: the given entries, then the clock hook."""
    return os.pathsep.join([*entries, str(HOOK_DIR)])


@pytest.fixture(autouse=True, scope="session")
def pinned_clock() -> Iterator[datetime]:
    os.environ["OCOP_TEST_CLOCK_OFFSET"] = repr(PINNED_NOW.timestamp() - time.time())
    inherited = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = python_path_with_clock(*([inherited] if inherited else []))
    with time_machine.travel(PINNED_NOW, tick=True):
        yield PINNED_NOW
