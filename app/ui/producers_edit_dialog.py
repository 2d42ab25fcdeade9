"""Adding or editing one producer (chủ thể): name, kind, district, commune, code.

Two producers may share a name in different districts, so the service tells them apart by
name + district and says so under the name field; an empty code gets the next "SX00001".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog_admin import ProducerInput, create_producer, update_producer
from app.services.catalog_listing import ProducerRow
from app.services.catalog_rules import FieldErrors
from app.services.errors import BoothError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.producer_table_model import PRODUCER_KINDS, kind_name
from app.ui.product_fields import FieldErrorForm, inline_error_label


class ProducerEditDialog(QDialog):
    def __init__(self, ctx: AppContext, producer: ProducerRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("producerEditDialog")
        self._ctx = ctx
        self._producer = producer
        self._saved: ProducerRow | None = None
        self._form = FieldErrorForm()
        self.setWindowTitle(self.tr("Sửa chủ thể") if producer else self.tr("Thêm chủ thể"))
        self.setMinimumWidth(560)
        self._name = QLineEdit(objectName="field_name")
        self._kind = QComboBox(objectName="field_kind")
        for kind in PRODUCER_KINDS:
            self._kind.addItem(kind_name(kind), kind)
        self._district = QLineEdit(objectName="field_district")
        self._commune = QLineEdit(objectName="field_commune")
        self._code = QLineEdit(objectName="field_code")
        self._code.setPlaceholderText(self.tr("để trống: tự cấp mã SX…"))
        self._active = QCheckBox(self.tr("Đang hợp tác"))
        self._active.setChecked(True)
        form = QFormLayout()
        w = self._form.wrap
        form.addRow(self.tr("Tên chủ thể *"), w("name", self._name))
        form.addRow(self.tr("Loại"), w("kind", self._kind))
        form.addRow(self.tr("Huyện"), w("district", self._district))
        form.addRow(self.tr("Xã"), w("commune", self._commune))
        form.addRow(self.tr("Mã chủ thể"), w("code", self._code))
        form.addRow("", self._active)
        self._error = inline_error_label("dialogError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        if producer is not None:
            self._name.setText(producer.name)
            self._kind.setCurrentIndex(max(0, self._kind.findData(producer.kind)))
            self._district.setText(producer.district)
            self._commune.setText(producer.commune)
            self._code.setText(producer.code)
            self._active.setChecked(producer.active)

    def set_fields(self, name: str, kind: str, district: str = "", commune: str = "") -> None:
        self._name.setText(name)
        self._kind.setCurrentIndex(max(0, self._kind.findData(kind)))
        self._district.setText(district)
        self._commune.setText(commune)

    def field_error(self, key: str) -> str:
        return self._form.error_for(key)

    def saved_row(self) -> ProducerRow | None:
        return self._saved

    def save(self) -> ProducerRow | None:
        """Same as pressing Lưu."""
        self._form.clear()
        self._error.hide()
        inp = ProducerInput(self._name.text(), self._kind.currentData(), self._district.text(),
                            self._commune.text(), self._code.text(), self._active.isChecked())
        try:
            if self._producer is None:
                row = create_producer(self._ctx.db, inp)
            else:
                row = update_producer(self._ctx.db, self._producer.id, inp)
        except FieldErrors as errors:
            rest = self._form.show_errors(errors)
            if rest:
                self._error.setText("\n".join(rest))
                self._error.show()
            return None
        except BoothError as error:
            self._error.setText(error_text(error))
            self._error.show()
            return None
        self._saved = row
        self._ctx.catalog_changed.emit()
        self.accept()
        return row

    def _on_save_clicked(self) -> None:
        self.save()
