"""일마감 (daily close): one record per closed shop day, never edited; re-opening marks it superseded and a new close
is a new row. A unique index over the live closes' days lets only one counter close a day. The ledger gets
indexes on an entry's day and on when it was voided, for the close's reading of one day.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE = "reopened_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "day_close",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("opening_float", sa.Integer(), nullable=False),
        sa.Column("expected_cash", sa.Integer(), nullable=False),
        sa.Column("counted_cash", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=False),
        sa.Column("reopened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reopened_by_id", sa.Integer(), nullable=True),
        sa.Column("reopen_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["closed_by_id"], ["staff.id"], name=op.f("fk_day_close_closed_by_id_staff")),
        sa.ForeignKeyConstraint(["reopened_by_id"], ["staff.id"], name=op.f("fk_day_close_reopened_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_close")),
    )
    op.create_index(
        "uq_day_close_live_day",
        "day_close",
        ["day"],
        unique=True,
        sqlite_where=sa.text(_LIVE),
        postgresql_where=sa.text(_LIVE),
    )

    # The daily close reads a day's entries and the voids made on a day.
    op.create_index("ix_ledger_entry_day", "ledger_entry", ["entry_on"], unique=False)
    op.create_index("ix_ledger_entry_voided_at", "ledger_entry", ["voided_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_voided_at", table_name="ledger_entry")
    op.drop_index("ix_ledger_entry_day", table_name="ledger_entry")
    op.drop_index("uq_day_close_live_day", table_name="day_close")
    op.drop_table("day_close")
