"""Settings → "Máy in hóa đơn": where the receipt printer is, its paper, auto-print, drawer.

"In thử" sends a test page to the printer as typed, before saving, so a wrong address is
found at setup and not at the first customer's receipt. It runs on the receipt printer's own
worker (a printer that is off costs that thread the timeout, never the window). Saving takes
the settings right: a cashier is asked for a manager's PIN, as on the rest of the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.printing.raster import HEAD_DOTS
from app.services import printer_settings
from app.services.errors import BoothError
from app.services.printer_settings import PrinterSettings
from app.services.receipt_printing import print_test_page
from app.services.rights import Actor, Right, needs_approval
from app.ui.background import TaskRunner
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import ask_manager
from app.ui.receipt_printer import POOL

URI_HINT = "tcp://192.168.1.50:9100 · usb://0416:5011 · serial:///dev/ttyUSB0 · file:///dev/usb/lp0"


class PrinterSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerSettingsBox")
        self._ctx = ctx
        self._tasks = TaskRunner(self, pool=POOL)
        self.setTitle(self.tr("Máy in hóa đơn"))
        self._uri = QLineEdit(objectName="printerUriField")
        self._uri.setPlaceholderText(URI_HINT)
        self._uri.setToolTip(self.tr("Để trống nếu không có máy in hóa đơn (in PDF qua máy in "
                                     "của hệ thống)"))
        self._paper = QComboBox(objectName="printerPaperCombo")
        for width in HEAD_DOTS:
            self._paper.addItem(self.tr("{width} mm").format(width=width), width)
        self._auto = QCheckBox(self.tr("Tự in hóa đơn sau mỗi lần bán"), objectName="autoPrintBox")
        self._drawer = QCheckBox(self.tr("Mở két khi thu tiền mặt"), objectName="drawerOnCashBox")
        self._message = QLabel(objectName="printerMessage")
        self._message.setWordWrap(True)
        self._test = QPushButton(self.tr("In thử"), objectName="testPrintButton")
        self._test.clicked.connect(self._on_test_clicked)
        save = QPushButton(self.tr("Lưu máy in"), objectName="savePrinterButton")
        save.clicked.connect(self._on_save_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Địa chỉ máy in"), self._uri)
        form.addRow(self.tr("Khổ giấy"), self._paper)
        form.addRow("", self._auto)
        form.addRow("", self._drawer)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._test)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        ctx.settings_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        settings = printer_settings.load(self._ctx.db)
        self._uri.setText(settings.uri)
        self._paper.setCurrentIndex(self._paper.findData(settings.paper_mm))
        self._auto.setChecked(settings.auto_print)
        self._drawer.setChecked(settings.drawer_on_cash)

    def typed(self) -> PrinterSettings:
        return PrinterSettings(self._uri.text().strip(), int(self._paper.currentData()),
                               self._auto.isChecked(), self._drawer.isChecked())

    def message(self) -> str:
        return self._message.text()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._tasks.wait(msecs)

    def _say(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setProperty("error", error)

    def _on_test_clicked(self) -> None:
        try:
            settings = printer_settings.validate(self.typed())
            settings.target()
        except BoothError as error:
            self._say(error_text(error), True)
            return
        self._test.setEnabled(False)
        self._say(self.tr("Đang gửi trang in thử…"))
        self._tasks.start(lambda _task: print_test_page(self._ctx.db, settings),
                          lambda sent: self._on_test_done(settings.uri, sent),
                          self._on_test_failed, what="test print")

    def _on_test_done(self, uri: str, sent: int) -> None:
        self._test.setEnabled(True)
        self._say(self.tr("Đã gửi trang in thử tới {printer} ({size} KB)").format(
            printer=uri, size=f"{sent / 1024:.0f}"))

    def _on_test_failed(self, error: BoothError) -> None:
        self._test.setEnabled(True)
        self._say(error_text(error), True)

    def _on_save_clicked(self) -> None:
        staff = self._ctx.staff
        approver = None
        if staff is not None and needs_approval(staff, Right.SETTINGS):
            approver = ask_manager(self, self._ctx, self.tr("Đổi máy in hóa đơn"))
            if approver is None:
                return
        actor = Actor.of(staff, approver) if staff is not None else (
            Actor.of(approver) if approver is not None else None)
        try:
            printer_settings.save(self._ctx.db, actor, self.typed())
        except BoothError as error:
            self._say(error_text(error), True)
            return
        self._say(self.tr("Đã lưu máy in hóa đơn"))
        self._ctx.reload_settings()
