"""Dialogs of the Labels page: per-printer calibration, and a sheet or roll of one's own.

Calibration offsets belong to one printer on one laptop (each printer feeds paper a little
differently), so they live in QSettings keyed by printer name, not in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.labels.specs import Stock, check_stock, save_stock
from app.services.errors import BoothError
from app.ui.errors import show_error

CALIBRATION_KEY = "labels/calibration/{printer}"
MAX_OFFSET_MM = 10.0
PDF_PRINTER = "(pdf)"


def _key(printer: str) -> str:
    return CALIBRATION_KEY.format(printer=(printer or PDF_PRINTER).replace("/", "_"))


def calibration(printer: str) -> tuple[float, float]:
    """The printer's x/y offsets in mm (0, 0 until calibrated)."""
    settings = QSettings()
    key = _key(printer)
    return (float(settings.value(f"{key}/x", 0.0)), float(settings.value(f"{key}/y", 0.0)))


def set_calibration(printer: str, x_mm: float, y_mm: float) -> None:
    settings = QSettings()
    key = _key(printer)
    settings.setValue(f"{key}/x", round(float(x_mm), 2))
    settings.setValue(f"{key}/y", round(float(y_mm), 2))
    settings.sync()


def _offset_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
    box.setDecimals(1)
    box.setSingleStep(0.1)
    box.setSuffix(" mm")
    return box


class LabelCalibrationDialog(QDialog):
    """Offsets for one printer, with a one-page test print to measure them from."""

    test_print_requested = Signal(str, float, float)  # printer, x, y (not yet saved)

    def __init__(self, current_printer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Căn lề máy in nhãn"))
        self._printer = QComboBox(objectName="calibrationPrinter")
        names = QPrinterInfo.availablePrinterNames() or [current_printer or PDF_PRINTER]
        self._printer.addItems(names)
        if current_printer in names:
            self._printer.setCurrentText(current_printer)
        self._x, self._y = _offset_box(), _offset_box()
        self._printer.currentTextChanged.connect(self._on_printer_changed)
        help_text = QLabel(self.tr(
            "In trang thử, đặt lên một tờ nhãn thật và đo độ lệch: dương là dịch sang phải "
            "(X) và xuống dưới (Y)."))
        help_text.setWordWrap(True)
        test = QPushButton(self.tr("In trang thử căn lề"), objectName="alignmentTestButton")
        test.clicked.connect(self._on_test_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Máy in"), self._printer)
        form.addRow(self.tr("Lệch ngang (X)"), self._x)
        form.addRow(self.tr("Lệch dọc (Y)"), self._y)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(test)
        layout.addWidget(buttons)
        self._on_printer_changed(self._printer.currentText())

    def printer(self) -> str:
        return self._printer.currentText()

    def offsets(self) -> tuple[float, float]:
        return (self._x.value(), self._y.value())

    def set_offsets(self, x_mm: float, y_mm: float) -> None:
        self._x.setValue(x_mm)
        self._y.setValue(y_mm)

    def _on_printer_changed(self, name: str) -> None:
        self.set_offsets(*calibration(name))

    def _on_test_clicked(self) -> None:
        self.test_print_requested.emit(self.printer(), *self.offsets())

    def _on_save_clicked(self) -> None:
        set_calibration(self.printer(), *self.offsets())
        self.accept()


class LabelStockDialog(QDialog):
    """A sheet or roll the shipped list lacks, saved beside the database as JSON."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khổ nhãn mới"))
        self._data_dir = data_dir
        self.saved: Stock | None = None
        self._name = QLineEdit(objectName="stockName", placeholderText="cuon-60x40")
        self._title = QLineEdit(objectName="stockTitle")
        self._kind = QComboBox(objectName="stockKind")
        self._kind.addItem(self.tr("Cuộn (máy in nhiệt)"), "roll")
        self._kind.addItem(self.tr("Tờ A4 nhiều nhãn"), "sheet")
        self._label_w, self._label_h = self._mm(60), self._mm(40)
        self._page_w, self._page_h = self._mm(210), self._mm(297)
        self._cols, self._rows = QSpinBox(minimum=1, maximum=20), QSpinBox(minimum=1, maximum=40)
        self._left, self._top = self._mm(0), self._mm(0)
        self._pitch_x, self._pitch_y = self._mm(0), self._mm(0)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Tên (không dấu)"), self._name), (self.tr("Tên hiển thị"), self._title),
            (self.tr("Loại"), self._kind), (self.tr("Rộng nhãn"), self._label_w),
            (self.tr("Cao nhãn"), self._label_h), (self.tr("Rộng trang (tờ)"), self._page_w),
            (self.tr("Cao trang (tờ)"), self._page_h), (self.tr("Số cột"), self._cols),
            (self.tr("Số hàng"), self._rows), (self.tr("Lề trái"), self._left),
            (self.tr("Lề trên"), self._top), (self.tr("Bước ngang"), self._pitch_x),
            (self.tr("Bước dọc"), self._pitch_y),
        ):
            form.addRow(text, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _mm(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 1000)
        box.setDecimals(2)
        box.setSuffix(" mm")
        box.setValue(value)
        return box

    def stock(self) -> Stock:
        """The stock as typed; a roll's page is its label, a pitch of 0 means no gap."""
        roll = self._kind.currentData() == "roll"
        label = (self._label_w.value(), self._label_h.value())
        page = label if roll else (self._page_w.value(), self._page_h.value())
        grid = (1, 1) if roll else (self._cols.value(), self._rows.value())
        pitch = (self._pitch_x.value() or label[0], self._pitch_y.value() or label[1])
        name = self._name.text().strip()
        return Stock(name=name, title=self._title.text().strip() or name,
                     kind="roll" if roll else "sheet", page=page, label=label, grid=grid,
                     margins=(0.0, 0.0) if roll else (self._left.value(), self._top.value()),
                     pitch=pitch, corner_radius=1.0, dpi=203 if roll else 300)

    def _on_save_clicked(self) -> None:
        from app.labels.specs import stock_from_dict, stock_to_dict

        try:
            stock = stock_from_dict(stock_to_dict(self.stock()))  # name and size checks
            check_stock(stock)
            save_stock(self._data_dir, stock)
        except BoothError as error:
            show_error(self, error)
            return
        self.saved = stock
        self.accept()
