"""First-run wizard: a new data directory becomes a booth, from language to first catalog.

A QDialog with a stack of pages rather than QWizard: its header and side image cost height a
1024×600 booth laptop does not have, and our own Back/Next keep Enter = next step. "Tiếp"
checks the page by asking services.setup about the whole request and showing only this
page's fields' errors under them, so a step never lets through what the last one would
refuse. "Hoàn tất" saves everything in one transaction (run_setup), then opens the catalog
step chosen: the existing import preview or enroll dialog, or nothing. The language page
switches the UI language at once; `translator()` hands the installed one to run_gui.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.catalog_rules import FieldError, FieldErrors
from app.services.errors import BoothError
from app.services.setup import SetupRequest, SetupResult, run_setup, validate
from app.ui.context import AppContext
from app.ui.enroll_dialog import EnrollDialog
from app.ui.errors import error_text
from app.ui.i18n import install_translator, remove_translator
from app.ui.import_dialog import ImportDialog
from app.ui.product_fields import ERROR_STYLE
from app.ui.setup_bank_page import SetupBankPage
from app.ui.setup_pages import (
    ENROLL,
    IMPORT,
    SetupCatalogPage,
    SetupLanguagePage,
    SetupPage,
    SetupReceiptPage,
    SetupShopPage,
    SetupStaffPage,
)

SIZE = (900, 540)  # inside 1024×600 with a title bar


class SetupWizard(QDialog):
    """Accepted once the booth is saved and the chosen catalog step is closed."""

    def __init__(self, db: Database, language: str = "vi", translator: QTranslator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._db = db
        self._translator = translator
        self._language = language
        self._result: SetupResult | None = None
        self._next_dialog: QDialog | None = None
        self.language_page = SetupLanguagePage(language)
        self.language_page.language_chosen.connect(self.switch_language)
        self.shop_page, self.staff_page = SetupShopPage(), SetupStaffPage()
        self.bank_page, self.receipt_page = SetupBankPage(), SetupReceiptPage()
        self.catalog_page = SetupCatalogPage()
        self._pages: list[SetupPage] = [self.language_page, self.shop_page, self.staff_page,
                                        self.bank_page, self.receipt_page, self.catalog_page]
        self._stack = QStackedWidget(objectName="setupStack")
        for page in self._pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self._stack.addWidget(scroll)
        self._step = QLabel(objectName="setupStep")
        self._title = QLabel(objectName="pageTitle")
        self._message = QLabel(objectName="setupMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(ERROR_STYLE)
        self._back = QPushButton(objectName="backButton")
        self._back.setAutoDefault(False)
        self._back.clicked.connect(self.go_back)
        self._cancel = QPushButton(objectName="cancelButton")
        self._cancel.setAutoDefault(False)
        self._cancel.clicked.connect(self.reject)
        self._next = QPushButton(objectName="nextButton")
        self._next.setProperty("primary", True)
        self._next.setDefault(True)
        self._next.clicked.connect(self.go_next)
        buttons = QHBoxLayout()
        buttons.addWidget(self._cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._back)
        buttons.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.addWidget(self._step)
        layout.addWidget(self._title)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        self._fit_screen()
        self._show_page(0)

    # --- public API (tests drive the wizard through these and the buttons) ----------------

    def current_page(self) -> SetupPage:
        return self._pages[self._stack.currentIndex()]

    def next_button(self) -> QPushButton:
        return self._next

    def setup_result(self) -> SetupResult | None:
        return self._result

    def translator(self) -> QTranslator | None:
        return self._translator

    def language(self) -> str:
        return self._language

    def next_dialog(self) -> QDialog | None:
        """The import or enroll dialog opened after saving, while it is open."""
        return self._next_dialog

    def message(self) -> str:
        return self._message.text()

    def request(self) -> SetupRequest:
        values: dict[str, Any] = {}
        for page in self._pages:
            page.fill(values)
        return SetupRequest(**values)

    def switch_language(self, language: str) -> None:
        """Install the chosen language now: every open widget gets a LanguageChange."""
        if language == self._language:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        remove_translator(self._translator)
        # Installing or removing a translator sends every widget a LanguageChange.
        self._translator = install_translator(app, language)
        self._language = language

    def go_next(self) -> None:
        page = self.current_page()
        if not self._check(page):
            return
        index = self._stack.currentIndex()
        if index + 1 < len(self._pages):
            self._show_page(index + 1)
        else:
            self._finish()

    def go_back(self) -> None:
        self._message.clear()
        self._show_page(max(self._stack.currentIndex() - 1, 0))

    def reject(self) -> None:
        if self._result is not None:
            self.accept()  # saved already: closing the catalog step is not a cancel
            return
        super().reject()

    # --- helpers --------------------------------------------------------------------------

    def _check(self, page: SetupPage) -> bool:
        """This page's errors from the service (and its own typing checks), under its fields."""
        errors: list[FieldError] = [e for e in validate(self.request()) if e.field in page.keys]
        errors += page.own_errors()
        self._message.clear()
        if not errors:
            page.form.clear()
            return True
        unplaced = page.form.show_errors(FieldErrors(errors))
        self._message.setText("\n".join(unplaced) or self.tr("Hãy sửa các ô có chữ đỏ."))
        return False

    def _finish(self) -> None:
        try:
            self._result = run_setup(self._db, self.request())
        except FieldErrors as errors:  # a page was skipped somehow: go to its first error
            owner = next((i for i, p in enumerate(self._pages)
                          if errors.errors[0].field in p.keys), 0)
            self._show_page(owner)
            self._check(self._pages[owner])
            return
        except BoothError as error:
            self._message.setText(error_text(error))
            return
        for button in (self._back, self._next):
            button.setEnabled(False)
        choice = self.catalog_page.choice()
        if choice == IMPORT:
            dialog: QDialog = ImportDialog(AppContext(self._db), self)
            dialog.resize(dialog.size().boundedTo(self._screen_room()))
        elif choice == ENROLL:
            dialog = EnrollDialog(self._db, parent=self)
            dialog.setWindowTitle(self.tr("Đăng ký với máy chủ tỉnh"))
        else:
            self.accept()
            return
        self._next_dialog = dialog
        dialog.finished.connect(self._on_next_dialog_finished)
        dialog.open()

    def _on_next_dialog_finished(self) -> None:
        self._next_dialog = None
        self.accept()

    def _show_page(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        self._retranslate()
        page = self.current_page()
        first = next((w for w in page.findChildren(QWidget)
                      if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(page)
                      and w.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def _screen_room(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size()
        room.setHeight(room.height() - 32)
        return room

    def _fit_screen(self) -> None:
        self.resize(QSize(*SIZE).boundedTo(self._screen_room()))

    def _retranslate(self) -> None:
        index = self._stack.currentIndex()
        self.setWindowTitle(self.tr("Cài đặt ban đầu – OCOP Booth"))
        self._step.setText(self.tr("Bước {n}/{total}").format(n=index + 1,
                                                             total=len(self._pages)))
        self._title.setText(self.current_page().title())
        self._back.setText(self.tr("Quay lại"))
        self._back.setEnabled(index > 0 and self._result is None)
        self._cancel.setText(self.tr("Hủy"))
        last = index == len(self._pages) - 1
        self._next.setText(self.tr("Hoàn tất") if last else self.tr("Tiếp"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
