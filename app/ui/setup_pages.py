"""The pages of the first-run wizard: language, shop, staff, receipt, catalog (bank: its own
module). Each page only collects what is typed into the SetupRequest's fields and shows the
errors services.setup finds for its own fields, under them; the rules live in the service.

Every text is set in `retranslate`, which runs again on a LanguageChange, because the first
page switches the language while the wizard is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import PIN_MAX_DIGITS
from app.services.catalog_rules import FieldError
from app.services.setup import SetupFieldError, StaffEntry
from app.ui.i18n import available_languages
from app.ui.product_fields import FieldErrorForm

MAX_CASHIERS = 8
IMPORT, ENROLL, EMPTY = "import", "enroll", "empty"


def pin_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS)
    edit.setValidator(QRegularExpressionValidator(
        QRegularExpression(rf"\d{{0,{PIN_MAX_DIGITS}}}"), parent))
    return edit


def note_label(name: str = "") -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class SetupPage(QWidget):
    """One step: `keys` are the service's field names it shows; `fill` adds its values."""

    keys: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldErrorForm()

    def title(self) -> str:
        raise NotImplementedError

    def fill(self, values: dict[str, Any]) -> None:
        """Write this page's fields into the SetupRequest keyword arguments."""

    def own_errors(self) -> list[FieldError]:
        """Checks of typing only (a PIN typed twice alike), not rules of the booth."""
        return []

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SetupLanguagePage(SetupPage):
    """Choosing switches the whole wizard at once (`language_chosen`), before anything else."""

    keys = ("language",)
    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = note_label()
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        for code, name in available_languages():
            button = QRadioButton(name, objectName=f"language_{code}")
            button.setProperty("code", code)
            button.setChecked(code == language)
            self._group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def language(self) -> str:
        button = self._group.checkedButton()
        return str(button.property("code")) if button else "vi"

    def title(self) -> str:
        return self.tr("Chào mừng! Chọn ngôn ngữ")

    def fill(self, values: dict[str, Any]) -> None:
        values["language"] = self.language()

    def retranslate(self) -> None:
        self._intro.setText(self.tr(
            "Máy này chưa được cài đặt. Vài bước sau đây đặt tên cửa hàng, người quản lý, tài "
            "khoản nhận chuyển khoản và danh mục sản phẩm; xong là bán được ngay. Ngôn ngữ có "
            "thể đổi lại trong Cài đặt."))

    def _on_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.language_chosen.emit(str(button.property("code")))


class SetupShopPage(SetupPage):
    keys = ("shop_name", "shop_address", "booth_code", "location_kind")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = QLineEdit(objectName="shopNameEdit")
        self._address = QLineEdit(objectName="shopAddressEdit")
        self._code = QLineEdit(objectName="boothCodeEdit")
        self._code.setMaxLength(16)
        self._booth = QRadioButton(objectName="kindBooth")
        self._booth.setChecked(True)
        self._sale_point = QRadioButton(objectName="kindSalePoint")
        kinds = QHBoxLayout()
        kinds.addWidget(self._booth)
        kinds.addWidget(self._sale_point)
        kinds.addStretch(1)
        kind_box = QWidget()
        kind_box.setLayout(kinds)
        self._labels = [QLabel() for _ in range(4)]
        self._code_note = note_label()
        layout = QFormLayout(self)
        layout.addRow(self._labels[0], self.form.wrap("shop_name", self._name))
        layout.addRow(self._labels[1], self.form.wrap("shop_address", self._address))
        layout.addRow(self._labels[2], self.form.wrap("booth_code", self._code))
        layout.addRow("", self._code_note)
        layout.addRow(self._labels[3], self.form.wrap("location_kind", kind_box))
        self.retranslate()

    def title(self) -> str:
        return self.tr("Cửa hàng hoặc gian hàng")

    def fill(self, values: dict[str, Any]) -> None:
        values.update(shop_name=self._name.text(), shop_address=self._address.text(),
                      booth_code=self._code.text(),
                      location_kind="booth" if self._booth.isChecked() else "sale_point")

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("Tên (in trên hóa đơn)"), self.tr("Địa chỉ"),
                                              self.tr("Mã gian hàng"), self.tr("Loại")),
                               strict=True):
            label.setText(text)
        self._name.setPlaceholderText(self.tr("Ví dụ: Gian hàng OCOP Bình Liêu"))
        self._address.setPlaceholderText(self.tr("Không bắt buộc"))
        self._code.setPlaceholderText("BL03")
        self._code_note.setText(self.tr(
            "Mã ngắn, đứng đầu mọi số hóa đơn (BL03-000001). Nếu Sở Công Thương đã cấp mã gian "
            "hàng, hãy dùng đúng mã đó."))
        self._booth.setText(self.tr("Gian hàng hội chợ"))
        self._sale_point.setText(self.tr("Điểm bán cố định"))


