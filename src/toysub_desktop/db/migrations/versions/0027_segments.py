"""Customer segments (고객 세그먼트): saved, named filters over customers, kept when deleted; and each address
version's 시/군/구 (``domain.address.district_of``), filled in for the addresses already on record, so a segment by
region reads a region's addresses through one index.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The 시/도 spellings as they stand at this revision (``domain.address.REGION_SPELLINGS``): a migration keeps its
#: own copy of the rule it applies, so a later change to the rule does not change what this step did.
_PROVINCES = frozenset(
    {
        *("서울특별시", "서울시", "서울", "부산광역시", "부산시", "부산", "대구광역시", "대구시", "대구"),
        *("인천광역시", "인천시", "인천", "광주광역시", "광주", "대전광역시", "대전시", "대전", "울산광역시"),
        *("울산시", "울산", "세종특별자치시", "세종시", "세종", "경기도", "경기", "강원특별자치도", "강원도"),
        *("강원", "충청북도", "충북", "충청남도", "충남", "전북특별자치도", "전라북도", "전북", "전라남도"),
        *("전남", "경상북도", "경북", "경상남도", "경남", "제주특별자치도", "제주도", "제주시", "제주"),
    }
)
_BATCH = 1000


def _district(road_address: str) -> str:
    words = road_address.split()
    if len(words) < 2 or words[0] not in _PROVINCES:
        return ""
    second = words[1]
    return second if second[-1] in "시군구" and not any(c.isdigit() for c in second) else ""


def upgrade() -> None:
    op.create_table(
        "segment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_segment_created_by_id_staff")),
        sa.ForeignKeyConstraint(["changed_by_id"], ["staff.id"], name=op.f("fk_segment_changed_by_id_staff")),
        sa.ForeignKeyConstraint(["deleted_by_id"], ["staff.id"], name=op.f("fk_segment_deleted_by_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
    )
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.create_index(
            "uq_segment_live_name",
            ["name"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
    with op.batch_alter_table("address_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("district", sa.String(length=20), server_default="", nullable=False))
    connection = op.get_bind()
    versions = sa.table(
        "address_version", sa.column("id", sa.Integer()), sa.column("road_address"), sa.column("district")
    )
    last_id = 0
    while True:
        rows = connection.execute(
            sa.select(versions.c.id, versions.c.road_address)
            .where(versions.c.id > last_id)
            .order_by(versions.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        last_id = rows[-1].id
        changes = [{"row_id": row.id, "new_district": _district(row.road_address)} for row in rows]
        changes = [change for change in changes if change["new_district"]]
        if changes:
            connection.execute(
                versions.update()
                .where(versions.c.id == sa.bindparam("row_id"))
                .values(district=sa.bindparam("new_district")),
                changes,
            )
    with op.batch_alter_table("address_version", schema=None) as batch_op:
        batch_op.create_index("ix_address_version_region", ["region", "district", "customer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("address_version", schema=None) as batch_op:
        batch_op.drop_index("ix_address_version_region")
        batch_op.drop_column("district")
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.drop_index("uq_segment_live_name")
    op.drop_table("segment")
