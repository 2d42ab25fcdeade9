"""Rendering labels off the UI thread: previews, saved PDFs and print jobs.

A thousand labels take a second or more, and even a one-sheet preview is more than the
~50 ms the UI may block; so every render runs through the background helper (app.ui.background,
which always reports back, even after an unforeseen error) and comes back by signal with the
serial number it was started with. The page ignores results of stale serials (the
manager changed the template while the preview was rendering). Nothing here touches a widget.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.labels import (
    LabelItem,
    LabelLibrary,
    RenderResult,
    Stock,
    Template,
    render_alignment_page,
    render_labels,
)
from app.services.errors import BoothError
from app.ui.background import TaskControl, TaskRunner
from app.ui.errors import error_text
from app.ui.pdf_printing import paint_pdf


@dataclass
class LabelJobSpec:
    """What to render, and what to do with it: preview image, print, or just the PDF."""

    template: Template
    stock: Stock
    items: Sequence[LabelItem]
    today: date
    copies: int = 1
    start_at: int = 1
    offset_mm: tuple[float, float] = (0.0, 0.0)
    library: LabelLibrary | None = None
    preview_dpi: float | None = None  # render page 1 to an image at this resolution
    max_pages: int | None = None
    outlines: bool = False
    alignment_only: bool = False  # the one-page calibration test instead of labels
    printer: QPrinter | None = field(default=None, repr=False)


@dataclass
class LabelJobResult:
    result: RenderResult | None
    pdf: bytes
    image: QImage | None = None
    printed_pages: int = 0


def pdf_page_image(pdf: bytes, dpi: float, page: int = 0) -> QImage:
    """One page of a PDF as an image at `dpi` (true size on a screen of that resolution)."""
    fd, name = tempfile.mkstemp(suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        document = QPdfDocument()
        if document.load(name) != QPdfDocument.Error.None_:
            return QImage()
        size = document.pagePointSize(page)
        pixels = QSize(max(1, round(size.width() / 72 * dpi)),
                       max(1, round(size.height() / 72 * dpi)))
        image = document.render(page, pixels)
        document.close()
        return image
    finally:
        os.unlink(name)


def render_job(spec: LabelJobSpec, task: TaskControl) -> LabelJobResult:
    """The whole job on a worker thread: render, then the preview image and/or the print."""
    if spec.alignment_only:
        result, pdf = None, render_alignment_page(spec.stock, spec.offset_mm)
    else:
        result = render_labels(
            spec.template, spec.stock, spec.items, today=spec.today,
            copies=spec.copies, start_at=spec.start_at, offset_mm=spec.offset_mm,
            max_pages=spec.max_pages, outlines=spec.outlines, library=spec.library,
            progress=task.progress, cancelled=task.cancelled,
        )
        pdf = result.pdf
    out = LabelJobResult(result, pdf)
    if spec.preview_dpi:
        out.image = pdf_page_image(pdf, spec.preview_dpi)
    if spec.printer is not None:
        out.printed_pages = paint_pdf(pdf, spec.printer)
    return out


class LabelRenderer(QObject):
    """Starts render jobs; previews and outputs may overlap, results carry their serial.
    Every job ends in `rendered(serial, LabelJobResult)` or `failed(serial, text)`."""

    progressed = Signal(int, int, int)  # serial, labels done, labels in all
    rendered = Signal(int, object)  # serial, LabelJobResult
    failed = Signal(int, str)  # serial, the text to show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = TaskRunner(self, pool="labels", threads=2)  # a preview and a batch
        self._serial = 0

    def start(self, spec: LabelJobSpec) -> int:
        self._serial += 1
        serial = self._serial
        self._tasks.start(functools.partial(render_job, spec),
                          functools.partial(self.rendered.emit, serial),
                          functools.partial(self._on_task_failed, serial),
                          functools.partial(self.progressed.emit, serial),
                          what="label rendering")
        return serial

    def cancel(self) -> None:
        """Stops a running batch at its next progress step (cancels previews too)."""
        self._tasks.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._tasks.wait(msecs)

    def _on_task_failed(self, serial: int, error: BoothError) -> None:
        self.failed.emit(serial, error_text(error))
