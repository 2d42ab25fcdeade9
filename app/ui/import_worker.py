"""Catalog file work off the UI thread: preview, commit and export of a 10,000-row file.

Reading and checking a national catalog takes seconds; the dialog must keep painting and show
progress meanwhile. The jobs run one at a time, in order, through the shared background
helper (app.ui.background), which only calls the service and always reports back on the UI
thread: even a job that dies of an unforeseen error ends in `failed`, so the dialog never
stays busy. Results and refusals travel as Python objects and become text on the UI side.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.services.catalog_io import ImportPreview, commit_import, export_catalog, preview_import
from app.ui.background import TaskControl, TaskRunner

PREVIEW, COMMIT, EXPORT = "preview", "commit", "export"


class CatalogJobRunner(QObject):
    """`progressed(done, total)`, then `finished(job, result)` or `failed(job, BoothError)`."""

    progressed = Signal(int, int)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = TaskRunner(self, pool="catalog")

    def preview(self, path: Path) -> None:
        self._start(PREVIEW, lambda task: preview_import(self._db, path, task.progress))

    def commit(self, preview: ImportPreview, all_or_nothing: bool) -> None:
        self._start(COMMIT, lambda _task: commit_import(self._db, preview, all_or_nothing))

    def export(self, path: Path, include_inactive: bool = False) -> None:
        self._start(EXPORT, lambda _task: export_catalog(self._db, path, include_inactive))

    def busy(self) -> bool:
        return self._tasks.busy()

    def wait(self, msecs: int = 60_000) -> bool:
        """For closing and tests: block until queued jobs are done."""
        return self._tasks.wait(msecs)

    def _start(self, name: str, work: Callable[[TaskControl], Any]) -> None:
        self._tasks.start(work, functools.partial(self.finished.emit, name),
                          functools.partial(self.failed.emit, name), self.progressed.emit,
                          what=f"catalog {name}")
