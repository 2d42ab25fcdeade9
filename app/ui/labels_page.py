"""Price labels and QR stickers: pick products, a template and a stock, see it, print it.

The page holds no label rule: the queue is label_data products and counts, rendering is
app.labels on the thread pool (LabelRenderer), and the preview is page 1 of the very PDF
that would print, shown at the screen's physical resolution so 1 mm on the sheet is 1 mm on
screen. Every change restarts the preview after a short pause; printing renders the whole
batch with the chosen printer's calibration offsets and paints it true to size.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.labels import LabelItem, load_library, write_pdf
from app.labels.specs import Stock, Template
from app.services import catalog, label_data
from app.services.clock import format_local
from app.services.errors import BoothError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.label_dialogs import LabelCalibrationDialog, LabelStockDialog, calibration
from app.ui.label_worker import LabelJobResult, LabelJobSpec, LabelRenderer
from app.ui.models.label_queue_table_model import LabelQueueTableModel
from app.ui.models.label_search_table_model import LabelSearchTableModel

PREVIEW_DELAY_MS = 150


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class LabelsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsPage")
        self._ctx = ctx
        self._library = load_library(ctx.db.paths.data_dir)
        self._renderer = LabelRenderer(self)
        self._renderer.progressed.connect(self._on_progressed)
        self._renderer.rendered.connect(self._on_rendered)
        self._renderer.failed.connect(self._on_failed)
        self._preview_serial = self._output_serial = self._preview_total = 0
        self._output_kind = ""
        self._save_path: Path | None = None
        self.last_output: LabelJobResult | None = None
        self.preview_image = None
        self._pending = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._pending.timeout.connect(self._start_preview)
        self._build()
        self._retranslate()
        self._fill_templates()
        self._fill_receipts()
        ctx.catalog_changed.connect(self.schedule_preview)
        ctx.settings_changed.connect(self.schedule_preview)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(objectName="labelSearch", clearButtonEnabled=True)
        self.search_box.textChanged.connect(self._on_search_changed)
        self.search_model = LabelSearchTableModel(self)
        self.search_view = _table(self.search_model)
        self.search_view.doubleClicked.connect(self._on_add_clicked)
        self.count_box = QSpinBox(minimum=1, maximum=1000, objectName="labelCount")
        self._add = QPushButton(objectName="addLabelButton", clicked=self._on_add_clicked)
        self.receipt_box = QComboBox(objectName="receiptBox")
        self._add_receipt = QPushButton(clicked=self._on_add_receipt_clicked)
        self.queue_model = LabelQueueTableModel(self)
        self.queue_model.dataChanged.connect(self.schedule_preview)
        self.queue_model.rowsInserted.connect(self.schedule_preview)
        self.queue_model.rowsRemoved.connect(self.schedule_preview)
        self.queue_model.modelReset.connect(self.schedule_preview)
        self.queue_view = _table(self.queue_model)
        self.queue_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self._remove = QPushButton(clicked=self._on_remove_clicked)
        self._clear = QPushButton(clicked=self.queue_model.clear)
        left = QVBoxLayout()
        left.addWidget(self.search_box)
        left.addWidget(self.search_view, 3)
        add_row = QHBoxLayout()
        self._count_label = QLabel()
        for w in (self._count_label, self.count_box, self._add):
            add_row.addWidget(w)
        left.addLayout(add_row)
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.receipt_box, 1)
        receipt_row.addWidget(self._add_receipt)
        left.addLayout(receipt_row)
        left.addWidget(self.queue_view, 4)
        queue_row = QHBoxLayout()
        self.total_label = QLabel(objectName="labelTotal")
        for w in (self.total_label, self._remove, self._clear):
            queue_row.addWidget(w)
        left.addLayout(queue_row)

        self.template_box = QComboBox(objectName="templateBox")
        self.stock_box = QComboBox(objectName="stockBox")
        self.start_box = QSpinBox(minimum=1, maximum=1, objectName="startAtBox")
        self.copies_box = QSpinBox(minimum=1, maximum=1000, objectName="copiesBox")
        self.lot_box = QLineEdit(objectName="lotBox", maxLength=20)
        for box in (self.template_box, self.stock_box, self.receipt_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.template_box.currentIndexChanged.connect(self._on_template_changed)
        self.stock_box.currentIndexChanged.connect(self._on_stock_changed)
        for signal in (self.start_box.valueChanged, self.copies_box.valueChanged,
                       self.lot_box.textChanged):
            signal.connect(self.schedule_preview)
        self._form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._form_labels, (self.template_box, self.stock_box,
                                                     self.start_box, self.copies_box,
                                                     self.lot_box), strict=True):
            self._form.addRow(label, widget)
        self.preview_label = QLabel(objectName="labelPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll = QScrollArea(widgetResizable=True)
        self._scroll.setWidget(self.preview_label)
        self.progress = QProgressBar(objectName="labelProgress", textVisible=True)
        self.progress.hide()
        self.status_label = QLabel(objectName="labelStatus", wordWrap=True)
        self._save = QPushButton(clicked=self._on_save_clicked)
        self._print = QPushButton(objectName="bigButton", clicked=self._on_print_clicked)
        self._calibrate = QPushButton(clicked=self._on_calibrate_clicked)
        self._new_stock = QPushButton(clicked=self._on_new_stock_clicked)
        self._cancel = QPushButton(clicked=self._renderer.cancel)
        self._cancel.hide()
        buttons = QHBoxLayout()
        for w in (self._new_stock, self._calibrate, self._cancel, self._save, self._print):
            buttons.addWidget(w)
        right = QVBoxLayout()
        right.addLayout(self._form)
        right.addWidget(self._scroll, 1)
        right.addWidget(self.progress)
        right.addWidget(self.status_label)
        right.addLayout(buttons)
        splitter = QSplitter()
        for layout, stretch in ((left, 4), (right, 5)):
            holder = QWidget()
            holder.setLayout(layout)
            splitter.addWidget(holder)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        QVBoxLayout(self).addWidget(splitter)

    def _retranslate(self) -> None:
        self.search_box.setPlaceholderText(
            self.tr("Tìm sản phẩm: tên, mã, chủ thể (gõ không dấu được)"))
        self._count_label.setText(self.tr("Số nhãn"))
        self._add.setText(self.tr("Thêm vào danh sách"))
        self._add_receipt.setText(self.tr("Thêm theo phiếu nhập"))
        self._add_receipt.setToolTip(self.tr("Mỗi đơn vị nhận vào được một nhãn"))
        self._remove.setText(self.tr("Bỏ dòng"))
        self._clear.setText(self.tr("Xóa hết"))
        for label, text in zip(self._form_labels, (
                self.tr("Mẫu nhãn"), self.tr("Khổ nhãn"), self.tr("Bắt đầu từ nhãn số"),
                self.tr("Số bản mỗi sản phẩm"), self.tr("Số lô (liên kết GS1)")), strict=True):
            label.setText(text)
        self._save.setText(self.tr("Lưu PDF…"))
        self._print.setText(self.tr("In nhãn…"))
        self._calibrate.setText(self.tr("Căn lề máy in…"))
        self._new_stock.setText(self.tr("Khổ nhãn mới…"))
        self._cancel.setText(self.tr("Dừng"))
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill_templates(self) -> None:
        current = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in sorted(self._library.templates.values(), key=lambda t: t.name):
            self.template_box.addItem(template.title, template.name)
        self.template_box.blockSignals(False)
        index = self.template_box.findData(current or "price")
        self.template_box.setCurrentIndex(max(index, 0))
        self._on_template_changed()

    def _fill_receipts(self) -> None:
        self.receipt_box.clear()
        for receipt in label_data.list_receipts(self._ctx.db, limit=20):
            when = format_local(receipt.created_utc, self._ctx.settings.timezone)
            self.receipt_box.addItem(
                self.tr("{when} – {lines} mặt hàng, {units} đơn vị").format(
                    when=when, lines=receipt.lines, units=receipt.units), receipt.key)

    # --- what is chosen -------------------------------------------------------------------

    def template(self) -> Template:
        return self._library.template(self.template_box.currentData())

    def stock(self) -> Stock:
        return self._library.stock(self.stock_box.currentData())

    def set_choice(self, template: str, stock: str | None = None) -> None:
        self.template_box.setCurrentIndex(self.template_box.findData(template))
        if stock:
            self.stock_box.setCurrentIndex(self.stock_box.findData(stock))

    def items(self) -> list[LabelItem]:
        """One item per label (before copies), from the queue or the booth's bank account."""
        if self.template().data == "payment":
            return [label_data.vietqr_item(self._ctx.db)]
        settings = label_data.load_label_settings(self._ctx.db)
        return label_data.label_items(self.queue_model.pairs(), settings, self.lot_box.text())

    def _spec(self, **extra: object) -> LabelJobSpec:
        stock = self.stock()
        return LabelJobSpec(
            template=self.template(), stock=stock, items=self.items(), today=date.today(),
            copies=self.copies_box.value(),
            start_at=self.start_box.value() if stock.kind == "sheet" else 1,
            library=self._library, **extra)  # type: ignore[arg-type]

    # --- slots ----------------------------------------------------------------------------

    def _on_template_changed(self) -> None:
        if self.template_box.currentData() is None:
            return
        template = self.template()
        current = self.stock_box.currentData() or template.default_stock
        self.stock_box.blockSignals(True)
        self.stock_box.clear()
        for stock in self._library.stocks_fitting(template):
            self.stock_box.addItem(stock.title, stock.name)
        self.stock_box.blockSignals(False)
        index = self.stock_box.findData(current)
        if index < 0:
            index = self.stock_box.findData(template.default_stock)
        self.stock_box.setCurrentIndex(max(index, 0))
        self._on_stock_changed()

    def _on_stock_changed(self) -> None:
        if self.stock_box.currentData() is not None:
            stock = self.stock()
            self.start_box.setMaximum(stock.per_page)
            self.start_box.setEnabled(stock.kind == "sheet")
        self.schedule_preview()

    def _on_search_changed(self, text: str) -> None:
        self.search_model.set_results(catalog.search(self._ctx.db, text) if text.strip() else [])
        if self.search_model.rowCount():
            self.search_view.selectRow(0)

    def _on_add_clicked(self) -> None:
        rows = self.search_view.selectionModel().selectedRows()
        if not rows:
            return
        info = self.search_model.product(rows[0].row())
        product = label_data.products_by_id(self._ctx.db, [info.id])[info.id]
        self.queue_model.add(product, self.count_box.value())
        self._update_total()

    def _on_add_receipt_clicked(self) -> None:
        key = self.receipt_box.currentData()
        if not key:
            return
        try:
            pairs = label_data.received_units(self._ctx.db, ref_id=key)
        except BoothError as error:
            self._show(error_text(error), True)
            return
        for product, count in pairs:
            self.queue_model.add(product, count)
        self._update_total()

    def _on_remove_clicked(self) -> None:
        for index in self.queue_view.selectionModel().selectedRows():
            self.queue_model.remove(index.row())
        self._update_total()

    def _update_total(self) -> None:
        self.total_label.setText(self.tr("{n} nhãn").format(n=self.queue_model.total()))

    def schedule_preview(self) -> None:
        """Every change lands here; the preview follows once the changes pause."""
        self._update_total()
        self._pending.start()

    def _screen_dpi(self) -> float:
        screen = self.screen()
        return screen.physicalDotsPerInch() if screen is not None else 96.0

    def _start_preview(self) -> None:
        try:
            spec = self._spec(preview_dpi=self._screen_dpi() * self.devicePixelRatioF(),
                              max_pages=1, outlines=True)
        except BoothError as error:
            self._show(error_text(error), True)
            return
        if not spec.items:
            self.preview_label.setPixmap(QPixmap())
            self._show(self.tr("Chọn sản phẩm để xem trước nhãn."), False)
            return
        self._preview_total = len(spec.items) * spec.copies
        self._preview_serial = self._renderer.start(spec)

    def _start_output(self, kind: str, **extra: object) -> None:
        try:
            spec = self._spec(**extra)
        except BoothError as error:
            self._show(error_text(error), True)
            return
        self._output_kind = kind
        self.progress.setRange(0, max(1, len(spec.items) * spec.copies))
        self.progress.setValue(0)
        self.progress.show()
        self._cancel.show()
        self._output_serial = self._renderer.start(spec)

    def save_to(self, path: Path) -> None:
        """Render the whole batch and write it to `path` (the slot asks for the path)."""
        self._save_path = path
        self._start_output("save")

    def print_to(self, printer: QPrinter) -> None:
        """Render with this printer's calibration offsets and print, true to size."""
        self._start_output("print", printer=printer,
                           offset_mm=calibration(printer.printerName()))

    def print_alignment_test(self, printer: QPrinter, offset: tuple[float, float]) -> None:
        self._start_output("print", printer=printer, offset_mm=offset, alignment_only=True)

    def _on_save_clicked(self) -> None:
        name = f"nhan-{self.template().name}-{date.today():%Y%m%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu nhãn thành PDF"),
                                              str(Path.home() / name), "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In nhãn"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _on_print_clicked(self) -> None:
        printer = self._ask_printer()
        if printer is not None:
            self.print_to(printer)

    def _on_calibrate_clicked(self) -> None:
        dialog = LabelCalibrationDialog(parent=self)
        dialog.test_print_requested.connect(self._on_test_print_requested)
        dialog.exec()

    def _on_test_print_requested(self, printer_name: str, x: float, y: float) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer_name:
            printer.setPrinterName(printer_name)
        self.print_alignment_test(printer, (x, y))

    def _on_new_stock_clicked(self) -> None:
        dialog = LabelStockDialog(self._ctx.db.paths.data_dir, self)
        if dialog.exec() and dialog.saved is not None:
            self._library = load_library(self._ctx.db.paths.data_dir)
            self._fill_templates()

    def _on_progressed(self, serial: int, done: int, total: int) -> None:
        if serial == self._output_serial:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)

    def _on_rendered(self, serial: int, out: LabelJobResult) -> None:
        if serial == self._preview_serial and out.image is not None:
            self.preview_image = out.image
            pixmap = QPixmap.fromImage(out.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.preview_label.setPixmap(pixmap)
            self._show(self._summary(out), bool(out.result and out.result.skipped))
        elif serial == self._output_serial:
            self.last_output = out
            self.progress.hide()
            self._cancel.hide()
            if self._output_kind == "save" and self._save_path is not None:
                try:
                    write_pdf(self._save_path, out.pdf)
                except OSError as error:
                    self._show(str(error), True)
                    return
                self._show(self.tr("Đã lưu {path}").format(path=self._save_path), False)
            else:
                self._show(self.tr("Đã gửi {pages} trang tới máy in").format(
                    pages=out.printed_pages), out.printed_pages == 0)

    def _summary(self, out: LabelJobResult) -> str:
        result = out.result
        if result is None:
            return ""
        text = self.tr("{labels} nhãn; trang 1 ở kích thước thật").format(
            labels=self._preview_total)
        skipped = "; ".join(s.message for s in result.skipped)
        return f"{text}. {skipped}" if skipped else text

    def _on_failed(self, serial: int, text: str) -> None:
        if serial == self._output_serial:
            self.progress.hide()
            self._cancel.hide()
        if serial in (self._output_serial, self._preview_serial):
            self._show(text, True)

    def _show(self, text: str, is_error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", is_error)
        self.status_label.setStyleSheet("color: #b00020;" if is_error else "")

    def wait(self) -> bool:
        """For tests and shutdown: let running renders finish."""
        return self._renderer.wait()
