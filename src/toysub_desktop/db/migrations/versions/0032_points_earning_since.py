"""Points are earned from the day the shop turns earning on (``shop.points_earning_since``; NULL while it is off):
fees paid off before that day earn nothing, so turning points on after months of use is no windfall on every
customer's paid history.

A shop that already earns at the upgrade keeps exactly the earnings it would have had: before this revision every
fully paid fee earned, whenever it was paid, so its day is the shop day of its earliest allocation (no fee can have
been paid off before a payment was first set against a charge) — every fee already paid still earns when its customer
next pays, as before, and the earnings written stay as they are. Such a shop with no allocation yet has paid no fee:
its day is the day of the upgrade. A shop with earning off stays off (NULL).

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from toysub_desktop.db.types import UTCDateTime
from toysub_desktop.domain.dates import shop_today

revision: str = "0032"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("points_earning_since", sa.Date(), nullable=True))
    connection = op.get_bind()
    shop = sa.table(
        "shop",
        sa.column("points_earn_percent", sa.Integer()),
        sa.column("points_earning_since", sa.Date()),
    )
    if not connection.execute(
        sa.select(sa.func.count()).select_from(shop).where(shop.c.points_earn_percent > 0)
    ).scalar():
        return
    allocation = sa.table("ledger_allocation", sa.column("recorded_at", UTCDateTime()))
    first_paid = connection.execute(sa.select(sa.func.min(allocation.c.recorded_at))).scalar()
    connection.execute(
        shop.update().where(shop.c.points_earn_percent > 0).values(points_earning_since=shop_today(first_paid))
    )


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("points_earning_since")
