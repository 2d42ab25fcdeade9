"""The automatic backups: one a day when the app starts, one each time a shift closes.

The shift's copy is taken here, after close_shift() returned and the shift change was
announced, not inside the closing transaction: a backup that fails (disk full, a removed
folder) is shown to the cashier but can never undo or block closing the shift.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar

from app.services import backups
from app.services.errors import BoothError
from app.ui.backup_worker import BackupRunner
from app.ui.context import AppContext
from app.ui.errors import error_text

DAILY_JOB, SHIFT_JOB = "daily", "shift"
MADE_MESSAGE_MS = 4000


class AutoBackup(QObject):
    """Emits `made(BackupInfo)` after a copy, `failed(text)` when one could not be made."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shift = ctx.shift
        self.runner = BackupRunner(self)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        ctx.shift_changed.connect(self._on_shift_changed)

    def report_to(self, bar: QStatusBar) -> None:
        """Say each copy briefly in the status bar; a failure stays until replaced."""
        self.made.connect(lambda info: bar.showMessage(
            self.tr("Đã sao lưu tự động: {name}").format(name=info.path.name), MADE_MESSAGE_MS))
        self.failed.connect(bar.showMessage)

    def start_daily(self) -> None:
        """Today's copy if there is none yet (cheap when there is one: a folder listing)."""
        paths, tz = self._ctx.db.paths, self._ctx.settings.timezone
        self.runner.start(DAILY_JOB, lambda: backups.ensure_daily_backup(paths, tz=tz))

    def _on_shift_changed(self) -> None:
        closed, self._shift = self._shift, self._ctx.shift
        if closed is None or (self._shift is not None and self._shift.id == closed.id):
            return
        paths, tz = self._ctx.db.paths, self._ctx.settings.timezone
        self.runner.start(
            SHIFT_JOB, lambda: backups.backup_after_shift_close(paths, closed.number, tz=tz)
        )

    def _on_job_finished(self, _job: str, info: object) -> None:
        if info is not None:
            self.made.emit(info)

    def _on_job_failed(self, _job: str, error: object) -> None:
        detail = error_text(error) if isinstance(error, BoothError) else str(error)
        self.failed.emit(self.tr("Chưa sao lưu tự động được: {error}").format(error=detail))
