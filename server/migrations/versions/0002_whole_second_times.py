"""On SQLite, times the bulk path wrote at a whole second get SQLAlchemy's spelling.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

server/bulk.py handed times to sqlite3's default adapter, which writes a whole second as
'2026-11-21 03:00:00' where SQLAlchemy (the per-fact path, every query's bounds) writes
'2026-11-21 03:00:00.000000'; SQLite compares them as text. The writer is fixed; this gives
the rows already written the one spelling. PostgreSQL stores real timestamps: nothing to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The time columns of the tables the upload path writes in bulk.
TIMES = {
    "facts": ("created_at", "received_at"),
    "sales": ("created_utc", "received_at"),
    "voids": ("voided_utc",),
    "refunds": ("created_utc",),
    "shift_closings": ("opened_utc", "closed_utc"),
    "stock_moves": ("created_utc",),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, columns in TIMES.items():
        for column in columns:
            op.execute(f"UPDATE {table} SET {column} = {column} || '.000000' "
                       f"WHERE length({column}) = 19")


def downgrade() -> None:
    """Nothing to undo: both spellings read back as the same time."""
