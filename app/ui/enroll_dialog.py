"""Enrolling this laptop with the provincial hub: address, one-time code, optional CA file.

The form is a widget of its own because it appears twice: inline on the sync page while the
laptop is not enrolled, and in `EnrollDialog` when the office revoked the device (or moved
the hub) and a new code must be entered. The request runs off the UI thread (`Enroller`):
a hub that does not answer takes up to the connect timeout, and the window must keep
painting. Every refusal is shown in the form, in words staff can act on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.errors import BoothError
from app.sync.enrollment import EnrollResult
from app.sync.errors import EnrollRefused, HubIncompatible, HubUnreachable
from app.ui.errors import error_text
from app.ui.sync_worker import Enroller


class EnrollForm(QWidget):
    """The fields and the "Đăng ký" button; `enrolled(EnrollResult)` when the hub said yes."""

    enrolled = Signal(object)
    enroll_failed = Signal(str)  # the text shown in the form

    def __init__(self, db: Database, hub_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollForm")
        self._enroller = Enroller(db, self)
        self._enroller.finished.connect(self._on_enroller_finished)
        self._enroller.failed.connect(self._on_enroller_failed)

        self._url = QLineEdit(hub_url, objectName="hubUrlEdit")
        self._code = QLineEdit(objectName="enrollCodeEdit")
        self._code.setMaxLength(64)
        self._ca = QLineEdit(objectName="caFileEdit")
        self._ca_browse = QPushButton()
        self._ca_browse.clicked.connect(self._on_ca_browse_clicked)
        self._submit = QPushButton(objectName="enrollButton")
        self._submit.setProperty("primary", True)
        self._submit.setDefault(True)
        self._submit.clicked.connect(self._on_submit_clicked)
        for edit in (self._url, self._code):
            edit.returnPressed.connect(self._on_submit_clicked)
        self._busy = QLabel(objectName="enrollBusyLabel")
        self._error = QLabel(objectName="errorLabel")
        self._error.setWordWrap(True)
        self._error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._error.setStyleSheet("color: #c8102e; font-weight: bold;")

        # A grid, not a QFormLayout: its labels sit at the top of the tall touch-sized fields.
        self._form = QGridLayout()
        self._form.setHorizontalSpacing(12)
        self._form.setVerticalSpacing(12)
        self._url_label, self._code_label, self._ca_label = QLabel(), QLabel(), QLabel()
        for row, (label, field) in enumerate(((self._url_label, self._url),
                                              (self._code_label, self._code),
                                              (self._ca_label, self._ca))):
            self._form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            self._form.addWidget(field, row, 1, 1, 2 if field is not self._ca else 1)
        self._form.addWidget(self._ca_browse, 2, 2)
        self._form.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._submit)
        buttons.addWidget(self._busy, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self._error)
        self._retranslate()

    # --- public API (tests drive the form through these) ------------------------------------

    def fill(self, hub_url: str, code: str, ca_file: str = "") -> None:
        self._url.setText(hub_url)
        self._code.setText(code)
        self._ca.setText(ca_file)

    def submit_button(self) -> QPushButton:
        return self._submit

    def error_message(self) -> str:
        return self._error.text()

    def is_busy(self) -> bool:
        """True from "Đăng ký" until the hub's answer (or the failure) has been shown."""
        return not self._submit.isEnabled()

    # --- slots ----------------------------------------------------------------------------

    def _on_ca_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn chứng chỉ CA của máy chủ"), self._ca.text(),
            self.tr("Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)"),
        )
        if path:
            self._ca.setText(path)

    def _on_submit_clicked(self) -> None:
        if not self._submit.isEnabled():
            return
        url, code = self._url.text().strip(), self._code.text().strip()
        if not url:
            self._show_error(self.tr("Hãy nhập địa chỉ máy chủ tỉnh (https://…)"))
            self._url.setFocus()
            return
        if not code:
            self._show_error(self.tr("Hãy nhập mã đăng ký do Sở Công Thương cấp"))
            self._code.setFocus()
            return
        self._error.clear()
        self._set_busy(True)
        self._enroller.enroll(url, code, self._ca.text().strip() or None)

    def _on_enroller_finished(self, result: EnrollResult) -> None:
        self._set_busy(False)
        self._code.clear()  # it is burnt: never offer it again
        self.enrolled.emit(result)

    def _on_enroller_failed(self, error: BoothError) -> None:
        self._set_busy(False)
        self._show_error(self._refusal_text(error))

    # --- helpers --------------------------------------------------------------------------

    def _refusal_text(self, error: BoothError) -> str:
        """The engine's message, plus what to do about it for the failures staff can fix."""
        text = error_text(error)
        if isinstance(error, HubUnreachable):
            return text + "\n" + self.tr(
                "Kiểm tra mạng (Wi-Fi, 4G) và địa chỉ máy chủ rồi bấm “Đăng ký” lần nữa: mã "
                "vẫn dùng được.")
        if isinstance(error, HubIncompatible):
            return text + "\n" + self.tr(
                "Địa chỉ này không phải máy chủ OCOP của tỉnh, hoặc máy chủ và ứng dụng khác "
                "phiên bản: hãy hỏi Sở Công Thương.")
        if isinstance(error, EnrollRefused):
            return text + "\n" + self.tr("Hãy xin Sở Công Thương một mã đăng ký mới.")
        return text

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self.enroll_failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self._url, self._code, self._ca, self._ca_browse, self._submit):
            widget.setEnabled(not busy)
        self._busy.setText(self.tr("Đang kết nối máy chủ…") if busy else "")

    def _retranslate(self) -> None:
        self._url_label.setText(self.tr("Địa chỉ máy chủ"))
        self._url.setPlaceholderText("https://ocop.quangninh.gov.vn")
        self._code_label.setText(self.tr("Mã đăng ký"))
        self._code.setPlaceholderText(self.tr("Mã dùng một lần, ví dụ ABCD-EFGH-JKLM"))
        self._ca_label.setText(self.tr("Chứng chỉ CA (nếu có)"))
        self._ca.setPlaceholderText(self.tr("Chỉ khi tỉnh dùng chứng chỉ riêng"))
        self._ca_browse.setText(self.tr("Chọn tệp…"))
        self._submit.setText(self.tr("Đăng ký"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class EnrollDialog(QDialog):
    """Re-enrollment (a revoked device, a moved hub): the form in a dialog that closes itself
    on success; `result()` is Accepted and `enroll_result()` says which booth it is now."""

    def __init__(self, db: Database, hub_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Đăng ký lại với máy chủ tỉnh"))
        self.setMinimumWidth(640)
        self._result: EnrollResult | None = None
        self.form = EnrollForm(db, hub_url, self)
        self.form.enrolled.connect(self._on_form_enrolled)
        intro = QLabel(self.tr(
            "Nhập mã đăng ký mới do Sở Công Thương cấp. Dữ liệu đang chờ gửi vẫn được giữ và "
            "sẽ gửi lên sau khi đăng ký xong."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def enroll_result(self) -> EnrollResult | None:
        return self._result

    def reject(self) -> None:
        if self.form.is_busy():
            return  # the code may be burning right now: wait for the hub's answer
        super().reject()

    def _on_form_enrolled(self, result: EnrollResult) -> None:
        self._result = result
        self.accept()
