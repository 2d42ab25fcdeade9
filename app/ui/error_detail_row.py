"""A failure in plain words, with its technical text one click away ("Chi tiết").

A cashier reads "Không kết nối được máy chủ tỉnh"; whoever helps her on the phone needs
"ConnectError: [Errno -2] Name or service not known" and the address. Both are here, the
second hidden until asked for, and selectable so it can be copied into a message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget


class ErrorDetailRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(objectName="errorValue")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._toggle = QPushButton(objectName="errorDetailButton")
        self._toggle.setCheckable(True)
        self._toggle.setAutoDefault(False)
        self._toggle.toggled.connect(self._on_toggled)
        self._detail = QLabel(objectName="errorDetail")
        self._detail.setWordWrap(True)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._detail.setStyleSheet("color: #555555; font-family: monospace;")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self._toggle, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._detail, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.set_detail("")
        self._retranslate()

    def set_detail(self, detail: str) -> None:
        self._detail.setText(detail)
        self._toggle.setVisible(bool(detail))
        if not detail:
            self._toggle.setChecked(False)
        self._detail.setVisible(bool(detail) and self._toggle.isChecked())

    def detail_button(self) -> QPushButton:
        return self._toggle

    def shown_detail(self) -> str:
        return self._detail.text() if not self._detail.isHidden() else ""

    def _on_toggled(self, checked: bool) -> None:
        self._detail.setVisible(checked and bool(self._detail.text()))
        self._retranslate()

    def _retranslate(self) -> None:
        self._toggle.setText(self.tr("Ẩn chi tiết") if self._toggle.isChecked()
                             else self.tr("Chi tiết"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
