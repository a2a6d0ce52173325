"""Toys and rentals: the catalogue, barcoded items and their states, loans, reservations, charges on customers,
and the shop's rental settings (late fee, its cap, suspension, loan period, damage fee).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:26:40.363309
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "toy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_initials", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("min_age_months", sa.Integer(), nullable=False),
        sa.Column("max_age_months", sa.Integer(), nullable=False),
        sa.Column("brand", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toy")),
    )
    with op.batch_alter_table("toy", schema=None) as batch_op:
        batch_op.create_index("ix_toy_age", ["min_age_months", "max_age_months"], unique=False)
        batch_op.create_index("ix_toy_list", ["name", "name_initials"], unique=False)

    op.create_table(
        "item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("toy_id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("acquired_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["toy_id"], ["toy.id"], name=op.f("fk_item_toy_id_toy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item")),
        sa.UniqueConstraint("barcode", name=op.f("uq_item_barcode")),
    )
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.create_index("ix_item_state", ["state", "toy_id"], unique=False)
        batch_op.create_index("ix_item_toy_state", ["toy_id", "state"], unique=False)

    op.create_table(
        "reservation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("toy_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("reserved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reserved_by_id", sa.Integer(), nullable=False),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name=op.f("fk_reservation_child_id_child")),
        sa.ForeignKeyConstraint(["closed_by_id"], ["staff.id"], name=op.f("fk_reservation_closed_by_id_staff")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_reservation_customer_id_customer")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_reservation_item_id_item")),
        sa.ForeignKeyConstraint(["reserved_by_id"], ["staff.id"], name=op.f("fk_reservation_reserved_by_id_staff")),
        sa.ForeignKeyConstraint(["toy_id"], ["toy.id"], name=op.f("fk_reservation_toy_id_toy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservation")),
    )
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.create_index("ix_reservation_customer", ["customer_id", "state"], unique=False)
        batch_op.create_index("ix_reservation_state", ["state", "ready_at"], unique=False)
        batch_op.create_index("ix_reservation_toy_queue", ["toy_id", "state", "id"], unique=False)

    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("lent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_condition", sa.String(length=20), nullable=True),
        sa.Column("lent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lent_by_id", sa.Integer(), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], name=op.f("fk_loan_child_id_child")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_loan_customer_id_customer")),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_loan_delivery_id_delivery")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_loan_item_id_item")),
        sa.ForeignKeyConstraint(["lent_by_id"], ["staff.id"], name=op.f("fk_loan_lent_by_id_staff")),
        sa.ForeignKeyConstraint(["received_by_id"], ["staff.id"], name=op.f("fk_loan_received_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_loan_subscription_id_subscription")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index("ix_loan_child", ["child_id", "item_id"], unique=False)
        batch_op.create_index("ix_loan_customer", ["customer_id", "returned_on"], unique=False)
        batch_op.create_index("ix_loan_item", ["item_id", "lent_on"], unique=False)
        batch_op.create_index("ix_loan_open_due", ["returned_on", "due_on"], unique=False)

    op.create_table(
        "customer_charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("charged_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_customer_charge_customer_id_customer")),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_customer_charge_item_id_item")),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_customer_charge_loan_id_loan")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_customer_charge_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_customer_charge_voided_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_charge")),
    )
    with op.batch_alter_table("customer_charge", schema=None) as batch_op:
        batch_op.create_index("ix_customer_charge_customer", ["customer_id", "charged_on"], unique=False)

    op.create_table(
        "item_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=True),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("reservation_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["item.id"], name=op.f("fk_item_event_item_id_item")),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_item_event_loan_id_loan")),
        sa.ForeignKeyConstraint(
            ["reservation_id"], ["reservation.id"], name=op.f("fk_item_event_reservation_id_reservation")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_item_event_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_event")),
    )
    with op.batch_alter_table("item_event", schema=None) as batch_op:
        batch_op.create_index("ix_item_event_item", ["item_id", "at"], unique=False)

    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("late_fee_per_day", sa.Integer(), server_default="500", nullable=False))
        batch_op.add_column(sa.Column("late_fee_cap_days", sa.Integer(), server_default="15", nullable=False))
        batch_op.add_column(sa.Column("suspension_after_days", sa.Integer(), server_default="15", nullable=False))
        batch_op.add_column(sa.Column("loan_days", sa.Integer(), server_default="14", nullable=False))
        batch_op.add_column(sa.Column("damage_fee_percent", sa.Integer(), server_default="30", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("damage_fee_percent")
        batch_op.drop_column("loan_days")
        batch_op.drop_column("suspension_after_days")
        batch_op.drop_column("late_fee_cap_days")
        batch_op.drop_column("late_fee_per_day")

    with op.batch_alter_table("item_event", schema=None) as batch_op:
        batch_op.drop_index("ix_item_event_item")

    op.drop_table("item_event")
    with op.batch_alter_table("customer_charge", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_charge_customer")

    op.drop_table("customer_charge")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index("ix_loan_open_due")
        batch_op.drop_index("ix_loan_item")
        batch_op.drop_index("ix_loan_customer")
        batch_op.drop_index("ix_loan_child")

    op.drop_table("loan")
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.drop_index("ix_reservation_toy_queue")
        batch_op.drop_index("ix_reservation_state")
        batch_op.drop_index("ix_reservation_customer")

    op.drop_table("reservation")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_index("ix_item_toy_state")
        batch_op.drop_index("ix_item_state")

    op.drop_table("item")
    with op.batch_alter_table("toy", schema=None) as batch_op:
        batch_op.drop_index("ix_toy_list")
        batch_op.drop_index("ix_toy_age")

    op.drop_table("toy")
