"""Sync with the hub: hub ids on reference rows, the outbox wire flag, the sync state row.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

Additive only: nullable ``hub_id`` columns (unique: one local row per hub row) on fairs,
locations, producers and products; ``outbox.wire_ready`` (false for every fact already
queued, so those get their fair ids mapped before their first send); and ``sync_state``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HUB_ID_TABLES = ("fairs", "locations", "producers", "products")


def upgrade() -> None:
    for table in HUB_ID_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("hub_id", sa.Integer(), nullable=True))
            batch.create_index(f"ix_{table}_hub_id", ["hub_id"], unique=True)
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("wire_ready", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=500), nullable=True),
        sa.Column("ca_file", sa.String(length=1000), nullable=True),
        sa.Column("installation_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("device_token", sa.String(length=200), nullable=True),
        sa.Column("booth_hub_id", sa.Integer(), nullable=True),
        sa.Column("booth_code", sa.String(length=16), nullable=True),
        sa.Column("enrolled_utc", sa.DateTime(), nullable=True),
        sa.Column("needs_reenroll", sa.Boolean(), nullable=False),
        sa.Column("cursor", sa.String(length=100), nullable=True),
        sa.Column("catalog_synced_utc", sa.DateTime(), nullable=True),
        sa.Column("last_attempt_utc", sa.DateTime(), nullable=True),
        sa.Column("last_success_utc", sa.DateTime(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("clock_offset_ms", sa.Integer(), nullable=True),
        sa.Column("clock_checked_utc", sa.DateTime(), nullable=True),
        sa.Column("snapshot_started_utc", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("wire_ready")
    for table in HUB_ID_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_hub_id")
            batch.drop_column("hub_id")
