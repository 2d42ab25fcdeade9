"""Layout helper for thermal-roll documents (receipts, Z-reports): one long page, 80 or 58 mm.

A roll page must be exactly as tall as its content, but reportlab needs the page size before the
first stroke. So the document is laid out once into a list of drawing operations (measuring with
pdfmetrics.stringWidth, the same metrics the canvas uses), and only then is a canvas created at
the measured height and the operations replayed. Renderers describe rows; they never compute
coordinates, so alignment and wrapping rules live here once.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.labels.codes import QR_QUIET, qr_symbol
from app.printing.fonts import (
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    FONT_REGULAR,
    register_fonts,
)

Align = Literal["left", "right", "center"]

ROLL_WIDTHS_MM: tuple[int, ...] = (80, 58)
MARGIN_MM = 3.0
# DejaVu's ascender is ~0.93 em and stacked Vietnamese marks (Ể, Ỗ) reach it; 1.28 em leading
# keeps a tone mark of one line clear of the descenders of the line above.
_ASCENT = 0.93
_LEADING = 1.28
_COLUMN_GAP = 3.0
_MIN_FIT_SIZE = 5.5
_BREAKABLE = re.compile(r"[ \t]+")


def nfc(text: str) -> str:
    """Data typed on different keyboards (Telex/VNI, macOS) may be decomposed; the PDF font
    lookup and text extraction need one canonical form."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class TextOp:
    x: float
    baseline: float  # measured from the top of the page, downwards
    font: str
    size: float
    text: str


@dataclass(frozen=True)
class LineOp:
    x1: float
    x2: float
    y: float
    width: float
    dash: tuple[float, ...]


@dataclass(frozen=True)
class RectOp:
    x: float
    y: float  # top edge, from the top of the page
    w: float
    h: float
    width: float


@dataclass(frozen=True)
class QrOp:
    x: float  # left edge of the symbol's quiet zone
    y: float  # top edge of the quiet zone, from the top of the page
    module: float  # points per module
    payload: str

    @property
    def side(self) -> float:
        return self.module * (qr_symbol(self.payload).size + 2 * QR_QUIET)


RollOp = TextOp | LineOp | RectOp | QrOp


