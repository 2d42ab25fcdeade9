"""The suite's verdict is the session's: tests/qt_exit.py never turns a failure into 0.

Each case runs a small pytest session in a fresh interpreter with only that plugin loaded
(and PySide6 imported, as the real suite does), and reads its exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = """
import atexit, os
import PySide6.QtCore  # the shortcut applies only once Qt is loaded

MARK = os.environ["OCOP_EXIT_MARK"]
atexit.register(lambda: open(MARK, "w").write("atexit ran"))

def pytest_sessionstart(session):
    if os.environ.get("OCOP_BREAK_START"):
        raise RuntimeError("broken session start")
"""


def _run(tmp_path: Path, test_body: str, break_start: bool = False) -> tuple[int, Path]:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_case.py").write_text(test_body)
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    mark = tmp_path / "atexit.txt"
    env = dict(os.environ, OCOP_EXIT_MARK=str(mark), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.pop("OCOP_TESTS_NORMAL_EXIT", None)
    if break_start:
        env["OCOP_BREAK_START"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.qt_exit", "-p", "no:cacheprovider",
         "-c", str(tmp_path / "pytest.ini"), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, mark


def test_a_passing_session_exits_0_and_runs_atexit_work(tmp_path):
    status, mark = _run(tmp_path, "def test_ok():\n    assert True\n")
    assert status == 0
    assert mark.read_text() == "atexit ran"


def test_a_failing_test_exits_1(tmp_path):
    status, mark = _run(tmp_path, "def test_bad():\n    assert False\n")
    assert status == 1
    assert mark.read_text() == "atexit ran"


def test_an_internal_error_at_session_start_is_not_0(tmp_path):
    status, _ = _run(tmp_path, "def test_ok():\n    assert True\n", break_start=True)
    assert status == pytest.ExitCode.INTERNAL_ERROR
