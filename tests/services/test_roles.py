"""Who may do what, enforced by the services: an action beyond the caller's role is refused unless someone whose role
allows it approves with their PIN, and the audit then names both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from rental_support import RentalShop, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.services import plans, points, rentals, shop
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.backups import back_up_now, backup_place, restore_backup
from toysub_desktop.services.rentals import ReturnLine
from toysub_desktop.services.staff import idle_lock_minutes, reset_pin, set_first_pin, set_idle_lock_minutes, set_role

OWNER_PIN, MANAGER_PIN, CLERK_PIN = "482913", "5678", "1234"


@dataclass(frozen=True)
class Counter:
    shop: RentalShop
    manager: int
    clerk: int
    charge: int
    plan: int


@pytest.fixture
def counter(db: Database, owner_id: int) -> Counter:
    rental = rental_shop(db, owner_id)
    manager = shop.add_staff(db, by_staff_id=owner_id, name="한지민", role=StaffRole.MANAGER, now=NOW).id
    clerk = shop.add_staff(db, by_staff_id=owner_id, name="최유진", now=NOW).id
    for staff_id, pin in ((owner_id, OWNER_PIN), (manager, MANAGER_PIN), (clerk, CLERK_PIN)):
        set_first_pin(db, staff_id=staff_id, pin=pin, repeated_pin=pin, now=NOW)
    piano = rental.barcodes["piano"][0]
    rentals.lend(db, staff_id=owner_id, customer_id=rental.customer, child_id=rental.child, barcodes=[piano], now=NOW)
    returned = rentals.return_items(db, staff_id=owner_id, lines=[ReturnLine(piano, ReturnCondition.DAMAGED)], now=NOW)
    return Counter(rental, manager, clerk, returned.charge_ids[0], plans.list_plans(db)[0].id)


Action = Callable[[Database, Counter, int, Approval | None], object]


def _details(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    version = shop.shop_settings(db).version
    return shop.update_shop_details(
        db, by_staff_id=by, name="토이구독 합정점", business_number="2208162517",
        address="서울특별시 마포구 월드컵북로 396, 1층", phone="0212345678", expected_version=version,
        approval=approval, now=NOW,
    )  # fmt: skip


def _rules(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    current = shop.subscription_settings(db)
    return shop.update_subscription_settings(
        db, by_staff_id=by, price_notice_days=45, pause_end_rule=PauseEndRule.EXTEND_TERM, max_pause_days=60,
        early_termination_percent=10, early_termination_cap=None, pause_terms="", cancellation_terms="",
        refund_terms="", expected_version=current.version, approval=approval, now=NOW,
    )  # fmt: skip


def _check_days(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return shop.set_contact_check_days(db, by_staff_id=by, days=200, approval=approval, now=NOW)


def _fee_rules(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    version = rentals.rental_settings(db).version
    return rentals.update_rental_settings(
        db, by_staff_id=by, late_fee_per_day=700, late_fee_cap_days=15, suspension_after_days=15, loan_days=14,
        damage_fee_percent=30, expected_version=version, approval=approval, now=NOW,
    )  # fmt: skip


def _add_staff(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return shop.add_staff(db, by_staff_id=by, name="정다은", approval=approval, now=NOW)


def _role(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return set_role(db, by_staff_id=by, staff_id=c.clerk, role=StaffRole.MANAGER, approval=approval, now=NOW)


def _reset(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return reset_pin(db, by_staff_id=by, staff_id=c.manager, approval=approval, now=NOW)


def _price(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return plans.schedule_price_change(
        db, staff_id=by, plan_id=c.plan, monthly_price=42_000, effective_from=date(2026, 5, 1),
        approval=approval, now=NOW,
    )  # fmt: skip


def _discount(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return plans.create_discount_category(db, staff_id=by, name="군인 가족", percent=5, approval=approval, now=NOW)


def _void(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return rentals.void_charge(db, staff_id=by, charge_id=c.charge, reason="원래 있던 흠집", approval=approval, now=NOW)


def _idle_minutes(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return set_idle_lock_minutes(db, by_staff_id=by, minutes=5, approval=approval, now=NOW)


def _points_settings(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return points.update_points_settings(
        db, by_staff_id=by, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=12,
        expected_version=points.points_settings(db).version, approval=approval, now=NOW,
    )  # fmt: skip


def _grant_points(db: Database, c: Counter, by: int, approval: Approval | None) -> object:
    return points.grant_points(
        db, staff_id=by, customer_id=c.shop.customer, points=3_000, reason="배송 지연 사과", approval=approval, now=NOW
    )


OWNER_ONLY: dict[str, Action] = {
    "shop details": _details,
    "subscription rules": _rules,
    "contact check days": _check_days,
    "rental fee rules": _fee_rules,
    "add staff": _add_staff,
    "set a role": _role,
    "reset a PIN": _reset,
    "idle lock minutes": _idle_minutes,
    "points settings": _points_settings,
}
OWNER_OR_MANAGER: dict[str, Action] = {
    "price change": _price,
    "discount category": _discount,
    "void a charge": _void,
    "grant points": _grant_points,
}


def audit_rows(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def last_audit(db: Database) -> AuditEntry:
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        session.expunge(entry)
        return entry


def refused_without_approval(db: Database, counter: Counter, action: Action, by: int) -> None:
    before = audit_rows(db)
    with pytest.raises(ApprovalNeeded) as refused:
        action(db, counter, by, None)
    assert refused.value.fields == ("staff",)
    assert audit_rows(db) == before  # nothing written


@pytest.mark.parametrize("name", OWNER_ONLY)
def test_an_owner_only_action_is_refused_to_a_manager_and_a_clerk(db: Database, counter: Counter, name: str) -> None:
    for by in (counter.manager, counter.clerk):
        refused_without_approval(db, counter, OWNER_ONLY[name], by)
    # A manager's PIN does not approve it either.
    with pytest.raises(ValidationError) as refused:
        OWNER_ONLY[name](db, counter, counter.clerk, Approval(counter.manager, MANAGER_PIN))
    assert refused.value.fields == ("approval_staff",)


@pytest.mark.parametrize("name", OWNER_ONLY)
def test_the_owners_pin_approves_it_and_the_audit_names_both(db: Database, counter: Counter, name: str) -> None:
    OWNER_ONLY[name](db, counter, counter.clerk, Approval(counter.shop.owner, OWNER_PIN))
    entry = last_audit(db)
    assert (entry.staff_id, entry.approved_by_id) == (counter.clerk, counter.shop.owner)


@pytest.mark.parametrize("name", OWNER_ONLY)
def test_the_owner_needs_no_approval(db: Database, counter: Counter, name: str) -> None:
    OWNER_ONLY[name](db, counter, counter.shop.owner, None)
    entry = last_audit(db)
    assert (entry.staff_id, entry.approved_by_id) == (counter.shop.owner, None)


@pytest.mark.parametrize("name", OWNER_OR_MANAGER)
def test_a_manager_may_and_a_clerk_needs_a_managers_pin(db: Database, counter: Counter, name: str) -> None:
    action = OWNER_OR_MANAGER[name]
    refused_without_approval(db, counter, action, counter.clerk)
    before = audit_rows(db)
    with pytest.raises(ValidationError) as refused:
        action(db, counter, counter.clerk, Approval(counter.manager, "0000"))
    assert refused.value.fields == ("approval_pin",)
    assert audit_rows(db) == before
    action(db, counter, counter.clerk, Approval(counter.manager, MANAGER_PIN))
    entry = last_audit(db)
    assert (entry.staff_id, entry.approved_by_id) == (counter.clerk, counter.manager)


def test_a_manager_acts_on_their_own_role(db: Database, counter: Counter) -> None:
    _discount(db, counter, counter.manager, None)
    entry = last_audit(db)
    assert (entry.staff_id, entry.approved_by_id) == (counter.manager, None)


def test_wrong_approving_pins_lock_the_approvers_account(db: Database, counter: Counter) -> None:
    for _ in range(5):
        with pytest.raises(ValidationError):
            _discount(db, counter, counter.clerk, Approval(counter.manager, "0000"))
    with pytest.raises(ValidationError, match="locked"):
        _discount(db, counter, counter.clerk, Approval(counter.manager, MANAGER_PIN))


def test_the_shop_keeps_one_owner(db: Database, counter: Counter) -> None:
    with pytest.raises(ValidationError) as refused:
        set_role(db, by_staff_id=counter.shop.owner, staff_id=counter.shop.owner, role=StaffRole.CLERK, now=NOW)
    assert refused.value.fields == ("role",)


def test_restoring_a_backup_is_the_owners_or_needs_the_owners_pin(db: Database, counter: Counter) -> None:
    place = backup_place(db)
    if place is None:
        pytest.skip("PostgreSQL: the server's own backups apply")
    copy = back_up_now(place, now=NOW, keep=30)
    with pytest.raises(ApprovalNeeded):
        restore_backup(db, copy.path, by_staff_id=counter.manager, now=NOW)
    with pytest.raises(ValidationError) as refused:
        restore_backup(
            db, copy.path, by_staff_id=counter.clerk, approval=Approval(counter.manager, MANAGER_PIN), now=NOW
        )
    assert refused.value.fields == ("approval_staff",)
    assert audit_rows(db) > 0  # the database is still open and in use: nothing was restored

    safety = restore_backup(
        db, copy.path, by_staff_id=counter.clerk, approval=Approval(counter.shop.owner, OWNER_PIN), now=NOW
    )
    assert safety.exists()


def test_the_idle_lock_time_is_a_shop_setting_within_reason(db: Database, counter: Counter) -> None:
    assert idle_lock_minutes(db) == 10
    with pytest.raises(ValidationError) as refused:
        set_idle_lock_minutes(db, by_staff_id=counter.shop.owner, minutes=0, now=NOW)
    assert refused.value.fields == ("idle_lock_minutes",)
    set_idle_lock_minutes(db, by_staff_id=counter.shop.owner, minutes=3, now=NOW)
    assert idle_lock_minutes(db) == 3
