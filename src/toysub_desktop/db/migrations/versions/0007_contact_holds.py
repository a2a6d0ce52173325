"""Contact holds: a contact found unreachable from a date holds the customer's deliveries until a new address or
number is recorded or a clerk releases the hold.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:31:54.836034
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contact", sa.String(length=10), nullable=False),
        sa.Column("address_version_id", sa.Integer(), nullable=True),
        sa.Column("phone_version_id", sa.Integer(), nullable=True),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("unreachable_from", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by_id", sa.Integer(), nullable=True),
        sa.Column("release", sa.String(length=20), nullable=True),
        sa.Column("release_note", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["address_version_id"],
            ["address_version.id"],
            name=op.f("fk_contact_hold_address_version_id_address_version"),
        ),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_contact_hold_customer_id_customer")),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_contact_hold_delivery_id_delivery")),
        sa.ForeignKeyConstraint(
            ["phone_version_id"], ["phone_version.id"], name=op.f("fk_contact_hold_phone_version_id_phone_version")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_contact_hold_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["released_by_id"], ["staff.id"], name=op.f("fk_contact_hold_released_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_hold")),
    )
    with op.batch_alter_table("contact_hold", schema=None) as batch_op:
        batch_op.create_index("ix_contact_hold_customer", ["customer_id", "released_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_hold", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_hold_customer")

    op.drop_table("contact_hold")
