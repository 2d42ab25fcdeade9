"""Queue a booth fact for the hub inside the same transaction that writes the fact.

That is what makes delivery exactly-once possible: a fact exists if and only if its outbox row
does, and the per-device sequence has no gaps because it is taken in that same transaction.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.bulk import insert_rows
from app.db import Database
from app.ids import uuid7
from app.models import OutboxEntry
from app.services.clock import now_utc
from app.services.settings import next_counter

PAYLOAD_VERSION = 1


def enqueue(
    session: Session, kind: str, payload: dict[str, Any], fact_id: str | None = None
) -> str:
    fact_id = fact_id or uuid7()
    insert_rows(
        session,
        OutboxEntry.__table__,
        [
            {
                "id": fact_id,
                "seq": next_counter(session, "outbox_seq"),
                "kind": kind,
                "payload_version": PAYLOAD_VERSION,
                "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str),
                "created_utc": now_utc(),
                "status": "pending",
                "attempts": 0,
            }
        ],
    )
    return fact_id


def pending_count(db: Database) -> int:
    with db.read() as session:
        return (
            session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "pending")
            )
            or 0
        )
