"""Overdue follow-up: the shop's grace days and the hold setting, and an index of live entries by due date for the
overdue list and the holds it sets.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("overdue_grace_days", sa.Integer(), server_default="7", nullable=False))
        batch_op.add_column(sa.Column("overdue_hold_days", sa.Integer(), nullable=True))
    op.create_index(
        "ix_ledger_entry_live_due",
        "ledger_entry",
        ["entry_on", "kind", "customer_id", "amount"],
        unique=False,
        sqlite_where=sa.text("voided_at IS NULL"),
        postgresql_where=sa.text("voided_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_ledger_entry_live_due",
        table_name="ledger_entry",
        sqlite_where=sa.text("voided_at IS NULL"),
        postgresql_where=sa.text("voided_at IS NULL"),
    )
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("overdue_hold_days")
        batch_op.drop_column("overdue_grace_days")
