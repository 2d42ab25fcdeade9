"""The UI's handle on the booth: the open database, who is logged in, the open shift.

Pages never hold a Session; they call services with `ctx.db` and `ctx.till()`, then announce
what they changed through these signals so every other view refreshes itself (no polling).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.db import Database
from app.services import settings as settings_service
from app.services.auth import StaffInfo
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.outbox import pending_count
from app.services.settings import BoothSettings
from app.services.shifts import ShiftInfo, current_shift
from app.services.till import Till


class AppContext(QObject):
    sales_changed = Signal()  # a sale, void or refund was written
    shift_changed = Signal()  # a shift was opened or closed
    visitors_changed = Signal()
    catalog_changed = Signal()
    stock_changed = Signal()  # a stock move was written (receive, transfer, count...)
    settings_changed = Signal()
    staff_changed = Signal()  # someone logged in or out

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.settings: BoothSettings = settings_service.load(db)
        self.staff: StaffInfo | None = None
        self.shift: ShiftInfo | None = None
        self.refresh_shift()

    def refresh_shift(self) -> None:
        location = self.settings.location_id
        self.shift = current_shift(self.db, location) if location else None

    def reload_settings(self) -> None:
        self.settings = settings_service.load(self.db)
        self.refresh_shift()
        self.settings_changed.emit()

    def log_in(self, staff: StaffInfo) -> None:
        self.staff = staff
        self.staff_changed.emit()

    def log_out(self) -> None:
        self.staff = None
        self.staff_changed.emit()

    def till(self) -> Till:
        """The context for a till action; refuses when nobody is logged in or no booth is set."""
        if self.staff is None:
            raise StateError(QT_TRANSLATE_NOOP("errors", "Chưa đăng nhập"))
        if self.settings.location_id is None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Máy chưa được gán gian hàng: hãy vào Cài đặt")
            )
        return Till(
            staff=self.staff,
            location_id=self.settings.location_id,
            fair_id=self.settings.fair_id,
            device_code=self.settings.device_code,
            shift_id=self.shift.id if self.shift else None,
        )

    def unsynced_count(self) -> int:
        return pending_count(self.db)

    def announce_sale(self) -> None:
        self.sales_changed.emit()

    def announce_visitors(self) -> None:
        self.visitors_changed.emit()

    def announce_shift(self) -> None:
        self.refresh_shift()
        self.shift_changed.emit()
