"""What run_gui installs first (app/ui/diagnostics.py): an error in a Qt slot or in a worker
thread lands in the log file with its traceback and the person at the till gets the plain
message (on the GUI thread); OCOP_SMOKE_TEST's exit cancels the login screen once it is up."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog

from app import logs
from app.config import Paths
from app.ui.diagnostics import CrashMessage, SmokeExit, crash_text
from app.ui.i18n import install_translator, remove_translator
from app.ui.login_dialog import LoginDialog

pytest_plugins = ["tests.ui.fixtures_app"]


class _Recorder(CrashMessage):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, bool]] = []

    def show(self, text: str) -> None:
        on_gui_thread = QThread.currentThread() == QApplication.instance().thread()
        self.shown.append((text, on_gui_thread))


class _Button(QObject):
    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        raise ZeroDivisionError("chia tiền thừa cho 0")


@pytest.fixture
def hooked(tmp_path: Path, monkeypatch) -> Iterator[tuple[Paths, _Recorder]]:
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)  # the hooks chain to these
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)
    paths = Paths(tmp_path / "Gian hàng Hạ Long")
    logs.setup_logging(paths)
    message = _Recorder()
    logs.install_excepthook(paths, message)
    yield paths, message
    logs.uninstall_excepthook()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs.BoothLogHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_with_its_traceback_and_shown_plainly(qtbot, hooked):
    paths, message = hooked
    button = _Button()
    button.clicked.emit()
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "in _on_clicked" in text
    assert "ZeroDivisionError: chia tiền thừa cho 0" in text
    [(shown, on_gui_thread)] = message.shown
    assert on_gui_thread and str(logs.log_path(paths)) in shown
    assert "Các đơn hàng đã lưu vẫn an toàn" in shown and "ZeroDivisionError" in shown


def _worker() -> None:
    raise ConnectionError("máy chủ tỉnh không trả lời")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_logged_and_shown_on_the_gui_thread(qtbot, hooked):
    paths, message = hooked
    worker = threading.Thread(target=_worker, name="sync-helper")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(message.shown))
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "Unexpected error in thread sync-helper" in text and "in _worker" in text
    [(shown, on_gui_thread)] = message.shown
    assert on_gui_thread and "ConnectionError" in shown


def test_the_message_is_in_english_when_the_booth_uses_english(qapp, tmp_path):
    translator = install_translator(qapp, "en")
    try:
        text = crash_text(ValueError("x"), tmp_path / "logs" / "ocop-booth.log")
    finally:
        remove_translator(translator)
    assert "Sales already saved are safe" in text and "ocop-booth.log" in text


def test_the_smoke_exit_cancels_the_login_screen_once_it_is_up(qtbot, qapp, ctx, capsys):
    smoke = SmokeExit(qapp)
    try:
        dialog = LoginDialog(ctx)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.rejected, timeout=5000):
            dialog.open()
        assert dialog.result() == QDialog.DialogCode.Rejected
    finally:
        qapp.removeEventFilter(smoke)
        smoke.deleteLater()
    assert "smoke test: LoginDialog visible" in capsys.readouterr().out


def test_qt_warnings_reach_the_log(hooked):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from app.ui.diagnostics import route_qt_messages

    paths, _message = hooked
    route_qt_messages()
    try:
        qWarning("QFont: không tìm thấy phông")
    finally:
        qInstallMessageHandler(None)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "WARNING ocop_booth.qt" in text and "không tìm thấy phông" in text
