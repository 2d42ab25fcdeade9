"""A page standing in for a feature that is not built yet.

Staff should read plainly that the feature is missing, not find a blank page and think the app
is broken; so the message is big, centred and says when it will come.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Title and an explanation, centred. Both texts arrive already translated."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        self._title = QLabel(title)
        self._title.setObjectName("pageTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._message = QLabel(message)
        self._message.setObjectName("placeholderMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMaximumWidth(760)
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 48, 48, 48)
        box.addStretch(2)
        box.addWidget(self._title)
        box.addSpacing(20)
        # Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets
        # its one-line size hint and is cut off instead of growing to more lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._message, 6)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(3)

    def title(self) -> str:
        return self._title.text()

    def message(self) -> str:
        return self._message.text()

    def set_texts(self, title: str, message: str) -> None:
        """Replace both texts, e.g. after the language changed."""
        self._title.setText(title)
        self._message.setText(message)
