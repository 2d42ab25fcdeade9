"""Price labels and QR stickers: pick products, a template and a stock, see it, print it.

The page holds no label rule: the queue is label_data products and counts, rendering is
app.labels on the thread pool (LabelRenderer), and the preview is page 1 of the very PDF
that would print, shown at the screen's physical resolution so 1 mm on the sheet is 1 mm on
screen. Every change restarts the preview after a short pause; printing renders the whole
batch with the chosen printer's calibration offsets and paints it true to size. The job
settings are a LabelJobForm, and the save/print/calibrate dialogs live in LabelOutputBar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from app.ui.label_dialogs import calibration
from app.ui.label_job_form import LabelJobForm
from app.ui.label_output_bar import LabelOutputBar
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
        self._job.fill_templates()
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
        self.receipt_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.receipt_box.setMinimumContentsLength(10)
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

        data_dir = self._ctx.db.paths.data_dir
        self._job = LabelJobForm(load_library(data_dir))
        self._job.changed.connect(self.schedule_preview)
        # the boxes stay reachable as page attributes, as before the form had its own class
        self.template_box, self.stock_box = self._job.template_box, self._job.stock_box
        self.start_box, self.copies_box = self._job.start_box, self._job.copies_box
        self.lot_box = self._job.lot_box
        self.preview_label = QLabel(objectName="labelPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll = QScrollArea(widgetResizable=True)
        self._scroll.setWidget(self.preview_label)
        self.progress = QProgressBar(objectName="labelProgress", textVisible=True)
        self.progress.hide()
        self.status_label = QLabel(objectName="labelStatus", wordWrap=True)
        self._output = LabelOutputBar(data_dir, lambda: self.template().name)
        self._output.save_requested.connect(self.save_to)
        self._output.print_requested.connect(self.print_to)
        self._output.alignment_test_requested.connect(self.print_alignment_test)
        self._output.stock_saved.connect(lambda: self._job.set_library(load_library(data_dir)))
        self._output.cancel_requested.connect(self._renderer.cancel)
        right = QVBoxLayout()
        right.addWidget(self._job)
        right.addWidget(self._scroll, 1)
        right.addWidget(self.progress)
        right.addWidget(self.status_label)
        right.addWidget(self._output)
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
        self._job.retranslate()
        self._output.retranslate()
        self._update_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill_receipts(self) -> None:
        self.receipt_box.clear()
        for receipt in label_data.list_receipts(self._ctx.db, limit=20):
            when = format_local(receipt.created_utc, self._ctx.settings.timezone)
            self.receipt_box.addItem(
                self.tr("{when} – {lines} mặt hàng, {units} đơn vị").format(
                    when=when, lines=receipt.lines, units=receipt.units), receipt.key)

    # --- what is chosen -------------------------------------------------------------------

    def template(self) -> Template:
        return self._job.template()

    def stock(self) -> Stock:
        return self._job.stock()

    def set_choice(self, template: str, stock: str | None = None) -> None:
        self._job.set_choice(template, stock)

    def items(self) -> list[LabelItem]:
        """One item per label (before copies), from the queue or the booth's bank account."""
        if self.template().data == "payment":
            return [label_data.vietqr_item(self._ctx.db)]
        settings = label_data.load_label_settings(self._ctx.db)
        return label_data.label_items(self.queue_model.pairs(), settings, self.lot_box.text())

    def _spec(self, **extra: object) -> LabelJobSpec:
        return self._job.spec(self.items(), **extra)

    # --- slots ----------------------------------------------------------------------------

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
        self._output.set_busy(True)
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
            self._output.set_busy(False)
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
            self._output.set_busy(False)
        if serial in (self._output_serial, self._preview_serial):
            self._show(text, True)

    def _show(self, text: str, is_error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("error", is_error)
        self.status_label.setStyleSheet("color: #b00020;" if is_error else "")

    def wait(self) -> bool:
        """For tests and shutdown: let running renders finish."""
        return self._renderer.wait()
