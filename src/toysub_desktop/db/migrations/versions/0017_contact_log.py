"""Contact log (상담 기록): calls, visits, messages, complaints, praise and requests per customer (or prospect), with
follow-ups owned by a staff member and complaints resolved, never deleted; prospects (가망 고객) with their source,
interest and outcome.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "prospect",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("interest", sa.String(length=300), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("outcome_note", sa.String(length=300), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_prospect_customer_id_customer")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_prospect_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["closed_by_id"], ["staff.id"], name=op.f("fk_prospect_closed_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect")),
    )
    with op.batch_alter_table("prospect", schema=None) as batch_op:
        batch_op.create_index("ix_prospect_outcome", ["outcome", "recorded_at", "id"], unique=False)
        batch_op.create_index("ix_prospect_source", ["source", "outcome"], unique=False)
        batch_op.create_index("ix_prospect_customer", ["customer_id"], unique=False)
    op.create_table(
        "contact_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("prospect_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_owner_id", sa.Integer(), nullable=True),
        sa.Column("followed_up_by_entry_id", sa.Integer(), nullable=True),
        sa.Column("followed_up_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_contact_log_customer_id_customer")),
        sa.ForeignKeyConstraint(["prospect_id"], ["prospect.id"], name=op.f("fk_contact_log_prospect_id_prospect")),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_contact_log_subscription_id_subscription")
        ),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_contact_log_delivery_id_delivery")),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_contact_log_loan_id_loan")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_contact_log_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["follow_up_owner_id"], ["staff.id"], name=op.f("fk_contact_log_follow_up_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["followed_up_by_entry_id"],
            ["contact_log.id"],
            name=op.f("fk_contact_log_followed_up_by_entry_id_contact_log"),
        ),
        sa.ForeignKeyConstraint(["resolved_by_id"], ["staff.id"], name=op.f("fk_contact_log_resolved_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index("ix_contact_log_customer", ["customer_id", "recorded_at"], unique=False)
        batch_op.create_index("ix_contact_log_prospect", ["prospect_id", "recorded_at"], unique=False)
        batch_op.create_index("ix_contact_log_follow_up", ["followed_up_at", "follow_up_on", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_log_follow_up")
        batch_op.drop_index("ix_contact_log_prospect")
        batch_op.drop_index("ix_contact_log_customer")

    op.drop_table("contact_log")
    with op.batch_alter_table("prospect", schema=None) as batch_op:
        batch_op.drop_index("ix_prospect_customer")
        batch_op.drop_index("ix_prospect_source")
        batch_op.drop_index("ix_prospect_outcome")

    op.drop_table("prospect")
