"""A roll layout drawn as the 1-bit image a thermal receipt printer prints, dot for dot.

Receipt printers' code pages have no Vietnamese (no "ư", "ộ", "₫"), so text goes to the printer
as a picture. The picture is drawn from the same RollLayout as the PDF receipt: rows, wrapping
and amounts are decided once, in points, and only scaled here so the laid-out width (paper
minus its margins) fills the print head: 576 dots on 80 mm paper, 384 dots on 58 mm. Glyphs
come from the same DejaVu files with Pillow's basic layout (advance widths only, like
reportlab's stringWidth), so a row measured to fit in the PDF fits on the paper.

Text is drawn anti-aliased and then thresholded, which keeps thin strokes of 20-dot letters
whole; QR modules are whole dots (never scaled by resampling), or a phone cannot read them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.labels.codes import ENCODER, QR_QUIET
from app.printing.fonts import font_file
from app.printing.roll import LineOp, QrOp, RectOp, RollLayout, TextOp

# Print-head widths in dots of common 203 dpi receipt printers (72 mm and 48 mm printable).
HEAD_DOTS: dict[int, int] = {80: 576, 58: 384}
INK_THRESHOLD = 150  # grey levels darker than this print; thin strokes stay whole
BOTTOM_DOTS = 16  # a little paper after the last row, before the cutter's own feed
SIDE_DOTS = 3  # kept clear at each edge: a glyph may reach past its advance (₫, ộ)


@dataclass(frozen=True)
class Raster:
    """What goes to the printer: the image (mode "1", 0 = ink), plus what it shows in words
    (rows of text, QR payloads) for tests and for the cashier's messages."""

    image: Image.Image
    rows: tuple[str, ...]
    codes: tuple[str, ...]

    @property
    def dots(self) -> int:
        return self.image.width


@lru_cache(maxsize=64)
def _font(name: str, size_px: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(name)), size=size_px,
                              layout_engine=ImageFont.Layout.BASIC)


def head_dots(width_mm: int) -> int:
    if width_mm not in HEAD_DOTS:
        raise ValueError(f"Roll width must be one of {tuple(HEAD_DOTS)} mm, got {width_mm!r}")
    return HEAD_DOTS[width_mm]


def rasterize(layout: RollLayout, dots: int | None = None) -> Raster:
    """Draw every operation of `layout` at `dots` wide (default: the head of its paper)."""
    dots = dots or head_dots(layout.width_mm)
    scale = (dots - 2 * SIDE_DOTS) / layout.content_width
    x0, y0 = layout.left - SIDE_DOTS / scale, layout.margin
    height = math.ceil((layout.page_height - 2 * layout.margin) * scale) + BOTTOM_DOTS
    grey = Image.new("L", (dots, max(height, 1)), 255)
    draw = ImageDraw.Draw(grey)
    codes: list[QrOp] = []
    for op in layout.operations:
        if isinstance(op, TextOp):
            _text(draw, op, scale, x0, y0)
        elif isinstance(op, LineOp):
            _line(draw, op, scale, x0, y0)
        elif isinstance(op, RectOp):
            w = max(1, round(op.width * scale))
            draw.rectangle(((op.x - x0) * scale, (op.y - y0) * scale,
                            (op.x + op.w - x0) * scale, (op.y + op.h - y0) * scale),
                           outline=0, width=w)
        else:
            codes.append(op)
    image = grey.point(lambda v: 0 if v < INK_THRESHOLD else 255).convert("1")
    for op in codes:
        _paste_qr(image, op, scale, x0, y0)
    return Raster(image, tuple(layout.rows()), tuple(op.payload for op in codes))


def _text(draw: ImageDraw.ImageDraw, op: TextOp, scale: float, x0: float, y0: float) -> None:
    """Each word starts where reportlab's unhinted metrics put it: FreeType's hinted advances
    at ~20 dots are up to 2 % wider, which would push a full row's last letter off the paper."""
    font = _font(op.font, op.size * scale)
    baseline = (op.baseline - y0) * scale
    start = 0
    for word in op.text.split(" "):
        if word:
            x = op.x + stringWidth(op.text[:start], op.font, op.size)
            draw.text(((x - x0) * scale, baseline), word, fill=0, font=font, anchor="ls")
        start += len(word) + 1


def _line(draw: ImageDraw.ImageDraw, op: LineOp, scale: float, x0: float, y0: float) -> None:
    width = max(1, round(op.width * scale))
    y = round((op.y - y0) * scale - width / 2)
    left, right = (op.x1 - x0) * scale, (op.x2 - x0) * scale
    if not op.dash:
        draw.rectangle((left, y, right, y + width - 1), fill=0)
        return
    on, off = (max(1.0, d * scale) for d in (op.dash[0], op.dash[1 % len(op.dash)]))
    x = left
    while x < right:
        draw.rectangle((round(x), y, round(min(x + on, right)) - 1, y + width - 1), fill=0)
        x += on + off


def _paste_qr(image: Image.Image, op: QrOp, scale: float, x0: float, y0: float) -> None:
    """Modules as whole dots, centred in the box the layout kept for the code."""
    rows = ENCODER(op.payload)
    modules = len(rows) + 2 * QR_QUIET
    box = op.side * scale
    module = max(1, int(op.module * scale + 1e-6))
    side = module * modules
    left = round((op.x - x0) * scale + (box - side) / 2) + QR_QUIET * module
    top = round((op.y - y0) * scale + (box - side) / 2) + QR_QUIET * module
    symbol = Image.new("1", (len(rows), len(rows)), 1)
    symbol.putdata([0 if bit == "1" else 1 for row in rows for bit in row])
    symbol = symbol.resize((len(rows) * module,) * 2, Image.Resampling.NEAREST)
    white = Image.new("1", (side, side), 1)
    image.paste(white, (left - QR_QUIET * module, top - QR_QUIET * module))
    image.paste(symbol, (left, top))
