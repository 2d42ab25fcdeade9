"""Choosing the UI language.

Vietnamese is the source language of every string of ours, so it needs no translation of the
app itself: English loads a compiled ocop_booth_en.qm from resources/i18n. Qt's own dialogs
(message box buttons, file and print dialogs, context menus) are written in English, though,
and Qt ships no Vietnamese catalog for them, so Vietnamese loads the project's qtbase_vi.qm
instead; English needs nothing for those. Either way exactly one translator is installed, so
the caller keeps one object and a language switch is remove + install. Keeping that rule here
means the rest of the UI never has to know which language is the "real" one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.config import resources_dir

SOURCE_LANGUAGE = "vi"
LANGUAGE_KEY = "ui/language"  # QSettings mirror, so messages before the DB opens match
TRANSLATION_BASENAME = "ocop_booth"
# Qt's own strings in the source language; English is Qt's source language, so only
# Vietnamese needs this catalog (resources/i18n/qtbase_vi.ts, built by
# tools/update_translations.py).
QT_TRANSLATION_BASENAME = "qtbase"


def available_languages() -> list[tuple[str, str]]:
    """Language codes with their names written in that language, as a chooser should show them."""
    return [("vi", "Tiếng Việt"), ("en", "English")]


def translation_file(language: str) -> str:
    """Path of the compiled translation for a language (it may not exist)."""
    return str(resources_dir() / "i18n" / f"{TRANSLATION_BASENAME}_{language}.qm")


def qt_translation_file(language: str) -> str:
    """Path of the project's translation of Qt's own dialogs for a language (it may not exist)."""
    return str(resources_dir() / "i18n" / f"{QT_TRANSLATION_BASENAME}_{language}.qm")


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Install the translator for `language` and return it, or None when none could be loaded.

    Vietnamese gets the translation of Qt's dialogs (our strings already are Vietnamese);
    any other language gets the app's translation. The caller must keep the returned
    translator alive (Qt does not own it) and hand it to remove_translator on a switch.
    A missing or unreadable .qm falls back to the source texts rather than failing: a booth
    that cannot show English, or Qt's buttons in Vietnamese, must still be able to sell.
    """
    if not language or language == SOURCE_LANGUAGE:
        path = qt_translation_file(SOURCE_LANGUAGE)
    else:
        path = translation_file(language)
    translator = QTranslator(app)
    if not translator.load(path):
        translator.deleteLater()
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo install_translator, e.g. when the user switches language."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
