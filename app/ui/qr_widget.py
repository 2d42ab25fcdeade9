"""A QR code drawn with QPainter from segno's module matrix.

Drawing the modules as filled rectangles (rather than scaling a bitmap) keeps the code sharp at
any size, and snapping the module size to whole pixels keeps every module the same width: phone
cameras read a crisp, even code on a laptop screen from much further away than a blurred one.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white border the QR standard requires around the symbol
ERROR_LEVEL = "m"  # 15 % recovery: survives a glare spot on a screen without a huge symbol


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of dark (True) / light (False) modules, quiet zone included.

    boost_error is off so the level is exactly M: a higher level on a long VietQR payload would
    only make the modules smaller.
    """
    qr = segno.make(text, error=ERROR_LEVEL, micro=False, boost_error=False)
    return [[bool(v) for v in row] for row in qr.matrix_iter(scale=1, border=QUIET_ZONE)]


def _paint_matrix(
    painter: QPainter, matrix: list[list[bool]], left: float, top: float, module: float
) -> None:
    """Fill each horizontal run of dark modules with one rectangle.

    One rectangle per run (not per module) avoids hairline seams between neighbouring
    modules when the module size is fractional.
    """
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        x = 0
        width = len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < width and row[x]:
                x += 1
            painter.drawRect(
                QRectF(left + start * module, top + y * module, (x - start) * module, module)
            )


def _layout(side: int, modules: int) -> tuple[float, float]:
    """Module size and offset for a square of `side` pixels: whole pixels when they fit."""
    if side >= modules:
        module = float(side // modules)
    else:
        module = side / modules
    return module, (side - module * modules) / 2


def qr_image(text: str, size_px: int) -> QImage:
    """A square white image of `size_px` pixels with the QR code for `text` centred in it."""
    image = QImage(size_px, size_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    if not text:
        return image
    matrix = qr_matrix(text)
    module, offset = _layout(size_px, len(matrix))
    painter = QPainter(image)
    try:
        _paint_matrix(painter, matrix, offset, offset, module)
    finally:
        painter.end()
    return image


class QrWidget(QWidget):
    """Shows the QR code for a text, as large as the widget allows, always square."""

    def __init__(self, payload: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload = ""
        self._matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.set_payload(payload)

    def payload(self) -> str:
        return self._payload

    def set_payload(self, text: str) -> None:
        """Encode `text` once here, so painting (which happens often) only draws."""
        self._payload = text or ""
        self._matrix = qr_matrix(self._payload) if self._payload else []
        self.setAccessibleDescription(self._payload)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        """White square (quiet zone included) centred in the widget, modules on whole pixels."""
        if not self._matrix:
            return
        side = min(self.width(), self.height())
        if side <= 0:
            return
        modules = len(self._matrix)
        module, offset = _layout(side, modules)
        left = (self.width() - side) / 2 + offset
        top = (self.height() - side) / 2 + offset
        # Whole-pixel origin keeps module edges on pixel boundaries.
        left, top = float(int(left)), float(int(top))
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillRect(QRectF(left, top, module * modules, module * modules), QColor("white"))
            _paint_matrix(painter, self._matrix, left, top, module)
        finally:
            painter.end()
