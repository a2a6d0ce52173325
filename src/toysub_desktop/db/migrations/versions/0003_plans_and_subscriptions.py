"""Plans (with prices by effective date), discount categories, subscriptions with their events, price notices,
and the shop settings subscriptions follow.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:54:00.886462
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "discount_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("evidence_hint", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_category")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("tier", sa.String(length=30), nullable=False),
        sa.Column("cadence", sa.String(length=20), nullable=False),
        sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("trial_days", sa.Integer(), nullable=False),
        sa.Column("deposit", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
    )
    op.create_table(
        "plan_price",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("monthly_price", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_price_plan_id_plan")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_plan_price_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_plan_price_voided_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_price")),
    )
    with op.batch_alter_table("plan_price", schema=None) as batch_op:
        batch_op.create_index("ix_plan_price_plan", ["plan_id", "effective_from"], unique=False)

    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_number", sa.String(length=20), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("plan_name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("tier", sa.String(length=30), nullable=False),
        sa.Column("cadence", sa.String(length=20), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("trial_days", sa.Integer(), nullable=False),
        sa.Column("paid_from", sa.Date(), nullable=False),
        sa.Column("list_price", sa.Integer(), nullable=False),
        sa.Column("term_discount_percent", sa.Integer(), nullable=False),
        sa.Column("monthly_fee", sa.Integer(), nullable=False),
        sa.Column("deposit", sa.Integer(), nullable=False),
        sa.Column("delivery_day", sa.Integer(), nullable=True),
        sa.Column("swap_weekday", sa.Integer(), nullable=True),
        sa.Column("payment_method", sa.String(length=20), nullable=False),
        sa.Column("pause_end_rule", sa.String(length=20), nullable=False),
        sa.Column("max_pause_days", sa.Integer(), nullable=False),
        sa.Column("early_termination_percent", sa.Integer(), nullable=False),
        sa.Column("early_termination_cap", sa.Integer(), nullable=True),
        sa.Column("renews_id", sa.Integer(), nullable=True),
        sa.Column("renewed", sa.Boolean(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_subscription_customer_id_customer")),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_subscription_plan_id_plan")),
        sa.ForeignKeyConstraint(
            ["renews_id"], ["subscription.id"], name=op.f("fk_subscription_renews_id_subscription")
        ),
        sa.ForeignKeyConstraint(["signed_by_id"], ["staff.id"], name=op.f("fk_subscription_signed_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription")),
        sa.UniqueConstraint("contract_number", name=op.f("uq_subscription_contract_number")),
    )
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscription_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_ends_on"), ["ends_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_subscription_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "price_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_price_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_price_id"], ["plan_price.id"], name=op.f("fk_price_notice_plan_price_id_plan_price")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_price_notice_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_price_notice_subscription_id_subscription")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_notice")),
    )
    with op.batch_alter_table("price_notice", schema=None) as batch_op:
        batch_op.create_index("ix_price_notice_price", ["plan_price_id", "subscription_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_price_notice_subscription_id"), ["subscription_id"], unique=False)

    op.create_table(
        "subscription_discount",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["discount_category.id"],
            name=op.f("fk_subscription_discount_category_id_discount_category"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_subscription_discount_subscription_id_subscription")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription_discount")),
    )
    with op.batch_alter_table("subscription_discount", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subscription_discount_subscription_id"), ["subscription_id"], unique=False)

    op.create_table(
        "subscription_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("refers_to_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("monthly_fee", sa.Integer(), nullable=True),
        sa.Column("fee", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_subscription_event_plan_id_plan")),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_subscription_event_recorded_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["refers_to_id"],
            ["subscription_event.id"],
            name=op.f("fk_subscription_event_refers_to_id_subscription_event"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_subscription_event_subscription_id_subscription")
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_subscription_event_voided_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription_event")),
    )
    with op.batch_alter_table("subscription_event", schema=None) as batch_op:
        batch_op.create_index("ix_subscription_event_subscription", ["subscription_id", "effective_on"], unique=False)

    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("price_notice_days", sa.Integer(), server_default="30", nullable=False))
        batch_op.add_column(
            sa.Column("pause_end_rule", sa.String(length=20), server_default="extend_term", nullable=False)
        )
        batch_op.add_column(sa.Column("max_pause_days", sa.Integer(), server_default="90", nullable=False))
        batch_op.add_column(sa.Column("early_termination_percent", sa.Integer(), server_default="10", nullable=False))
        batch_op.add_column(sa.Column("early_termination_cap", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pause_terms", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("cancellation_terms", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("refund_terms", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("refund_terms")
        batch_op.drop_column("cancellation_terms")
        batch_op.drop_column("pause_terms")
        batch_op.drop_column("early_termination_cap")
        batch_op.drop_column("early_termination_percent")
        batch_op.drop_column("max_pause_days")
        batch_op.drop_column("pause_end_rule")
        batch_op.drop_column("price_notice_days")

    with op.batch_alter_table("subscription_event", schema=None) as batch_op:
        batch_op.drop_index("ix_subscription_event_subscription")

    op.drop_table("subscription_event")
    with op.batch_alter_table("subscription_discount", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscription_discount_subscription_id"))

    op.drop_table("subscription_discount")
    with op.batch_alter_table("price_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_notice_subscription_id"))
        batch_op.drop_index("ix_price_notice_price")

    op.drop_table("price_notice")
    with op.batch_alter_table("subscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscription_plan_id"))
        batch_op.drop_index(batch_op.f("ix_subscription_ends_on"))
        batch_op.drop_index(batch_op.f("ix_subscription_customer_id"))

    op.drop_table("subscription")
    with op.batch_alter_table("plan_price", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_price_plan")

    op.drop_table("plan_price")
    op.drop_table("plan")
    op.drop_table("discount_category")
