"""Why a sync attempt failed, as errors a person can read (Vietnamese templates).

Each carries a ``kind`` the scheduler and the UI branch on, so no caller parses messages:
``unreachable`` and ``busy`` are retried with backoff; ``incompatible`` is retried too (the hub
may be upgraded) but shown plainly; ``reenroll`` stops sending until a new code is entered.
"""

from __future__ import annotations

from typing import Any

from app.services.errors import QT_TRANSLATE_NOOP, BoothError, StateError

INCOMPATIBLE_TEXT = QT_TRANSLATE_NOOP("errors", "Máy chủ không tương thích")


class SyncError(BoothError):
    """A sync attempt that did not complete; nothing local was lost or marked sent."""

    kind = "error"

    def __init__(self, template: str, retry_after: float | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.retry_after = retry_after

    @property
    def detail(self) -> str:
        """The technical text behind the plain words (for "Chi tiết" and the log), or ""."""
        return str(self.params.get("detail", ""))


class HubUnreachable(SyncError):
    """No answer, a dropped connection or a TLS failure: try again later."""

    kind = "unreachable"


class HubBusy(SyncError):
    """429 or 503 (or another 5xx): the hub asked us to come back later (Retry-After)."""

    kind = "busy"


class HubIncompatible(SyncError):
    """The hub answered something this client does not understand (garbage, other protocol)."""

    kind = "incompatible"


class BadCursor(HubIncompatible):
    """The hub no longer understands the stored cursor: start again with a snapshot."""


class NeedsReenrollment(SyncError):
    """401: the token is unknown or revoked; only a new enrollment code helps."""

    kind = "reenroll"


class BatchTooLarge(SyncError):
    """413: split the batch (handled inside the engine, never shown)."""

    kind = "too_large"


class NotEnrolled(StateError):
    """Sync asked for before this laptop was enrolled with a hub."""

    kind = "not_enrolled"


class EnrollRefused(SyncError):
    """The hub refused the enrollment code (unknown, used or expired)."""

    kind = "enroll_refused"


def incompatible(detail: str) -> HubIncompatible:
    return HubIncompatible(INCOMPATIBLE_TEXT, detail=detail)


# What a cashier reads when the hub cannot be reached; the technical cause goes to `detail`.
UNREACHABLE_TEXTS = {
    "connect": QT_TRANSLATE_NOOP("errors", "Không kết nối được máy chủ tỉnh: kiểm tra mạng "
                                           "(Wi-Fi, 4G) rồi thử lại"),
    "timeout": QT_TRANSLATE_NOOP("errors", "Máy chủ tỉnh không trả lời kịp: mạng chậm hoặc "
                                           "máy chủ đang bận"),
    "certificate": QT_TRANSLATE_NOOP("errors", "Chứng chỉ máy chủ không hợp lệ: không xác minh "
                                               "được máy chủ tỉnh, hãy báo cán bộ kỹ thuật"),
}


def unreachable(url: str, detail: str, reason: str = "connect") -> HubUnreachable:
    """`reason` is connect, timeout or certificate; `detail` is kept for "Chi tiết"."""
    return HubUnreachable(UNREACHABLE_TEXTS.get(reason, UNREACHABLE_TEXTS["connect"]),
                          url=url, detail=detail, reason=reason)


def busy(status: int, retry_after: float | None) -> HubBusy:
    return HubBusy(
        QT_TRANSLATE_NOOP("errors", "Máy chủ đang bận (mã {status}), sẽ thử lại sau"),
        retry_after=retry_after, status=status,
    )


def needs_reenrollment() -> NeedsReenrollment:
    return NeedsReenrollment(
        QT_TRANSLATE_NOOP(
            "errors",
            "Máy chủ không nhận mã thiết bị này nữa: cần đăng ký lại máy với mã mới",
        )
    )


def not_enrolled() -> NotEnrolled:
    return NotEnrolled(
        QT_TRANSLATE_NOOP(
            "errors", "Máy chưa đăng ký với máy chủ tỉnh: hãy nhập địa chỉ máy chủ và mã đăng ký"
        )
    )


ENROLL_REFUSALS = {
    "enroll_code_invalid": QT_TRANSLATE_NOOP("errors", "Mã đăng ký không đúng"),
    "enroll_code_used": QT_TRANSLATE_NOOP("errors", "Mã đăng ký đã được dùng"),
    "enroll_code_expired": QT_TRANSLATE_NOOP("errors", "Mã đăng ký đã hết hạn: hãy xin mã mới"),
    "booth_inactive": QT_TRANSLATE_NOOP("errors", "Gian hàng này không còn hoạt động"),
}
