"""The day's points expiry looks only at the lots that can have expired since it last ran, and finds whether a lot
has its expiry written by an index.

``points_entry.lot_id`` gets an index: an expiry names the lot it expires, and the daily run asks that of every old
lot (without it each question scanned the points ledger: minutes at a few thousand customers).
``shop.points_expired_through`` is the day through which every customer's expiries are written; NULL (every shop at
the upgrade) makes the next run look at every old lot once, as it did before.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("points_expired_through", sa.Date(), nullable=True))
    op.create_index("ix_points_entry_lot", "points_entry", ["lot_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_points_entry_lot", table_name="points_entry")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("points_expired_through")
