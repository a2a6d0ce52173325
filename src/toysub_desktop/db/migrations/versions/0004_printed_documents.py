"""Printed documents: every contract, pre-contract sheet and change confirmation handed over, with its exact PDF.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:15:02.579510
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "printed_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=20), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("subject_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_printed_document_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(["printed_by_id"], ["staff.id"], name=op.f("fk_printed_document_printed_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscription.id"],
            name=op.f("fk_printed_document_subscription_id_subscription"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printed_document")),
        sa.UniqueConstraint("document_number", name=op.f("uq_printed_document_document_number")),
        sa.UniqueConstraint("kind", "subject_key", "version", name="uq_printed_document_subject_version"),
    )
    with op.batch_alter_table("printed_document", schema=None) as batch_op:
        batch_op.create_index("ix_printed_document_customer", ["customer_id", "printed_at"], unique=False)
        batch_op.create_index("ix_printed_document_subscription", ["subscription_id", "printed_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("printed_document", schema=None) as batch_op:
        batch_op.drop_index("ix_printed_document_subscription")
        batch_op.drop_index("ix_printed_document_customer")

    op.drop_table("printed_document")
