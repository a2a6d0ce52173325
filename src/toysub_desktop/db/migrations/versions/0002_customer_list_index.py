"""The customer list index covers name and initials.

One index on (name, name_initials) replaces the two single-column ones: the list in name order and every name
or 초성 search then read only this index, and a "%ㄱㅁㅅ%" search stops after one page instead of visiting the
table row of every customer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_customer_list", "customer", ["name", "name_initials"], unique=False)
    op.drop_index("ix_customer_name", table_name="customer")
    op.drop_index("ix_customer_name_initials", table_name="customer")


def downgrade() -> None:
    op.create_index("ix_customer_name_initials", "customer", ["name_initials"], unique=False)
    op.create_index("ix_customer_name", "customer", ["name"], unique=False)
    op.drop_index("ix_customer_list", table_name="customer")
