"""The log file and the last-resort exception hooks: nothing that goes wrong at a booth is lost.

The desktop bundle has no console (a windowed program on Windows has no stdout or stderr at
all), so whatever the app would have printed must end up in a file the booth can send to
support: DATA_DIR/logs/ocop-booth.log, rotated at 1 MB with 5 old files kept, so a laptop that
runs for months never fills its disk with logs. The handler opens the file only when the first
record is written, so a command that logs nothing leaves the data directory as it was.

`install_excepthook` catches what nobody caught: an exception in a Qt slot (PySide6 hands it
to sys.excepthook), at the top of a command, or in a thread (threading.excepthook). Each is
logged with its traceback, then `notify` (the GUI's plain message, app/ui/diagnostics.py) is
called with the log's path. No Qt here: commands use this as well.
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

from app.config import Paths

LOG_DIR = "logs"
LOG_FILE = "ocop-booth.log"
NATIVE_CRASH_FILE = "native-crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("ocop_booth")

Notify = Callable[[BaseException, Path], None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_native_crash_file: IO[str] | None = None  # open for the life of the process (faulthandler)
_previous_hooks: tuple[Callable[..., object], Callable[..., object]] | None = None


def log_dir(paths: Paths) -> Path:
    return paths.data_dir / LOG_DIR


def log_path(paths: Paths) -> Path:
    return log_dir(paths) / LOG_FILE


class BoothLogHandler(RotatingFileHandler):
    """A RotatingFileHandler that makes its folder when it first writes (delay=True)."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT):
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8",
                         delay=True)

    def _open(self):  # noqa: ANN202 - the stdlib's signature
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()


def setup_logging(paths: Paths, level: int = logging.INFO, max_bytes: int = MAX_BYTES,
                  backups: int = BACKUP_COUNT) -> Path:
    """Send every logger's records (the root's) to the data directory's rotating log file.

    Calling it again (a second data directory, tests) replaces the previous file handler
    rather than adding one, so no record is written twice."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, BoothLogHandler):
            root.removeHandler(handler)
            handler.close()
    handler = BoothLogHandler(log_path(paths), max_bytes, backups)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    return log_path(paths)


def log_start(paths: Paths, what: str) -> None:
    """One line per start: which build, on which system, so a log sent in says what ran."""
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    log.info("%s started (%s, Python %s, %s)", what, frozen, platform.python_version(),
             platform.platform())


def enable_native_crash_log(paths: Paths) -> None:
    """A crash inside Qt or another C library kills the process without a Python traceback;
    faulthandler writes the Python stack of every thread to a file beside the log first."""
    global _native_crash_file
    if _native_crash_file is not None:
        return
    folder = log_dir(paths)
    folder.mkdir(parents=True, exist_ok=True)
    _native_crash_file = open(folder / NATIVE_CRASH_FILE, "a", encoding="utf-8")
    faulthandler.enable(_native_crash_file, all_threads=True)


def install_excepthook(paths: Paths, notify: Notify | None = None) -> None:
    """Log every uncaught exception (main thread, Qt slots, other threads) with its traceback,
    then call `notify(exc, log file)`; the previous hooks still run (a terminal still shows
    the traceback when there is one)."""
    global _previous_hooks
    if _previous_hooks is None:  # installed again (GUI after command set-up): chain to the
        _previous_hooks = (sys.excepthook, threading.excepthook)  # original, log once
    previous, previous_thread = _previous_hooks

    def report(info: ExcInfo, where: str) -> None:
        log.critical("Unexpected error in %s", where, exc_info=info)
        for handler in logging.getLogger().handlers:
            handler.flush()
        if notify is not None:
            try:
                notify(info[1], log_path(paths))
            except Exception:  # the message must never hide the error it reports
                log.exception("Could not show the error message")

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        report((exc_type, exc, tb), "the main thread")
        if sys.stderr is not None:
            previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        report((args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")
        if sys.stderr is not None:
            previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def setup_command_logging(paths: Paths) -> None:
    """For `ocop-booth <command>`: the log file and the hooks, no message (the terminal, when
    there is one, shows the traceback as usual)."""
    setup_logging(paths)
    install_excepthook(paths)


def uninstall_excepthook() -> None:
    """Put back the hooks that were there before install_excepthook (tests)."""
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
        _previous_hooks = None
