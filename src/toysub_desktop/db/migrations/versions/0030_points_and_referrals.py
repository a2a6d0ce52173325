"""Points (적립금) and referrals (추천): a points ledger per customer (earned, referral, granted, spent, expired;
voided and replaced, never edited), who referred whom, and the shop's points settings. A shop upgrading earns and
gives no points until the owner sets them.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SHOP_COLUMNS = ("points_earn_percent", "referrer_reward", "referred_reward", "points_expiry_months")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        for column in _SHOP_COLUMNS:
            batch_op.add_column(sa.Column(column, sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referrer_id", sa.Integer(), nullable=False),
        sa.Column("referred_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        _fk("referral", "referrer_id", "customer"),
        _fk("referral", "referred_id", "customer"),
        _fk("referral", "subscription_id", "subscription"),
        _fk("referral", "recorded_by_id", "staff"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
        sa.UniqueConstraint("referred_id", name=op.f("uq_referral_referred_id")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_referrer", ["referrer_id", "referred_on"], unique=False)
        batch_op.create_index("ix_referral_day", ["referred_on"], unique=False)
    op.create_table(
        "points_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=True),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=True),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("lot_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("points > 0", name=op.f("ck_points_entry_points_positive")),
        _fk("points_entry", "customer_id", "customer"),
        _fk("points_entry", "charge_id", "ledger_entry"),
        _fk("points_entry", "ledger_entry_id", "ledger_entry"),
        _fk("points_entry", "referral_id", "referral"),
        _fk("points_entry", "lot_id", "points_entry"),
        _fk("points_entry", "recorded_by_id", "staff"),
        _fk("points_entry", "voided_by_id", "staff"),
        _fk("points_entry", "replaces_id", "points_entry"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_entry")),
    )
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.create_index("ix_points_entry_customer", ["customer_id", "entry_on"], unique=False)
        batch_op.create_index(
            "uq_points_entry_live_charge",
            ["charge_id"],
            unique=True,
            sqlite_where=sa.text("voided_at IS NULL AND charge_id IS NOT NULL"),
            postgresql_where=sa.text("voided_at IS NULL AND charge_id IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.drop_index("uq_points_entry_live_charge")
        batch_op.drop_index("ix_points_entry_customer")
    op.drop_table("points_entry")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_day")
        batch_op.drop_index("ix_referral_referrer")
    op.drop_table("referral")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        for column in reversed(_SHOP_COLUMNS):
            batch_op.drop_column(column)
