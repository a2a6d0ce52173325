"""Overdue charges inside a session: the shop's overdue rules, what of a charge is unpaid, and the SQL twin of
``domain.overdue.held_for_overdue`` that the delivery lists, the packing steps and lending ask.

A charge's unpaid part is its open amount (``db.ledger_balance``): its amount less its live allocations, the same as
``queries.ledger.open_debits`` works it out in Python, kept on the entry with every change to the account.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, false, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from toysub_desktop.db.models import LedgerEntry, Shop
from toysub_desktop.domain.ledger import CHARGE_KINDS
from toysub_desktop.domain.overdue import DEFAULT_GRACE_DAYS, OverdueRules, hold_before

CHARGE_KIND_VALUES = sorted(kind.value for kind in CHARGE_KINDS)


def overdue_rules(session: Session) -> OverdueRules:
    row = session.execute(select(Shop.overdue_grace_days, Shop.overdue_hold_days).limit(1)).first()
    if row is None:
        return OverdueRules(DEFAULT_GRACE_DAYS, None)
    return OverdueRules(row[0], row[1])


def unpaid_charge_before(cutoff: date, charge: type[LedgerEntry] = LedgerEntry) -> ColumnElement[bool]:
    """SQL: *charge* is a live charge due before *cutoff* that credits have not covered in full (its open amount,
    ``db.ledger_balance``: the terms of the unpaid debits' partial index, so the index serves it)."""
    return and_(
        charge.voided_at.is_(None),
        charge.open_amount > 0,
        charge.entry_on < cutoff,
        # "kind || ''", which no index serves: SQLite (without statistics) would otherwise read every charge of the
        # shop through the entry kinds' index, instead of the few unpaid debits through theirs.
        charge.kind.concat(literal_column("''")).in_(CHARGE_KIND_VALUES),
    )


def overdue_hold_condition(customer_id: InstrumentedAttribute[int], cutoff: date | None) -> ColumnElement[bool]:
    """SQL twin of ``domain.overdue.held_for_overdue`` for the customer in *customer_id*: an unpaid charge due
    before *cutoff* (``domain.overdue.hold_before``; None: the shop does not hold, never true)."""
    if cutoff is None:
        return false()
    charge = aliased(LedgerEntry, name="overdue_charge")
    return exists().where(charge.customer_id == customer_id, unpaid_charge_before(cutoff, charge))


def overdue_hold_cutoff(session: Session, today: date) -> date | None:
    """``domain.overdue.hold_before`` by the shop's settings."""
    return hold_before(today, overdue_rules(session))


def held_for_overdue_ids(session: Session, customer_ids: set[int], today: date) -> set[int]:
    """Which of these customers are held for being overdue today."""
    cutoff = overdue_hold_cutoff(session, today)
    if cutoff is None or not customer_ids:
        return set()
    query = (
        select(LedgerEntry.customer_id)
        .where(LedgerEntry.customer_id.in_(customer_ids), unpaid_charge_before(cutoff))
        .distinct()
    )
    return set(session.scalars(query))
