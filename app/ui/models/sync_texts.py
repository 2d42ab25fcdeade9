"""Sync status as words: the one-line headline the status bar and the sync page share.

Kept apart from the page so the Shell can put the same line in the status bar without
building the page, and so the texts are tested without a widget. Templates carried by
services.sync_state (headlines, the clock warning, the last error) are translated in the
"errors" context like every service message; the rest here in "SyncStatus".
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.config import DEFAULT_TIMEZONE
from app.services.clock import to_local
from app.services.sync_state import CLOCK_WARN_MS, CLOCK_WARNING, SyncProblem, SyncStatus


def ago_text(moment: datetime, now: datetime | None = None) -> str:
    """ "vừa xong", "5 phút trước", "3 giờ trước", "2 ngày trước"."""
    seconds = max(0.0, ((now or datetime.now(UTC)) - moment).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("SyncStatus", "vừa xong")
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatus", "{n} phút trước").format(
            n=int(seconds // 60)
        )
    if seconds < 86400:
        return QCoreApplication.translate("SyncStatus", "{n} giờ trước").format(
            n=int(seconds // 3600)
        )
    return QCoreApplication.translate("SyncStatus", "{n} ngày trước").format(
        n=int(seconds // 86400)
    )


def clock_time(moment: datetime, tz: str = DEFAULT_TIMEZONE, now: datetime | None = None) -> str:
    """ "10:42" today (in the booth's zone), "10:42 12/05" another day."""
    local = to_local(moment, tz)
    today = to_local(now or datetime.now(UTC), tz).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%H:%M %d/%m")


def moment_text(moment: datetime, tz: str = DEFAULT_TIMEZONE, now: datetime | None = None) -> str:
    """ "10:42 (5 phút trước)" for the detail lines of the sync page."""
    return f"{clock_time(moment, tz, now)} ({ago_text(moment, now)})"


def sync_status_text(
    status: SyncStatus, tz: str = DEFAULT_TIMEZONE, now: datetime | None = None
) -> str:
    """The status bar's sync line, e.g. "Đã đồng bộ 10:42", "142 giao dịch chờ gửi — lần
    cuối 2 ngày trước", "Chưa kết nối máy chủ tỉnh — 12 giao dịch chờ gửi"."""
    count = status.pending_total
    waiting = QCoreApplication.translate("SyncStatus", "{count} giao dịch chờ gửi").format(
        count=count
    )
    if status.state == "not_enrolled":
        head = QCoreApplication.translate("SyncStatus", "Chưa kết nối máy chủ tỉnh")
        return f"{head} — {waiting}" if count else head
    if status.state in ("needs_reenroll", "incompatible"):
        head = QCoreApplication.translate("errors", status.headline_template)
        return f"{head} — {waiting}" if count else head
    last = status.last_success_utc
    if count == 0 and status.state == "ok" and last is not None:
        return QCoreApplication.translate("SyncStatus", "Đã đồng bộ {time}").format(
            time=clock_time(last, tz, now)
        )
    if count == 0 and last is None:
        return QCoreApplication.translate("errors", status.headline_template).format(pending=0)
    since = (
        QCoreApplication.translate("SyncStatus", "lần cuối {ago}").format(ago=ago_text(last, now))
        if last is not None
        else QCoreApplication.translate("SyncStatus", "chưa gửi được lần nào")
    )
    if count == 0:  # failing with nothing to send: the catalog did not come down
        return QCoreApplication.translate("SyncStatus", "Chưa đồng bộ được — {since}").format(
            since=since
        )
    return f"{waiting} — {since}"


def needs_attention(status: SyncStatus) -> bool:
    """Whether the status bar should show the line in red: facts wait, or sync is broken."""
    return status.state != "ok"


def clock_text(offset_s: float | None) -> str:
    """The laptop's clock against the hub's: offset is hub minus laptop."""
    if offset_s is None:
        return QCoreApplication.translate("SyncStatus", "Chưa đo")
    size = abs(offset_s)
    if size < 1:
        return QCoreApplication.translate("SyncStatus", "Khớp với máy chủ")
    amount = (
        QCoreApplication.translate("SyncStatus", "{n} phút").format(n=round(size / 60))
        if size >= 120
        else QCoreApplication.translate("SyncStatus", "{n} giây").format(
            n=f"{size:.1f}".replace(".", ",")
        )
    )
    if offset_s > 0:
        return QCoreApplication.translate("SyncStatus", "Chậm {amount} so với máy chủ").format(
            amount=amount
        )
    return QCoreApplication.translate("SyncStatus", "Nhanh {amount} so với máy chủ").format(
        amount=amount
    )


def clock_warning_text(offset_s: float | None) -> str:
    """The engine's warning when the clock is off by more than 5 minutes, else ""."""
    if offset_s is None or abs(offset_s) * 1000 <= CLOCK_WARN_MS:
        return ""
    return QCoreApplication.translate("errors", CLOCK_WARNING).format(
        minutes=round(abs(offset_s) / 60)
    )


def problem_detail(problem: SyncProblem) -> str:
    """The technical side of a failure (address and cause) for the "Chi tiết" button."""
    lines = [f"{key}: {problem.params[key]}" for key in ("url", "detail")
             if problem.params.get(key)]
    return "\n".join(lines)


def problem_text(
    problem: SyncProblem, tz: str = DEFAULT_TIMEZONE, now: datetime | None = None
) -> str:
    """The last failure, translated, with when it happened."""
    template = QCoreApplication.translate("errors", problem.template)
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError):
        text = problem.text
    if problem.at_utc is None:
        return text
    return f"{clock_time(problem.at_utc, tz, now)} — {text}"


def activity_text(has_worker: bool, running: bool, status: SyncStatus | None,
                  next_at: datetime | None, tz: str = DEFAULT_TIMEZONE) -> str:
    """What the sync worker is doing, under the page's headline; "" when there is nothing."""
    if not has_worker:
        return QCoreApplication.translate("SyncStatus", "Tự động đồng bộ chưa chạy")
    if running:
        return QCoreApplication.translate("SyncStatus", "Đang đồng bộ…")
    if status is not None and status.state == "needs_reenroll":
        return QCoreApplication.translate(
            "SyncStatus", "Đã dừng gửi: cần mã đăng ký mới (bấm “Đăng ký lại…”)")
    if next_at is not None:
        return QCoreApplication.translate("SyncStatus", "Tự động đồng bộ lần tới lúc {time}"
                                          ).format(time=to_local(next_at, tz).strftime("%H:%M:%S"))
    return ""
