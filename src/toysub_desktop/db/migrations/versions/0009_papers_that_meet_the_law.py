"""Papers that meet the law: the early-termination rule a contract was signed with, and the shop's e-mail.

A contract signed before this revision counted the fees of the remaining period as the monthly fee × the remaining
days ÷ 30, and keeps that rule; contracts signed from now on count them by billing cycle (``domain.fees.FeeMethod``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 21:55:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        # Existing rows keep the rule they were signed with; the models give new contracts the billing-cycle rule.
        batch_op.add_column(
            sa.Column("early_termination_method", sa.String(length=20), server_default="days_30", nullable=False)
        )
    with op.batch_alter_table("shop", schema=None) as batch_op:
        # A complaint contact the contract names; empty until the owner enters one.
        batch_op.add_column(sa.Column("email", sa.String(length=254), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("email")
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.drop_column("early_termination_method")
