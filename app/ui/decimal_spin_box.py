"""A quantity box that takes "0,5" as the sale pad does (and "0.5"), and shows "0,5".

QDoubleSpinBox follows the application's locale, which on a booth laptop may be English or C:
a cashier typing the Vietnamese "0,5" got nothing. Both separators are read; the Vietnamese
comma is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class DecimalSpinBox(QDoubleSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setKeyboardTracking(True)

    def _number(self, text: str) -> str:
        body = text.strip()
        suffix, prefix = self.suffix(), self.prefix()
        if suffix and body.endswith(suffix.strip()):
            body = body[: -len(suffix.strip())].strip()
        if prefix and body.startswith(prefix.strip()):
            body = body[len(prefix.strip()):].strip()
        return body.replace(",", ".")

    def validate(self, text: str, pos: int) -> object:
        body = self._number(text)
        if body in ("", "."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(body)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        places = len(body.split(".", 1)[1]) if "." in body else 0
        if places > self.decimals() or value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(self._number(text))
        except ValueError:
            return self.value()

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = f"{value:.{self.decimals()}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(".", ",")
