"""Product search index: FTS5 over the folded search_text, kept current by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The folded column (no diacritics, đ→d, lower case) is made in Python by the catalog service; the
index only tokenises it, so "mien dong" finds "Miến dong Bình Liêu" and "dong trieu" finds
"Đông Triều". Existing products are indexed by the rebuild at the end of upgrade.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE product_fts USING fts5("
        "search_text, content='products', content_rowid='id', "
        "tokenize=\"unicode61 remove_diacritics 2 tokenchars '-'\", prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER products_fts_ai AFTER INSERT ON products BEGIN "
        "INSERT INTO product_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER products_fts_ad AFTER DELETE ON products BEGIN "
        "INSERT INTO product_fts(product_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER products_fts_au AFTER UPDATE OF search_text ON products BEGIN "
        "INSERT INTO product_fts(product_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO product_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute("INSERT INTO product_fts(product_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("products_fts_ai", "products_fts_ad", "products_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS product_fts")
