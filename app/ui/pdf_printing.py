"""Saving and printing receipt PDFs from the till.

Receipts are rendered once as PDF (app.printing) and that same file is what gets printed, so
the paper and the saved copy can never differ. Printing goes through Qt's own PDF renderer
(QtPdf) onto the QPrinter at the printer's resolution and true to size: a roll printer driver
then gets an 80 or 58 mm page exactly as laid out, with no "fit to page" shrinking.

Rendering a receipt takes ~30 ms (the first one ~300 ms while fonts load), so saving runs
through the background helper (app.ui.background), one receipt at a time in the order sales
happened, and reports back on the UI thread even when it fails in a way nobody foresaw; the
cashier can scan the next item meanwhile.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.filenames import safe_file_name
from app.printing.receipt_pdf import render_receipt
from app.services.checkout import SaleResult
from app.services.errors import BoothError
from app.services.money import format_dong
from app.services.sales_query import receipt_data
from app.ui.background import TaskRunner, run_guarded
from app.ui.errors import error_text

RECEIPT_WIDTHS = (80, 58)
MAX_PRINT_DPI = 600  # beyond this a receipt image only costs memory


def receipt_path(db: Database, sale_number: str, width_mm: int) -> Path:
    return db.paths.receipts / safe_file_name(f"{sale_number}-{width_mm}mm.pdf")


def save_pdf(data: bytes, path: Path) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a receipt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def save_receipt(db: Database, sale_id: str, sale_number: str, width_mm: int = 80) -> Path:
    """Render the receipt of a stored sale and save it; safe to call off the UI thread."""
    pdf = render_receipt(receipt_data(db, sale_id), width_mm)
    path = receipt_path(db, sale_number, width_mm)
    save_pdf(pdf, path)
    return path


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Render every page onto `printer` at its resolution, page size = the PDF's; page count."""
    fd, name = tempfile.mkstemp(suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        document = QPdfDocument()
        # Loading from a file is synchronous; QPdfDocument.load(QIODevice) may not be.
        if document.load(name) != QPdfDocument.Error.None_:
            return 0
        return _paint_document(document, printer)
    finally:
        os.unlink(name)


def _page_layout(size_pt: QSizeF) -> QPageLayout:
    page = QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Point)


