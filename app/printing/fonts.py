"""Fonts with full Vietnamese glyphs for every PDF we print (receipts, Z-reports, labels).

reportlab's built-in Helvetica has no glyphs for "ư", "ộ", "₫" and friends, so every document
must use an embedded TrueType font. Registration is process-wide in reportlab, hence done once,
and the registered font objects are then shared by every document any thread builds (receipts
and label batches render on QThreadPool workers), which is why they are SubsettingLockTTFont.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
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


class SubsettingLockTTFont(TTFont):
    """A TTFont whose subsetting runs one document at a time.

    reportlab keeps what each document used of a font (the characters and their subset codes)
    in `TTFont.state`, a dictionary keyed by the document, so two documents laying out text
    with one shared font at once do not disturb each other. What is shared is the parsed font
    file: `TTFontFace.makeSubset`, called from `addObjects` when a document is saved, walks
    the composite glyphs (Vietnamese letters with tone marks are composites) with the parser's
    single read cursor (`seek`, `read_short`, `read_ushort`, `skip` move `face._pos`). Two
    threads saving at once move each other's cursor, read a component glyph index from the
    wrong place and either fail (IndexError in makeSubset, KeyError a few lines on) or,
    worse, embed the wrong glyph outlines in a PDF that still opens and still extracts the
    right text. After construction nothing else in reportlab moves that cursor.

    So only `addObjects` is serialised, per font because the cursor belongs to the face.
    A lock around the whole build of each document would also be correct, but a customer's
    receipt would then wait behind a label batch of thousands of labels; subsetting is a few
    milliseconds per font per document. tests/unit/test_render_threads.py proves the result
    byte for byte against a lone render, and catches a reportlab upgrade that shares more.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._subset_lock = threading.Lock()

    def addObjects(self, doc: PDFDocument) -> None:  # reportlab's name, overridden
        with self._subset_lock:
            super().addObjects(doc)


def fonts_dir() -> Path:
    """Kept separate so callers (and tests) need not know the folder layout."""
    return resources_dir() / "fonts"


def font_file(name: str) -> Path:
    """The TrueType file of a registered face name: the receipt printer's raster draws the
    same glyphs with Pillow that the PDF embeds."""
    return fonts_dir() / _FONT_FILES[name]


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
            pdfmetrics.registerFont(SubsettingLockTTFont(name, str(path)))
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
