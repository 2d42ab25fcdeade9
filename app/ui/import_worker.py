"""Catalog file work off the UI thread: preview, commit and export of a 10,000-row file.

Reading and checking a national catalog takes seconds; the dialog must keep painting and show
progress meanwhile. Each job is a QRunnable on the runner's own pool (one at a time, in order)
that only calls the service and reports through signals, which Qt queues to the UI thread:
a job never touches a widget (Picard's rule). Results and refusals travel as Python objects
and are turned into text on the UI side.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.db import Database
from app.services.catalog_io import ImportPreview, commit_import, export_catalog, preview_import
from app.services.errors import BoothError

PREVIEW, COMMIT, EXPORT = "preview", "commit", "export"


class _JobSignals(QObject):
    """Owned by the job so a job outliving its dialog still emits into a live object."""

    progressed = Signal(int, int)
    finished = Signal(str, object)
    failed = Signal(str, object)


class _Job(QRunnable):
    def __init__(self, runner: CatalogJobRunner, name: str,
                 work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self.signals.progressed.connect(runner.progressed)
        self.signals.finished.connect(runner.finished)
        self.signals.failed.connect(runner.failed)
        self._name, self._work = name, work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit)
        except (BoothError, OSError) as error:  # a refusal or an unreadable file: shown
            self.signals.failed.emit(self._name, error)
        else:
            self.signals.finished.emit(self._name, result)


class CatalogJobRunner(QObject):
    """`progressed(done, total)`, then `finished(job, result)` or `failed(job, error)`."""

    progressed = Signal(int, int)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def preview(self, path: Path) -> None:
        self._start(PREVIEW, lambda progress: preview_import(self._db, path, progress))

    def commit(self, preview: ImportPreview, all_or_nothing: bool) -> None:
        self._start(COMMIT, lambda _progress: commit_import(self._db, preview, all_or_nothing))

    def export(self, path: Path, include_inactive: bool = False) -> None:
        self._start(EXPORT, lambda _progress: export_catalog(self._db, path, include_inactive))

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self, msecs: int = 60_000) -> bool:
        """For closing and tests: block until queued jobs are done."""
        return self._pool.waitForDone(msecs)

    def _start(self, name: str, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        self._pool.start(_Job(self, name, work))
