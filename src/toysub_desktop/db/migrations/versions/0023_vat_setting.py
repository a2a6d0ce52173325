"""VAT on the shop's papers: how the shop is registered (일반과세자, 간이과세자 or 면세) and which charges carry VAT
(the plan fees unless the owner says otherwise). A shop upgrading is taken as a 간이과세자 until someone says
otherwise, so no paper starts showing 부가세 by itself.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tax_status", sa.String(20), server_default="simplified", nullable=False))
        batch_op.add_column(sa.Column("vat_kinds", sa.String(200), server_default="cycle_fee", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("vat_kinds")
        batch_op.drop_column("tax_status")
