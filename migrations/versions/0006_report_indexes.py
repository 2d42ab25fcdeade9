"""Covering indexes for the sales reports: a month of a busy booth read from indexes alone.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

The Reports page (app.services.reporting) reads every sale of a period and the one before it:
by hour (time, status, total), by product (each sale's lines) and by payment method. With only
the index on sales.created_utc each of 200,000 sales cost a lookup in the sales table, and each
of its lines and payments another in theirs; these indexes carry the columns those queries
read, so SQLite answers from the indexes (bench/reports.py: the product report on 200,000
sales about twice as fast). Refunds get an index on their time, which every report filters on,
and stock moves one on (kind, time): the agreed consignment cost beside each producer (and the
settlement sheet) looks up a few consignment receipts among one move per sale line.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name -> (table, columns); the same as the models' __table_args__ (app/models/sales.py).
INDEXES = {
    "ix_sales_report": ("sales", ["created_utc", "status", "total", "id"]),
    "ix_sale_lines_report": ("sale_lines", ["sale_id", "product_id", "quantity", "total"]),
    "ix_payments_report": ("payments", ["sale_id", "method", "amount"]),
    "ix_refunds_created_utc": ("refunds", ["created_utc"]),
    "ix_stock_moves_kind_created": ("stock_moves", ["kind", "created_utc"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
