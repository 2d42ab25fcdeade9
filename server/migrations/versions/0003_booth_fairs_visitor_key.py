"""Booths' fair assignments over time; visitor counts keyed by booth as well as installation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05

A fact may only name a fair its booth is, or was on that date, assigned to: ``booth_fairs``
keeps the assignments. It is filled from the change history (every booth edit wrote the
booth's state, fair included) and from the booths' current fair; the first period known for
a booth starts "always" (null), since the history may have been pruned.

``visitor_counts`` was unique per (installation, fair, hour), and an installation id was what
a laptop claimed at enrollment: a laptop claiming another's overwrote that booth's counts.
The hub now grants installations itself, and the key takes the booth (the token's) too.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "booth_fairs",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True,
                  nullable=False),
        sa.Column("booth_id", sa.Integer(), nullable=False),
        sa.Column("fair_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["booth_id"], ["booths.id"],
                                name=op.f("fk_booth_fairs_booth_id_booths")),
        sa.ForeignKeyConstraint(["fair_id"], ["fairs.id"],
                                name=op.f("fk_booth_fairs_fair_id_fairs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booth_fairs")),
    )
    with op.batch_alter_table("booth_fairs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booth_fairs_booth_id"), ["booth_id"], unique=False)
    _fill_booth_fairs()

    with op.batch_alter_table("visitor_counts", schema=None) as batch_op:
        batch_op.drop_constraint("uq_visitor_counts_installation_id", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_visitor_counts_booth_id"),
            ["booth_id", "installation_id", "fair_key", "hour_utc"])


def _fill_booth_fairs() -> None:
    """Periods from the booths' change history, oldest first, then each booth's current fair
    where the history does not end with it (pruned, or never recorded)."""
    bind = op.get_bind()
    fairs = {row[0] for row in bind.execute(sa.text("SELECT id FROM fairs"))}
    periods: list[dict[str, Any]] = []
    current: dict[int, tuple[int | None, datetime | None]] = {}  # booth -> (fair, since)
    history = bind.execute(sa.text(
        "SELECT entity_id, data, changed_at FROM changes WHERE entity = 'booth' ORDER BY seq"))
    for booth_id, data, changed_at in history:
        try:
            fair_id = json.loads(data).get("fair_id")
        except (ValueError, AttributeError):
            continue
        fair_id = fair_id if fair_id in fairs else None
        if booth_id not in current:
            current[booth_id] = (fair_id, None)
            continue
        held, since = current[booth_id]
        if held != fair_id:
            if held is not None:
                periods.append({"b": booth_id, "f": held, "s": since, "u": changed_at})
            current[booth_id] = (fair_id, changed_at)
    booths = bind.execute(sa.text("SELECT id, fair_id, updated_at FROM booths"))
    for booth_id, fair_id, updated_at in booths:
        held, since = current.get(booth_id, (None, None))
        if held is not None and held != fair_id:  # moved without a change row: at its last edit
            periods.append({"b": booth_id, "f": held, "s": since, "u": updated_at})
            since = updated_at
        elif held != fair_id:  # no history of it: assigned since "always"
            since = None
        if fair_id is not None:
            periods.append({"b": booth_id, "f": fair_id, "s": since, "u": None})
    if periods:
        bind.execute(sa.text("INSERT INTO booth_fairs (booth_id, fair_id, since, until) "
                             "VALUES (:b, :f, :s, :u)"), periods)


def downgrade() -> None:
    with op.batch_alter_table("visitor_counts", schema=None) as batch_op:
        batch_op.drop_constraint("uq_visitor_counts_booth_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_visitor_counts_installation_id", ["installation_id", "fair_key", "hour_utc"])
    with op.batch_alter_table("booth_fairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booth_fairs_booth_id"))
    op.drop_table("booth_fairs")
