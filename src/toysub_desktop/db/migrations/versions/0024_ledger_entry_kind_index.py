"""An index over the ledger's entry kinds, so the deposits the shop holds (보증금 보관 현황) are read from the deposit
charges and deposit returns alone instead of every entry of every account.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_ledger_entry_kind", "ledger_entry", ["kind", "customer_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_kind", table_name="ledger_entry")
