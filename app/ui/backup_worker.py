"""Backup work off the UI thread: copying and checking a booth file takes seconds when it
holds a season of sales, and the till must keep painting meanwhile.

Jobs run one at a time, in order, on one application-wide pool (two copies at once would only
compete for the disk). A job only calls a service and reports through signals, which Qt queues
to the UI thread; it never touches a widget. Refusals travel as Python objects and are turned
into text on the UI side. The services open their own sqlite3 connections, so a job never
shares one with the till.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.errors import BoothError
from app.ui.background import TaskControl, TaskRunner, wait_for_pool

POOL = "backups"  # one application-wide pool, one thread: copies run one at a time, in order


def wait_for_all(msecs: int = 120_000) -> None:
    """Let every copy under way finish before a restore replaces the file it reads (Windows
    refuses to replace a file that is open; elsewhere the copy would be of the old file).
    The pool belongs to the application, so a closed window's copies are waited for too."""
    wait_for_pool(POOL, msecs)


def _shown(work: Callable[[], Any]) -> Callable[[TaskControl], Any]:
    """A damaged or locked file (sqlite3.Error) is shown in its own words, as an OSError is
    by the background helper; anything unforeseen is its 'unexpected error'."""
    def run(_control: TaskControl) -> Any:
        try:
            return work()
        except sqlite3.Error as error:
            raise BoothError("{detail}", detail=str(error)) from error
    return run


class BackupRunner(QObject):
    """`start(name, work)`, then `finished(name, result)` or `failed(name, error)`: the
    background helper's one-outcome rule (app.ui.background) with the job's name attached."""

    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskRunner(self, pool=POOL, threads=1)

    def start(self, name: str, work: Callable[[], Any]) -> None:
        self._tasks.start(_shown(work), lambda result: self.finished.emit(name, result),
                          lambda error: self.failed.emit(name, error), what=f"backup {name}")

    def busy(self) -> bool:
        return self._tasks.busy()

    def wait(self, msecs: int = 60_000) -> bool:
        """For closing and tests: block until queued jobs are done."""
        return self._tasks.wait(msecs)
