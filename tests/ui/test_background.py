"""The background-task helper: every job ends in exactly one of succeeded/failed, on the UI
thread, whatever it raised; progress arrives first; cancel reaches the job; a page closed
while its job runs neither crashes nor hears back, and the job's references die on the UI
thread. Every wait is on a condition with a timeout."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from app.services.errors import BoothError, ValidationError
from app.ui import background
from app.ui.background import (
    FileSystemError,
    TaskControl,
    TaskRunner,
    UnexpectedError,
    run_guarded,
)
from app.ui.errors import error_text

POOL = "test-background"
WAIT_MS = 10_000


class Calls:
    """What a runner called back, and on which thread."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.threads: set[bool] = set()

    def _note(self, kind: str, value: Any) -> None:
        self.threads.add(threading.current_thread() is threading.main_thread())
        self.events.append((kind, value))

    def succeeded(self, value: Any) -> None:
        self._note("succeeded", value)

    def failed(self, error: BoothError) -> None:
        self._note("failed", error)

    def progressed(self, done: int, total: int) -> None:
        self._note("progressed", (done, total))

    def ends(self) -> list[tuple[str, Any]]:
        return [e for e in self.events if e[0] != "progressed"]


@pytest.fixture
def owner(qtbot) -> QObject:  # qtbot: a QApplication exists
    """Stands for the page that owns the runner."""
    return QObject()


@pytest.fixture
def runner(owner) -> TaskRunner:
    made = TaskRunner(owner, pool=POOL)
    yield made
    background._pool(POOL, 1).waitForDone(WAIT_MS)


def _start(runner: TaskRunner, work: Callable[[TaskControl], Any]) -> Calls:
    calls = Calls()
    runner.start(work, calls.succeeded, calls.failed, calls.progressed, what="test job")
    return calls


def test_success_delivers_the_value_once_on_the_ui_thread(qtbot, runner):
    calls = _start(runner, lambda _control: 42)
    assert runner.busy()
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    assert calls.ends() == [("succeeded", 42)]
    assert calls.threads == {True}
    assert not runner.busy()


def test_a_refusal_arrives_as_itself(qtbot, runner):
    def refuse(_control: TaskControl) -> None:
        raise ValidationError("Sai giá {price}", price="45.5")

    calls = _start(runner, refuse)
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    [(kind, error)] = calls.ends()
    assert kind == "failed" and isinstance(error, ValidationError)
    assert error_text(error) == "Sai giá 45.5"
    assert not runner.busy()


@pytest.mark.parametrize("raised", [RuntimeError("hỏng"), KeyError("sku"), ValueError("x"),
                                    SystemExit(3)])
def test_an_unexpected_error_is_logged_and_reported(qtbot, runner, caplog, raised):
    def crash(_control: TaskControl) -> None:
        raise raised

    with caplog.at_level(logging.ERROR, logger="app.ui.background"):
        calls = _start(runner, crash)
        qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    [(kind, error)] = calls.ends()
    assert kind == "failed" and isinstance(error, UnexpectedError)
    assert error.cause is raised
    assert error_text(error) == (
        f"Đã xảy ra lỗi không mong muốn: {type(raised).__name__}: {raised}")
    [record] = [r for r in caplog.records if r.name == "app.ui.background"]
    assert "test job" in record.getMessage() and record.exc_info[1] is raised
    assert not runner.busy()


def test_an_os_error_shows_its_own_message(qtbot, runner, tmp_path):
    missing = tmp_path / "khong-co.csv"
    calls = _start(runner, lambda _control: missing.read_bytes())
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    [(kind, error)] = calls.ends()
    assert kind == "failed" and isinstance(error, FileSystemError)
    assert error_text(error) == str(error.cause) and "khong-co.csv" in error_text(error)


def test_progress_arrives_in_order_before_the_end(qtbot, runner):
    def count(control: TaskControl) -> str:
        for done in range(1, 4):
            control.progress(done, 3)
        return "xong"

    calls = _start(runner, count)
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    assert calls.events == [("progressed", (1, 3)), ("progressed", (2, 3)),
                            ("progressed", (3, 3)), ("succeeded", "xong")]


def test_cancel_reaches_the_running_job(qtbot, runner):
    started = threading.Event()

    def long_job(control: TaskControl) -> str:
        started.set()
        for _ in range(1000):  # at most ~10 s: the test fails rather than hangs
            if control.cancelled():
                raise ValidationError("Đã dừng")
            threading.Event().wait(0.01)
        return "not cancelled"

    calls = _start(runner, long_job)
    assert started.wait(WAIT_MS / 1000)
    runner.cancel()
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    [(kind, error)] = calls.ends()
    assert kind == "failed" and error_text(error) == "Đã dừng"


def test_run_guarded_reports_instead_of_raising():
    assert run_guarded(lambda: 7).value == 7 and run_guarded(lambda: 7).ok
    outcome = run_guarded(lambda: {}["x"], "lookup")
    assert not outcome.ok and isinstance(outcome.error, UnexpectedError)


class _Witness:
    """Records on which thread the last reference to it went."""

    def __init__(self, released_on_main: list[bool]) -> None:
        self._released_on_main = released_on_main

    def __del__(self) -> None:
        self._released_on_main.append(threading.current_thread() is threading.main_thread())


def _start_gated(runner: TaskRunner, gate: threading.Event, released: list[bool]) -> Calls:
    """A job that waits for `gate`, capturing a witness only the job refers to."""
    witness = _Witness(released)

    def job(_control: TaskControl) -> str:
        assert gate.wait(WAIT_MS / 1000)
        return repr(witness)

    return _start(runner, job)


def test_a_receiver_deleted_before_the_end_is_skipped_safely(qtbot, owner, runner):
    gate, released = threading.Event(), []
    calls = _start_gated(runner, gate, released)
    shiboken6.delete(owner)  # the page closes while its job runs: the runner goes with it
    assert not shiboken6.isValid(runner)
    gate.set()
    # A job started later on the same pool ends after it; its report comes after too.
    witness_runner = TaskRunner(pool=POOL)
    later = _start(witness_runner, lambda _control: "sau")
    qtbot.waitUntil(lambda: bool(later.ends()), timeout=WAIT_MS)
    assert calls.events == []  # nothing delivered to the dead runner, and no crash
    assert released == [True]  # what the job captured was released on the UI thread
    assert not background._relay()._entries


def test_a_finished_job_releases_what_it_captured_on_the_ui_thread(qtbot, runner):
    gate, released = threading.Event(), []
    calls = _start_gated(runner, gate, released)
    gate.set()
    qtbot.waitUntil(lambda: bool(calls.ends()), timeout=WAIT_MS)
    assert released == [True]
