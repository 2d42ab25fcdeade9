"""The "Đồng bộ" page: enroll this laptop, or see what waits for the hub and what it refused.

Staff at a fair mostly want one answer: is everything with the province? So the page leads
with one headline ("Đã đồng bộ 10:42", "142 giao dịch chờ gửi — lần cuối 2 ngày trước"), the
same text the status bar shows (`sync_status_text`). Below it: the hub and device, the last
success and the last error, the clock offset (a warning beyond 5 minutes), the pending facts
per kind, and the facts the hub set aside with its reason and "Gửi lại".

The page never runs a cycle itself: `SyncWorker` does, off the UI thread, and the page only
calls `sync_now()`. It reads `services.sync_state` (a quick read) whenever something may have
moved the counts: the worker's `status_changed`, and every context signal that writes facts.
"Đang đồng bộ…" ends with `cycle_finished`, which follows every cycle, even a crashed one; a
crash (`cycle_failed`) is not in the database, so the page keeps it as the last error.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.config import DEFAULT_TIMEZONE
from app.services.errors import BoothError
from app.services.sync_state import SyncProblem, SyncStatus, requeue_set_aside, sync_status
from app.ui.context import AppContext
from app.ui.enroll_dialog import EnrollDialog, EnrollForm
from app.ui.error_detail_row import ErrorDetailRow
from app.ui.models.sync_pending_table_model import SyncPendingTableModel
from app.ui.models.sync_set_aside_table_model import SyncSetAsideTableModel
from app.ui.models.sync_texts import (
    activity_text,
    clock_text,
    clock_warning_text,
    moment_text,
    problem_detail,
    problem_text,
    sync_status_text,
)
from app.ui.sync_worker import SyncWorker

__all__ = ["SyncPage", "sync_status_text"]

_GREEN, _RED, _AMBER = "#135c2a", "#c8102e", "#b45309"


class SyncPage(QWidget):
    """Enroll form while not enrolled, the sync status otherwise; see the module docstring."""

    enrolled = Signal()  # the hub accepted a code: the Shell starts (or re-runs) the worker
    facts_requeued = Signal()  # set-aside facts went back to the queue (pending counts moved)

    def __init__(self, ctx: AppContext, worker: SyncWorker | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._ctx = ctx
        self._worker: SyncWorker | None = None
        self._status: SyncStatus | None = None
        self._next_at: datetime | None = None
        self._running = False
        self._failure: SyncProblem | None = None  # a crash the database does not know of

        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_enroll_view())
        self._stack.addWidget(self._build_status_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 14)
        layout.addWidget(self._stack)

        for signal in (ctx.sales_changed, ctx.visitors_changed, ctx.shift_changed,
                       ctx.stock_changed, ctx.settings_changed):
            signal.connect(self.refresh)
        self.set_worker(worker)
        self._retranslate()
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_enroll_view(self) -> QWidget:
        view = QWidget(objectName="syncEnrollView")
        self._enroll_title = QLabel(objectName="pageTitle")
        self._enroll_intro = QLabel(objectName="syncEnrollIntro")
        self._enroll_intro.setWordWrap(True)
        self._enroll_intro.setStyleSheet("font-size: 13pt;")
        self._form = EnrollForm(self._ctx.db)
        self._form.setMaximumWidth(820)
        self._form.enrolled.connect(self._on_form_enrolled)
        box = QVBoxLayout(view)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(18)
        box.addWidget(self._enroll_title)
        box.addWidget(self._enroll_intro)
        box.addWidget(self._form)
        box.addStretch(1)
        return view

    def _build_status_view(self) -> QWidget:
        view = QWidget(objectName="syncStatusView")
        self._title = QLabel(objectName="pageTitle")
        self._reenroll = QPushButton(objectName="reenrollButton")
        self._reenroll.clicked.connect(self._on_reenroll_clicked)
        self._sync_now = QPushButton(objectName="syncNowButton")
        self._sync_now.setProperty("primary", True)
        self._sync_now.clicked.connect(self._on_sync_now_clicked)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addStretch(1)
        top.addWidget(self._reenroll)
        top.addWidget(self._sync_now)

        self._headline = QLabel(objectName="syncHeadline")
        self._headline.setWordWrap(True)
        self._activity = QLabel(objectName="syncActivity")
        self._activity.setStyleSheet("color: #555555;")

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self._captions: list[QLabel] = []
        self._values: dict[str, QLabel] = {}
        places = (("hub", 0, 0), ("booth", 0, 2), ("success", 1, 0), ("device", 1, 2),
                  ("attempt", 2, 0), ("clock", 2, 2), ("error", 3, 0))
        for key, row, column in places:
            caption = QLabel(objectName=f"{key}Caption")
            caption.setStyleSheet("color: #555555;")
            value = QLabel(objectName=f"{key}Value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._captions.append(caption)
            self._values[key] = value
            grid.addWidget(caption, row, column, Qt.AlignmentFlag.AlignTop)
            if key == "error":  # plain words, the technical text behind "Chi tiết"
                self._error_row = ErrorDetailRow()
                self._values[key] = self._error_row.label
                grid.addWidget(self._error_row, row, column + 1, 1, 3)
            else:
                grid.addWidget(value, row, column + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self._values["error"].setStyleSheet(f"color: {_RED};")
        self._clock_warning = QLabel(objectName="clockWarning")
        self._clock_warning.setWordWrap(True)
        self._clock_warning.setStyleSheet(f"color: {_AMBER}; font-weight: bold;")

        self._pending_model = SyncPendingTableModel(self)
        self._pending_view = _table(self._pending_model, "syncPendingTable")
        self._pending_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self._pending_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._pending_box = QGroupBox()
        QVBoxLayout(self._pending_box).addWidget(self._pending_view)
        self._pending_box.setMaximumWidth(330)

        self._set_aside_model = SyncSetAsideTableModel(self._ctx.settings.timezone, self)
        self._set_aside_view = _table(self._set_aside_model, "syncSetAsideTable")
        header = self._set_aside_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SyncSetAsideTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        # The hub's reason is the point of this table: wrap it instead of cutting it off.
        self._set_aside_view.setWordWrap(True)
        self._set_aside_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._set_aside_view.selectionModel().selectionChanged.connect(
            self._on_set_aside_selection_changed)
        self._set_aside_hint = QLabel(objectName="setAsideHint")
        self._set_aside_hint.setWordWrap(True)
        self._set_aside_hint.setStyleSheet("color: #555555;")
        self._requeue = QPushButton(objectName="requeueButton")
        self._requeue.setEnabled(False)
        self._requeue.clicked.connect(self._on_requeue_clicked)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self._set_aside_hint, 1)
        hint_row.addWidget(self._requeue)
        self._set_aside_box = QGroupBox()
        inner = QVBoxLayout(self._set_aside_box)
        inner.addWidget(self._set_aside_view, 1)
        inner.addLayout(hint_row)

        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(self._pending_box)
        lower.addWidget(self._set_aside_box, 1)
        box = QVBoxLayout(view)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addLayout(top)
        box.addWidget(self._headline)
        box.addWidget(self._activity)
        box.addSpacing(6)
        box.addLayout(grid)
        box.addWidget(self._clock_warning)
        box.addLayout(lower, 1)
        return view

    # --- public API -----------------------------------------------------------------------

    def set_worker(self, worker: SyncWorker | None) -> None:
        """Follow a (new) worker: the Shell creates one after `enrolled`."""
        if self._worker is not None:
            for signal, slot in self._worker_links():
                signal.disconnect(slot)
        self._worker = worker
        if worker is not None:
            for signal, slot in self._worker_links():
                signal.connect(slot)
            self._running = worker.is_running()
        self._update_activity()
        self._sync_now.setEnabled(worker is not None)

    def refresh(self) -> None:
        """Re-read the sync status (a quick read) and show it."""
        self._show_status(sync_status(self._ctx.db, with_set_aside=True))

    def status(self) -> SyncStatus | None:
        return self._status

    def showing_enroll_form(self) -> bool:
        return self._stack.currentIndex() == 0

    def enroll_form(self) -> EnrollForm:
        return self._form

    def headline(self) -> str:
        return self._headline.text()

    def value_text(self, key: str) -> str:
        """hub, booth, device, success, attempt, clock or error, as shown."""
        return self._values[key].text()

    def error_row(self) -> ErrorDetailRow:
        return self._error_row

    def clock_warning(self) -> str:
        return self._clock_warning.text() if not self._clock_warning.isHidden() else ""

    def pending_model(self) -> SyncPendingTableModel:
        return self._pending_model

    def set_aside_model(self) -> SyncSetAsideTableModel:
        return self._set_aside_model

    def set_aside_view(self) -> QTableView:
        return self._set_aside_view

    def sync_now_button(self) -> QPushButton:
        return self._sync_now

    def requeue_button(self) -> QPushButton:
        return self._requeue

    # --- slots ----------------------------------------------------------------------------

    def _worker_links(self) -> list[tuple[object, object]]:
        assert self._worker is not None
        return [(self._worker.status_changed, self._show_status),
                (self._worker.cycle_started, self._on_worker_cycle_started),
                (self._worker.cycle_finished, self._on_worker_cycle_finished),
                (self._worker.cycle_failed, self._on_worker_cycle_failed)]

    def _on_worker_cycle_started(self) -> None:
        self._running = True
        self._update_activity()

    def _on_worker_cycle_finished(self, _report: object) -> None:
        self._running = self._worker is not None and self._worker.is_running()
        delay = self._worker.next_delay_s() if self._worker is not None else None
        self._next_at = datetime.now(UTC) + timedelta(seconds=delay) if delay else None
        self._failure = None
        self._show_problem()
        self._update_activity()

    def _on_worker_cycle_failed(self, error: BoothError) -> None:
        self._failure = SyncProblem("error", error.template, error.params, datetime.now(UTC))
        self._show_problem()

    def _on_sync_now_clicked(self) -> None:
        if self._worker is not None:
            self._worker.sync_now()

    def _on_form_enrolled(self, _result: object) -> None:
        self.refresh()
        self.enrolled.emit()
        if self._worker is not None:
            self._worker.sync_now()

    def _on_reenroll_clicked(self) -> None:
        hub_url = self._status.hub_url if self._status else ""
        dialog = EnrollDialog(self._ctx.db, hub_url or "", self)
        if dialog.exec() == EnrollDialog.DialogCode.Accepted:
            self._on_form_enrolled(dialog.enroll_result())

    def _on_set_aside_selection_changed(self, *_args: QItemSelection) -> None:
        self._requeue.setEnabled(self._set_aside_view.selectionModel().hasSelection())

    def _on_requeue_clicked(self) -> None:
        rows = sorted({i.row() for i in self._set_aside_view.selectionModel().selectedRows()})
        facts = [f for f in (self._set_aside_model.fact_at(r) for r in rows) if f is not None]
        done = sum(requeue_set_aside(self._ctx.db, fact.id) for fact in facts)
        self.refresh()
        if done:
            self.facts_requeued.emit()
            if self._worker is not None:
                self._worker.sync_now()

    # --- showing --------------------------------------------------------------------------

    def _show_status(self, status: SyncStatus) -> None:
        self._status = status
        tz = self._ctx.settings.timezone or DEFAULT_TIMEZONE
        if not status.enrolled:
            self._stack.setCurrentIndex(0)
            self._enroll_intro.setText(self.tr(
                "Máy này chưa kết nối máy chủ tỉnh. Bán hàng vẫn bình thường: dữ liệu được lưu "
                "an toàn trên máy ({count} giao dịch đang chờ gửi) và tự gửi lên sau khi đăng "
                "ký. Nhập địa chỉ máy chủ và mã đăng ký do Sở Công Thương cấp."
            ).format(count=status.pending_total))
            return
        self._stack.setCurrentIndex(1)
        self._headline.setText(sync_status_text(status, tz))
        good = status.state == "ok" or (status.state == "pending" and status.failures == 0)
        color = _GREEN if good else _RED if status.state != "never_synced" else _AMBER
        self._headline.setStyleSheet(f"font-size: 17pt; font-weight: bold; color: {color};")
        values = self._values
        values["hub"].setText(status.hub_url or "—")
        values["booth"].setText(status.booth_code or "—")
        values["device"].setText(status.device_id or "—")
        values["success"].setText(moment_text(status.last_success_utc, tz) if
                                  status.last_success_utc else self.tr("Chưa lần nào"))
        values["attempt"].setText(moment_text(status.last_attempt_utc, tz) if
                                  status.last_attempt_utc else "—")
        values["clock"].setText(clock_text(status.clock_offset_s))
        self._show_problem()
        warning = clock_warning_text(status.clock_offset_s)
        self._clock_warning.setText(warning)
        self._clock_warning.setVisible(bool(warning))
        self._pending_model.set_pending(status.pending)
        self._pending_box.setTitle(self.tr("Chờ gửi ({count})").format(
            count=status.pending_total))
        self._set_aside_model.set_facts(status.set_aside, tz)
        self._set_aside_box.setTitle(self.tr("Máy chủ từ chối, để riêng ({count})").format(
            count=status.rejected))
        self._requeue.setEnabled(self._set_aside_view.selectionModel().hasSelection())
        self._reenroll.setProperty("primary", status.state == "needs_reenroll")
        self._reenroll.style().unpolish(self._reenroll)
        self._reenroll.style().polish(self._reenroll)
        self._update_activity()

    def _show_problem(self) -> None:
        """The last failure: a crash of the last cycle, else the one the database recorded."""
        problem = self._failure or (self._status.last_error if self._status else None)
        label = self._values["error"]
        tz = self._ctx.settings.timezone or DEFAULT_TIMEZONE
        label.setText(problem_text(problem, tz) if problem else self.tr("Không có"))
        self._error_row.set_detail(problem_detail(problem) if problem else "")
        label.setStyleSheet(f"color: {_RED if problem else _GREEN};")

    def _update_activity(self) -> None:
        if not hasattr(self, "_activity"):
            return
        text = activity_text(self._worker is not None, self._running, self._status,
                             self._next_at, self._ctx.settings.timezone or DEFAULT_TIMEZONE)
        self._activity.setText(text)
        self._activity.setVisible(bool(text))

    def _retranslate(self) -> None:
        self._enroll_title.setText(self.tr("Kết nối máy chủ tỉnh"))
        self._title.setText(self.tr("Đồng bộ với máy chủ tỉnh"))
        self._reenroll.setText(self.tr("Đăng ký lại…"))
        self._sync_now.setText(self.tr("Đồng bộ ngay"))
        self._requeue.setText(self.tr("Gửi lại"))
        self._set_aside_hint.setText(self.tr(
            "Dữ liệu bị từ chối không chặn dữ liệu khác. Khi Sở Công Thương đã xử lý, chọn "
            "dòng và bấm “Gửi lại”."))
        captions = (self.tr("Máy chủ:"), self.tr("Gian hàng:"), self.tr("Đồng bộ được lúc:"),
                    self.tr("Mã thiết bị:"), self.tr("Lần thử gần nhất:"), self.tr("Đồng hồ máy:"),
                    self.tr("Lỗi gần nhất:"))
        for label, text in zip(self._captions, captions, strict=True):
            label.setText(text)
        if self._status is not None:
            self._show_status(self._status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_captions"):
            self._retranslate()
        super().changeEvent(event)


def _table(model: object, name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view

