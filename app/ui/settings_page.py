"""Business settings of this laptop: language, shop, device code, bank account, discount limit.

They live in the database (services.settings) so they survive a reinstall and can sync. The
bank account is checked by building a static VietQR payload with it: a typo is refused here
rather than discovered when a buyer's banking app rejects the code at the fair.

Which booth and fair the laptop serves is assigned by the provincial hub and no service lists
locations yet, so it is shown read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import customer_screen, places, vietqr
from app.services import settings as settings_service
from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.rights import Right, needs_approval
from app.ui.backup_panel import BackupPanel
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.i18n import LANGUAGE_KEY, available_languages
from app.ui.manager_pin_dialog import actor_for, ask_manager
from app.ui.printer_settings_box import PrinterSettingsBox
from app.ui.scanner_test_box import ScannerTestBox


class SettingsPage(QWidget):
    """A form over services.settings; Save writes all fields at once, then reloads ctx."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._ctx = ctx

        self._title = QLabel(objectName="pageTitle")
        self._notice = QLabel(objectName="noticeLabel")
        self._notice.setWordWrap(True)
        self._notice.hide()

        self._language = QComboBox()
        for code, name in available_languages():
            self._language.addItem(name, code)
        self._language_note = QLabel()
        self._language_note.setWordWrap(True)
        self._shop_name = QLineEdit()
        self._shop_address = QLineEdit()
        self._device_code = QLineEdit()
        self._device_code.setMaxLength(16)
        self._booth = QLabel()
        self._booth.setWordWrap(True)
        self._bank = QComboBox()
        self._bank.addItem("—", "")
        for bank_bin, name in vietqr.BANKS.items():
            self._bank.addItem(f"{name} ({bank_bin})", bank_bin)
        self._account = QLineEdit()
        self._account.setMaxLength(19)
        self._account_name = QLineEdit()
        self._discount = QSpinBox()
        self._discount.setRange(0, 100)
        self._discount.setSuffix(" %")
        self._customer_mode = QComboBox(objectName="customerDisplayMode")
        for mode in customer_screen.MODES:
            self._customer_mode.addItem("", mode)
        self._customer_screen = QComboBox(objectName="customerScreen")
        self._customer_screen.addItem("", -1)
        for index in range(4):
            self._customer_screen.addItem("", index)

        # One form with section headings, so both sections share one label column.
        self._general = QLabel(objectName="sectionTitle")
        self._bank_box = QLabel(objectName="sectionTitle")
        for heading in (self._general, self._bank_box):
            heading.setStyleSheet("font-size: 14pt; font-weight: bold; padding-top: 8px;")
        form_layout = QFormLayout()
        form_layout.setVerticalSpacing(10)
        form_layout.setHorizontalSpacing(16)
        self._rows: dict[str, QLabel] = {}
        rows: tuple[tuple[str, QWidget], ...] = (
            ("#general", self._general),
            ("language", self._language),
            ("", self._language_note),
            ("shop_name", self._shop_name),
            ("shop_address", self._shop_address),
            ("device_code", self._device_code),
            ("booth", self._booth),
            ("discount", self._discount),
            ("customer_display", self._customer_mode),
            ("customer_screen", self._customer_screen),
            ("#bank", self._bank_box),
            ("bank", self._bank),
            ("account", self._account),
            ("account_name", self._account_name),
        )
        for key, field in rows:
            if key.startswith("#"):
                form_layout.addRow(field)
                continue
            label = QLabel()
            self._rows[key] = label
            form_layout.addRow(label, field)

        self._message = QLabel(objectName="messageLabel")
        self._message.setWordWrap(True)
        self._save = QPushButton(objectName="bigButton")
        self._save.clicked.connect(self._on_save_clicked)
        self._reset = QPushButton()
        self._reset.clicked.connect(self._on_reset_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._reset)
        buttons.addStretch(1)
        buttons.addWidget(self._save)

        form = QWidget()
        form.setMaximumWidth(900)
        form.setLayout(form_layout)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 8, 0, 0)
        general_layout.addWidget(scroll, 1)
        general_layout.addWidget(self._message)
        general_layout.addLayout(buttons)
        self.backups = BackupPanel(ctx)  # the "Sao lưu" tab: copies, copy now, restore
        self._tabs = QTabWidget()
        self._tabs.addTab(general, "")
        self._tabs.addTab(self.backups, "")
        self.printer = PrinterSettingsBox(ctx)  # the "Máy in hóa đơn" tab: printer, in thử
        self._tabs.addTab(self.printer, "")
        self.scanner = ScannerTestBox(ctx)  # the "Máy quét" tab: test scan, scale-code rules
        self._tabs.addTab(self.scanner, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._title)
        layout.addWidget(self._notice)
        layout.addWidget(self._tabs, 1)

        ctx.settings_changed.connect(self.load)
        self._retranslate()
        self.load()

    # --- public API -----------------------------------------------------------------------

    def set_notice(self, text: str) -> None:
        """A banner above the form, e.g. 'this laptop has no booth yet'."""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    def message(self) -> str:
        return self._message.text()

    def load(self) -> None:
        s = self._ctx.settings
        self._language.setCurrentIndex(max(self._language.findData(s.language), 0))
        self._shop_name.setText(s.shop_name)
        self._shop_address.setText(s.shop_address)
        self._device_code.setText(s.device_code)
        self._bank.setCurrentIndex(max(self._bank.findData(s.bank_bin), 0))
        self._account.setText(s.bank_account)
        self._account_name.setText(s.bank_account_name)
        self._discount.setValue(s.discount_limit_pct)
        self._customer_mode.setCurrentIndex(max(self._customer_mode.findData(s.customer_display),
                                                0))
        self._customer_screen.setCurrentIndex(
            max(self._customer_screen.findData(s.customer_screen), 0))
        if s.location_id is None:
            self._booth.setText(self.tr("Chưa được gán (máy chủ tỉnh sẽ gán khi đồng bộ)"))
        else:
            self._booth.setText(
                self.tr("{location} · {fair} (do máy chủ tỉnh gán)").format(
                    location=places.location_name(self._ctx.db, s.location_id),
                    fair=places.fair_name(self._ctx.db, s.fair_id) or "—",
                )
            )

    def save(self, approver: StaffInfo | None = None) -> bool:
        """Validate what services offer to validate, save, and announce the new settings.

        The service refuses anyone but a manager; a cashier at the till is asked for a
        manager's PIN (approver) by the Save button.
        """
        actor = actor_for(self._ctx, approver)
        bank_bin = self._bank.currentData() or ""
        account = self._account.text().strip()
        if not self._device_code.text().strip():
            self._show_message(self.tr("Hãy nhập mã máy"), error=True)
            return False
        try:
            if bank_bin or account:
                vietqr.build_payload(bank_bin, account)
            language_before = self._ctx.settings.language
            settings_service.save(
                self._ctx.db,
                actor,
                language=self._language.currentData(),
                shop_name=self._shop_name.text().strip(),
                shop_address=self._shop_address.text().strip(),
                device_code=self._device_code.text().strip().upper(),
                bank_bin=bank_bin,
                bank_account=account,
                bank_account_name=self._account_name.text().strip(),
                discount_limit_pct=self._discount.value(),
                customer_display=self._customer_mode.currentData(),
                customer_screen=self._customer_screen.currentData(),
            )
        except BoothError as exc:
            self._show_message(error_text(exc), error=True)
            return False
        QSettings().setValue(LANGUAGE_KEY, self._language.currentData())
        self._ctx.reload_settings()
        if self._ctx.settings.language != language_before:
            self._show_message(self.tr("Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng."))
        else:
            self._show_message(self.tr("Đã lưu cài đặt."))
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        approver = None
        staff = self._ctx.staff
        if staff is not None and needs_approval(staff, Right.SETTINGS):
            approver = ask_manager(self, self._ctx, self.tr("Đổi cài đặt"))
            if approver is None:
                return
        self.save(approver)

    def _on_reset_clicked(self) -> None:
        self.load()
        self._show_message("")

    def _show_message(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Cài đặt"))
        self._tabs.setTabText(0, self.tr("Chung"))
        self._tabs.setTabText(1, self.tr("Sao lưu"))
        self._tabs.setTabText(2, self.tr("Máy in hóa đơn"))
        self._tabs.setTabText(self._tabs.indexOf(self.scanner), self.tr("Máy quét"))
        self._general.setText(self.tr("Gian hàng"))
        self._bank_box.setText(self.tr("Tài khoản nhận chuyển khoản (VietQR)"))
        texts = {
            "language": self.tr("Ngôn ngữ"),
            "shop_name": self.tr("Tên điểm bán"),
            "shop_address": self.tr("Địa chỉ"),
            "device_code": self.tr("Mã máy"),
            "booth": self.tr("Gian hàng / hội chợ"),
            "discount": self.tr("Giảm giá tối đa không cần quản lý"),
            "customer_display": self.tr("Màn hình khách hàng"),
            "customer_screen": self.tr("Hiện trên màn hình"),
            "bank": self.tr("Ngân hàng"),
            "account": self.tr("Số tài khoản"),
            "account_name": self.tr("Tên chủ tài khoản"),
        }
        for key, label in self._rows.items():
            label.setText(texts.get(key, ""))
        self._language_note.setText(self.tr("Đổi ngôn ngữ có hiệu lực khi mở lại ứng dụng."))
        self._save.setText(self.tr("Lưu"))
        self._reset.setText(self.tr("Hoàn tác"))
        modes = {"auto": self.tr("Tự động: chỉ khi cắm màn hình thứ hai"),
                 "on": self.tr("Luôn bật"), "off": self.tr("Tắt")}
        for i in range(self._customer_mode.count()):
            self._customer_mode.setItemText(i, modes[self._customer_mode.itemData(i)])
        self._customer_screen.setItemText(0, self.tr("Tự động (màn hình không phải của máy bán)"))
        for i in range(1, self._customer_screen.count()):
            self._customer_screen.setItemText(i, self.tr("Màn hình {number}").format(number=i))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
