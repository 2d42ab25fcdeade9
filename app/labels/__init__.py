"""Price labels and QR stickers: stocks and templates as data, rendered with reportlab.

No Qt here (a test checks it): the command line, the tests and the Labels page all render the
same PDF, and the page only shows and prints it.
"""

from app.labels.items import LabelItem
from app.labels.render import (
    Cancelled,
    RenderResult,
    Skipped,
    render_alignment_page,
    render_labels,
    write_pdf,
)
from app.labels.specs import LabelLibrary, Stock, Template, load_library, place

__all__ = [
    "Cancelled", "LabelItem", "LabelLibrary", "RenderResult", "Skipped", "Stock", "Template",
    "load_library", "place", "render_alignment_page", "render_labels", "write_pdf",
]
