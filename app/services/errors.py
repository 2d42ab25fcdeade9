"""Errors that services raise for the user to read.

Services never import Qt, yet their messages are shown to users and must be translatable.
So each error carries a Vietnamese template (the source language of the UI) and its
parameters; the UI passes the template through QCoreApplication.translate("errors", ...)
before formatting, and the command line prints it as it is. Templates are marked with
QT_TRANSLATE_NOOP so pyside6-lupdate collects them.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Marks a string for translation without translating it here."""
    return text


class BoothError(Exception):
    """A refusal a user should read: what is wrong and where."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.text)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


class ValidationError(BoothError):
    """Input the user typed or imported is not acceptable."""


class NotFoundError(BoothError):
    """The thing asked for does not exist."""


class PermissionDenied(BoothError):
    """The action needs a manager, or a valid PIN."""


class StateError(BoothError):
    """The action does not fit the current state (no open shift, sale already voided...)."""
