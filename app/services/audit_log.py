"""Writing the audit log: who did what that needed a right, and who approved it.

One helper so every service words an entry the same way (action, actor, approver, JSON detail)
and writes it in the same transaction as the change it describes: an entry without its change,
or a change without its entry, cannot happen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.ids import uuid7
from app.models import AuditEntry
from app.services.auth import StaffInfo
from app.services.clock import now_utc
from app.services.rights import Actor


def record(
    session: Session,
    action: str,
    actor: Actor | None,
    holder: StaffInfo | None,
    detail: dict[str, Any],
    *,
    sale_id: str | None = None,
    at: datetime | None = None,
) -> None:
    """holder: whoever's right allowed it (rights.require's answer), stored as approved_by."""
    session.add(
        AuditEntry(
            id=uuid7(),
            created_utc=at or now_utc(),
            action=action,
            staff_id=actor.staff_id if actor else None,
            approved_by_id=holder.id if holder else None,
            sale_id=sale_id,
            detail=json.dumps(detail, ensure_ascii=False),
        )
    )


@dataclass(frozen=True)
class AuditRow:
    action: str
    staff_id: int | None
    approved_by_id: int | None
    sale_id: str | None
    detail: dict[str, Any]
    created_utc: datetime


def list_entries(db: Database, action: str | None = None) -> list[AuditRow]:
    """Entries in the order written, optionally of one action (for reports and tests)."""
    query = select(AuditEntry).order_by(AuditEntry.created_utc, AuditEntry.id)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    with db.read() as session:
        return [
            AuditRow(e.action, e.staff_id, e.approved_by_id, e.sale_id, json.loads(e.detail),
                     e.created_utc)
            for e in session.scalars(query)
        ]
