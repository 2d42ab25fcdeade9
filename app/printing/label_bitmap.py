"""A roll label as the 1-bit image a thermal label printer burns, dot for dot.

Text, stars and frames come from the label's own PDF page (render_labels), drawn by pdfium at
exactly the printer's dot grid (8 dots/mm at 203 dpi, 12 at 300): text anti-aliased and then
thresholded, which keeps thin strokes whole, as on the receipt printer (app.printing.raster).

Bars and QR modules are not taken from the PDF. render_labels snaps them to whole dots and
starts each symbol on a dot, so every edge sits exactly on a dot boundary, and that is the one
place a rasteriser may go either way: pdfium's aliased fill turned some 3-dot bars into 4 and
moved others by a dot (measured: the same 3-dot rectangle is 3 or 4 dots depending on the
other rectangles in its path). A scanner reads EAN digits from the ratios of bar widths, so
here the PDF is drawn without them (`codes=False`) and each bar and module is painted as a
rectangle of whole dots, at the place draw.place_codes gives the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw

from app.labels.draw import BarPlacement, QrPlacement, place_codes
from app.labels.items import LabelItem
from app.labels.specs import Placement, Stock
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError

INK_THRESHOLD = 150  # as app.printing.raster: grey darker than this is a dot
PT_PER_INCH = 72


def size_dots(stock: Stock, per_mm: int) -> tuple[int, int]:
    """One label of the stock in printer dots."""
    return round(stock.label[0] * per_mm), round(stock.label[1] * per_mm)


def _rects(path: str) -> list[tuple[int, int, int]]:
    """(x, y, width) of each "x y w 1 re" of a symbol path (codes.py writes only those)."""
    tokens = path.split()
    return [(int(tokens[i]), int(tokens[i + 1]), int(tokens[i + 2]))
            for i in range(0, len(tokens), 5)]


class _Grid:
    """Layout millimetres (y up, from the layout's corner) to the label's dots (y down),
    with the same origin render_labels gives the layout on the page (moved onto a dot)."""

    def __init__(self, stock: Stock, placement: Placement, per_mm: int) -> None:
        left, top = stock.origin(0)
        self.per_mm = per_mm
        self.scale = placement.scale
        # The image is cropped from the page at whole dots (rasterize); the layout's corner
        # is where render_labels put it: moved onto a dot, from the page's left and bottom.
        self.x0 = round((left + placement.dx) * per_mm) - round(left * per_mm)
        page_bottom = stock.page[1] - top - stock.label[1]
        self.bottom = (stock.page[1] * per_mm - round(top * per_mm)
                       - round((page_bottom + placement.dy) * per_mm))

    def dots(self, value_mm: float) -> int:
        """A length in layout mm as whole dots (it already is one, give or take float)."""
        return max(1, round(value_mm * self.scale * self.per_mm))

    def col(self, x_mm: float) -> int:
        return round(self.x0 + x_mm * self.scale * self.per_mm)

    def row(self, y_mm: float) -> int:
        return round(self.bottom - y_mm * self.scale * self.per_mm)


def _paint_bars(draw: ImageDraw.ImageDraw, grid: _Grid, placed: BarPlacement) -> None:
    module, left = grid.dots(placed.module), grid.col(placed.x0)
    top = grid.row(placed.top)
    for path, bottom_mm in ((placed.symbol.path, placed.bars_bottom),
                            (placed.symbol.guards, placed.guard_bottom)):
        bottom = grid.row(bottom_mm)
        for x, _, width in _rects(path):
            draw.rectangle((left + x * module, top, left + (x + width) * module - 1, bottom - 1),
                           fill=0)


def _paint_qr(draw: ImageDraw.ImageDraw, grid: _Grid, placed: QrPlacement) -> None:
    module, left, bottom = grid.dots(placed.module), grid.col(placed.left), grid.row(placed.bottom)
    for x, y, width in _rects(placed.symbol.path):
        draw.rectangle((left + x * module, bottom - (y + 1) * module,
                        left + (x + width) * module - 1, bottom - y * module - 1), fill=0)


def qr_dots(placement: Placement, item: LabelItem, per_mm: int) -> list[tuple[str, float]]:
    """(payload, module in dots) of each QR code of `item`: render_labels leaves a module
    that cannot be whole dots (one dot under the field's min_module, two too big for its
    box) as it is, and a label printer must refuse it rather than print it smeared."""
    return [(placed.symbol.payload, placed.module * placement.scale * per_mm)
            for placed in place_codes(placement.layout, item, placement.scale, 1 / per_mm)
            if isinstance(placed, QrPlacement)]


def paint_codes(image: Image.Image, stock: Stock, placement: Placement, item: LabelItem,
                per_mm: int) -> None:
    """Every barcode and QR code of `item`, in whole dots, onto its label's image."""
    grid = _Grid(stock, placement, per_mm)
    draw = ImageDraw.Draw(image)
    for placed in place_codes(placement.layout, item, placement.scale, 1 / per_mm):
        if isinstance(placed, BarPlacement):
            _paint_bars(draw, grid, placed)
        else:
            _paint_qr(draw, grid, placed)


def rasterize(pdf: bytes, stock: Stock, placement: Placement, items: Sequence[LabelItem],
              per_mm: int, each: Callable[[int], None] | None = None) -> list[Image.Image]:
    """Each page of a roll PDF rendered with `codes=False`, as a mode "1" image of the
    label's dots (0 = dot burnt) with the codes of its item painted in."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Cần cài gói pypdfium2 để in thẳng ra máy in nhãn")) from None
    width, height = size_dots(stock, per_mm)
    left, top = (round(v * per_mm) for v in stock.origin(0))
    scale = per_mm * 25.4 / PT_PER_INCH
    images: list[Image.Image] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        if len(doc) != len(items):
            raise RuntimeError(f"{len(doc)} pages rendered for {len(items)} labels")
        for index, item in enumerate(items):
            page = doc[index]
            try:
                grey = page.render(scale=scale, grayscale=True, no_smoothpath=True).to_pil()
            finally:
                page.close()
            # pdfium rounds the bitmap up (50 mm is 400.0000001 dots, drawn as 401 columns)
            grey = grey.convert("L").crop((left, top, left + width, top + height))
            image = grey.point(lambda v: 0 if v < INK_THRESHOLD else 255).convert("1")
            paint_codes(image, stock, placement, item, per_mm)
            images.append(image)
            if each is not None:
                each(index + 1)
    finally:
        doc.close()
    return images
