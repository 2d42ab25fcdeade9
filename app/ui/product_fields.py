"""Putting a service's FieldErrors next to the fields they name, translated.

services.catalog_rules reports every wrong field at once, keyed by column name ("barcode",
"price"...). A form registers each input under that key; `show_errors` then writes each reason
in a red line right under its input, so the manager sees what to fix where she is typing,
and nothing is hidden in a message box that closes before she reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.catalog_rules import FieldError, FieldErrors

ERROR_STYLE = "color: #c8102e; font-weight: bold;"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_reason(error: FieldError) -> str:
    """The reason alone, translated: it sits under the field, which already has its label."""
    return error.reason(translate)


def field_message(error: FieldError) -> str:
    """'Mã vạch: …', translated: for errors whose field the form does not show."""
    return error.message(translate)


def inline_error_label(object_name: str) -> QLabel:
    label = QLabel(objectName=object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class FieldErrorForm:
    """Input widgets by field key, each with an error line under it."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def wrap(self, key: str, widget: QWidget) -> QWidget:
        """The widget with its (hidden) error line below it, to put in a form layout."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = inline_error_label(f"error_{key}")
        column.addWidget(label)
        self._labels[key] = label
        return box

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: FieldErrors) -> list[str]:
        """Mark every named field; returns messages for fields this form has no place for."""
        self.clear()
        unplaced = []
        for key in dict.fromkeys(e.field for e in errors.errors):
            texts = [field_reason(e) for e in errors.for_field(key)]
            label = self._labels.get(key)
            if label is None:
                unplaced += [field_message(e) for e in errors.for_field(key)]
                continue
            label.setText("\n".join(texts))
            label.show()
        return unplaced

    def error_for(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def has_field(self, key: str) -> bool:
        return key in self._labels
