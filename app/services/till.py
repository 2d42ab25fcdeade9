"""Who is selling where: the context every till action runs in."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.auth import StaffInfo
from app.services.errors import QT_TRANSLATE_NOOP, StateError


def no_open_shift() -> StateError:
    return StateError(QT_TRANSLATE_NOOP("errors", "Chưa mở ca: hãy mở ca trước khi bán"))


@dataclass(frozen=True)
class Till:
    staff: StaffInfo
    location_id: int
    fair_id: int | None
    device_code: str
    shift_id: str | None = None

    def require_open_shift(self) -> None:
        """Refuse early (at scan time) what checkout would refuse later with the same words."""
        if self.shift_id is None:
            raise no_open_shift()

    def with_shift(self, shift_id: str | None) -> Till:
        return Till(self.staff, self.location_id, self.fair_id, self.device_code, shift_id)
