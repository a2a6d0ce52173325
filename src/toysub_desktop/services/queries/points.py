"""Points (적립금) inside a transaction: the shop's rules, a customer's live moves, and writing down the expiries the
rules say happened (``domain.points``); shared by the points services and the sign-up's referral rewards."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import LedgerEntry, PointsEntry, Shop
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.ledger import EntryKind, OpenDebit
from toysub_desktop.domain.points import EARNING_UNPAID, PointsKind, PointsMove, PointsRules, PointsState, points_state
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.queries.ledger import open_debits

#: The reason an expiry is voided when a void changed what was left of its lot (translated where shown).
EXPIRY_RECOMPUTED = QT_TRANSLATE_NOOP("Ledger", "Recomputed after a void")


def points_rules(session: Session) -> PointsRules:
    shop = session.scalars(select(Shop).limit(1)).one()
    return PointsRules(
        earn_percent=shop.points_earn_percent,
        referrer_reward=shop.referrer_reward,
        referred_reward=shop.referred_reward,
        expiry_months=shop.points_expiry_months,
        earning_since=shop.points_earning_since,
    )


def live_points_entries(session: Session, customer_id: int) -> list[PointsEntry]:
    return list(
        session.scalars(
            select(PointsEntry)
            .where(PointsEntry.customer_id == customer_id, PointsEntry.voided_at.is_(None))
            .order_by(PointsEntry.entry_on, PointsEntry.id)
        )
    )


def moves_of(entries: list[PointsEntry]) -> list[PointsMove]:
    """The live entries as the rules read them (written expiries are what the rules compute, not moves)."""
    return [
        PointsMove(e.id, PointsKind(e.kind), e.points, e.entry_on)
        for e in entries
        if e.voided_at is None and e.kind != PointsKind.EXPIRED.value
    ]


def current_points(session: Session, customer_id: int, today: date) -> PointsState:
    return points_state(moves_of(live_points_entries(session, customer_id)), today, points_rules(session))


def write_expiries(session: Session, customer_id: int, *, today: date, staff_id: int, now: datetime) -> PointsState:
    """Bring the written expiries in line with the rules up to *today* (one live expiry per lot), so the live
    entries add up to the balance; an expiry a void changed is voided and written again. Returns the state."""
    entries = live_points_entries(session, customer_id)
    state = points_state(moves_of(entries), today, points_rules(session))
    wanted = {(e.lot_id, e.points, e.on) for e in state.expiries}
    written: set[tuple[int | None, int, date]] = set()
    for entry in entries:
        if entry.kind != PointsKind.EXPIRED.value:
            continue
        key = (entry.lot_id, entry.points, entry.entry_on)
        if key in wanted and key not in written:
            written.add(key)
        else:
            entry.voided_at = now
            entry.voided_by_id = staff_id
            entry.void_reason = EXPIRY_RECOMPUTED
    for expiry in state.expiries:
        if (expiry.lot_id, expiry.points, expiry.on) in written:
            continue
        session.add(
            PointsEntry(
                customer_id=customer_id,
                kind=PointsKind.EXPIRED.value,
                points=expiry.points,
                entry_on=expiry.on,
                lot_id=expiry.lot_id,
                recorded_at=now,
                recorded_by_id=staff_id,
            )
        )
    session.flush()
    return state


def add_points(
    session: Session,
    customer_id: int,
    kind: PointsKind,
    points: int,
    *,
    on: date,
    staff_id: int,
    now: datetime,
    reason: str = "",
    referral_id: int | None = None,
    ledger_entry_id: int | None = None,
    replaces_id: int | None = None,
) -> PointsEntry:
    entry = PointsEntry(
        customer_id=customer_id,
        kind=kind.value,
        points=points,
        entry_on=on,
        reason=reason,
        referral_id=referral_id,
        ledger_entry_id=ledger_entry_id,
        replaces_id=replaces_id,
        recorded_at=now,
        recorded_by_id=staff_id,
    )
    session.add(entry)
    session.flush()
    return entry


def void_spending_of_discount(session: Session, discount_id: int, *, staff_id: int, now: datetime, reason: str) -> None:
    """The money ledger voided a points discount: its spending is voided with it (the points come back), and the
    customer's expiries follow."""
    customers: set[int] = set()
    for entry in session.scalars(
        select(PointsEntry).where(PointsEntry.ledger_entry_id == discount_id, PointsEntry.voided_at.is_(None))
    ):
        entry.voided_at = now
        entry.voided_by_id = staff_id
        entry.void_reason = reason
        customers.add(entry.customer_id)
    session.flush()
    for customer_id in customers:
        write_expiries(session, customer_id, today=shop_today(now), staff_id=staff_id, now=now)


def take_back_unpaid_earnings(session: Session, customer_id: int, *, staff_id: int, now: datetime) -> int:
    """Earnings whose fee is no longer fully paid (a payment or a points discount voided) are voided, in the
    transaction that unpaid it; paid again, the fee earns again (``db.points_earning``). An earning already spent
    stays: a void never takes back spent points. Returns how many were voided."""
    unpaid = {debit.id for debit in open_debits(session, customer_id) if debit.open > 0}
    charge = aliased(LedgerEntry, name="earned_for")
    earnings = list(
        session.scalars(
            select(PointsEntry)
            .join(charge, charge.id == PointsEntry.charge_id)
            .where(
                PointsEntry.customer_id == customer_id,
                PointsEntry.voided_at.is_(None),
                PointsEntry.kind == PointsKind.EARNED.value,
                or_(charge.voided_at.is_not(None), charge.id.in_(sorted(unpaid) or [0])),
            )
        )
    )
    if not earnings:
        return 0
    today = shop_today(now)
    rules = points_rules(session)
    voided = 0
    for earning in earnings:
        moves = moves_of(live_points_entries(session, customer_id))
        state = points_state([m for m in moves if m.id != earning.id], today, rules)
        if state.uncovered or state.balance < 0:
            continue
        earning.voided_at = now
        earning.voided_by_id = staff_id
        earning.void_reason = EARNING_UNPAID
        session.flush()
        voided += 1
    write_expiries(session, customer_id, today=today, staff_id=staff_id, now=now)
    return voided


def charges_points_pay(session: Session, customer_id: int) -> list[OpenDebit]:
    """The customer's open charges points may pay (charges, not refunds nor deposits), oldest first, as
    ``open_debits``."""
    debits = open_debits(session, customer_id)
    if not debits:
        return []
    kinds = dict(
        session.execute(select(LedgerEntry.id, LedgerEntry.kind).where(LedgerEntry.id.in_([d.id for d in debits])))
        .tuples()
        .all()
    )
    return [d for d in debits if EntryKind(kinds[d.id]).points_may_pay]
