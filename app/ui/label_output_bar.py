"""The labels page's output buttons: new stock, printer calibration, stop, save PDF, print.

Each button first asks its question (which file, which printer, which offsets, which new
stock) in a dialog of its own, and only the answer goes to the page, which owns the render
queue. Keeping the dialogs here leaves the page about choosing and previewing labels. The
texts keep the "LabelsPage" translation context they were written under, so the English .ts
still applies.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QGridLayout, QPushButton, QWidget

from app.ui.label_dialogs import LabelCalibrationDialog, LabelStockDialog


class LabelOutputBar(QWidget):
    """Buttons whose answers arrive as `save_requested(Path)`, `print_requested(QPrinter)`,
    `alignment_test_requested(QPrinter, (x_mm, y_mm))`, `stock_saved()` and
    `cancel_requested()`."""

    save_requested = Signal(Path)
    print_requested = Signal(object)
    alignment_test_requested = Signal(object, object)
    stock_saved = Signal()
    cancel_requested = Signal()

    def __init__(self, data_dir: Path, template_name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir, self._template_name = data_dir, template_name
        self._save = QPushButton(clicked=self._on_save_clicked)
        self._print = QPushButton(objectName="bigButton", clicked=self._on_print_clicked)
        self._calibrate = QPushButton(clicked=self._on_calibrate_clicked)
        self._new_stock = QPushButton(clicked=self._on_new_stock_clicked)
        self._cancel = QPushButton()
        self._cancel.clicked.connect(self.cancel_requested)
        self._cancel.hide()
        # Two rows: on a 1024-pixel screen the column is too narrow for five buttons in one.
        buttons = QGridLayout(self)
        buttons.setContentsMargins(0, 0, 0, 0)  # lines up with the rest of the page's column
        buttons.addWidget(self._new_stock, 0, 0)
        buttons.addWidget(self._calibrate, 0, 1)
        buttons.addWidget(self._cancel, 1, 0)
        buttons.addWidget(self._save, 1, 0)
        buttons.addWidget(self._print, 1, 1)

    def retranslate(self) -> None:
        """Called by the page on a language change, with the rest of its texts."""
        self._save.setText(QCoreApplication.translate("LabelsPage", "Lưu PDF…"))
        self._print.setText(QCoreApplication.translate("LabelsPage", "In nhãn…"))
        self._calibrate.setText(QCoreApplication.translate("LabelsPage", "Căn lề máy in…"))
        self._new_stock.setText(QCoreApplication.translate("LabelsPage", "Khổ nhãn mới…"))
        self._cancel.setText(QCoreApplication.translate("LabelsPage", "Dừng"))

    def set_busy(self, busy: bool) -> None:
        """Offer "stop" only while a save or print job renders."""
        self._cancel.setVisible(busy)

    def _on_save_clicked(self) -> None:
        name = f"nhan-{self._template_name()}-{date.today():%Y%m%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("LabelsPage", "Lưu nhãn thành PDF"),
            str(Path.home() / name), "PDF (*.pdf)")
        if path:
            self.save_requested.emit(Path(path))

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("LabelsPage", "In nhãn"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _on_print_clicked(self) -> None:
        printer = self._ask_printer()
        if printer is not None:
            self.print_requested.emit(printer)

    def _on_calibrate_clicked(self) -> None:
        dialog = LabelCalibrationDialog(parent=self)
        dialog.test_print_requested.connect(self._on_test_print_requested)
        dialog.exec()

    def _on_test_print_requested(self, printer_name: str, x: float, y: float) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer_name:
            printer.setPrinterName(printer_name)
        self.alignment_test_requested.emit(printer, (x, y))

    def _on_new_stock_clicked(self) -> None:
        dialog = LabelStockDialog(self._data_dir, self)
        if dialog.exec() and dialog.saved is not None:
            self.stock_saved.emit()
