"""Settings → "Máy quét": scan into a test field and see exactly what arrived, and the scale rules.

When a scan "does not work" the question is always what the laptop received: a scanner set to
another keyboard layout sends wrong letters, Unikey/EVKey in Telex turns "DD" into "Đ", a
scanner set to send Tab instead of Enter never ends the code. So the test field shows the
characters with their code points, whether the keys came as a scanner's burst or as typing,
and which product the till would find, through the same service call the till makes
(services.scan_codes.find_scanned) so this box can never disagree with the till.

The label-scale prefix rules are edited here as text, one rule a line (services.scale_codes
reads and checks it); saving takes the settings right like the rest of Settings.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import scale_codes, scan_codes
from app.services.auth import StaffInfo
from app.services.errors import BoothError
from app.services.money import format_dong, format_quantity, round_dong
from app.services.rights import Right, needs_approval
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.manager_pin_dialog import actor_for, ask_manager
from app.ui.scan_timing import ScanTiming

SHOWN_CHARACTERS = 40  # a code longer than this is cut in the code-point list


class ScannerTestBox(QWidget):
    """A test field and what it received; the scale rules and their Save button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scannerTestBox")
        self._ctx = ctx
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        test = QGroupBox(self.tr("Quét thử"))
        hint = QLabel(self.tr("Quét một mã vào ô dưới đây: hiện đúng những gì máy quét gửi tới "
                              "và sản phẩm máy bán hàng sẽ tìm thấy."))
        hint.setWordWrap(True)
        self._field = QLineEdit(objectName="scannerTestField")
        self._field.setPlaceholderText(self.tr("Quét mã vào đây"))
        self._timing = ScanTiming(self._field)
        self._field.returnPressed.connect(self._on_entered)
        self._arrived = QLabel(objectName="scanArrived")
        self._points = QLabel(objectName="scanCodePoints")
        self._points.setFont(mono)
        self._kind = QLabel(objectName="scanTiming")
        self._found = QLabel(objectName="scanFound")
        for label in (self._arrived, self._points, self._kind, self._found):
            label.setWordWrap(True)
        box = QVBoxLayout(test)
        for widget in (hint, self._field, self._arrived, self._points, self._kind, self._found):
            box.addWidget(widget)

        scale = QGroupBox(self.tr("Mã vạch cân điện tử (tem cân)"))
        rules_hint = QLabel(self.tr(
            "Mỗi dòng một quy tắc: tiền tố (20-29), loại (cân hoặc giá), số chữ số mã hàng (PLU), "
            "rồi số chữ số lẻ của kg (cân) hoặc đơn vị đồng (giá). Vd: “22 cân 5 3” = 22 + PLU 5 "
            "số + khối lượng tính bằng gam; “21 giá 5 100” = giá tính bằng trăm đồng. Sản phẩm "
            "của PLU là sản phẩm có mã vạch gốc: tiền tố + PLU + các số 0."))
        rules_hint.setWordWrap(True)
        self._rules = QPlainTextEdit(objectName="scaleRules")
        self._rules.setFont(mono)
        self._rules.setFixedHeight(90)
        self._message = QLabel(objectName="scaleRulesMessage")
        self._message.setWordWrap(True)
        save = QPushButton(self.tr("Lưu quy tắc cân"), objectName="saveScaleRulesButton")
        save.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._message, 1)
        buttons.addWidget(save)
        rules_box = QVBoxLayout(scale)
        rules_box.addWidget(rules_hint)
        rules_box.addWidget(self._rules)
        rules_box.addLayout(buttons)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(test)
        column.addWidget(scale)
        column.addStretch(1)
        scroll = QScrollArea()  # a 1024x600 screen does not hold both boxes
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.load()

    # --- public API -----------------------------------------------------------------------

    def test_field(self) -> QLineEdit:
        return self._field

    def report(self) -> list[str]:
        """The lines shown for the last scan: text, code points, timing, what it finds."""
        return [label.text() for label in (self._arrived, self._points, self._kind, self._found)]

    def rules_editor(self) -> QPlainTextEdit:
        return self._rules

    def message(self) -> str:
        return self._message.text()

    def load(self) -> None:
        self._rules.setPlainText(scale_codes.format_rules_text(scale_codes.load_rules(
            self._ctx.db)))

    def save_rules(self, approver: StaffInfo | None = None) -> bool:
        try:
            rules = scale_codes.parse_rules_text(self._rules.toPlainText())
            scale_codes.save_rules(self._ctx.db, actor_for(self._ctx, approver), rules)
        except BoothError as error:
            self._say(error_text(error), error=True)
            return False
        self._say(self.tr("Đã lưu {count} quy tắc cân").format(count=len(rules)))
        self.load()
        return True

    # --- slots ----------------------------------------------------------------------------

    def _on_entered(self) -> None:
        text = self._field.text()
        burst = self._timing.last_burst()
        self._arrived.setText(self.tr("Nhận được: “{text}” ({count} ký tự)").format(
            text=text, count=len(text)))
        points = " ".join(f"{ch}=U+{ord(ch):04X}" if ch.isprintable() and ch != " "
                          else f"U+{ord(ch):04X}" for ch in text[:SHOWN_CHARACTERS])
        self._points.setText(points + (" …" if len(text) > SHOWN_CHARACTERS else ""))
        how = (self.tr("Máy quét: {keys} phím trong {ms} ms, cách nhau tối đa {gap} ms")
               if burst.scanner else
               self.tr("Gõ tay (không phải máy quét): {keys} phím, cách nhau tối đa {gap} ms"))
        self._kind.setText(how.format(keys=burst.keys, ms=burst.span_ms, gap=burst.max_gap_ms))
        self._found.setText(self._what_it_finds(text, burst.scanner))
        self._field.selectAll()  # the next test scan replaces this one

    def _what_it_finds(self, text: str, scanner: bool) -> str:
        telex = ""
        if scan_codes.has_telex_letters(text):
            telex = self.tr("Có chữ có dấu: bộ gõ tiếng Việt (Telex) đang bật? Máy quét sẽ thử "
                            "thêm: {codes}. ").format(
                codes=", ".join(scan_codes.candidates(text)[1:]))
        try:
            found = scan_codes.find_scanned(self._ctx.db, text, from_scanner=scanner)
        except BoothError as error:
            return telex + error_text(error)
        if found is None:
            return telex + self.tr("Không tìm thấy sản phẩm nào với mã này")
        product = found.product
        if found.quantity is not None:
            return telex + self.tr("Tìm thấy (tem cân, PLU {plu}): {name} — {qty} {unit}, "
                                   "{total}").format(
                plu=found.reading.plu if found.reading else "", name=product.name,
                qty=format_quantity(found.quantity), unit=product.unit,
                total=format_dong(round_dong(found.quantity * product.price)))
        return telex + self.tr("Tìm thấy: {name} (mã {code}) — {price}").format(
            name=product.name, code=found.code, price=format_dong(product.price))

    def _on_save_clicked(self) -> None:
        approver = None
        staff = self._ctx.staff
        if staff is not None and needs_approval(staff, Right.SETTINGS):
            approver = ask_manager(self, self._ctx, self.tr("Đổi quy tắc mã cân"))
            if approver is None:
                return
        self.save_rules(approver)

    def _say(self, text: str, error: bool = False) -> None:
        self._message.setText(text)
        self._message.setStyleSheet("color: #c8102e; font-weight: bold;" if error else "")
