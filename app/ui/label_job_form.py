"""The labels page's job settings: template, stock, first label, copies and lot number.

Which stocks are offered depends on the template, and the first-label box only means something
on a sheet of a known size, so these boxes are kept consistent with each other and with the
label library here, apart from the queue and the preview. Any change is reported as one
`changed` signal, which the page turns into a new preview. The row titles keep the
"LabelsPage" translation context they were written under, so the English .ts still applies.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.labels import LabelItem, LabelLibrary
from app.labels.specs import Stock, Template
from app.ui.label_worker import LabelJobSpec


class LabelJobForm(QWidget):
    """Template/stock/start/copies/lot boxes for one label job; `changed()` on any edit."""

    changed = Signal()

    def __init__(self, library: LabelLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.template_box = QComboBox(objectName="templateBox")
        self.stock_box = QComboBox(objectName="stockBox")
        self.start_box = QSpinBox(minimum=1, maximum=1, objectName="startAtBox")
        self.copies_box = QSpinBox(minimum=1, maximum=1000, objectName="copiesBox")
        self.lot_box = QLineEdit(objectName="lotBox", maxLength=20)
        for box in (self.template_box, self.stock_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.template_box.currentIndexChanged.connect(self._on_template_changed)
        self.stock_box.currentIndexChanged.connect(self._on_stock_changed)
        for signal in (self.start_box.valueChanged, self.copies_box.valueChanged,
                       self.lot_box.textChanged):
            signal.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)  # lines up with the rest of the page's column
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._labels, (self.template_box, self.stock_box,
                                                self.start_box, self.copies_box,
                                                self.lot_box), strict=True):
            form.addRow(label, widget)

    def retranslate(self) -> None:
        """Called by the page on a language change, with the rest of its texts."""
        for label, text in zip(self._labels, (
                QCoreApplication.translate("LabelsPage", "Mẫu nhãn"),
                QCoreApplication.translate("LabelsPage", "Khổ nhãn"),
                QCoreApplication.translate("LabelsPage", "Bắt đầu từ nhãn số"),
                QCoreApplication.translate("LabelsPage", "Số bản mỗi sản phẩm"),
                QCoreApplication.translate("LabelsPage", "Số lô (liên kết GS1)")), strict=True):
            label.setText(text)

    def set_library(self, library: LabelLibrary) -> None:
        """Offer what `library` holds now (e.g. after a new stock was saved), keeping the
        current choice where it still exists."""
        self._library = library
        self.fill_templates()

    def fill_templates(self) -> None:
        current = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for template in sorted(self._library.templates.values(), key=lambda t: t.name):
            self.template_box.addItem(template.title, template.name)
        self.template_box.blockSignals(False)
        index = self.template_box.findData(current or "price")
        self.template_box.setCurrentIndex(max(index, 0))
        self._on_template_changed()

    def template(self) -> Template:
        return self._library.template(self.template_box.currentData())

    def stock(self) -> Stock:
        return self._library.stock(self.stock_box.currentData())

    def set_choice(self, template: str, stock: str | None = None) -> None:
        self.template_box.setCurrentIndex(self.template_box.findData(template))
        if stock:
            self.stock_box.setCurrentIndex(self.stock_box.findData(stock))

    def spec(self, items: list[LabelItem], **extra: object) -> LabelJobSpec:
        """The job for `items` as chosen here; the first-label box counts only on sheets."""
        stock = self.stock()
        return LabelJobSpec(
            template=self.template(), stock=stock, items=items, today=date.today(),
            copies=self.copies_box.value(),
            start_at=self.start_box.value() if stock.kind == "sheet" else 1,
            library=self._library, **extra)  # type: ignore[arg-type]

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
        self.changed.emit()