def _paint_document(document: QPdfDocument, printer: QPrinter) -> int:
    count = document.pageCount()
    if count == 0:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(document.pagePointSize(0)))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(count):
            size_pt = document.pagePointSize(index)
            if index:
                printer.setPageLayout(_page_layout(size_pt))
                printer.newPage()
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            width = round(size_pt.width() / 72 * dpi)
            height = round(size_pt.height() / 72 * dpi)
            image = document.render(index, QSizeF(width, height).toSize())
            # Device pixels of the printer, so the page comes out true to size.
            scale = printer.resolution() / 72
            target = QRectF(0, 0, size_pt.width() * scale, size_pt.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return count


def print_pdf(parent: QWidget | None, pdf: bytes) -> bool:
    """Ask which printer, then print; False when the user cancelled or nothing printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf_printing", "In hóa đơn"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    return paint_pdf(pdf, printer) > 0


def print_pdf_file(parent: QWidget | None, path: Path) -> bool:
    return print_pdf(parent, path.read_bytes())


def open_receipt_file(path: Path) -> bool:
    """Show a saved receipt in the system PDF viewer (to reprint it, or send it by Zalo)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReceiptActions(QFrame):
    """The last sale at a glance (number, change due) with its receipt: roll width, view, print.

    It sits on the sell page instead of in a dialog so printing is offered, never forced: the
    next customer's first scan works while this stays available for the previous one.
    """

    message_posted = Signal(str, bool)  # text, is_error
    action_finished = Signal()  # the cashier's focus can go back to the scan field

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lastSale")
        self._db = db
        # The system's PDF viewer; Qt remembers the opener it found once per process, so a
        # test of "no viewer on this laptop" replaces this instead of the machine's PATH.
        self.open_file: Callable[[Path], bool] = open_receipt_file
        self._sale: SaleResult | None = None
        self._paths: dict[int, Path] = {}
        self._tasks = TaskRunner(self, pool="receipts")  # one at a time, in order of sale
        self._receipt_printer: Callable[[SaleResult], bool] | None = None
        self._number = QLabel(objectName="lastSaleNumber")
        self._change = QLabel(objectName="lastSaleChange")
        self._width = QComboBox(objectName="receiptWidth")
        for width in RECEIPT_WIDTHS:
            self._width.addItem(self.tr("Khổ {width} mm").format(width=width), width)
        self._width.setMinimumHeight(44)
        self._width.currentIndexChanged.connect(self._on_width_changed)
        view = QPushButton(self.tr("Xem"), objectName="viewReceiptButton")
        view.clicked.connect(self._on_view_clicked)
        self._print = QPushButton(self.tr("In hóa đơn"), objectName="printButton")
        self._print.clicked.connect(self._on_print_clicked)
        # The change due gets a line of its own: squeezed beside the buttons on a 1024-pixel
        # screen it was cut to "Tiền thu…", the one figure the cashier must read out.
        row = QHBoxLayout()
        row.addStretch(1)
        for widget in (self._width, view, self._print):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner keeps typing into the till
            row.addWidget(widget)
        box = QVBoxLayout(self)
        box.setSpacing(2)
        box.addWidget(self._number)
        box.addWidget(self._change)
        box.addLayout(row)
        self.hide()

    def show_sale(self, sale: SaleResult) -> None:
        """Show the finished sale and save its receipt in the chosen width, off the UI thread."""
        self._sale, self._paths = sale, {}
        self._save_in_background(self.width_mm())
        self.set_previous(False)
        self.show()

    def set_previous(self, previous: bool) -> None:
        """While the next customer's cart is rung up, the panel speaks of the previous sale
        (still there to reprint) and no longer shows its change as if it were due now."""
        if self._sale is None:
            return
        sale = self._sale
        template = self.tr("HĐ trước: {number}") if previous else self.tr("Đã bán HĐ {number}")
        self._number.setText(template.format(number=sale.number))
        self._change.setText(self.tr("Tiền thừa: {change}").format(change=format_dong(sale.change)))
        self._change.setVisible(not previous)

    def summary(self) -> str:
        """What the panel says now, as one line (for tests and the accessibility name)."""
        parts = [self._number.text()] + ([self._change.text()] if not self._change.isHidden()
                                         else [])
        return " — ".join(parts) if self._sale is not None else ""

    def set_receipt_printer(self, reprint: Callable[[SaleResult], bool] | None) -> None:
        """`reprint(sale)` sends "In hóa đơn" to the receipt printer; False = none set up,
        print the PDF through the system's dialog as before."""
        self._receipt_printer = reprint

    def width_mm(self) -> int:
        return int(self._width.currentData())

    def set_width_mm(self, width: int) -> None:
        self._width.setCurrentIndex(self._width.findData(width))

    def receipt(self, width_mm: int = 80) -> Path | None:
        """The saved receipt file of the last sale, once the background save finished."""
        return self._paths.get(width_mm)

    def wait(self, msecs: int = 10_000) -> bool:
        """For shutdown and tests: block until queued receipts are written."""
        return self._tasks.wait(msecs)

    def receipt_file(self) -> Path | None:
        """The receipt in the chosen width, rendered now if the background save has not run."""
        if self._sale is None:
            return None
        width = self.width_mm()
        path = self._paths.get(width)
        if path is None or not path.exists():
            sale = self._sale
            outcome = run_guarded(lambda: save_receipt(self._db, sale.id, sale.number, width),
                                  "receipt PDF")
            if outcome.error is not None:
                self.message_posted.emit(error_text(outcome.error), True)
                return None
            path = self._paths[width] = outcome.value
        return path

    def _save_in_background(self, width: int) -> None:
        sale = self._sale
        assert sale is not None
        self._tasks.start(lambda _task: save_receipt(self._db, sale.id, sale.number, width),
                          functools.partial(self._on_saved, sale.id, width),
                          functools.partial(self._on_failed, sale.id), what="receipt PDF")

    def _on_saved(self, sale_id: str, width: int, path: Path) -> None:
        if self._sale is not None and self._sale.id == sale_id:
            self._paths[width] = path

    def _on_failed(self, _sale_id: str, error: BoothError) -> None:
        self.message_posted.emit(
            self.tr("Chưa lưu được hóa đơn PDF: {error}").format(error=error_text(error)), True
        )

    def _on_width_changed(self) -> None:
        if self._sale is not None and self.width_mm() not in self._paths:
            self._save_in_background(self.width_mm())
        self.action_finished.emit()

    def _on_print_clicked(self) -> None:
        if self._sale is not None and self._receipt_printer and self._receipt_printer(self._sale):
            self.action_finished.emit()
            return
        path = self.receipt_file()
        if path is not None:
            print_pdf_file(self, path)
        self.action_finished.emit()

    def _on_view_clicked(self) -> None:
        path = self.receipt_file()
        if path is not None and not self.open_file(path):
            # No PDF viewer on this laptop: at least say where the file is (to copy or send).
            self.message_posted.emit(self.tr(
                "Không mở được trình xem PDF. Hóa đơn đã lưu tại: {path}").format(path=path), True)
        self.action_finished.emit()
