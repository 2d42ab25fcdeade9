"""Sale numbers shown on a VietQR before their sale is saved are reserved, never reused.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

The transfer note of a VietQR carries the sale number, so the customer may have it before the
sale exists. A reservation row (app/models/numbers.py) is written with the counter's step;
checkout uses it, and one left without a sale is an abandoned number on the Z-report.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "number_reservations",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("reserved_utc", sa.DateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("sale_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"],
                                name=op.f("fk_number_reservations_shift_id_shifts")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"],
                                name=op.f("fk_number_reservations_staff_id_staff")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"],
                                name=op.f("fk_number_reservations_sale_id_sales")),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_number_reservations")),
    )
    op.create_index(op.f("ix_number_reservations_shift_id"), "number_reservations",
                    ["shift_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_number_reservations_shift_id"), table_name="number_reservations")
    op.drop_table("number_reservations")
