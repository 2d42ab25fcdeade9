"""Ends a pytest run that loaded PySide6 without interpreter finalisation, on Python 3.11.

PySide6 sometimes crashes CPython 3.11 while Qt wrappers are garbage-collected at exit
("bool_dealloc: deallocating True or False", PYSIDE-2254 family) after every test passed,
which would turn a green run red at random; 3.12 made bools immortal and does not crash.
So on 3.11 only, once the session has finished and its summary is printed, the process runs
its atexit work (coverage and the like) and leaves with the session's own exit status. A run
whose session never finished (an internal error at start) exits normally, so its non-zero
status is never turned into 0. OCOP_TESTS_NORMAL_EXIT=1 turns the shortcut off.
"""

from __future__ import annotations

import atexit
import os
import sys

import pytest

_session: pytest.Session | None = None


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _session
    _session = session


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _session is None or sys.version_info >= (3, 12) or "PySide6" not in sys.modules:
        return
    if os.environ.get("OCOP_TESTS_NORMAL_EXIT") == "1":
        return
    status = int(_session.exitstatus)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