class SetupStaffPage(SetupPage):
    """The manager (name, PIN twice) and any cashiers; more can be added later in Cài đặt."""

    keys = ("manager_name", "manager_pin", "cashiers")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._manager = QLineEdit(objectName="managerNameEdit")
        self._pin = pin_edit("managerPinEdit", self)
        self._again = pin_edit("managerPinAgainEdit", self)
        self._labels = [QLabel() for _ in range(3)]
        self._cashier_title = QLabel()
        self._cashier_rows: list[tuple[QLineEdit, QLineEdit]] = []
        self._cashier_grid = QGridLayout()
        self._add = QPushButton(objectName="addCashierButton")
        self._add.setAutoDefault(False)  # Enter in a field is the wizard's "Tiếp", never this
        self._add.clicked.connect(self.add_cashier)
        form = QFormLayout()
        form.addRow(self._labels[0], self.form.wrap("manager_name", self._manager))
        form.addRow(self._labels[1], self.form.wrap("manager_pin", self._pin))
        form.addRow(self._labels[2], self.form.wrap("manager_pin_again", self._again))
        cashiers = QWidget()
        cashiers.setLayout(self._cashier_grid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._cashier_title)
        layout.addWidget(self.form.wrap("cashiers", cashiers))
        row = QHBoxLayout()
        row.addWidget(self._add)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def add_cashier(self) -> tuple[QLineEdit, QLineEdit]:
        """One more row of name + PIN (the button; tests call it too)."""
        n = len(self._cashier_rows)
        name, pin = QLineEdit(objectName=f"cashierName_{n}"), pin_edit(f"cashierPin_{n}", self)
        self._cashier_grid.addWidget(name, n, 0)
        self._cashier_grid.addWidget(pin, n, 1)
        self._cashier_grid.setColumnStretch(0, 2)
        self._cashier_grid.setColumnStretch(1, 1)
        self._cashier_rows.append((name, pin))
        self._add.setEnabled(len(self._cashier_rows) < MAX_CASHIERS)
        self._retranslate_rows()
        name.setFocus()
        return name, pin

    def title(self) -> str:
        return self.tr("Người quản lý và thu ngân")

    def fill(self, values: dict[str, Any]) -> None:
        values.update(
            manager_name=self._manager.text(), manager_pin=self._pin.text(),
            cashiers=tuple(StaffEntry(name.text(), pin.text()) for name, pin in self._cashier_rows
                           if name.text().strip() or pin.text()))

    def own_errors(self) -> list[FieldError]:
        if self._pin.text() and self._again.text() != self._pin.text():
            return [SetupFieldError("manager_pin_again", self.tr(
                "Hai lần nhập mã PIN chưa giống nhau"))]
        return []

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("Tên quản lý"), self.tr("Mã PIN (4–8 số)"),
                                              self.tr("Nhập lại mã PIN")), strict=True):
            label.setText(text)
        self._manager.setPlaceholderText(self.tr("Người giữ quyền đổi giá, hủy hóa đơn, cài đặt"))
        self._cashier_title.setText(self.tr(
            "Thu ngân (không bắt buộc; thêm sau được trong Cài đặt):"))
        self._add.setText(self.tr("+ Thêm thu ngân"))
        self._retranslate_rows()

    def _retranslate_rows(self) -> None:
        for name, pin in self._cashier_rows:
            name.setPlaceholderText(self.tr("Tên thu ngân"))
            pin.setPlaceholderText(self.tr("Mã PIN"))


class SetupReceiptPage(SetupPage):
    keys = ("receipt_width_mm",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = note_label()
        self._wide = QRadioButton(objectName="receipt80")
        self._wide.setChecked(True)
        self._narrow = QRadioButton(objectName="receipt58")
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._wide)
        layout.addWidget(self.form.wrap("receipt_width_mm", self._narrow))
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Khổ giấy in hóa đơn")

    def fill(self, values: dict[str, Any]) -> None:
        values["receipt_width_mm"] = 58 if self._narrow.isChecked() else 80

    def retranslate(self) -> None:
        self._intro.setText(self.tr(
            "Chọn theo cuộn giấy của máy in nhiệt. Khi bán vẫn đổi được cho từng hóa đơn."))
        self._wide.setText(self.tr("80 mm (máy in hóa đơn thông dụng)"))
        self._narrow.setText(self.tr("58 mm (máy in nhỏ, máy cầm tay)"))


class SetupCatalogPage(SetupPage):
    """The last step: where the products come from. Chosen here, done after setup is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = note_label()
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        self._notes: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        for key in (IMPORT, ENROLL, EMPTY):
            button = QRadioButton(objectName=f"catalog_{key}")
            self._group.addButton(button)
            self._buttons[key], self._notes[key] = button, note_label()
            self._notes[key].setContentsMargins(28, 0, 0, 6)
            layout.addWidget(button)
            layout.addWidget(self._notes[key])
        self._buttons[IMPORT].setChecked(True)
        layout.addStretch(1)
        self.retranslate()

    def choice(self) -> str:
        return next(key for key, button in self._buttons.items() if button.isChecked())

    def choose(self, key: str) -> None:
        self._buttons[key].setChecked(True)

    def title(self) -> str:
        return self.tr("Danh mục sản phẩm")

    def retranslate(self) -> None:
        self._intro.setText(self.tr(
            "Bấm “Hoàn tất” để lưu cài đặt, rồi lấy danh mục sản phẩm theo cách đã chọn:"))
        self._buttons[IMPORT].setText(self.tr("Nhập từ tệp danh mục (CSV hoặc XLSX)"))
        self._notes[IMPORT].setText(self.tr(
            "Xem trước từng dòng, dòng lỗi được chỉ rõ trước khi nhập."))
        self._buttons[ENROLL].setText(self.tr("Đăng ký với máy chủ tỉnh"))
        self._notes[ENROLL].setText(self.tr(
            "Cần mạng và mã đăng ký của Sở Công Thương; danh mục, giá và hội chợ sẽ tự tải về."))
        self._buttons[EMPTY].setText(self.tr("Bắt đầu với danh mục trống"))
        self._notes[EMPTY].setText(self.tr("Thêm sản phẩm sau ở trang Sản phẩm."))
