"""Bank statements in: the depositor name (입금자명) a customer's transfers come under, and the deposits read from
bank statements, each kept once with where it stands (open, matched to a payment, ignored).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("depositor_name", sa.String(length=50), nullable=True))
    op.create_table(
        "bank_statement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_key", sa.String(length=200), nullable=False),
        sa.Column("deposit_on", sa.Date(), nullable=False),
        sa.Column("deposit_time", sa.String(length=8), nullable=False),
        sa.Column("depositor", sa.String(length=100), nullable=False),
        sa.Column("summary", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("settled_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_bank_statement_line_amount_positive")),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["ledger_entry.id"], name=op.f("fk_bank_statement_line_payment_id_ledger_entry")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_bank_statement_line_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"], ["staff.id"], name=op.f("fk_bank_statement_line_imported_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["settled_by_id"], ["staff.id"], name=op.f("fk_bank_statement_line_settled_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_statement_line")),
        sa.UniqueConstraint("line_key", name=op.f("uq_bank_statement_line_line_key")),
    )
    op.create_index(
        "ix_bank_statement_line_status", "bank_statement_line", ["status", "deposit_on", "id"], unique=False
    )
    op.create_index("ix_bank_statement_line_payment", "bank_statement_line", ["payment_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_bank_statement_line_payment", table_name="bank_statement_line")
    op.drop_index("ix_bank_statement_line_status", table_name="bank_statement_line")
    op.drop_table("bank_statement_line")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("depositor_name")
