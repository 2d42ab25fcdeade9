"""The "Sao lưu" tab of the settings: the copies the app made, a copy now, a restore.

Copies are made and checked by services.backups off the UI thread (BackupRunner); the list is a
folder listing, cheap enough to read whenever the tab is shown. Both actions are a manager's:
a copy carries every sale and PIN hash off the laptop, and a restore rewinds the booth. A
restore is checked first (off the UI thread), then confirmed in words that name the backup's
time and what will happen; the restore itself runs after the app closed its database
(restore_flow), never under a live window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import backups
from app.services.auth import StaffInfo
from app.services.backups import BackupInfo
from app.services.clock import format_local
from app.services.errors import QT_TRANSLATE_NOOP, BoothError, PermissionDenied
from app.services.restore import BackupCheck, check_backup
from app.ui import restore_flow
from app.ui.backup_worker import BackupRunner
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import ask_manager
from app.ui.models.backup_table_model import BackupTableModel, kind_text, size_text

NOW_JOB, CHECK_JOB = "now", "check"


class BackupPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPanel")
        self._ctx = ctx
        self.runner = BackupRunner(self)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.model = BackupTableModel(self)
        self._table = QTableView()
        self._table.setModel(self.model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._message = QLabel(objectName="messageLabel")
        self._message.setWordWrap(True)
        self._now = QPushButton(objectName="bigButton")
        self._now.clicked.connect(self._on_now_clicked)
        self._restore = QPushButton()
        self._restore.clicked.connect(self._on_restore_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._restore)
        buttons.addStretch(1)
        buttons.addWidget(self._now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        self._retranslate()
        self.refresh()

    # --- public API (also what tests drive) -----------------------------------------------

    def refresh(self) -> None:
        self.model.set_rows(backups.list_backups(self._folder(), self._ctx.settings.timezone))

    def message(self) -> str:
        return self._message.text()

    def backup_now(self, folder: Path | None = None) -> bool:
        """'Sao lưu ngay' into ``folder`` (asked for when None); False if nothing started."""
        if not self._approve(QT_TRANSLATE_NOOP("errors", "sao lưu dữ liệu"), self.tr("Sao lưu ngay")):
            return False
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Chọn thư mục hoặc USB để lưu bản sao"), str(Path.home())
            )
            if not chosen:
                return False
            folder = Path(chosen)
        paths, tz = self._ctx.db.paths, self._ctx.settings.timezone
        self._busy(self.tr("Đang sao lưu và kiểm tra…"))
        self.runner.start(NOW_JOB, lambda: backups.export_backup(paths, folder, tz=tz))
        return True

    def restore_from(self, source: Path | None = None) -> bool:
        """Check a backup (asked for when None, the selected one offered first), then confirm."""
        if not self._approve(QT_TRANSLATE_NOOP("errors", "khôi phục dữ liệu"), self.tr("Khôi phục")):
            return False
        if source is None:
            selected = self.selected()
            start = selected.path if selected else self._folder()
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Chọn bản sao lưu để khôi phục"),
                str(start),
                self.tr("Cơ sở dữ liệu (*.db);;Mọi tệp (*)"),
            )
            if not chosen:
                return False
            source = Path(chosen)
        scratch, tz = self._ctx.db.paths.data_dir, self._ctx.settings.timezone
        self._busy(self.tr("Đang kiểm tra bản sao lưu…"))
        self.runner.start(CHECK_JOB, lambda: check_backup(source, scratch, tz))
        return True

    def selected(self) -> BackupInfo | None:
        rows = self._table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self._table.selectRow(row)

    def confirmation_text(self, check: BackupCheck) -> str:
        """What the manager reads before a restore: which backup, and what will happen."""
        tz = self._ctx.settings.timezone
        when = check.info.taken.strftime("%H:%M %d/%m/%Y") if check.info else "—"
        kind = kind_text(check.info) if check.info else ""
        last = format_local(check.last_sale_utc, tz) if check.last_sale_utc else "—"
        return self.tr(
            "Khôi phục bản sao lưu lúc {time} ({kind})?\n\nTệp: {path}\nCó {sales} hóa đơn, "
            "hóa đơn cuối lúc {last}.\n\nDữ liệu đang dùng sẽ được cất vào {folder} trước, rồi "
            "được thay bằng bản này; ứng dụng sẽ đóng và mở lại với dữ liệu đã khôi phục. Những "
            "gì ghi sau lúc sao lưu sẽ không còn trong dữ liệu đang dùng (vẫn nằm trong bản được "
            "cất)."
        ).format(time=when, kind=kind, path=str(check.path), sales=check.sales, last=last,
                 folder=str(self._folder()))

    # --- slots ----------------------------------------------------------------------------

    def _on_now_clicked(self) -> None:
        self.backup_now()

    def _on_restore_clicked(self) -> None:
        self.restore_from()

    def _on_job_finished(self, job: str, result: object) -> None:
        self._set_buttons(True)
        if job == NOW_JOB and isinstance(result, BackupInfo):
            self._show(self.tr("Đã sao lưu và kiểm tra: {path} ({size})").format(
                path=str(result.path), size=size_text(result.size)))
            self.refresh()
        elif job == CHECK_JOB and isinstance(result, BackupCheck):
            self._show("")
            answer = QMessageBox.question(
                self,
                self.tr("Khôi phục dữ liệu"),
                self.confirmation_text(result),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                restore_flow.request_restore(result.path)

    def _on_job_failed(self, _job: str, error: object) -> None:
        self._set_buttons(True)
        self._show(error_text(error) if isinstance(error, BoothError) else str(error), error=True)

    # --- helpers --------------------------------------------------------------------------

    def _folder(self) -> Path:
        return self._ctx.db.paths.backups

    def _approve(self, action: str, reason: str) -> bool:
        """The logged-in manager, or a manager's PIN; the service re-checks the approver."""
        approver: StaffInfo | None = self._ctx.staff
        try:
            backups.require_manager(self._ctx.db, approver, action)
            return True
        except PermissionDenied:
            approver = ask_manager(self, self._ctx, reason)
        if approver is None:
            return False
        try:
            backups.require_manager(self._ctx.db, approver, action)
        except BoothError as exc:
            self._show(error_text(exc), error=True)
            return False
        return True

    def _busy(self, text: str) -> None:
        self._set_buttons(False)
        self._show(text)

    def _set_buttons(self, enabled: bool) -> None:
        self._now.setEnabled(enabled)
        self._restore.setEnabled(enabled)

    def _show(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")

    def _retranslate(self) -> None:
        self._hint.setText(
            self.tr(
                "Ứng dụng tự sao lưu mỗi ngày khi mở và mỗi lần chốt ca vào {folder}, giữ bản "
                "của 7 ngày và 4 tuần gần nhất; mỗi bản đều được kiểm tra toàn vẹn. Hãy thường "
                "xuyên chép một bản ra USB bằng \"Sao lưu ngay\"."
            ).format(folder=str(self._folder()))
        )
        self._now.setText(self.tr("Sao lưu ngay…"))
        self._restore.setText(self.tr("Khôi phục…"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.refresh()  # automatic copies appear without anyone announcing them
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
