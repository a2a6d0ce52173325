"""Name search keys: every run of up to three characters of each customer's name, in every mix of syllables
and initials, with the name beside it, so that any name, 초성 or mixed query ("김ㅁ", "이ㅈ") is an ordered index
range instead of a scan with a cap. Back-filled from the existing customers.

On PostgreSQL the customer name and the new table compare with the "C" collation (code point order, as SQLite's
binary collation), so both backends list customers in one order whatever the server's locale.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from toysub_desktop.domain.hangul import name_search_keys

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    collation = "C" if postgresql else None
    if postgresql:
        op.alter_column(
            "customer",
            "name",
            existing_type=sa.String(length=50),
            type_=sa.String(length=50, collation="C"),
            existing_nullable=False,
        )
    keys = op.create_table(
        "customer_name_key",
        sa.Column("key", sa.String(length=3, collation=collation), nullable=False),
        sa.Column("name", sa.String(length=50, collation=collation), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_name_key_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("key", "name", "customer_id", name=op.f("pk_customer_name_key")),
        sqlite_with_rowid=False,
    )
    assert keys is not None
    connection = op.get_bind()
    customers = sa.table("customer", sa.column("id", sa.Integer()), sa.column("name", sa.String()))
    last_id = 0
    while True:
        batch = connection.execute(
            sa.select(customers.c.id, customers.c.name)
            .where(customers.c.id > last_id)
            .order_by(customers.c.id)
            .limit(_BATCH)
        ).all()
        if not batch:
            break
        rows = [
            {"key": key, "name": name, "customer_id": customer_id}
            for customer_id, name in batch
            for key in sorted(name_search_keys(name))
        ]
        connection.execute(keys.insert(), rows)
        last_id = batch[-1][0]


def downgrade() -> None:
    op.drop_table("customer_name_key")
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "customer",
            "name",
            existing_type=sa.String(length=50, collation="C"),
            type_=sa.String(length=50),
            existing_nullable=False,
        )
