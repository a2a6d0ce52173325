"""What of each charge or refund is still unpaid, kept on the entry (``db.ledger_balance``), with an index of the
unpaid debits by due date: the overdue list and the holds read those instead of summing every allocation. The index of
voided entries keeps only those (the daily close reads a day's voids), so no read of the live entries is steered to it.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The debit kinds of ``domain.ledger`` as they stand at this revision (charges and refunds).
_DEBIT_KINDS = "'cycle_fee', 'deposit', 'late_fee', 'damage_fee', 'loss_fee', 'early_termination', 'refund'"


def upgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("open_amount", sa.Integer(), server_default="0", nullable=False))
    op.execute(
        "UPDATE ledger_entry SET open_amount = ledger_entry.amount - COALESCE(("
        " SELECT SUM(a.amount) FROM ledger_allocation a"
        " JOIN ledger_entry c ON c.id = a.credit_id AND c.voided_at IS NULL"
        " WHERE a.debit_id = ledger_entry.id), 0)"
        f" WHERE ledger_entry.voided_at IS NULL AND ledger_entry.kind IN ({_DEBIT_KINDS})"
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        # The open amounts replace the index of live entries by due date; the voided entries' index keeps only
        # those, so "voided_at IS NULL" is never read through it.
        batch_op.drop_index("ix_ledger_entry_live_due")
        batch_op.drop_index("ix_ledger_entry_voided_at")
        batch_op.create_index(
            "ix_ledger_entry_voided_at",
            ["voided_at"],
            unique=False,
            sqlite_where=sa.text("voided_at IS NOT NULL"),
            postgresql_where=sa.text("voided_at IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_ledger_entry_open_due",
            ["entry_on", "customer_id", "open_amount"],
            unique=False,
            sqlite_where=sa.text("voided_at IS NULL AND open_amount > 0"),
            postgresql_where=sa.text("voided_at IS NULL AND open_amount > 0"),
        )


def downgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_open_due")
        batch_op.drop_index("ix_ledger_entry_voided_at")
        batch_op.create_index("ix_ledger_entry_voided_at", ["voided_at"], unique=False)
        batch_op.create_index(
            "ix_ledger_entry_live_due",
            ["entry_on", "kind", "customer_id", "amount"],
            unique=False,
            sqlite_where=sa.text("voided_at IS NULL"),
            postgresql_where=sa.text("voided_at IS NULL"),
        )
        batch_op.drop_column("open_amount")
