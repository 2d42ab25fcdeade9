"""The outbox (facts queued for the hub) and the sync state of this laptop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class OutboxEntry(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sent', 'rejected')", name="status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the fact's UUID
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # per-device, gap-free
    kind: Mapped[str] = mapped_column(String(32))
    payload_version: Mapped[int] = mapped_column(Integer, default=1)
    payload: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    sent_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    # True once ``payload`` is in its wire form (local fair ids replaced by the hub's). Fixed
    # before the first send, so a re-send after a lost answer is byte-for-byte the same fact
    # and never turns into a 409 because a mapping changed in between (migration 0004).
    wire_ready: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SyncState(Base):
    """One row (id 1): where the hub is, this laptop's enrollment, and how sync went.

    ``device_token`` is a secret: nothing prints, logs or returns it outside app.sync.
    """

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hub_url: Mapped[str | None] = mapped_column(String(500))
    ca_file: Mapped[str | None] = mapped_column(String(1000))
    installation_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    device_token: Mapped[str | None] = mapped_column(String(200))
    booth_hub_id: Mapped[int | None] = mapped_column(Integer)
    booth_code: Mapped[str | None] = mapped_column(String(16))
    enrolled_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    needs_reenroll: Mapped[bool] = mapped_column(Boolean, default=False)
    cursor: Mapped[str | None] = mapped_column(String(100))
    catalog_synced_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_attempt_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)  # JSON: kind, template, params
    clock_offset_ms: Mapped[int | None] = mapped_column(Integer)
    clock_checked_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the snapshot being downloaded began: products from the hub not refreshed since then
    # are no longer in its catalog and are retired when the last snapshot page arrives.
    snapshot_started_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def __repr__(self) -> str:  # never show the token
        return f"SyncState(hub_url={self.hub_url!r}, device_id={self.device_id!r})"
