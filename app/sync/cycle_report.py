"""What one sync cycle did, and when the next one should run.

Kept apart from the engine so the Qt worker, the command line and the tests read a cycle's
outcome and the retry schedule without the machinery that produced them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from app.services.errors import BoothError
from app.services.sync_state import CLOCK_WARN_MS, CLOCK_WARNING

if TYPE_CHECKING:
    from app.sync.catalog_apply import RefusedChange

SYNC_INTERVAL_S = 30.0
BACKOFF_BASE_S = 2.0
BACKOFF_CAP_S = 300.0
MIN_RETRY_S = 1.0


def retry_delay(failures: int, retry_after: float | None = None,
                rng: random.Random | None = None) -> float:
    """Seconds until the next attempt: 30 s after a success; after ``failures`` failures in a
    row a random wait in [0, min(5 min, 2 s * 2^(failures-1))] (full jitter, so a hundred
    booths coming back online do not knock together), at least 1 s and never less than the
    hub's Retry-After."""
    if failures <= 0:
        return SYNC_INTERVAL_S
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** min(failures - 1, 20))
    delay = max((rng or random).uniform(0, ceiling), MIN_RETRY_S)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


@dataclass
class CycleReport:
    """What one cycle did; ``next_delay_s`` is None when retrying is pointless (not enrolled,
    needs re-enrollment) until a person acts."""

    started_utc: datetime
    finished_utc: datetime | None = None
    ok: bool = False
    skipped: bool = False  # another cycle was already running
    cancelled: bool = False  # stopped by ``SyncEngine.cancel()``: neither success nor failure
    sent: Counter[str] = field(default_factory=Counter)  # per kind (inserted + duplicate)
    duplicates: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # id, status, detail
    deferred: int = 0  # facts the hub will take once it holds their sale: sent again later
    downloaded: Counter[str] = field(default_factory=Counter)  # per entity, applied
    # Catalog items the hub sent that break the booth's rulebook: skipped, the rest applied.
    refused: list[RefusedChange] = field(default_factory=list)
    snapshot: bool = False
    pending: int = 0  # still queued after the cycle
    error: BoothError | None = None
    clock_offset_s: float | None = None
    next_delay_s: float | None = SYNC_INTERVAL_S

    @property
    def error_kind(self) -> str | None:
        return getattr(self.error, "kind", "error") if self.error is not None else None

    @property
    def clock_warning(self) -> str | None:
        if self.clock_offset_s is None or abs(self.clock_offset_s) * 1000 <= CLOCK_WARN_MS:
            return None
        return CLOCK_WARNING.format(minutes=round(abs(self.clock_offset_s) / 60))

    def summary_lines(self) -> list[str]:
        """Plain Vietnamese lines for the command line."""
        lines = []
        if self.skipped:
            return ["Đang có một lần đồng bộ khác chạy"]
        sent = ", ".join(f"{k} {n}" for k, n in sorted(self.sent.items())) or "0"
        lines.append(f"Đã gửi: {sent} (trong đó {self.duplicates} máy chủ đã có)")
        if self.rejected:
            lines.append(f"Bị từ chối, để riêng: {len(self.rejected)}")
            lines += [f"  {fid} {status}: {detail}" for fid, status, detail in self.rejected[:20]]
        if self.deferred:
            lines.append(f"Gửi lại lần sau (máy chủ chưa có hóa đơn gốc): {self.deferred}")
        down = ", ".join(f"{k} {n}" for k, n in sorted(self.downloaded.items())) or "0"
        lines.append(f"Đã nhận: {down}{' (toàn bộ danh mục)' if self.snapshot else ''}")
        if self.refused:
            lines.append(f"Danh mục sai quy tắc, không áp dụng: {len(self.refused)}")
            lines += [f"  {r.text}" for r in self.refused[:20]]
        lines.append(f"Còn chờ gửi: {self.pending}")
        if self.clock_offset_s is not None:
            lines.append(f"Lệch đồng hồ so với máy chủ: {self.clock_offset_s:+.1f} s")
        if self.clock_warning:
            lines.append(self.clock_warning)
        if self.cancelled:
            lines.append("Đã dừng giữa chừng theo yêu cầu: phần còn lại gửi lần sau")
        if self.error is not None:
            detail = getattr(self.error, "detail", "")
            lines.append(f"Lỗi: {self.error.text}" + (f" ({detail})" if detail else ""))
        return lines
