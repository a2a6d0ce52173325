"""Deliveries: each box or rental swap on its date, its state, the address frozen when packed, and every step.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:44:06.325749
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("road_address", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.String(length=100), nullable=True),
        sa.Column("entry_notes", sa.String(length=200), nullable=True),
        sa.Column("delivery_memo", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=10), nullable=True),
        sa.Column("frozen_address_version_id", sa.Integer(), nullable=True),
        sa.Column("frozen_phone_e164", sa.String(length=20), nullable=True),
        sa.Column("courier", sa.String(length=30), nullable=True),
        sa.Column("tracking_number", sa.String(length=40), nullable=True),
        sa.Column("needs_follow_up", sa.Boolean(), nullable=False),
        sa.Column("follow_up_reason", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_delivery_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["frozen_address_version_id"],
            ["address_version.id"],
            name=op.f("fk_delivery_frozen_address_version_id_address_version"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_delivery_subscription_id_subscription")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("subscription_id", "scheduled_on", "kind", name="uq_delivery_subscription_date_kind"),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index("ix_delivery_customer", ["customer_id", "scheduled_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_delivery_scheduled_on"), ["scheduled_on"], unique=False)

    op.create_table(
        "delivery_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_delivery_event_delivery_id_delivery")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_delivery_event_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_event")),
    )
    with op.batch_alter_table("delivery_event", schema=None) as batch_op:
        batch_op.create_index("ix_delivery_event_delivery", ["delivery_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("delivery_event", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_event_delivery")
    op.drop_table("delivery_event")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_scheduled_on"))
        batch_op.drop_index("ix_delivery_customer")
    op.drop_table("delivery")
