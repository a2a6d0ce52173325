"""The contract's skip rule: whether a skipped box's month is charged, a shop setting new contracts are signed
under and a term each contract keeps (printed on it and read by billing). Contracts signed before keep the rule
they were billed under: the month is charged.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("shop", "subscription"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("skip_rule", sa.String(length=20), server_default="charged", nullable=False))


def downgrade() -> None:
    for table in ("subscription", "shop"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("skip_rule")
