"""The suite's clock is pinned, in the test process and in the Python processes it starts."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from app.services.clock import now_utc
from tests.clock import PINNED_NOW


def test_the_test_process_runs_on_the_pinned_clock():
    assert timedelta(0) <= now_utc() - PINNED_NOW < timedelta(hours=1)


def test_a_child_python_runs_on_the_same_clock():
    out = subprocess.run(
        [sys.executable, "-c", "import datetime; print(datetime.datetime.now(datetime.UTC)"
         ".isoformat())"], capture_output=True, text=True, check=True, timeout=60).stdout
    child = datetime.fromisoformat(out.strip())
    assert abs(child - datetime.now(UTC)) < timedelta(minutes=1)
    assert timedelta(0) <= child - PINNED_NOW < timedelta(hours=1)
