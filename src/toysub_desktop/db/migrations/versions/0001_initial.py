"""initial schema: shop, staff, customers and their contact history

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "shop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("business_number", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("contact_check_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "customer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_initials", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_customer_created_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("number", name=op.f("uq_customer_number")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_name_initials"), ["name_initials"], unique=False)

    op.create_table(
        "address_version",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("is_temporary", sa.Boolean(), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("road_address", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.String(length=100), nullable=False),
        sa.Column("entry_notes", sa.String(length=200), nullable=False),
        sa.Column("delivery_memo", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("last_confirmed_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_address_version_customer_id_customer")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_address_version_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["address_version.id"],
            name=op.f("fk_address_version_supersedes_id_address_version"),
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_address_version_voided_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address_version")),
    )
    with op.batch_alter_table("address_version", schema=None) as batch_op:
        batch_op.create_index("ix_address_version_customer", ["customer_id", "effective_from"], unique=False)

    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("birth_month", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_child_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child")),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("notice_version", sa.String(length=20), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_consent_customer_id_customer")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_consent_recorded_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "phone_version",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("national_digits", sa.String(length=20), nullable=True),
        sa.Column("digits_reversed", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=300), nullable=True),
        sa.Column("last_confirmed_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_phone_version_customer_id_customer")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"], name=op.f("fk_phone_version_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["phone_version.id"], name=op.f("fk_phone_version_supersedes_id_phone_version")
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["staff.id"], name=op.f("fk_phone_version_voided_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_version")),
    )
    with op.batch_alter_table("phone_version", schema=None) as batch_op:
        batch_op.create_index("ix_phone_version_customer", ["customer_id", "role", "effective_from"], unique=False)
        batch_op.create_index("ix_phone_version_digits_reversed", ["digits_reversed"], unique=False)
        batch_op.create_index("ix_phone_version_e164", ["e164"], unique=False)
        batch_op.create_index("ix_phone_version_national_digits", ["national_digits"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("phone_version", schema=None) as batch_op:
        batch_op.drop_index("ix_phone_version_national_digits")
        batch_op.drop_index("ix_phone_version_e164")
        batch_op.drop_index("ix_phone_version_digits_reversed")
        batch_op.drop_index("ix_phone_version_customer")

    op.drop_table("phone_version")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_customer_id"))

    op.drop_table("consent")
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_customer_id"))

    op.drop_table("child")
    with op.batch_alter_table("address_version", schema=None) as batch_op:
        batch_op.drop_index("ix_address_version_customer")

    op.drop_table("address_version")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name_initials"))
        batch_op.drop_index(batch_op.f("ix_customer_name"))

    op.drop_table("customer")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    op.drop_table("staff")
    op.drop_table("shop")
