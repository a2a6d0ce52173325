"""Message lists (정보통신망법 §50): the shop's free opt-out number and whether recent customers may receive
advertising without consent (shop settings), and the two-yearly reminders of a marketing consent (§50⑧), one row
per customer reminded.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("opt_out_number", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("ads_to_recent_customers", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "consent_reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=False),
        sa.Column("consented_on", sa.Date(), nullable=False),
        sa.Column("message", sa.String(length=2000), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_consent_reminder_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_consent_reminder_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_reminder")),
    )
    with op.batch_alter_table("consent_reminder", schema=None) as batch_op:
        batch_op.create_index("ix_consent_reminder_customer", ["customer_id", "reminded_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consent_reminder", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_reminder_customer")
    op.drop_table("consent_reminder")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("ads_to_recent_customers")
        batch_op.drop_column("opt_out_number")
