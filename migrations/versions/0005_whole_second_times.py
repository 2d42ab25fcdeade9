"""Times written at a whole second get SQLAlchemy's spelling.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

The till's bulk insert (app/bulk.py) let sqlite3's default adapter write times, which spells a
whole second '2026-11-20 08:00:00' where SQLAlchemy writes '2026-11-20 08:00:00.000000'.
SQLite compares times as text, so such a row sorted before a bound at that very second (a
sale at exactly midnight fell into the day before). The writer is fixed; this gives the rows
already written the one spelling. Only 19-character values are touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The time columns of the tables the till writes in bulk.
BULK_TIMES = {
    "sales": ("created_utc",),
    "stock_moves": ("created_utc",),
    "audit_log": ("created_utc",),
    "outbox": ("created_utc",),
}


def upgrade() -> None:
    for table, columns in BULK_TIMES.items():
        for column in columns:
            op.execute(f"UPDATE {table} SET {column} = {column} || '.000000' "
                       f"WHERE length({column}) = 19")


def downgrade() -> None:
    """Nothing to undo: both spellings read back as the same time."""
