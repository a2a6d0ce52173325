"""Staff sign-in: a PIN per staff member (as a slow salted hash, in the column made for it at the start), wrong-PIN
lockout, the manager role (a plain value of ``staff.role``), the owner's recovery code, the shop's idle lock, and
who approved an action beyond the clerk's role in the audit.

Staff of an existing shop have no PIN yet; each sets one at their first sign-in.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wrong_pins", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("idle_lock_minutes", sa.Integer(), server_default="10", nullable=False))
        batch_op.add_column(sa.Column("recovery_code_hash", sa.String(length=200), nullable=True))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_audit_entry_approved_by_id_staff"), "staff", ["approved_by_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_audit_entry_approved_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("approved_by_id")
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("recovery_code_hash")
        batch_op.drop_column("idle_lock_minutes")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("wrong_pins")
