"""Showing a service's refusal to the user, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.catalog_rules import FieldErrors
from app.services.errors import BoothError


def error_text(error: BoothError) -> str:
    """Translate the Vietnamese template first, then fill in the parameters."""
    if isinstance(error, FieldErrors):
        return error.translated(QCoreApplication.translate)
    template = QCoreApplication.translate("errors", error.template)
    params = {
        k: QCoreApplication.translate("errors", v) if isinstance(v, str) else v
        for k, v in error.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return error.text


def show_error(parent: QWidget | None, error: BoothError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Không thực hiện được"),
                        error_text(error))
