"""Membership tiers (회원 등급): the shop's ladder of tiers, each with where it starts and its benefits, and the one
basis the shop measures customers on (tenure or spend). A shop upgrading has no tiers, so nothing changes until the
owner defines them.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tier_basis", sa.String(20), server_default="tenure", nullable=False))
    op.create_table(
        "membership_tier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(20), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("discount_percent", sa.Integer(), nullable=False),
        sa.Column("priority_reservations", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_tier")),
        sa.UniqueConstraint("threshold", name=op.f("uq_membership_tier_threshold")),
    )


def downgrade() -> None:
    op.drop_table("membership_tier")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("tier_basis")
