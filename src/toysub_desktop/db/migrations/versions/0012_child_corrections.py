"""Child corrections: a child's name or birth month typed wrong is voided (who, when, why) and replaced by a new
record that points back to it, as contact corrections are; nothing is overwritten.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("voided_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("void_reason", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("supersedes_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_child_voided_by_id_staff"), "staff", ["voided_by_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_child_supersedes_id_child"), "child", ["supersedes_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_child_supersedes_id_child"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_child_voided_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("supersedes_id")
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided_by_id")
        batch_op.drop_column("voided_at")
