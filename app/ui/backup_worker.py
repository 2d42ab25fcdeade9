"""Backup work off the UI thread: copying and checking a booth file takes seconds when it
holds a season of sales, and the till must keep painting meanwhile.

Jobs run one at a time, in order, on the runner's own pool (two copies at once would only
compete for the disk). A job only calls a service and reports through signals, which Qt queues
to the UI thread; it never touches a widget. Refusals travel as Python objects and are turned
into text on the UI side. The services open their own sqlite3 connections, so a job never
shares one with the till.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.services.errors import BoothError

_RUNNERS: weakref.WeakSet[BackupRunner] = weakref.WeakSet()


def wait_for_all(msecs: int = 120_000) -> None:
    """Let every copy under way finish before a restore replaces the file it reads (Windows
    refuses to replace a file that is open; elsewhere the copy would be of the old file)."""
    for runner in list(_RUNNERS):
        try:
            runner.wait(msecs)
        except RuntimeError:  # its Qt side is already deleted (a closed window's): no jobs
            pass


class _JobSignals(QObject):
    """Owned by the job so a job outliving its panel still emits into a live object."""

    finished = Signal(str, object)
    failed = Signal(str, object)


class _Job(QRunnable):
    def __init__(self, runner: BackupRunner, name: str, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self.signals.finished.connect(runner.finished)
        self.signals.failed.connect(runner.failed)
        self._name, self._work = name, work

    def run(self) -> None:
        try:
            result = self._work()
        except (BoothError, OSError, sqlite3.Error) as error:  # shown, never a crash
            self.signals.failed.emit(self._name, error)
        else:
            self.signals.finished.emit(self._name, result)


class BackupRunner(QObject):
    """`start(name, work)`, then `finished(name, result)` or `failed(name, error)`."""

    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        _RUNNERS.add(self)

    def start(self, name: str, work: Callable[[], Any]) -> None:
        self._pool.start(_Job(self, name, work))

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = 60_000) -> bool:
        """For closing and tests: block until queued jobs are done."""
        return self._pool.waitForDone(msecs)
