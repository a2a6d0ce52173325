"""Points earned per paid month (``domain.points``): when a monthly fee becomes fully paid — by a payment at the
counter, a matched bank line, credit applied later or points — its earning is written in the same transaction,
whichever path paid it. The session that changes the ledger does it just before it commits (after the open amounts
are brought up to date, ``db.ledger_balance``), for the accounts it touched. One live earning per charge: the points
entry names the charge under a unique key over the live entries, so however often it is paid it earns once (an
earning whose fee is no longer paid is voided by the services that unpay it, ``services.queries.points``).

Only fees paid off on or after the day the shop turned earning on earn (``Shop.points_earning_since``,
``PointsRules.earns_when_paid_off_on``): a shop turning points on after months of use gives no windfall on the
months already paid, and a fee paid off while earning was off never earns, not even when the customer next pays.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import LedgerAllocation, LedgerEntry, PointsEntry, Shop
from toysub_desktop.domain.dates import SHOP_TIMEZONE, shop_today
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.points import EARNING_UNPAID, PointsKind, PointsRules

_CREDIT = aliased(LedgerEntry, name="paying_credit")


def earn_points_for_paid_charges(session: Session, customer_ids: Iterable[int]) -> int:
    """Write the earnings of these customers' fully paid monthly fees that have none yet; returns how many.

    A fee settled wholly or partly by a write-off was not paid and earns nothing, nor one paid off before the day
    earning was turned on. The earning is dated the day the last allocation paid the fee off, and names whoever
    recorded that allocation."""
    ids = sorted(set(customer_ids))
    if not ids:
        return 0
    shop = session.execute(select(Shop.points_earn_percent, Shop.points_earning_since).limit(1)).one_or_none()
    if shop is None or not shop.points_earn_percent or shop.points_earning_since is None:
        return 0
    rules = PointsRules(earn_percent=shop.points_earn_percent, earning_since=shop.points_earning_since)
    # A fee paid off on or after the day had an allocation since the day began: the fees paid off before it (they
    # never earn) are not read again at every payment. The rule itself is checked on the last allocation below.
    day_began = datetime.combine(shop.points_earning_since, time(), tzinfo=SHOP_TIMEZONE)
    charges = session.execute(
        select(LedgerEntry.id, LedgerEntry.customer_id, LedgerEntry.amount).where(
            LedgerEntry.customer_id.in_(ids),
            LedgerEntry.kind == EntryKind.CYCLE_FEE.value,
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.open_amount == 0,
            ~exists().where(PointsEntry.charge_id == LedgerEntry.id, PointsEntry.voided_at.is_(None)),
            exists().where(LedgerAllocation.debit_id == LedgerEntry.id, LedgerAllocation.recorded_at >= day_began),
        )
    ).all()
    if not charges:
        return 0
    # An earning a manager voided as a mistake stays voided (one voided as unpaid is earned again once paid again).
    voided_as_mistake = set(
        session.scalars(
            select(PointsEntry.charge_id).where(
                PointsEntry.customer_id.in_(ids),
                PointsEntry.kind == PointsKind.EARNED.value,
                PointsEntry.charge_id.in_([charge_id for charge_id, _, _ in charges]),
                PointsEntry.voided_at.is_not(None),
                PointsEntry.void_reason != EARNING_UNPAID,
            )
        )
    )
    to_earn = [
        (charge_id, customer_id, amount)
        for charge_id, customer_id, amount in charges
        if charge_id not in voided_as_mistake
    ]
    paid_by: dict[int, list[tuple[str, datetime, int]]] = {}
    for debit_id, kind, at, staff_id in session.execute(
        select(LedgerAllocation.debit_id, _CREDIT.kind, LedgerAllocation.recorded_at, LedgerAllocation.recorded_by_id)
        .join(_CREDIT, and_(_CREDIT.id == LedgerAllocation.credit_id, _CREDIT.voided_at.is_(None)))
        .where(LedgerAllocation.debit_id.in_([charge_id for charge_id, _, _ in to_earn]))
    ).tuples():
        paid_by.setdefault(debit_id, []).append((kind, at, staff_id))
    written = 0
    for charge_id, customer_id, amount in to_earn:
        allocations = paid_by.get(charge_id, [])
        points = rules.earned_for(amount)
        if not allocations or points <= 0 or any(kind == EntryKind.WRITE_OFF.value for kind, _, _ in allocations):
            continue
        _, last_at, last_staff = max(allocations, key=lambda allocation: allocation[1])
        if not rules.earns_when_paid_off_on(shop_today(last_at)):
            continue
        session.add(
            PointsEntry(
                customer_id=customer_id,
                kind=PointsKind.EARNED.value,
                points=points,
                entry_on=shop_today(last_at),
                charge_id=charge_id,
                recorded_at=last_at,
                recorded_by_id=last_staff,
            )
        )
        written += 1
    if written:
        session.flush()
    return written
