"""The wizard's VietQR step: bank by name, account, holder, and the QR it will show buyers.

The preview is built by the same payload builder as the till's QR, on every keystroke, so the
manager sees at once whether her account makes a code (and, with her phone's bank app, can
scan it to check that the transfer goes to her). The bank list is searched without diacritics
(services.banks), since few people know their bank's BIN and many type without accents.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.banks import NAPAS_BANKS, bank_for, search_banks
from app.services.errors import BoothError
from app.services.setup import HOLDER_MAX
from app.services.vietqr import build_payload
from app.ui.errors import error_text
from app.ui.qr_widget import QrWidget
from app.ui.setup_pages import SetupPage, note_label

QR_SIDE = 190


class BankComboBox(QComboBox):
    """Every NAPAS bank; typing part of a name (any case, with or without diacritics) pops up
    the banks that match, and Enter takes the first of them. `bank_chosen(bin)`; "" for none."""

    bank_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankCombo")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        # Full bank names are long: the field keeps a sensible width, the popup shows them.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        for bank in NAPAS_BANKS:
            self.addItem(bank.label, bank.bin)
        self.setCurrentIndex(-1)
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        # The model already holds only the matches: the completer must not filter again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._on_match_activated)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.currentIndexChanged.connect(self._on_index_changed)

    def bank_bin(self) -> str:
        """The chosen bank's BIN, or "" while the text is a search, not a bank."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return str(self.itemData(index)) if index >= 0 else ""

    def choose(self, bank_bin: str) -> None:
        self.setCurrentIndex(self.findData(bank_bin))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a search picks its first bank and stays here (the account comes next);
        Enter on a chosen bank goes on to the wizard (its next step)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.bank_bin():
            self._take_first_match()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_text_edited(self, text: str) -> None:
        self._matches.setStringList([bank.label for bank in search_banks(text)])
        if text.strip():
            self.completer().complete()
        self.bank_chosen.emit(self.bank_bin())

    def _take_first_match(self) -> None:
        if not self.bank_bin():
            found = search_banks(self.currentText())
            if found:
                self.choose(found[0].bin)
        self.completer().popup().hide()
        self.bank_chosen.emit(self.bank_bin())

    def _on_match_activated(self, text: str) -> None:
        self.setCurrentIndex(self.findText(text, Qt.MatchFlag.MatchExactly))
        self.bank_chosen.emit(self.bank_bin())

    def _on_index_changed(self) -> None:
        self.bank_chosen.emit(self.bank_bin())


class SetupBankPage(SetupPage):
    keys = ("bank_bin", "bank_account", "bank_account_name")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = BankComboBox(self)
        self._account = QLineEdit(objectName="bankAccountEdit")
        self._account.setMaxLength(23)
        self._holder = QLineEdit(objectName="bankHolderEdit")
        self._holder.setMaxLength(HOLDER_MAX)
        self._labels = [QLabel() for _ in range(3)]
        self._intro = note_label()
        self._qr = QrWidget(parent=self)
        self._qr.setObjectName("setupQr")
        self._qr.setFixedSize(QR_SIDE, QR_SIDE)
        self._qr_note = note_label("setupQrNote")
        self._qr_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._qr_note.setFixedWidth(QR_SIDE + 20)
        form = QFormLayout()
        form.addRow(self._labels[0], self.form.wrap("bank_bin", self.bank))
        form.addRow(self._labels[1], self.form.wrap("bank_account", self._account))
        form.addRow(self._labels[2], self.form.wrap("bank_account_name", self._holder))
        left = QVBoxLayout()
        left.addWidget(self._intro)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self._qr_note)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self.bank.bank_chosen.connect(self._update_preview)
        self._account.textChanged.connect(self._update_preview)
        self._holder.textChanged.connect(self._update_preview)
        self.retranslate()

    def fill_account(self, bank_bin: str, account: str, holder: str) -> None:
        self.bank.choose(bank_bin)
        self._account.setText(account)
        self._holder.setText(holder)

    def qr_payload(self) -> str:
        return self._qr.payload()

    def preview_note(self) -> str:
        return self._qr_note.text()

    def title(self) -> str:
        return self.tr("Tài khoản nhận chuyển khoản VietQR")

    def fill(self, values: dict[str, Any]) -> None:
        bank_bin = self.bank.bank_bin()
        if not bank_bin and self.bank.currentText().strip():
            bank_bin = self.bank.currentText().strip()  # the service names what is wrong
        values.update(bank_bin=bank_bin, bank_account=self._account.text(),
                      bank_account_name=self._holder.text())

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("Ngân hàng"), self.tr("Số tài khoản"),
                                              self.tr("Chủ tài khoản")), strict=True):
            label.setText(text)
        self._intro.setText(self.tr(
            "Khách quét mã VietQR để chuyển khoản đúng số tiền. Có thể bỏ trống cả ba ô (chỉ "
            "nhận tiền mặt) và thêm sau trong Cài đặt."))
        self.bank.lineEdit().setPlaceholderText(self.tr("Gõ tên ngân hàng, ví dụ Vietcombank"))
        self._holder.setPlaceholderText(self.tr("Như trên thẻ, ví dụ NGUYEN VAN A"))
        self._update_preview()

    def _update_preview(self) -> None:
        """The static QR (the buyer types the amount) for what is typed, or why there is none."""
        bank_bin, account = self.bank.bank_bin(), self._account.text().replace(" ", "")
        if not bank_bin or not account:
            self._qr.set_payload("")
            self._qr_note.setText(self.tr("Chọn ngân hàng và nhập số tài khoản để xem mã QR."))
            return
        try:
            payload = build_payload(bank_bin, account)
        except BoothError as error:
            self._qr.set_payload("")
            self._qr_note.setText(error_text(error))
            return
        self._qr.set_payload(payload)
        bank = bank_for(bank_bin)
        self._qr_note.setText(self.tr("Mã thử: quét bằng ứng dụng ngân hàng để kiểm tra "
                                      "{bank} {account} {holder}").format(
            bank=bank.short_name if bank else bank_bin, account=account,
            holder=self._holder.text().strip()).strip())
