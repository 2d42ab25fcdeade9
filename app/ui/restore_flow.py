"""Restoring from the GUI: close everything, restore with the database closed, open afresh.

A restore replaces booth.db, so nothing may have it open: not the till's engine, not the sync
thread, not a page's hot reader. Rather than closing those one by one inside a running window,
the panel only records the request and closes every window; `run_gui` then leaves its event
loop, closes the database (releasing the instance lock), calls `finish_restore` and starts over
from `open_database`, exactly as at launch (login included). The restore itself runs on a
thread while a small "restoring" dialog keeps painting; its outcome is told in a message box.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.config import DEFAULT_TIMEZONE, Paths
from app.services.errors import BoothError
from app.services.restore import RestoreResult, restore
from app.ui.backup_worker import wait_for_all
from app.ui.errors import error_text

_pending: list[Path] = []


def request_restore(source: Path) -> None:
    """Ask `run_gui` to restore ``source`` once the windows are closed, then close them."""
    _pending[:] = [source]
    QApplication.closeAllWindows()


def pending_restore() -> Path | None:
    return _pending[0] if _pending else None


def take_pending_restore() -> Path | None:
    source = pending_restore()
    _pending.clear()
    return source


def run_restore(paths: Paths, source: Path, tz: str = DEFAULT_TIMEZONE) -> RestoreResult:
    """`restore` on a worker thread, the UI thread showing a busy dialog until it is done."""
    wait_for_all()
    outcome: list[RestoreResult | BaseException] = []
    loop = QEventLoop()

    def work() -> None:
        try:
            outcome.append(restore(paths, source, tz=tz))
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, re-raised there
            outcome.append(exc)
        finally:
            # Queued: quit() runs on the UI thread, even if the loop has not started yet.
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    dialog = QProgressDialog(
        QCoreApplication.translate("restore", "Đang khôi phục dữ liệu…"), "", 0, 0
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    thread = threading.Thread(target=work, name="ocop-restore")
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def finish_restore(paths: Paths, source: Path, tz: str = DEFAULT_TIMEZONE) -> bool:
    """Restore and tell the manager how it went; True when the restored file is in place."""
    title = QCoreApplication.translate("restore", "Khôi phục dữ liệu")
    try:
        result = run_restore(paths, source, tz)
    except BoothError as exc:
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "restore", "Chưa khôi phục được: {error}\n\nDữ liệu đang dùng vẫn giữ nguyên."
            ).format(error=error_text(exc)),
        )
        return False
    text = QCoreApplication.translate(
        "restore", "Đã khôi phục dữ liệu từ {path} ({sales} hóa đơn)."
    ).format(path=str(source), sales=result.check.sales)
    if result.kept is not None:
        text += "\n\n" + QCoreApplication.translate(
            "restore", "Dữ liệu trước khi khôi phục được giữ ở {path}."
        ).format(path=str(result.kept))
    QMessageBox.information(None, title, text)
    return True
