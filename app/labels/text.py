"""Fitting text into a box: shrink first, then wrap, and never spill out.

A product name can be 120 characters of Vietnamese ("Trà hoa vàng Ba Chẽ hộp quà tết...");
a label must still print it inside its box, so the name shrinks to the smallest readable
size, wraps on words onto the allowed lines, and only then is cut with an ellipsis. Widths
come from the embedded TrueType metrics, the same ones reportlab draws with.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing.fonts import (
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    FONT_REGULAR,
    register_fonts,
)
from app.services.textfold import nfc

# DejaVu's ascent is 0.76 em, but Vietnamese capitals carry stacked marks ("Ấ", "Ở") that
# reach ~0.95 em, and descenders go to 0.24 em: a line is 1.2 em so nothing leaves the box.
ASCENT = 0.95
DESCENT = 0.25
LINE = ASCENT + DESCENT
STEP = 0.25  # pt between tried sizes
ELLIPSIS = "…"
PT_PER_MM = 72 / 25.4


def font_name(bold: bool, condensed: bool) -> str:
    if condensed:
        return FONT_CONDENSED_BOLD if bold else FONT_CONDENSED
    return FONT_BOLD if bold else FONT_REGULAR


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    font: str
    size: float  # pt
    truncated: bool


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the box (a long code, a URL) is split by characters."""
    pieces, current = [], ""
    for ch in word:
        if current and _width(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def _wrap(words: list[str], font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if _width(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        if _width(word, font, size) <= width:
            current = word
        else:
            *full, current = _break_word(word, font, size, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def _cut(line: str, font: str, size: float, width: float) -> str:
    """Shorten a line until it and an ellipsis fit."""
    while line and _width(line.rstrip() + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


@lru_cache(maxsize=16384)
def fit_text(
    text: str, width_pt: float, height_pt: float, max_size: float, min_size: float,
    max_lines: int, bold: bool = False, condensed: bool = True,
) -> FittedText:
    """The largest size (max_size down to min_size) at which `text` fits the box, wrapped to at
    most `max_lines`; at min_size whatever does not fit is cut with an ellipsis."""
    register_fonts()
    font = font_name(bold, condensed)
    words = nfc(text).split()
    if not words:
        return FittedText((), font, max_size, False)
    size = max_size
    while True:
        lines_allowed = max(1, min(max_lines, int(height_pt / (size * LINE) + 1e-6)))
        lines = _wrap(words, font, size, width_pt)
        if len(lines) <= lines_allowed:
            return FittedText(tuple(lines), font, size, False)
        if size - STEP < min_size - 1e-9:
            break
        size = round(size - STEP, 2)
    size = min_size
    # Even the smallest size must not spill vertically: shrink below min_size if one line
    # of min_size is taller than the box (a mis-designed template, still never out of the box).
    size = min(size, height_pt / LINE)
    lines_allowed = max(1, min(max_lines, int(height_pt / (size * LINE) + 1e-6)))
    lines = _wrap(words, font, size, width_pt)[:lines_allowed]
    rest_cut = _cut(lines[-1], font, size, width_pt)
    return FittedText((*lines[:-1], rest_cut), font, size, True)


def one_line_size(text: str, font: str, max_size: float, width_pt: float,
                  height_pt: float) -> float:
    """Largest size at which a single line (a price) fits the box, never above max_size."""
    register_fonts()
    width = _width(text, font, max_size)
    size = max_size if width <= width_pt else max_size * width_pt / width
    return min(size, height_pt / LINE)
