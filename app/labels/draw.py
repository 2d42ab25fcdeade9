"""Painting one label's fields onto a reportlab canvas.

The canvas is already set up by the renderer so that one unit is one millimetre of the
template layout with y pointing up from the layout's bottom-left corner; every field box in
the template (x, y from the top-left) is converted here. Scaling to the stock happens in the
canvas transform, so a layout looks the same, only larger, on a bigger label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from math import cos, pi, sin

from reportlab.pdfgen.canvas import Canvas

from app.labels.codes import (
    QR_QUIET,
    BarSymbol,
    QrSymbol,
    bar_symbol,
    qr_symbol,
    symbology_for,
)
from app.labels.items import LabelItem
from app.labels.specs import Field, Layout
from app.labels.text import ASCENT, DESCENT, LINE, PT_PER_MM, fit_text, font_name, one_line_size
from app.services.money import format_dong
from app.services.stars import may_show_stars

OCOP_TEXT = "OCOP"


def _box(field: Field, layout: Layout) -> tuple[float, float, float, float]:
    """Field box as (x, bottom y, w, h) in layout millimetres, y up."""
    x, y, w, h = field.box
    return x, layout.size[1] - y - h, w, h


def _line_x(align: str, x: float, w: float) -> float:
    return {"center": x + w / 2, "right": x + w}.get(align, x)


def _draw_line(canvas: Canvas, text: str, align: str, x: float, w: float, y: float) -> None:
    if align == "center":
        canvas.drawCentredString(x + w / 2, y, text)
    elif align == "right":
        canvas.drawRightString(x + w, y, text)
    else:
        canvas.drawString(x, y, text)


def _block_top(valign: str, by: float, h: float, block: float) -> float:
    """Top of a text block of height `block` inside a box whose bottom is `by`."""
    if valign == "top":
        return by + h
    if valign == "bottom":
        return by + block
    return by + (h + block) / 2


def draw_text(canvas: Canvas, field: Field, layout: Layout, text: str) -> None:
    if not text.strip():
        return
    x, by, w, h = _box(field, layout)
    fitted = fit_text(text, w * PT_PER_MM, h * PT_PER_MM, field.size, field.min_size,
                      field.lines, field.bold, field.condensed)
    if not fitted.lines:
        return
    size = fitted.size / PT_PER_MM
    canvas.setFont(fitted.font, size)
    top = _block_top(field.valign, by, h, len(fitted.lines) * size * LINE)
    for i, line in enumerate(fitted.lines):
        baseline = top - size * ASCENT - i * size * LINE
        _draw_line(canvas, line, field.align, x, w, baseline)


def price_text(item: LabelItem, per_unit: bool) -> str:
    """"45.000 ₫", or "110.000 ₫/kg" where the template asks for the unit and always for goods
    sold by weight (a bare 110.000 ₫ on a bag of miến read as the bag's price)."""
    if item.price is None:
        return ""
    text = format_dong(item.price)
    return f"{text}/{item.unit}" if (per_unit or item.sold_by_weight) and item.unit else text


def draw_price(canvas: Canvas, field: Field, layout: Layout, item: LabelItem) -> None:
    text = price_text(item, field.per_unit)
    if not text:
        return
    x, by, w, h = _box(field, layout)
    font = font_name(True if field.bold else False, field.condensed)
    size = one_line_size(text, font, field.size, w * PT_PER_MM, h * PT_PER_MM) / PT_PER_MM
    canvas.setFont(font, size)
    top = _block_top(field.valign, by, h, size * LINE)
    _draw_line(canvas, text, field.align, x, w, top - size * ASCENT)


@lru_cache(maxsize=8)
def _star_path(points: int = 5, inner: float = 0.382) -> str:
    """A five-point star of radius 1 centred on 0,0, as PDF path operators."""
    ops = []
    for k in range(points * 2):
        radius = 1.0 if k % 2 == 0 else inner
        angle = pi / 2 + k * pi / points
        ops.append(f"{radius * cos(angle):.4f} {radius * sin(angle):.4f} {'m' if k == 0 else 'l'}")
    return " ".join(ops) + " h f"


def draw_stars(canvas: Canvas, field: Field, layout: Layout, item: LabelItem,
               today: date) -> bool:
    """The OCOP badge (word and N stars) only while the rating is valid; False when left out."""
    if not may_show_stars(item.stars, item.star_expires_on, today):
        return False
    stars = int(item.stars or 0)
    x, by, w, h = _box(field, layout)
    font = font_name(True, field.condensed)
    text_w_em = canvas.stringWidth(OCOP_TEXT, font, 1)
    # Width = word + gap + stars, each star as wide as the box is high; shrink to the box.
    star_d = h
    gap = star_d * 0.25
    need = text_w_em * h * 0.8 + gap + stars * star_d
    if need > w:
        star_d *= w / need
        gap *= w / need
    size = star_d * 0.8
    canvas.setFont(font, size)
    total = canvas.stringWidth(OCOP_TEXT, font, size) + gap + stars * star_d
    left = {"center": x + (w - total) / 2, "right": x + w - total}.get(field.align, x)
    mid = by + h / 2
    canvas.drawString(left, mid - size * (ASCENT - DESCENT) / 2 + size * 0.05, OCOP_TEXT)
    cx = left + canvas.stringWidth(OCOP_TEXT, font, size) + gap + star_d / 2
    path = _star_path()
    for _ in range(stars):
        canvas.saveState()
        canvas.transform(star_d / 2, 0, 0, star_d / 2, cx, mid - star_d * 0.03)
        canvas.addLiteral(path)
        canvas.restoreState()
        cx += star_d
    return True


def snap_module(module: float, scale: float, dot_mm: float, floor_mm: float = 0.0) -> float:
    """Round a module (layout mm) down to whole printer dots once printed at `scale`.

    A bar of 2.4 dots prints as 2 or 3 dots depending on where it falls, and enough such
    errors make a scanner misread one EAN digit for another; whole dots print every bar of
    the same width alike. Left as it is when snapping would go under one dot or `floor_mm`
    (a QR module may not shrink below the size its payload was checked against).
    """
    if dot_mm <= 0:
        return module
    dots = module * scale / dot_mm
    # Nearest whole dot when that grows the symbol by at most 3 % (it is centred, so it
    # only eats a hair of the quiet zone), else round down.
    whole = round(dots) if round(dots) <= dots * 1.03 else int(dots + 1e-6)
    printed = whole * dot_mm
    return printed / scale if printed >= max(dot_mm, floor_mm) - 1e-9 else module


def snap_position(value: float, scale: float, dot_mm: float) -> float:
    """Move a layout position (mm from the layout's origin) onto the nearest printer dot.

    Whole-dot modules alone are not enough: a bar of exactly two dots that starts 0.5 dot
    off the grid still lands on three dots in some rasterisers. The renderer puts the layout
    origin on a dot (render_labels), so a symbol started on a dot here keeps every edge on one.
    """
    if dot_mm <= 0:
        return value
    return round(value * scale / dot_mm) * dot_mm / scale


@dataclass(frozen=True)
class BarPlacement:
    """Where a barcode's bars go, in layout mm (y up): shared by the PDF and by label printers
    that paint the bars themselves, dot for dot (app.printing.label_bitmap)."""

    symbol: BarSymbol
    module: float
    x0: float  # left edge of the first bar
    bars_bottom: float
    guard_bottom: float  # EAN guard bars reach lower, between the digit groups
    top: float
    font_mm: float


@dataclass(frozen=True)
class QrPlacement:
    symbol: QrSymbol
    module: float
    left: float  # left edge of the first module column (quiet zone excluded)
    bottom: float  # lower edge of the bottom module row


def place_barcode(field: Field, layout: Layout, code: str, scale: float = 1.0,
                  dot_mm: float = 0.0) -> BarPlacement:
    """Bars filling the box's width, centred, modules and first bar on whole dots."""
    symbol: BarSymbol = bar_symbol(code, symbology_for(code))
    x, by, w, h = _box(field, layout)
    total = symbol.quiet_left + symbol.modules + symbol.quiet_right
    module = snap_module(w / total, scale, dot_mm)
    x += (w - module * total) / 2
    font_mm = min(8 * module, 0.28 * h)
    if symbol.kind == "code128":
        width_pt = symbol.modules * module * PT_PER_MM
        font = font_name(False, False)
        font_mm = min(font_mm, one_line_size(symbol.value, font, 99, width_pt, 99) / PT_PER_MM)
    return BarPlacement(symbol, module, snap_position(x + symbol.quiet_left * module, scale,
                                                      dot_mm),
                        by + font_mm * 0.95, by + font_mm * 0.45, by + h, font_mm)


def draw_barcode(canvas: Canvas, field: Field, layout: Layout, code: str,
                 scale: float = 1.0, dot_mm: float = 0.0, bars: bool = True) -> None:
    """Bars with quiet zones and human-readable digits; `bars=False` leaves the bars to a
    printer path that paints them itself (the digits are still drawn here)."""
    placed = place_barcode(field, layout, code, scale, dot_mm)
    symbol, module, x0, font_mm = placed.symbol, placed.module, placed.x0, placed.font_mm
    by = _box(field, layout)[1]
    font = font_name(False, False)
    if bars:
        canvas.saveState()
        canvas.transform(module, 0, 0, placed.top - placed.bars_bottom, x0, placed.bars_bottom)
        canvas.addLiteral(symbol.path + " f")
        canvas.restoreState()
    if symbol.guards and bars:
        canvas.saveState()
        canvas.transform(module, 0, 0, placed.top - placed.guard_bottom, x0, placed.guard_bottom)
        canvas.addLiteral(symbol.guards + " f")
        canvas.restoreState()
    canvas.setFont(font, font_mm)
    baseline = by + font_mm * 0.1 if symbol.guards else by + font_mm * DESCENT * 0.6
    for digits, start, end in symbol.text_groups:
        if start < 0:  # EAN-13's first digit sits in the left quiet zone
            canvas.drawRightString(x0 - module * 1.5, baseline, digits)
            continue
        if not symbol.guards:
            canvas.drawCentredString(x0 + (start + end) / 2 * module, baseline, digits)
            continue
        # One text run per digit group, spaced so each digit sits centred over its 7
        # modules (DejaVu digits are all one width): 3 runs a label instead of 13.
        pitch = (end - start) * module / len(digits)
        digit_w = canvas.stringWidth("0", font, font_mm)
        text = canvas.beginText(x0 + start * module + (pitch - digit_w) / 2, baseline)
        text.setFont(font, font_mm)
        text.setCharSpace(pitch - digit_w)
        text.textOut(digits)
        canvas.drawText(text)


def qr_module_mm(field: Field, payload: str) -> float:
    """Module size the QR gets in this field's box (layout mm, before stock scaling)."""
    _, _, w, h = field.box
    return min(w, h) / (qr_symbol(payload).size + 2 * QR_QUIET)


def place_qr(field: Field, layout: Layout, payload: str, scale: float = 1.0,
             dot_mm: float = 0.0) -> QrPlacement:
    symbol = qr_symbol(payload)
    x, by, w, h = _box(field, layout)
    module = snap_module(min(w, h) / (symbol.size + 2 * QR_QUIET), scale, dot_mm,
                         field.min_module)
    side = module * (symbol.size + 2 * QR_QUIET)
    left = {"left": x, "right": x + w - side}.get(field.align, x + (w - side) / 2)
    bottom = by + (h - side) / 2
    return QrPlacement(symbol, module, snap_position(left + QR_QUIET * module, scale, dot_mm),
                       snap_position(bottom + QR_QUIET * module, scale, dot_mm))


def draw_qr(canvas: Canvas, field: Field, layout: Layout, payload: str,
            scale: float = 1.0, dot_mm: float = 0.0) -> None:
    placed = place_qr(field, layout, payload, scale, dot_mm)
    canvas.saveState()
    canvas.transform(placed.module, 0, 0, placed.module, placed.left, placed.bottom)
    canvas.addLiteral(placed.symbol.path + " f")
    canvas.restoreState()


def qr_payload(field: Field, item: LabelItem) -> str | None:
    return item.payment if field.source == "payment" else item.trace_url


def place_codes(layout: Layout, item: LabelItem, scale: float = 1.0,
                dot_mm: float = 0.0) -> list[BarPlacement | QrPlacement]:
    """Every barcode and QR code this item gets on the layout, where draw_label puts them."""
    placed: list[BarPlacement | QrPlacement] = []
    for field in layout.fields:
        if field.type == "barcode" and item.barcode:
            placed.append(place_barcode(field, layout, item.barcode, scale, dot_mm))
        elif field.type == "qr":
            payload = qr_payload(field, item)
            if payload:
                placed.append(place_qr(field, layout, payload, scale, dot_mm))
    return placed


def draw_frame(canvas: Canvas, field: Field, layout: Layout) -> None:
    x, by, w, h = _box(field, layout)
    canvas.setLineWidth(0.2)
    canvas.roundRect(x + 0.1, by + 0.1, w - 0.2, h - 0.2, min(1.5, h / 4), stroke=1, fill=0)


def draw_label(canvas: Canvas, layout: Layout, item: LabelItem, today: date,
               scale: float = 1.0, dot_mm: float = 0.0, codes: bool = True) -> None:
    """Every field of the layout for one item; data that is missing is simply left out.

    `scale` is how much the layout is enlarged on the stock and `dot_mm` the printer dot the
    stock is made for: bars and modules are snapped to whole dots. `codes=False` leaves out
    the bars and QR modules (not the digits) for a printer path that paints them dot for dot.
    """
    for field in layout.fields:
        kind = field.type
        if kind == "text":
            draw_text(canvas, field, layout, item.text_for(field.source, field.text))
        elif kind == "price":
            draw_price(canvas, field, layout, item)
        elif kind == "stars":
            draw_stars(canvas, field, layout, item, today)
        elif kind == "barcode" and item.barcode:
            draw_barcode(canvas, field, layout, item.barcode, scale, dot_mm, codes)
        elif kind == "qr" and codes:
            payload = qr_payload(field, item)
            if payload:
                draw_qr(canvas, field, layout, payload, scale, dot_mm)
        elif kind == "box":
            draw_frame(canvas, field, layout)
