"""Opening a shift with a cash float and closing it by counting the drawer.

Both dialogs split the write (`commit()`, no modal, what tests call) from the interactive
wrapper behind the confirm button (which may then offer printing), so nothing here needs a
blocking exec() to be tested. The arithmetic of what is expected belongs to services.shifts;
the only sum done here is the live counted-minus-expected shown while typing, which the
Z-report then prints from the service's own figures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.filenames import safe_file_name
from app.printing.zreport_pdf import render_zreport
from app.services import shifts
from app.services.clock import format_local
from app.services.errors import BoothError, ValidationError
from app.services.money import format_dong, parse_dong
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.sales_table_model import method_name
from app.ui.pdf_printing import print_pdf, save_pdf

DEFAULT_FLOAT = 500_000
ERROR_STYLE = "color: #c8102e; font-weight: bold;"


def _money_edit(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setMinimumWidth(180)
    edit.setMinimumHeight(44)
    font = edit.font()
    font.setPointSize(15)
    edit.setFont(font)
    return edit


def _error_label() -> QLabel:
    label = QLabel(objectName="errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class OpenShiftDialog(QDialog):
    """Count the float in the drawer and open the shift with it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Mở ca"))
        title = QLabel(self.tr("Mở ca bán hàng"), objectName="pageTitle")
        hint = QLabel(
            self.tr("Đếm tiền lẻ có sẵn trong két trước khi bán. Số này là tiền đầu ca.")
        )
        hint.setWordWrap(True)
        self._amount = _money_edit(format_dong(DEFAULT_FLOAT, symbol=False))
        self._amount.selectAll()
        self._amount.returnPressed.connect(self._on_open_clicked)
        self._error = _error_label()
        self._open = QPushButton(self.tr("Mở ca"), objectName="bigButton")
        self._open.setDefault(True)
        self._open.clicked.connect(self._on_open_clicked)
        later = QPushButton(self.tr("Để sau"))
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tiền đầu ca")))
        row.addWidget(self._amount, 1)
        row.addWidget(QLabel("₫"))
        buttons = QHBoxLayout()
        buttons.addWidget(later)
        buttons.addStretch(1)
        buttons.addWidget(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self._error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def amount_edit(self) -> QLineEdit:
        return self._amount

    def error_message(self) -> str:
        return self._error.text()

    def commit(self) -> bool:
        """Open the shift; a refusal (bad amount, a shift already open) is shown inline."""
        try:
            amount = parse_dong(self._amount.text(), field=self.tr("Tiền đầu ca"))
            shifts.open_shift(self._ctx.db, self._ctx.till(), amount)
        except BoothError as exc:
            self._error.setText(error_text(exc))
            return False
        self._ctx.announce_shift()
        return True

    def _on_open_clicked(self) -> None:
        if self.commit():
            self.accept()


class CloseShiftDialog(QDialog):
    """Expected against counted per payment method, then close and save the Z-report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shift = ctx.shift
        self._expected: dict[str, int] = {}
        self._counted: dict[str, QLineEdit] = {}
        self._differences: dict[str, QLabel] = {}
        self.report_path: Path | None = None
        self.report_pdf: bytes | None = None
        self.setWindowTitle(self.tr("Chốt ca"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self._title = QLabel(objectName="pageTitle")
        layout.addWidget(self._title)
        self._error = _error_label()
        self._confirm = QPushButton(self.tr("Chốt ca và lưu báo cáo Z"), objectName="bigButton")
        self._confirm.clicked.connect(self._on_confirm_clicked)
        cancel = QPushButton(self.tr("Quay lại bán"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        if self._shift is None:
            self._title.setText(self.tr("Không có ca nào đang mở"))
            self._confirm.setEnabled(False)
        else:
            self._build_counts(layout)

        layout.addWidget(self._error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self._confirm)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)

    def _build_counts(self, layout: QVBoxLayout) -> None:
        assert self._shift is not None
        shift = self._shift
        totals = shifts.expected_amounts(self._ctx.db, shift.id)
        self._expected = dict(totals.expected)
        self._title.setText(self.tr("Chốt ca {number}").format(number=shift.number))
        summary = QLabel(
            self.tr(
                "Mở lúc {time} bởi {name} · tiền đầu ca {float}\n"
                "Bán {count} hóa đơn: {total} · hủy {voids} · hoàn tiền {refunds}"
            ).format(
                time=format_local(shift.opened_utc, self._ctx.settings.timezone),
                name=shift.opened_by,
                float=format_dong(shift.opening_float),
                count=totals.sales_count,
                total=format_dong(totals.sales_total),
                voids=totals.voids_count,
                refunds=format_dong(totals.refunds_total),
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        hint = QLabel(
            self.tr(
                "Đếm tiền mặt trong két và nhập số đếm được. Các phương thức khác lấy sẵn số "
                "dự kiến; sửa nếu sao kê ngân hàng hoặc máy thẻ khác đi."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        headers = (self.tr("Phương thức"), self.tr("Dự kiến (₫)"), self.tr("Thực đếm (₫)"),
                   self.tr("Chênh lệch (₫)"))
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold;")
            if column:
                header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, (method, expected) in enumerate(self._expected.items(), start=1):
            name = QLabel(method_name(method) + (" *" if method == "cash" else ""))
            expected_label = QLabel(format_dong(expected, symbol=False), objectName="expected")
            expected_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit = _money_edit("" if method == "cash" else format_dong(expected, symbol=False))
            if method == "cash":
                edit.setPlaceholderText(self.tr("bắt buộc"))
            edit.textChanged.connect(lambda _text, m=method: self._on_counted_changed(m))
            difference = QLabel()
            difference.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            difference.setMinimumWidth(160)
            grid.addWidget(name, row, 0)
            grid.addWidget(expected_label, row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(difference, row, 3)
            self._counted[method] = edit
            self._differences[method] = difference
            self._on_counted_changed(method)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self._counted["cash"].setFocus()

    # --- public API (also what tests drive) -----------------------------------------------

    def methods(self) -> list[str]:
        return list(self._counted)

    def counted_edit(self, method: str) -> QLineEdit:
        return self._counted[method]

    def expected_amount(self, method: str) -> int:
        return self._expected[method]

    def difference_text(self, method: str) -> str:
        return self._differences[method].text()

    def error_message(self) -> str:
        return self._error.text()

    def commit(self) -> Path | None:
        """Close the shift, render and save the Z-report; returns where it was saved."""
        if self._shift is None:
            return None
        shift = self._shift
        try:
            counted = {m: self._parse(m) for m in self._counted}
            shifts.close_shift(self._ctx.db, self._ctx.till(), shift.id, counted)
        except BoothError as exc:
            self._error.setText(error_text(exc))
            return None
        self._error.clear()
        self._ctx.announce_shift()
        # The shift is closed whatever happens next; a failed PDF must say so, not undo it.
        try:
            self.report_pdf = render_zreport(shifts.zreport_data(self._ctx.db, shift.id), 80)
            path = self._ctx.db.paths.reports / safe_file_name(f"Z-{shift.number}.pdf")
            path.parent.mkdir(parents=True, exist_ok=True)
            save_pdf(self.report_pdf, path)
        except (BoothError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, BoothError) else str(exc)
            self._error.setText(
                self.tr("Đã chốt ca nhưng chưa lưu được báo cáo Z: {error}").format(error=text)
            )
            return None
        self.report_path = path
        self._confirm.setEnabled(False)
        return path

    # --- slots ----------------------------------------------------------------------------

    def _parse(self, method: str) -> int | None:
        text = self._counted[method].text().strip()
        if not text:
            return None
        return parse_dong(text, field=method_name(method))

    def _on_counted_changed(self, method: str) -> None:
        label = self._differences[method]
        try:
            counted = self._parse(method)
        except ValidationError:
            label.setText(self.tr("không hợp lệ"))
            label.setStyleSheet(ERROR_STYLE)
            return
        if counted is None:
            label.setText("—")
            label.setStyleSheet("")
            return
        diff = counted - self._expected[method]
        text = format_dong(diff, symbol=False)
        if diff > 0:
            label.setText(self.tr("+{amount} (thừa)").format(amount=text))
            label.setStyleSheet("color: #135c2a; font-weight: bold;")
        elif diff < 0:
            label.setText(self.tr("{amount} (thiếu)").format(amount=text))
            label.setStyleSheet(ERROR_STYLE)
        else:
            label.setText(self.tr("0 (khớp)"))
            label.setStyleSheet("color: #135c2a;")

    def _on_confirm_clicked(self) -> None:
        path = self.commit()
        if path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Đã chốt ca"),
            self.tr("Đã chốt ca. Báo cáo Z đã lưu tại:\n{path}\n\nIn báo cáo Z ngay?").format(
                path=str(path)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.report_pdf is not None:
            print_pdf(self, self.report_pdf)
        self.accept()
