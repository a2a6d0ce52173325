"""Imports of a shop's spreadsheet: each import recorded (file, rows, who, when), the customers it created or added
to, and the contracts it brought over with the date the old records say was paid through.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_kind", sa.String(length=10), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("subscriptions", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["imported_by_id"], ["staff.id"], name=op.f("fk_import_record_imported_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_record")),
    )
    op.create_table(
        "imported_customer",
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_imported_customer_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_record.id"], name=op.f("fk_imported_customer_import_id_import_record")
        ),
        sa.PrimaryKeyConstraint("import_id", "customer_id", name=op.f("pk_imported_customer")),
    )
    op.create_index(op.f("ix_imported_customer_customer_id"), "imported_customer", ["customer_id"], unique=False)
    op.create_table(
        "imported_subscription",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("paid_through", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_record.id"], name=op.f("fk_imported_subscription_import_id_import_record")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_imported_subscription_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_imported_subscription")),
    )
    op.create_index(op.f("ix_imported_subscription_import_id"), "imported_subscription", ["import_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_imported_subscription_import_id"), table_name="imported_subscription")
    op.drop_table("imported_subscription")
    op.drop_index(op.f("ix_imported_customer_customer_id"), table_name="imported_customer")
    op.drop_table("imported_customer")
    op.drop_table("import_record")
