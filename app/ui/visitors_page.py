"""Counting visitors at the booth: one huge button, pressed as people walk in.

The provincial office reports fairs by visitor numbers, so counting must cost nothing: a
button you can hit without looking, F12 from anywhere in the app, and "−1" to undo a double
press. services.visitors keeps the counts and refuses going below zero.

services.visitors offers totals only (today, this hour), not a per-hour listing, so the page
shows those two figures and no per-hour table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import visitors
from app.services.clock import local_day_start_utc, now_utc
from app.services.errors import QT_TRANSLATE_NOOP, BoothError, StateError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.models.visitors_table_model import VisitorsTableModel


def change_visitors(ctx: AppContext, delta: int) -> int:
    """Add (or with -1 take back) visitors this hour and announce it; raises BoothError.

    Shared by the page and the window-wide F12 / Shift+F12 actions so both announce alike.
    """
    location = ctx.settings.location_id
    if location is None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Máy chưa được gán gian hàng: hãy vào Cài đặt")
        )
    count = visitors.add_visitors(ctx.db, location, ctx.settings.fair_id, delta)
    ctx.announce_visitors()
    return count


class VisitorsPage(QWidget):
    """+1 / −1 with today's and this hour's totals; refreshes on ctx.visitors_changed."""

    count_failed = Signal(str)  # the refusal text, also shown on the page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitorsPage")
        self._ctx = ctx

        self._title = QLabel(objectName="pageTitle")
        self._plus = QPushButton(objectName="bigButton")
        self._plus.setMinimumHeight(200)
        self._plus.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._plus.setStyleSheet("font-size: 40pt;")
        self._plus.clicked.connect(self._on_plus_clicked)
        self._minus = QPushButton()
        self._minus.setMinimumSize(160, 200)
        self._minus.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._minus.setStyleSheet("font-size: 28pt;")
        self._minus.clicked.connect(self._on_minus_clicked)

        self._today_caption = QLabel()
        self._today = QLabel("0", objectName="bigAmount")
        self._hour_caption = QLabel()
        self._hour = QLabel("0", objectName="totalLabel")
        for label in (self._today, self._hour):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self._today_caption, self._hour_caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("font-size: 14pt;")
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._error = QLabel(objectName="errorLabel")
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c8102e; font-weight: bold; font-size: 13pt;")

        self._hours_model = VisitorsTableModel(ctx.settings.timezone)
        self._hours = QTableView(objectName="visitorsByHour")
        self._hours.setModel(self._hours_model)
        self._hours.verticalHeader().hide()
        self._hours.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._hours.setMinimumWidth(260)

        buttons = QHBoxLayout()
        buttons.addWidget(self._plus, 1)
        buttons.addWidget(self._minus)
        figures = QGridLayout()
        figures.addWidget(self._today_caption, 0, 0)
        figures.addWidget(self._hour_caption, 0, 1)
        figures.addWidget(self._today, 1, 0)
        figures.addWidget(self._hour, 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(buttons, 3)
        lower = QHBoxLayout()
        lower.addLayout(figures, 2)
        lower.addWidget(self._hours, 1)
        layout.addLayout(lower, 2)
        layout.addWidget(self._error)
        layout.addWidget(self._hint)

        ctx.visitors_changed.connect(self.refresh)
        ctx.settings_changed.connect(self.refresh)
        self._retranslate()
        self.refresh()

    # --- public API -----------------------------------------------------------------------

    def today_count(self) -> int:
        return int(self._today.text())

    def hour_count(self) -> int:
        return int(self._hour.text())

    def error_message(self) -> str:
        return self._error.text()

    def plus_button(self) -> QPushButton:
        return self._plus

    def minus_button(self) -> QPushButton:
        return self._minus

    def refresh(self) -> None:
        location = self._ctx.settings.location_id
        enabled = location is not None
        self._plus.setEnabled(enabled)
        self._minus.setEnabled(enabled)
        if location is None:
            self._today.setText("0")
            self._hour.setText("0")
            return
        db = self._ctx.db
        day_start = local_day_start_utc(self._ctx.settings.timezone)
        today = visitors.visitors_today(db, location, day_start)
        self._hours_model.set_rows(
            visitors.visitors_by_hour(db, location, day_start, now_utc()),
            self._ctx.settings.timezone,
        )
        hour = visitors.visitors_today(db, location, visitors.hour_start(now_utc()))
        self._today.setText(str(today))
        self._hour.setText(str(hour))

    # --- slots ----------------------------------------------------------------------------

    def _on_plus_clicked(self) -> None:
        self._change(1)

    def _on_minus_clicked(self) -> None:
        self._change(-1)

    def _change(self, delta: int) -> None:
        try:
            change_visitors(self._ctx, delta)
        except BoothError as exc:
            text = error_text(exc)
            self._error.setText(text)
            self.count_failed.emit(text)
            return
        self._error.clear()

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Lượt khách"))
        self._plus.setText(self.tr("+1 khách"))
        self._minus.setText("−1")
        self._minus.setToolTip(self.tr("Bớt 1 lượt khách bấm nhầm (Shift+F12)"))
        self._plus.setToolTip(self.tr("Thêm 1 lượt khách (F12)"))
        self._today_caption.setText(self.tr("Hôm nay"))
        self._hour_caption.setText(self.tr("Giờ này"))
        self._hint.setText(
            self.tr(
                "Bấm +1 mỗi khi có khách ghé gian hàng; ở mọi trang đều dùng được phím F12 "
                "(Shift+F12 để bớt 1). Số lượt khách được gửi về Sở Công Thương khi đồng bộ."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
