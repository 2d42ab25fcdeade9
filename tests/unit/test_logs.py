"""The log file and the last-resort hooks (app.logs): an uncaught error is in the file with its
traceback, the message is asked for, the file rotates, and nothing is written until needed."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import logs
from app.config import Paths


@pytest.fixture
def paths(tmp_path: Path, monkeypatch) -> Iterator[Paths]:
    # The hooks chain to the ones before them: make those quiet stand-ins for pytest-qt's and
    # pytest's, which would report the deliberate errors as test failures.
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)
    monkeypatch.setattr(threading, "excepthook", lambda _args: None)
    yield Paths(tmp_path / "dữ liệu gian hàng")  # a data dir with Vietnamese letters
    logs.uninstall_excepthook()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logs.BoothLogHandler):
            root.removeHandler(handler)
            handler.close()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_setting_up_writes_nothing_until_a_record_comes(paths):
    logs.setup_command_logging(paths)
    assert not paths.data_dir.exists()  # `labels --list` on a missing dir must not make it
    logging.getLogger("ocop_booth.test").warning("giấy in hết")
    _flush()
    assert "giấy in hết" in logs.log_path(paths).read_text(encoding="utf-8")


def test_setting_up_twice_writes_each_record_once(paths):
    logs.setup_logging(paths)
    logs.setup_logging(paths)
    logging.getLogger("ocop_booth.test").warning("một lần")
    _flush()
    assert logs.log_path(paths).read_text(encoding="utf-8").count("một lần") == 1


def test_an_uncaught_error_is_logged_with_its_traceback_and_the_message_asked_for(paths):
    seen: list[tuple[BaseException, Path]] = []
    logs.setup_logging(paths)
    logs.install_excepthook(paths, lambda exc, where: seen.append((exc, where)))
    try:
        raise ValueError("lỗi ở quầy")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what the interpreter does with an uncaught error
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "Unexpected error in the main thread" in text
    assert "Traceback (most recent call last)" in text and "ValueError: lỗi ở quầy" in text
    assert [(type(e), w) for e, w in seen] == [(ValueError, logs.log_path(paths))]


def _boom() -> None:
    raise RuntimeError("máy in treo")


def test_an_error_in_a_thread_is_logged_and_the_message_asked_for(paths):
    seen: list[BaseException] = []
    logs.setup_logging(paths)
    logs.install_excepthook(paths, lambda exc, _where: seen.append(exc))
    worker = threading.Thread(target=_boom, name="printer-worker")
    worker.start()
    worker.join()
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "Unexpected error in thread printer-worker" in text
    assert "in _boom" in text and "RuntimeError: máy in treo" in text
    assert [type(e) for e in seen] == [RuntimeError]


def test_a_failing_message_is_logged_and_never_hides_the_error(paths):
    def broken(_exc: BaseException, _where: Path) -> None:
        raise OSError("no screen")

    logs.setup_logging(paths)
    logs.install_excepthook(paths, broken)
    try:
        raise KeyError("sku")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    _flush()
    text = logs.log_path(paths).read_text(encoding="utf-8")
    assert "KeyError: 'sku'" in text and "Could not show the error message" in text


def test_installing_again_logs_once_and_uninstalling_puts_the_old_hook_back(paths):
    before = sys.excepthook  # the fixture's stand-in
    logs.setup_logging(paths)
    logs.install_excepthook(paths)
    logs.install_excepthook(paths)  # a command's hooks, then the GUI's
    try:
        raise ValueError("một lần thôi")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert logs.log_path(paths).read_text(encoding="utf-8").count("ValueError: một lần thôi") == 1
    logs.uninstall_excepthook()
    assert sys.excepthook is before


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(paths):
    logs.setup_logging(paths, max_bytes=2_000, backups=2)
    log = logging.getLogger("ocop_booth.test")
    for n in range(200):
        log.info("bán hàng số %d: trà hoa vàng Ba Chẽ", n)
    _flush()
    names = sorted(p.name for p in logs.log_dir(paths).iterdir())
    assert names == ["ocop-booth.log", "ocop-booth.log.1", "ocop-booth.log.2"]
    assert all(p.stat().st_size <= 2_100 for p in logs.log_dir(paths).iterdir())
    assert "số 199" in logs.log_path(paths).read_text(encoding="utf-8")
