"""What run_gui does with a data directory that is not set up yet: the first-run wizard.

Kept out of application.py (which only calls it) so the start-up path stays readable: a new
data directory opens the wizard, then login and the till follow in the same run, with no
restart. Cancelling the wizard writes nothing and ends the start; the wizard opens again
next time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QDialog

from app.db import Database
from app.services.setup import is_set_up
from app.ui.i18n import LANGUAGE_KEY


def set_up_if_new(db: Database, language: str,
                  translator: QTranslator | None) -> tuple[bool, QTranslator | None]:
    """(go on to login?, the translator now installed): the wizard may have switched it."""
    if is_set_up(db):
        return True, translator
    from app.ui.setup_wizard import SetupWizard  # only a new data directory needs it

    wizard = SetupWizard(db, language, translator)
    try:
        done = wizard.exec() == QDialog.DialogCode.Accepted
        translator = wizard.translator()
        if done:
            QSettings().setValue(LANGUAGE_KEY, wizard.language())
        return done, translator
    finally:
        wizard.deleteLater()
