"""Who is selling where: the context every till action runs in."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.auth import StaffInfo


@dataclass(frozen=True)
class Till:
    staff: StaffInfo
    location_id: int
    fair_id: int | None
    device_code: str
    shift_id: str | None = None

    def with_shift(self, shift_id: str | None) -> Till:
        return Till(self.staff, self.location_id, self.fair_id, self.device_code, shift_id)
