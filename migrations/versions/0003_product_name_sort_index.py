"""Index on the folded product name, so catalog pages sort by name without sorting 10,000 rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The products page lists the catalog in Vietnamese alphabetical order (diacritics folded, so
"Đông Triều" sorts among the D's). The folded name is the prefix of search_text as long as the
name itself (app.services.catalog_listing.NAME_KEY); indexing that expression lets SQLite walk
the catalog in order and stop after one page, on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME_KEY = "substr(search_text, 1, length(name))"


def upgrade() -> None:
    op.create_index("ix_products_name_key", "products", [sa.text(NAME_KEY)], unique=False)


def downgrade() -> None:
    op.drop_index("ix_products_name_key", table_name="products")
