"""Fonts with full Vietnamese glyphs for every PDF we print (receipts, Z-reports, labels).

reportlab's built-in Helvetica has no glyphs for "ư", "ộ", "₫" and friends, so every document
must use an embedded TrueType font. Registration is process-wide in reportlab, hence done once.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import resources_dir

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_CONDENSED = "DejaVuSansCondensed"
FONT_CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FONT_FILES: dict[str, str] = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_CONDENSED: "DejaVuSansCondensed.ttf",
    FONT_CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """Kept separate so callers (and tests) need not know the folder layout."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process.

    Registering twice is harmless but re-parses the TTFs; the lock keeps two printing threads
    from doing it concurrently. The bold faces are also tied into a family so that
    Paragraph markup (<b>) picks the right file.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, filename in _FONT_FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT_REGULAR,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=FONT_REGULAR,
            boldItalic=FONT_BOLD,
        )
        pdfmetrics.registerFontFamily(
            FONT_CONDENSED,
            normal=FONT_CONDENSED,
            bold=FONT_CONDENSED_BOLD,
            italic=FONT_CONDENSED,
            boldItalic=FONT_CONDENSED_BOLD,
        )
        _registered = True
