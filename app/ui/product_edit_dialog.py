"""Adding or editing one product: every field checked by the service, errors under each field.

The dialog only collects text: services.catalog_admin cleans and validates it (the same rules
as the file import) and either saves or raises FieldErrors naming each wrong field. A product
without a GTIN may get the next in-store EAN-13 (prefix 20); the dialog shows which code that
would be (suggest_in_store_code) but the number is taken only when the product is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import StaffInfo
from app.services.catalog_admin import (
    ProductInput,
    create_product,
    product_input,
    suggest_in_store_code,
    update_product,
)
from app.services.catalog_listing import ProductRow, catalog_choices
from app.services.catalog_rules import VAT_RATES, FieldErrors
from app.services.errors import BoothError
from app.services.rights import RightDenied
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import actor_for, ask_manager
from app.ui.product_fields import FieldErrorForm, inline_error_label

TEXT_FIELDS = ("sku", "name", "price", "barcode", "star_certified_on", "star_expires_on",
               "traceability_url")


def _day_text(day: date | str | None) -> str:
    if isinstance(day, date):
        return day.strftime("%d/%m/%Y")
    return day or ""


class ProductEditDialog(QDialog):
    """New product (product=None) or edit; `saved_row()` is the stored row after Lưu."""

    def __init__(self, ctx: AppContext, product: ProductRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productEditDialog")
        self._ctx = ctx
        self._product = product
        self._saved: ProductRow | None = None
        self._denied: RightDenied | None = None
        self._form = FieldErrorForm()
        self.setWindowTitle(self.tr("Sửa sản phẩm") if product else self.tr("Thêm sản phẩm"))
        self.setMinimumWidth(1000)

        self._edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = QLineEdit(objectName=f"field_{key}")
            self._edits[key] = edit
        self._edits["price"].setPlaceholderText(self.tr("ví dụ 45.000"))
        self._edits["barcode"].setPlaceholderText(self.tr("EAN-13, EAN-8 hoặc UPC-A; để trống nếu không có"))
        self._edits["star_certified_on"].setPlaceholderText(self.tr("dd/mm/yyyy"))
        self._edits["star_expires_on"].setPlaceholderText(self.tr("để trống: 36 tháng sau ngày công nhận"))
        self._edits["traceability_url"].setPlaceholderText("https://")
        choices = catalog_choices(ctx.db)
        self._producer = QComboBox(objectName="field_producer")
        self._producer.addItem(self.tr("(không có)"), None)
        for pid, name, district in choices.producers:
            self._producer.addItem(f"{name} – {district}" if district else name, pid)
        self._category = self._editable_combo("field_category", choices.categories)
        self._unit = self._editable_combo("field_unit", choices.units)
        self._vat = QComboBox(objectName="field_vat_rate")
        for rate in VAT_RATES:
            self._vat.addItem(f"{rate} %", rate)
        self._stars = QComboBox(objectName="field_stars")
        self._stars.addItem(self.tr("Chưa có sao"), None)
        for n in (3, 4, 5):
            self._stars.addItem("★" * n + f" ({n})", n)
        self._in_store = QCheckBox(objectName="assignInStoreCode")
        self._in_store_hint = QLabel(objectName="inStoreHint")
        self._in_store_hint.setWordWrap(True)
        self._weighed = QCheckBox(self.tr("Bán theo cân (số lẻ: 1,25 kg)"))
        self._active = QCheckBox(self.tr("Đang bán"))
        self._active.setChecked(True)
        self._edits["barcode"].textChanged.connect(self._on_barcode_changed)

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        w = self._form.wrap
        left.addRow(self.tr("Mã SKU *"), w("sku", self._edits["sku"]))
        left.addRow(self.tr("Tên sản phẩm *"), w("name", self._edits["name"]))
        left.addRow(self.tr("Chủ thể"), w("producer", self._producer))
        left.addRow(self.tr("Nhóm hàng"), w("category", self._category))
        left.addRow(self.tr("Đơn vị tính"), w("unit", self._unit))
        left.addRow(self.tr("Giá bán (₫) *"), w("price", self._edits["price"]))
        left.addRow(self.tr("Thuế GTGT"), w("vat_rate", self._vat))
        right.addRow(self.tr("Mã vạch"), w("barcode", self._edits["barcode"]))
        right.addRow("", self._in_store)
        right.addRow("", self._in_store_hint)
        right.addRow(self.tr("Sao OCOP"), w("stars", self._stars))
        right.addRow(self.tr("Ngày công nhận"), w("star_certified_on", self._edits["star_certified_on"]))
        right.addRow(self.tr("Ngày hết hạn sao"), w("star_expires_on", self._edits["star_expires_on"]))
        right.addRow(self.tr("Truy xuất nguồn gốc"), w("traceability_url", self._edits["traceability_url"]))
        right.addRow("", self._weighed)
        right.addRow("", self._active)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        self._error = inline_error_label("dialogError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self._save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setText(self.tr("Lưu"))
        self._save_button.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self._error)
        layout.addWidget(buttons)
        self._fill(product_input(product) if product else None)

    def _editable_combo(self, name: str, items: tuple[str, ...]) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems(list(items))
        return combo

    def _fill(self, inp: ProductInput | None) -> None:
        if inp is None:
            self._in_store.setChecked(True)
            self._on_barcode_changed("")
            return
        self._edits["sku"].setText(inp.sku)
        self._edits["name"].setText(inp.name)
        self._edits["price"].setText(str(inp.price))
        self._edits["barcode"].setText(inp.barcode or "")
        self._edits["star_certified_on"].setText(_day_text(inp.star_certified_on))
        self._edits["star_expires_on"].setText(_day_text(inp.star_expires_on))
        self._edits["traceability_url"].setText(inp.traceability_url or "")
        self.set_producer(inp.producer_id)
        self._category.setCurrentText(inp.category)
        self._unit.setCurrentText(inp.unit)
        self._vat.setCurrentIndex(max(0, self._vat.findData(int(inp.vat_rate or 0))))
        self._stars.setCurrentIndex(max(0, self._stars.findData(inp.stars)))
        self._weighed.setChecked(inp.sold_by_weight)
        self._active.setChecked(inp.active)
        self._in_store.setChecked(False)
        self._on_barcode_changed(inp.barcode or "")

    # --- public API (tests fill the dialog through it) ------------------------------------

    def set_text(self, key: str, text: str) -> None:
        """Type into a field: one of TEXT_FIELDS, or "category" / "unit"."""
        if key == "category":
            self._category.setCurrentText(text)
        elif key == "unit":
            self._unit.setCurrentText(text)
        else:
            self._edits[key].setText(text)

    def set_producer(self, producer_id: int | None) -> None:
        self._producer.setCurrentIndex(max(0, self._producer.findData(producer_id)))

    def set_stars(self, stars: int | None) -> None:
        self._stars.setCurrentIndex(max(0, self._stars.findData(stars)))

    def set_assign_in_store_code(self, on: bool) -> None:
        self._in_store.setChecked(on)

    def field_error(self, key: str) -> str:
        return self._form.error_for(key)

    def error_message(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def saved_row(self) -> ProductRow | None:
        return self._saved

    def denied(self) -> RightDenied | None:
        """The last save's refusal for lack of a right (a manager's PIN would allow it)."""
        return self._denied

    def product_input(self) -> ProductInput:
        """What the form holds, raw: the service cleans and checks it."""
        e = self._edits
        return ProductInput(
            sku=e["sku"].text(), name=e["name"].text(), price=e["price"].text(),
            producer_id=self._producer.currentData(), barcode=e["barcode"].text(),
            category=self._category.currentText(), unit=self._unit.currentText(),
            vat_rate=self._vat.currentData(), stars=self._stars.currentData(),
            star_certified_on=e["star_certified_on"].text(),
            star_expires_on=e["star_expires_on"].text(),
            traceability_url=e["traceability_url"].text(),
            sold_by_weight=self._weighed.isChecked(), active=self._active.isChecked(),
            assign_in_store_code=self._in_store.isChecked() and not e["barcode"].text().strip(),
        )

    def save(self, approver: StaffInfo | None = None) -> ProductRow | None:
        """Saved row, or None with the errors shown under their fields.

        A new product or a new price needs the price right (services.rights); when the person
        logged in lacks it the service refuses and `denied()` says so: pressing Lưu then asks a
        manager's PIN and saves again with that approver.
        """
        self._form.clear()
        self._error.hide()
        self._denied = None
        actor = actor_for(self._ctx, approver)
        try:
            if self._product is None:
                row = create_product(self._ctx.db, self.product_input(), actor)
            else:
                row = update_product(self._ctx.db, self._product.id, self.product_input(), actor)
        except RightDenied as error:
            self._denied = error
            self._show_error(error_text(error))
            return None
        except FieldErrors as errors:
            rest = self._form.show_errors(errors)
            if rest:
                self._show_error("\n".join(rest))
            return None
        except BoothError as error:
            self._show_error(error_text(error))
            return None
        self._saved = row
        self._ctx.catalog_changed.emit()
        self.accept()
        return row

    # --- slots ----------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _on_save_clicked(self) -> None:
        if self.save() is None and self._denied is not None:
            approver = ask_manager(self, self._ctx, error_text(self._denied))
            if approver is not None:
                self.save(approver)

    def _on_barcode_changed(self, text: str) -> None:
        empty = not text.strip()
        self._in_store.setEnabled(empty)
        self._in_store.setText(self.tr("Chưa có mã vạch: cấp mã nội bộ"))
        if empty:
            self._in_store_hint.setText(self.tr(
                "Mã sẽ cấp: {code} (tiền tố 20, chỉ dùng trong điểm bán). Bỏ chọn để chỉ dùng "
                "mã SKU (in dạng Code 128).").format(code=suggest_in_store_code(self._ctx.db)))
        else:
            self._in_store_hint.setText("")
        self._in_store_hint.setVisible(empty)
