"""The ledger: charges, payments, refunds and write-offs in whole won, never edited (voided and replaced), and the
allocations that tie payments to charges. A unique index over the live charges' keys bills each cycle once.

A shop that ran before the ledger gets the day of this upgrade as the day its ledger opened: what fell due before
was settled outside the app, so it is not billed now as if it were owed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIVE_KEY = "voided_at IS NULL AND charge_key IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ledger_opened_on", sa.Date(), nullable=True))
    op.execute(sa.text("UPDATE shop SET ledger_opened_on = CURRENT_DATE"))
    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("charge_key", sa.String(length=40), nullable=True),
        sa.Column("customer_charge_id", sa.Integer(), nullable=True),
        sa.Column("means", sa.String(length=20), nullable=True),
        sa.Column("approval_number", sa.String(length=20), nullable=False),
        sa.Column("cash_receipt_number", sa.String(length=20), nullable=False),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_ledger_entry_amount_positive")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_ledger_entry_customer_id_customer")),
        sa.ForeignKeyConstraint(
            ["subscription_id"], ["subscription.id"], name=op.f("fk_ledger_entry_subscription_id_subscription")
        ),
        sa.ForeignKeyConstraint(
            ["customer_charge_id"],
            ["customer_charge.id"],
            name=op.f("fk_ledger_entry_customer_charge_id_customer_charge"),
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_ledger_entry_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_ledger_entry_voided_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["ledger_entry.id"], name=op.f("fk_ledger_entry_replaces_id_ledger_entry")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    op.create_index("ix_ledger_entry_customer", "ledger_entry", ["customer_id", "entry_on"], unique=False)
    op.create_index("ix_ledger_entry_subscription", "ledger_entry", ["subscription_id", "entry_on"], unique=False)
    op.create_index(
        "uq_ledger_entry_live_charge_key",
        "ledger_entry",
        ["charge_key"],
        unique=True,
        sqlite_where=sa.text(_LIVE_KEY),
        postgresql_where=sa.text(_LIVE_KEY),
    )
    op.create_table(
        "ledger_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credit_id", sa.Integer(), nullable=False),
        sa.Column("debit_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_ledger_allocation_amount_positive")),
        sa.ForeignKeyConstraint(
            ["credit_id"], ["ledger_entry.id"], name=op.f("fk_ledger_allocation_credit_id_ledger_entry")
        ),
        sa.ForeignKeyConstraint(
            ["debit_id"], ["ledger_entry.id"], name=op.f("fk_ledger_allocation_debit_id_ledger_entry")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_ledger_allocation_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_allocation")),
    )
    op.create_index("ix_ledger_allocation_credit_id", "ledger_allocation", ["credit_id"], unique=False)
    op.create_index("ix_ledger_allocation_debit_id", "ledger_allocation", ["debit_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ledger_allocation_debit_id", table_name="ledger_allocation")
    op.drop_index("ix_ledger_allocation_credit_id", table_name="ledger_allocation")
    op.drop_table("ledger_allocation")
    op.drop_index("uq_ledger_entry_live_charge_key", table_name="ledger_entry")
    op.drop_index("ix_ledger_entry_subscription", table_name="ledger_entry")
    op.drop_index("ix_ledger_entry_customer", table_name="ledger_entry")
    op.drop_table("ledger_entry")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("ledger_opened_on")
