"""Churn risk: the owner's weights and windows on the shop (None: the defaults), and the scores worked out once a day
with an index on the score, so the "customers to call to keep" list pages through the riskiest first.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("churn_rules", sa.JSON(), nullable=True))
    op.create_table(
        "churn_score",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("scored_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("top_reason", sa.String(20), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name="fk_churn_score_customer_id_customer"),
        sa.PrimaryKeyConstraint("customer_id", name="pk_churn_score"),
    )
    op.create_index("ix_churn_score_rank", "churn_score", ["scored_on", "score", "customer_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_churn_score_rank", table_name="churn_score")
    op.drop_table("churn_score")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("churn_rules")
