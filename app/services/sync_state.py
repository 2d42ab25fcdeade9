"""What the UI and the command line know about sync: one read, plain dataclasses, no Qt.

The state lives in the ``sync_state`` row (migration 0004) and the outbox. ``sync_status``
is cheap (a handful of indexed queries), so a status bar may call it after every
``sales_changed`` or sync signal. The device token never leaves this module's row: no
dataclass here carries it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.models import OutboxEntry, SyncState
from app.services.errors import QT_TRANSLATE_NOOP

CLOCK_WARN_MS = 5 * 60 * 1000  # more than 5 minutes between the laptop and the hub
STATE_ID = 1

# Status headlines (Vietnamese templates; the UI translates them in the "errors" context).
HEADLINES: dict[str, str] = {
    "not_enrolled": QT_TRANSLATE_NOOP("errors", "Chưa đăng ký với máy chủ tỉnh"),
    "needs_reenroll": QT_TRANSLATE_NOOP("errors", "Cần đăng ký lại với máy chủ tỉnh"),
    "incompatible": QT_TRANSLATE_NOOP("errors", "Máy chủ không tương thích"),
    "failing": QT_TRANSLATE_NOOP("errors", "Chưa gửi được: {pending} mục đang chờ"),
    "pending": QT_TRANSLATE_NOOP("errors", "{pending} mục đang chờ gửi"),
    "never_synced": QT_TRANSLATE_NOOP("errors", "Chưa đồng bộ lần nào"),
    "ok": QT_TRANSLATE_NOOP("errors", "Đã đồng bộ"),
}
CLOCK_WARNING = QT_TRANSLATE_NOOP(
    "errors", "Đồng hồ máy lệch {minutes} phút so với máy chủ: hãy chỉnh lại giờ máy"
)


@dataclass(frozen=True)
class SyncProblem:
    """The last failure: ``kind`` to branch on, ``template``+``params`` to translate."""

    kind: str
    template: str
    params: dict[str, Any]
    at_utc: datetime | None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class SetAsideFact:
    """A fact the hub refused for good (conflict, invalid, forbidden): shown to a person."""

    id: str
    seq: int
    kind: str
    created_utc: datetime
    status: str  # the hub's verdict: conflict | invalid | forbidden | too_large
    detail: str


@dataclass(frozen=True)
class SyncStatus:
    state: str  # a key of HEADLINES
    hub_url: str | None
    booth_code: str | None
    device_id: str | None
    pending: dict[str, int]  # per fact kind
    rejected: int
    last_attempt_utc: datetime | None
    last_success_utc: datetime | None
    catalog_synced_utc: datetime | None
    failures: int
    last_error: SyncProblem | None
    clock_offset_s: float | None  # hub minus laptop
    clock_checked_utc: datetime | None
    set_aside: list[SetAsideFact] = field(default_factory=list)

    @property
    def enrolled(self) -> bool:
        return self.device_id is not None

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) * 1000 > CLOCK_WARN_MS

    @property
    def clock_warning_text(self) -> str | None:
        if not self.clock_warning or self.clock_offset_s is None:
            return None
        return CLOCK_WARNING.format(minutes=round(abs(self.clock_offset_s) / 60))

    @property
    def headline_template(self) -> str:
        return HEADLINES[self.state]

    @property
    def headline(self) -> str:
        return self.headline_template.format(pending=self.pending_total)


def state_row(session: Session) -> SyncState:
    """The one sync_state row, made on first use (inside the caller's transaction)."""
    row = session.get(SyncState, STATE_ID)
    if row is None:
        row = SyncState(id=STATE_ID, needs_reenroll=False, failures=0)
        session.add(row)
        session.flush()
    return row


def problem_json(kind: str, template: str, params: dict[str, Any], at: datetime) -> str:
    return json.dumps({"kind": kind, "template": template,
                       "params": {k: str(v) for k, v in params.items()},
                       "at": at.isoformat()}, ensure_ascii=False)


def _problem(text: str | None) -> SyncProblem | None:
    if not text:
        return None
    data = json.loads(text)
    at = datetime.fromisoformat(data["at"]) if data.get("at") else None
    return SyncProblem(data["kind"], data["template"], data.get("params", {}), at)


def pending_by_kind(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(OutboxEntry.kind, func.count()).where(OutboxEntry.status == "pending")
        .group_by(OutboxEntry.kind)
    ).all()
    return {kind: n for kind, n in rows}


def set_aside_facts(db: Database, limit: int = 200) -> list[SetAsideFact]:
    with db.read() as session:
        rows = session.execute(
            select(OutboxEntry.id, OutboxEntry.seq, OutboxEntry.kind, OutboxEntry.created_utc,
                   OutboxEntry.last_error)
            .where(OutboxEntry.status == "rejected").order_by(OutboxEntry.seq).limit(limit)
        ).all()
    out = []
    for r in rows:
        reason = json.loads(r.last_error) if r.last_error else {}
        out.append(SetAsideFact(r.id, r.seq, r.kind, r.created_utc,
                                reason.get("status", "rejected"), reason.get("detail", "")))
    return out


def requeue_set_aside(db: Database, fact_id: str) -> bool:
    """Put a set-aside fact back in the queue (e.g. after the hub was fixed); True if done."""
    with db.write() as session:
        done = session.execute(
            update(OutboxEntry).where(OutboxEntry.id == fact_id, OutboxEntry.status == "rejected")
            .values(status="pending")
        ).rowcount
    return bool(done)


def sync_status(db: Database, with_set_aside: bool = False) -> SyncStatus:
    with db.read() as session:
        row = session.get(SyncState, STATE_ID)
        pending = pending_by_kind(session)
        rejected = session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "rejected")
        ) or 0
    problem = _problem(row.last_error) if row else None
    enrolled = row is not None and row.device_id is not None
    if not enrolled:
        state = "not_enrolled"
    elif row.needs_reenroll:
        state = "needs_reenroll"
    elif problem is not None and problem.kind == "incompatible":
        state = "incompatible"
    elif problem is not None:
        state = "failing"
    elif sum(pending.values()):
        state = "pending"
    elif row.last_success_utc is None:
        state = "never_synced"
    else:
        state = "ok"
    return SyncStatus(
        state=state,
        hub_url=row.hub_url if row else None,
        booth_code=row.booth_code if row else None,
        device_id=row.device_id if enrolled else None,
        pending=pending,
        rejected=rejected,
        last_attempt_utc=row.last_attempt_utc if row else None,
        last_success_utc=row.last_success_utc if row else None,
        catalog_synced_utc=row.catalog_synced_utc if row else None,
        failures=row.failures if row else 0,
        last_error=problem,
        clock_offset_s=(row.clock_offset_ms / 1000
                        if row and row.clock_offset_ms is not None else None),
        clock_checked_utc=row.clock_checked_utc if row else None,
        set_aside=set_aside_facts(db) if with_set_aside and rejected else [],
    )


def now_utc() -> datetime:
    return datetime.now(UTC)