class RollLayout:
    """Accumulates rows top-down, then renders a single PDF page sized to fit them."""

    def __init__(self, width_mm: int = 80, title: str = "") -> None:
        if width_mm not in ROLL_WIDTHS_MM:
            raise ValueError(f"Roll width must be one of {ROLL_WIDTHS_MM} mm, got {width_mm!r}")
        register_fonts()
        self.width_mm = width_mm
        self.page_width = width_mm * mm
        self.margin = MARGIN_MM * mm
        self.left = self.margin
        self.right = self.page_width - self.margin
        self.content_width = self.right - self.left
        self.title = nfc(title)
        narrow = width_mm < 80
        # 58 mm leaves ~148 pt of text: the condensed face keeps ~35 characters on a line.
        self.font = FONT_CONDENSED if narrow else FONT_REGULAR
        self.font_bold = FONT_CONDENSED_BOLD if narrow else FONT_BOLD
        self.body_size = 8.0 if narrow else 8.5
        self.small_size = 7.0 if narrow else 7.5
        self.title_size = 10.5 if narrow else 12.0
        self.big_size = 11.0 if narrow else 12.5
        self._ops: list[RollOp] = []
        self._y = self.margin

    # ----------------------------------------------------------------- measuring

    def _face(self, bold: bool) -> str:
        return self.font_bold if bold else self.font

    def measure(self, text: str, bold: bool = False, size: float | None = None) -> float:
        return stringWidth(nfc(text), self._face(bold), size or self.body_size)

    def wrap(
        self, text: str, max_width: float, bold: bool = False, size: float | None = None
    ) -> list[str]:
        """Greedy word wrap; a word wider than the line is split by characters so that nothing
        is ever clipped at the paper edge (long product codes, URLs)."""
        face = self._face(bold)
        sz = size or self.body_size
        lines: list[str] = []
        for paragraph in nfc(text).split("\n"):
            # Split on ordinary spaces only: a no-break space (U+00A0) glues "HĐ\u00a0<number>".
            words = _BREAKABLE.split(paragraph.strip(" \t"))
            words = [w for w in words if w]
            if not words:
                lines.append("")
                continue
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                if stringWidth(candidate, face, sz) <= max_width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                    current = ""
                while stringWidth(word, face, sz) > max_width and len(word) > 1:
                    cut = len(word) - 1
                    while cut > 1 and stringWidth(word[:cut], face, sz) > max_width:
                        cut -= 1
                    lines.append(word[:cut])
                    word = word[cut:]
                current = word
            lines.append(current)
        return lines

    def _fit_size(self, text: str, max_width: float, bold: bool, size: float) -> float:
        """Shrink a single-line cell until it fits, rather than clip or overlap a neighbour."""
        width = stringWidth(text, self._face(bold), size)
        if width <= max_width or width == 0:
            return size
        return max(_MIN_FIT_SIZE, size * max_width / width * 0.999)

    def _shrunk(self, text: str, max_width: float, bold: bool, size: float) -> float:
        """Shrink a heading to one line only while it still reads as a heading (>= 70 % of its
        size and never below body text); otherwise keep it big and let it wrap."""
        fitted = self._fit_size(text, max_width, bold, size)
        return fitted if fitted >= max(self.body_size, 0.7 * size) else size

    # ----------------------------------------------------------------- primitives

    def _advance(self, size: float) -> float:
        baseline = self._y + size * _ASCENT
        self._y += size * _LEADING
        return baseline

    def _emit(self, x: float, baseline: float, text: str, bold: bool, size: float) -> None:
        if text:
            self._ops.append(TextOp(x, baseline, self._face(bold), size, text))

    def _x_for(
        self, text: str, align: Align, bold: bool, size: float, x0: float, x1: float
    ) -> float:
        width = stringWidth(text, self._face(bold), size)
        if align == "right":
            return x1 - width
        if align == "center":
            return x0 + (x1 - x0 - width) / 2
        return x0

    # ----------------------------------------------------------------- rows

    def text(
        self,
        text: str,
        align: Align = "left",
        bold: bool = False,
        size: float | None = None,
        indent: float = 0.0,
        shrink: bool = False,
    ) -> None:
        """A paragraph wrapped to the paper width.

        With shrink, a heading first gets somewhat smaller to stay on one line, and wraps only
        when that would make it too small.
        """
        sz = size or self.body_size
        x0 = self.left + indent
        if shrink:
            one_line = nfc(text).replace("\n", " ")
            sz = self._shrunk(one_line, self.right - x0, bold, sz)
        for line in self.wrap(text, self.right - x0, bold, sz):
            baseline = self._advance(sz)
            self._emit(self._x_for(line, align, bold, sz, x0, self.right), baseline, line, bold, sz)

    def row(
        self,
        left: str,
        right: str,
        bold: bool = False,
        size: float | None = None,
        indent: float = 0.0,
        shrink: bool = False,
    ) -> None:
        """Label on the left, amount flush right on the first line; the label wraps around the
        amount. When the amount leaves too little room, it moves to its own line instead.

        With shrink (big totals), the row first gets somewhat smaller so that "TỔNG CỘNG" and its
        amount stay on one line on 58 mm paper.
        """
        sz = size or self.body_size
        right = nfc(right)
        x0 = self.left + indent
        if shrink:
            both = f"{nfc(left)}   {right}"
            sz = self._shrunk(both, self.right - x0, bold, sz)
        right_width = stringWidth(right, self._face(bold), sz)
        if right_width > self.right - x0:
            sz = self._fit_size(right, self.right - x0, bold, sz)
            right_width = stringWidth(right, self._face(bold), sz)
        available = self.right - x0 - (right_width + _COLUMN_GAP if right else 0.0)
        if right and available < self.content_width * 0.3:
            self.text(left, bold=bold, size=sz, indent=indent)
            baseline = self._advance(sz)
            self._emit(self.right - right_width, baseline, right, bold, sz)
            return
        for i, line in enumerate(self.wrap(left, available, bold, sz)):
            baseline = self._advance(sz)
            self._emit(x0, baseline, line, bold, sz)
            if i == 0 and right:
                self._emit(self.right - right_width, baseline, right, bold, sz)

    def columns(
        self,
        cells: Sequence[str],
        spec: Sequence[tuple[float, Align]],
        bold: bool = False,
        size: float | None = None,
    ) -> None:
        """One table row: relative column widths and alignments. Cells stay on one line; the
        whole row shrinks (never below a legible minimum) so columns keep lining up."""
        if len(cells) != len(spec):
            raise ValueError("cells and spec must have the same length")
        sz = size or self.body_size
        texts = [nfc(c) for c in cells]
        total = sum(weight for weight, _ in spec)
        usable = self.content_width - _COLUMN_GAP * (len(spec) - 1)
        bounds: list[tuple[float, float]] = []
        x = self.left
        for weight, _ in spec:
            w = usable * weight / total
            bounds.append((x, x + w))
            x += w + _COLUMN_GAP
        for text, (x0, x1) in zip(texts, bounds, strict=True):
            sz = min(sz, self._fit_size(text, x1 - x0, bold, sz))
        baseline = self._advance(sz)
        for text, (x0, x1), (_, align) in zip(texts, bounds, spec, strict=True):
            self._emit(self._x_for(text, align, bold, sz, x0, x1), baseline, text, bold, sz)

    def banner(self, text: str, size: float | None = None) -> None:
        """Boxed, bold, centred text that cannot be missed (ĐÃ HỦY on a voided receipt)."""
        sz = size or self.big_size + 2
        pad = 3.0
        lines = self.wrap(text, self.content_width - 2 * pad, True, sz)
        self.space(2)
        top = self._y
        self._y += pad
        for line in lines:
            baseline = self._advance(sz)
            x = self._x_for(line, "center", True, sz, self.left, self.right)
            self._emit(x, baseline, line, True, sz)
        self._y += pad
        inset = 0.75
        self._ops.append(
            RectOp(self.left + inset, top, self.content_width - 2 * inset, self._y - top, 1.5)
        )
        self.space(2)

    def rule(self, dashed: bool = True, weight: float = 0.6) -> None:
        gap = self.body_size * 0.6
        self._y += gap / 2
        dash = (2.0, 1.5) if dashed else ()
        self._ops.append(LineOp(self.left, self.right, self._y, weight, dash))
        self._y += gap / 2

    def space(self, points: float) -> None:
        self._y += points

    def qr(self, payload: str, module_mm: float) -> None:
        """A QR code centred on the paper, modules of `module_mm` (smaller only if the code
        would not fit the width). A receipt printer turns it into whole dots, so the module
        is chosen by the caller to land on a few dots at 203 dpi."""
        modules = qr_symbol(payload).size + 2 * QR_QUIET
        module = min(module_mm * mm, self.content_width / modules)
        side = module * modules
        self._ops.append(QrOp(self.left + (self.content_width - side) / 2, self._y, module, payload))
        self._y += side

    def signatures(self, labels: Sequence[str], names: Sequence[str] = ()) -> None:
        """Side-by-side signature boxes: title, hint, room to sign, dotted line, printed name."""
        spec: list[tuple[float, Align]] = [(1.0, "center")] * len(labels)
        self.columns(list(labels), spec, bold=True)
        self.columns(["(Ký, ghi rõ họ tên)"] * len(labels), spec, size=self.small_size)
        self.space(16 * mm)
        usable = self.content_width - _COLUMN_GAP * (len(labels) - 1)
        width = usable / len(labels)
        self._y += 1
        for i in range(len(labels)):
            x0 = self.left + i * (width + _COLUMN_GAP)
            self._ops.append(LineOp(x0 + 4, x0 + width - 4, self._y, 0.5, (0.8, 1.6)))
        self._y += 2
        if names:
            self.columns([names[i] if i < len(names) else "" for i in range(len(labels))], spec)

    # ----------------------------------------------------------------- output

    @property
    def page_height(self) -> float:
        return self._y + self.margin

    @property
    def operations(self) -> tuple[RollOp, ...]:
        """What was laid out, in points from the page's top-left corner: the one model that
        both the PDF and the receipt printer's raster (app.printing.raster) are drawn from,
        so the paper roll and the saved PDF say the same words on the same rows."""
        return tuple(self._ops)

    def rows(self) -> list[str]:
        """The text of each printed row, top to bottom, cells joined by a space (what a
        customer reads across the roll; tests compare renderings by it)."""
        by_baseline: dict[float, list[TextOp]] = {}
        for op in self._ops:
            if isinstance(op, TextOp):
                by_baseline.setdefault(round(op.baseline, 2), []).append(op)
        return [
            " ".join(op.text for op in sorted(ops, key=lambda o: o.x))
            for _, ops in sorted(by_baseline.items())
        ]

    def render(self) -> bytes:
        height = self.page_height
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(self.page_width, height), invariant=True)
        if self.title:
            canvas.setTitle(self.title)
        canvas.setCreator("OCOP Booth")
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setStrokeColorRGB(0, 0, 0)
        for op in self._ops:
            if isinstance(op, TextOp):
                canvas.setFont(op.font, op.size)
                canvas.drawString(op.x, height - op.baseline, op.text)
            elif isinstance(op, LineOp):
                canvas.setLineWidth(op.width)
                canvas.setDash(list(op.dash) if op.dash else [])
                canvas.line(op.x1, height - op.y, op.x2, height - op.y)
            elif isinstance(op, QrOp):
                origin = QR_QUIET * op.module
                canvas.saveState()
                canvas.transform(op.module, 0, 0, op.module, op.x + origin,
                                 height - op.y - op.side + origin)
                canvas.addLiteral(qr_symbol(op.payload).path + " f")
                canvas.restoreState()
            else:
                canvas.setLineWidth(op.width)
                canvas.setDash([])
                canvas.rect(op.x, height - op.y - op.h, op.w, op.h, stroke=1, fill=0)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()
