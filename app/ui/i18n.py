"""Choosing the UI language.

Vietnamese is the source language of every string, so it needs no translator at all: only
other languages load a compiled .qm file from resources/i18n. Keeping that rule here means the
rest of the UI never has to know which language is the "real" one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.config import resources_dir

SOURCE_LANGUAGE = "vi"
TRANSLATION_BASENAME = "ocop_booth"


def available_languages() -> list[tuple[str, str]]:
    """Language codes with their names written in that language, as a chooser should show them."""
    return [("vi", "Tiếng Việt"), ("en", "English")]


def translation_file(language: str) -> str:
    """Path of the compiled translation for a language (it may not exist)."""
    return str(resources_dir() / "i18n" / f"{TRANSLATION_BASENAME}_{language}.qm")


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Install the translator for `language` and return it, or None when none is needed.

    The caller must keep the returned translator alive (Qt does not own it). A missing or
    unreadable .qm falls back to Vietnamese rather than failing: a booth that cannot show
    English must still be able to sell.
    """
    if not language or language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    if not translator.load(translation_file(language)):
        translator.deleteLater()
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo install_translator, e.g. when the user switches back to Vietnamese."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
