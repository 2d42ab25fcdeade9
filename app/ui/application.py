"""Starting the desktop app: open the database safely, log in, open a shift, show the till.

`run_gui` is the only place that calls exec(); everything it shows is built by
`build_main_window(ctx)` and `open_database(paths)`, which tests use directly. A database the
app refuses to open (corrupt, newer than the code, or already open by another window) ends
the start with the refusal in plain words and exit code 1: the file is never touched then.
"""

from __future__ import annotations

import importlib
import sys
import threading

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from app.config import Paths, paths_for
from app.db import Database
from app.services.errors import StateError
from app.ui.context import AppContext
from app.ui.diagnostics import install_diagnostics
from app.ui.errors import error_text
from app.ui.first_run import set_up_if_new
from app.ui.i18n import LANGUAGE_KEY, install_translator, remove_translator
from app.ui.login_dialog import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.restore_flow import finish_restore, take_pending_restore
from app.ui.shift_dialogs import OpenShiftDialog
from app.ui.theme import apply_theme, load_fonts
from app.ui.wheel_guard import install_wheel_guard
from app.ui.window_state import remember, show_as_left

ORGANIZATION = "OCOP"
APPLICATION = "OCOP Booth"
STATUS_MESSAGE_MS = 4000


def open_database(paths: Paths) -> tuple[Database | None, str]:
    """The open database, or None and the refusal as the user should read it.

    DatabaseRefused (corrupt, newer schema) and the instance lock's StateError are both
    StateErrors; anything else is a bug and is allowed to crash loudly.
    """
    try:
        return Database(paths), ""
    except StateError as exc:
        return None, error_text(exc)


def log_in(ctx: AppContext, parent: QWidget | None = None) -> bool:
    """Login, then (if the booth has no open shift) offer to open one; False if cancelled."""
    if LoginDialog(ctx, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    if ctx.shift is None:
        OpenShiftDialog(ctx, parent).exec()
    return True


def build_main_window(ctx: AppContext) -> MainWindow:
    """The whole UI for ctx without exec(); `window.shell` is the Shell that drives it."""
    from app.ui.shell import build_main_window as build

    return build(ctx)


WARM_UP_AFTER_MS = 300


def warm_up() -> threading.Thread:
    """Import the pages while the login dialog waits for a PIN, so login -> till is quick.

    Only modules are imported there (no widget is made off the GUI thread); an import that
    fails is left for the GUI thread's own import to report."""
    def load() -> None:
        try:
            importlib.import_module("app.ui.shell")
        except Exception:  # noqa: BLE001 - reported by the GUI thread's import instead
            pass

    thread = threading.Thread(target=load, name="ocop-warm-up", daemon=True)
    thread.start()
    return thread


def run_gui(data_dir: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_diagnostics(app, paths_for(data_dir))  # log file, crash message, OCOP_SMOKE_TEST
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    load_fonts()
    apply_theme(app)
    install_wheel_guard(app)
    ui_state = QSettings()
    # The last language used, so a refusal before the database opens is already translated.
    language = str(ui_state.value(LANGUAGE_KEY, "vi"))
    translator = install_translator(app, language)
    paths = paths_for(data_dir)
    while True:
        code, translator = _run_till(app, paths, ui_state, translator)
        source = take_pending_restore()
        if source is None:
            return code
        # The database is closed and unlocked now: restore, then open it afresh as at launch.
        finish_restore(paths, source)


def _run_till(
    app: QApplication, paths: Paths, ui_state: QSettings, translator: QTranslator | None
) -> tuple[int, QTranslator | None]:
    """One run of the till, from opening the database to closing it (a restore asked for
    in the window ends the run early; run_gui then restores and starts a new run)."""
    language = str(ui_state.value(LANGUAGE_KEY, "vi"))
    db, error = open_database(paths)
    if db is None:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Không mở được dữ liệu"), error
        )
        return 1, translator
    window: MainWindow | None = None
    try:
        done, translator = set_up_if_new(db, language, translator)  # a new data dir: wizard
        if not done:
            return 0, translator
        ctx = AppContext(db)
        if ctx.settings.language != language:
            remove_translator(translator)
            translator = install_translator(app, ctx.settings.language)
            ui_state.setValue(LANGUAGE_KEY, ctx.settings.language)
        # The pages load while the login dialog waits for a PIN (once it is on screen).
        QTimer.singleShot(WARM_UP_AFTER_MS, warm_up)
        if ctx.settings.location_id is not None and not log_in(ctx):
            return 0, translator
        window = build_main_window(ctx)
        show_as_left(window, ui_state)
        window.shell.place_customer_display()  # type: ignore[attr-defined]
        code = app.exec()
        remember(window, ui_state)
        return code, translator
    finally:
        if window is not None:
            window.deleteLater()  # its workers were stopped when it closed
        db.close()
