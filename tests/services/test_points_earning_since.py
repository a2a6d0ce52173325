"""Points are earned from the day the shop turns earning on, on SQLite and PostgreSQL: the months a customer paid
before that day never earn, not even when the customer next pays; turning earning off and on again starts again from
the new day; changing only the percent keeps the day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from support import NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, LedgerEntry, PointsEntry
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import PointsKind
from toysub_desktop.services.ledger import NewPayment, bill_customer, take_payment
from toysub_desktop.services.points import points_balance, points_settings, update_points_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

FEE = 29_000  # 정기배송 베이직, monthly from 2 March, no trial


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)  # 10:00 at the shop


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    """김민수 on the monthly box from 2 March; the shop earns no points yet."""
    ids = sample_shop(db, owner_id)
    new = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 2), PaymentMethod.BANK_TRANSFER)
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    return ids


def set_percent(db: Database, ids: dict[str, int], percent: int, day: date) -> None:
    update_points_settings(
        db, by_staff_id=ids["owner"], earn_percent=percent, referrer_reward=5_000, referred_reward=3_000,
        expiry_months=12, expected_version=points_settings(db).version, now=at(day),
    )  # fmt: skip


def pay(db: Database, ids: dict[str, int], amount: int, day: date) -> None:
    take_payment(db, staff_id=ids["owner"], payment=NewPayment(ids["customer"], amount, PaymentMeans.CASH), now=at(day))


def bill(db: Database, ids: dict[str, int], day: date) -> None:
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(day))


def earned_months(db: Database, customer: int) -> list[tuple[date, date]]:
    """(the fee's due date, the day it earned) of the live earnings."""
    with db.reading() as session:
        rows = session.execute(
            select(LedgerEntry.entry_on, PointsEntry.entry_on)
            .join(LedgerEntry, LedgerEntry.id == PointsEntry.charge_id)
            .where(
                PointsEntry.customer_id == customer,
                PointsEntry.kind == PointsKind.EARNED.value,
                PointsEntry.voided_at.is_(None),
            )
            .order_by(LedgerEntry.entry_on)
        ).all()
    return [(due, on) for due, on in rows]


def test_months_paid_before_earning_was_turned_on_never_earn_even_when_the_next_payment_comes(
    db: Database, ids: dict[str, int]
) -> None:
    kim = ids["customer"]
    bill(db, ids, date(2026, 4, 5))  # March and April
    pay(db, ids, FEE, date(2026, 4, 5))  # March paid off while the shop earned nothing
    pay(db, ids, 10_000, date(2026, 4, 6))  # part of April
    assert points_settings(db).rules.earning_since is None

    set_percent(db, ids, 1, date(2026, 4, 10))
    assert points_settings(db).rules.earning_since == date(2026, 4, 10)

    # The rest of April, paid off after the day: April earns; March, paid before it, does not — no windfall.
    pay(db, ids, FEE - 10_000, date(2026, 4, 12))
    assert earned_months(db, kim) == [(date(2026, 4, 2), date(2026, 4, 12))]
    # Nor at any later payment.
    bill(db, ids, date(2026, 5, 2))
    pay(db, ids, FEE, date(2026, 5, 3))
    assert earned_months(db, kim) == [(date(2026, 4, 2), date(2026, 4, 12)), (date(2026, 5, 2), date(2026, 5, 3))]
    assert points_balance(db, kim, today=date(2026, 5, 3)) == 2 * 290


def test_a_fee_paid_off_on_the_day_earning_is_turned_on_earns(db: Database, ids: dict[str, int]) -> None:
    bill(db, ids, date(2026, 3, 10))
    set_percent(db, ids, 1, date(2026, 3, 10))
    pay(db, ids, FEE, date(2026, 3, 10))
    assert earned_months(db, ids["customer"]) == [(date(2026, 3, 2), date(2026, 3, 10))]


def test_turning_earning_off_and_on_again_earns_from_the_new_day_and_never_for_fees_paid_while_it_was_off(
    db: Database, ids: dict[str, int]
) -> None:
    kim = ids["customer"]
    set_percent(db, ids, 1, date(2026, 3, 2))
    bill(db, ids, date(2026, 4, 5))
    pay(db, ids, FEE, date(2026, 4, 5))  # March, while on: earns
    assert earned_months(db, kim) == [(date(2026, 3, 2), date(2026, 4, 5))]

    set_percent(db, ids, 0, date(2026, 4, 6))
    assert points_settings(db).rules.earning_since is None
    pay(db, ids, FEE, date(2026, 4, 7))  # April, while off: nothing
    assert len(earned_months(db, kim)) == 1

    set_percent(db, ids, 2, date(2026, 4, 20))
    assert points_settings(db).rules.earning_since == date(2026, 4, 20)
    bill(db, ids, date(2026, 5, 2))
    pay(db, ids, FEE, date(2026, 5, 4))  # May, paid off after the new day: 2 %; April still nothing
    assert earned_months(db, kim) == [(date(2026, 3, 2), date(2026, 4, 5)), (date(2026, 5, 2), date(2026, 5, 4))]
    assert points_balance(db, kim, today=date(2026, 5, 4)) == 290 + 580


def test_changing_only_the_percent_keeps_the_day_and_the_audit_names_what_changed(
    db: Database, ids: dict[str, int]
) -> None:
    set_percent(db, ids, 1, date(2026, 3, 2))
    set_percent(db, ids, 3, date(2026, 4, 20))
    assert points_settings(db).rules.earning_since == date(2026, 3, 2)
    bill(db, ids, date(2026, 4, 21))
    pay(db, ids, FEE, date(2026, 4, 21))  # March, paid off after the day it was turned on: earns, at 3 %
    assert points_balance(db, ids["customer"], today=date(2026, 4, 21)) == 870

    with db.reading() as session:
        changes = session.execute(
            select(AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.action == "shop.settings")
            .order_by(AuditEntry.id)
        ).all()
    turned_on, percent_only = changes[-2:]
    assert turned_on.after["points_earning_since"] == "2026-03-02"
    assert "points_earning_since" not in percent_only.after
    assert percent_only.after["points_earn_percent"] == 3
