"""Indexes for the owner's dashboard: the contracts by start day, by cancellation day, by term end and by customer,
each holding the few columns the dashboard adds up, so its figures are read from the indexes in order (no sort of
every contract, no lookup of each) and the dashboard shows within a second at 100,000 customers.

Revision ID: 0031
Revises: 0026
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0031"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_subscription_starts": ["start_on", "renews_id", "ends_on", "cancelled_on", "monthly_fee"],
    "ix_subscription_cancels": ["cancelled_on", "ends_on", "start_on", "monthly_fee"],
    "ix_subscription_term_ends": ["ends_on", "cancelled_on", "start_on", "renewed", "monthly_fee", "plan_id"],
    "ix_subscription_customer_span": ["customer_id", "start_on", "ends_on", "cancelled_on"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "subscription", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="subscription")
