"""What run_gui installs first: the log file, the crash message, and the bundle's smoke test.

An exception nobody caught (a bug in a slot, a worker thread that died) is logged with its
traceback by app.logs; here the person at the till reads one plain message saying that sales
already saved are safe, what to do, and where the log file is. The message is shown on the
GUI thread (a worker's error travels there by a queued signal) and only one at a time, so an
error repeated on every repaint cannot bury the screen in boxes.

Qt's own warnings are routed into the same log (a windowed program has no stderr).

OCOP_SMOKE_TEST=1 is a check for the built bundle (.ci/bundle, bench/bundle.py), not a
feature: the real start-up runs unchanged, and the first time the login dialog or the
first-run wizard is shown it prints one line, lets pending events run, and cancels it, so
the program leaves with exit code 0 through its ordinary path. A message box shown instead
(the database refused, a crash) is printed and the process ends at once with code 1.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QThread,
    QTimer,
    QtMsgType,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import logs
from app.config import Paths

SMOKE_ENV = "OCOP_SMOKE_TEST"
SMOKE_SETTLE_MS = 200  # let the first paint and queued start-up work run before leaving


def crash_text(exc: BaseException, log_file: Path) -> str:
    """The plain message for an unexpected error: what happened, what to do, where the log is."""
    return "\n\n".join([
        QCoreApplication.translate(
            "CrashMessage",
            "Ứng dụng gặp một lỗi không mong muốn. Các đơn hàng đã lưu vẫn an toàn."),
        QCoreApplication.translate(
            "CrashMessage",
            "Hãy làm lại thao tác vừa rồi. Nếu lỗi lặp lại, hãy đóng và mở lại ứng dụng, rồi "
            "gửi tệp nhật ký này cho người hỗ trợ:"),
        str(log_file),
        QCoreApplication.translate("CrashMessage", "Chi tiết: {detail}").format(
            detail=f"{type(exc).__name__}: {exc}"),
    ])


class CrashMessage(QObject):
    """Shows crash_text on the GUI thread; called by the excepthook from any thread."""

    requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._showing = False
        self.requested.connect(self._on_requested, Qt.ConnectionType.QueuedConnection)

    def __call__(self, exc: BaseException, log_file: Path) -> None:
        text = crash_text(exc, log_file)
        if QThread.currentThread() == self.thread():
            self._on_requested(text)
        else:
            self.requested.emit(text)

    @Slot(str)
    def _on_requested(self, text: str) -> None:
        if self._showing:  # logged already; one box at a time
            return
        self._showing = True
        try:
            self.show(text)
        finally:
            self._showing = False

    def show(self, text: str) -> None:
        """The box itself (tests replace it)."""
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("CrashMessage", "Lỗi không mong muốn"), text)
        box.setObjectName("crashMessage")
        box.exec()


class SmokeExit(QObject):
    """OCOP_SMOKE_TEST=1: leave as soon as the first screen a user would see is up."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._started = time.perf_counter()
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if isinstance(watched, QMessageBox):
                print(f"smoke test failed, a message was shown: {watched.text()}", file=sys.stderr)
                logs.log.error("smoke test failed, a message was shown: %s", watched.text())
                logging.shutdown()
                os._exit(1)  # a refused database or a crash: never a green smoke test
            elif isinstance(watched, QDialog) and not self._done and _is_first_screen(watched):
                self._done = True
                QTimer.singleShot(0, lambda: self._report(watched))
        return False

    def _report(self, dialog: QDialog) -> None:
        """Printed once the dialog's show has been processed (bench/bundle.py times this line),
        then pending start-up work gets SMOKE_SETTLE_MS to run (or fail) before leaving."""
        QCoreApplication.processEvents()
        seconds = time.perf_counter() - self._started
        name = type(dialog).__name__
        logs.log.info("smoke test: %s visible, leaving", name)
        print(f"smoke test: {name} visible ({seconds:.2f} s after the QApplication)", flush=True)
        QTimer.singleShot(SMOKE_SETTLE_MS, dialog.reject)


def _is_first_screen(dialog: QDialog) -> bool:
    # By name: importing the wizard here would put its import cost into the time measured.
    return type(dialog).__name__ in {"LoginDialog", "SetupWizard"}


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("ocop_booth.qt")


def _on_qt_message(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Qt's own warnings (a missing font, a printer that vanished) go to stderr, which a
    windowed program does not have: into the log with them, and to stderr when there is one."""
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", text)
    if sys.stderr is not None:
        print(text, file=sys.stderr)


def route_qt_messages() -> None:
    qInstallMessageHandler(_on_qt_message)


def install_diagnostics(app: QApplication, paths: Paths) -> CrashMessage:
    """The log file, the native-crash log, the excepthook with its message, Qt's warnings
    into the log, and (only when OCOP_SMOKE_TEST=1) the smoke-test exit. Called once, first
    thing in run_gui."""
    logs.setup_logging(paths)
    logs.log_start(paths, "OCOP Booth")
    logs.enable_native_crash_log(paths)
    message = CrashMessage(app)
    logs.install_excepthook(paths, message)
    route_qt_messages()
    if os.environ.get(SMOKE_ENV) == "1":
        SmokeExit(app)
    return message
