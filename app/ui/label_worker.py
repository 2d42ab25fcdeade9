"""Rendering labels off the UI thread: previews, saved PDFs and print jobs.

A thousand labels take a second or more, and even a one-sheet preview is more than the
~50 ms the UI may block; so every render runs on a QThreadPool and reports back by signal
with the serial number it was started with. The page ignores results of stale serials (the
manager changed the template while the preview was rendering). Nothing here touches a widget.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.labels import (
    Cancelled,
    LabelItem,
    LabelLibrary,
    RenderResult,
    Stock,
    Template,
    render_alignment_page,
    render_labels,
)
from app.services.errors import BoothError
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


class _JobSignals(QObject):
    """Owned by the job so a job outliving the page emits into a living object."""

    progressed = Signal(int, int, int)  # serial, labels done, labels in all
    rendered = Signal(int, object)  # serial, LabelJobResult
    failed = Signal(int, str)


class _LabelJob(QRunnable):
    def __init__(self, renderer: LabelRenderer, serial: int, spec: LabelJobSpec) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self.signals.progressed.connect(renderer.progressed)
        self.signals.rendered.connect(renderer.rendered)
        self.signals.failed.connect(renderer.failed)
        self._serial, self._spec, self._cancel = serial, spec, renderer.cancel_event

    def run(self) -> None:
        spec, serial = self._spec, self._serial
        try:
            if spec.alignment_only:
                result, pdf = None, render_alignment_page(spec.stock, spec.offset_mm)
            else:
                result = render_labels(
                    spec.template, spec.stock, spec.items, today=spec.today,
                    copies=spec.copies, start_at=spec.start_at, offset_mm=spec.offset_mm,
                    max_pages=spec.max_pages, outlines=spec.outlines, library=spec.library,
                    progress=lambda done, total: self.signals.progressed.emit(serial, done,
                                                                               total),
                    cancelled=self._cancel.is_set,
                )
                pdf = result.pdf
            out = LabelJobResult(result, pdf)
            if spec.preview_dpi:
                out.image = pdf_page_image(pdf, spec.preview_dpi)
            if spec.printer is not None:
                out.printed_pages = paint_pdf(pdf, spec.printer)
        except Cancelled as error:
            self.signals.failed.emit(serial, error_text(error))
        except BoothError as error:
            self.signals.failed.emit(serial, error_text(error))
        except OSError as error:
            self.signals.failed.emit(serial, str(error))
        else:
            self.signals.rendered.emit(serial, out)


class LabelRenderer(QObject):
    """Starts render jobs; previews and outputs may overlap, results carry their serial."""

    progressed = Signal(int, int, int)
    rendered = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # one preview and one batch at most
        self._serial = 0
        self.cancel_event = threading.Event()

    def start(self, spec: LabelJobSpec) -> int:
        self._serial += 1
        self.cancel_event.clear()
        self._pool.start(_LabelJob(self, self._serial, spec))
        return self._serial

    def cancel(self) -> None:
        """Stops a running batch at its next progress step (cancels previews too)."""
        self.cancel_event.set()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
