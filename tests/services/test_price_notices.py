"""Who a price change reaches, by when they must be told, and recording that they were, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, PriceNotice
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.domain.price_notices import NoticeMethod
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.document_sheets import contract_sheet
from toysub_desktop.services.plans import create_plan, plan_view, schedule_price_change
from toysub_desktop.services.price_notices import (
    PriceNoticeRow,
    count_awaiting_price_notices,
    preview_price_change,
    price_notices_due,
    record_price_notice,
)
from toysub_desktop.services.shop import subscription_settings, update_subscription_settings
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    change_plan,
    renew,
    renewal_preview,
    sign_up,
    subscription_view,
)

TODAY = date(2026, 3, 2)  # NOW in Seoul
OPENED = date(2025, 1, 2)  # the shop's first customers and plans


def at(day: date) -> datetime:
    """Mid-morning in Seoul on *day*, as the UTC moment services take."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@dataclass
class Shop:
    owner: int
    basic: int
    premium: int
    customers: dict[str, int]

    def box(self, db: Database, name: str, *, start: date, plan: int | None = None, months: int = 12) -> int:
        new = NewSubscription(
            customer_id=self.customers[name],
            plan_id=plan or self.basic,
            term_months=months,
            start_on=start,
            payment_method=PaymentMethod.CARD,
            delivery_day=5,
        )
        return sign_up(db, staff_id=self.owner, new=new, now=at(start))


def _box_plan(db: Database, owner: int, name: str, price: int) -> int:
    return create_plan(
        db,
        staff_id=owner,
        name=name,
        kind=PlanKind.BOX,
        tier="",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=0,
        deposit=0,
        monthly_price=price,
        now=at(OPENED),
    )


@pytest.fixture
def shop(db: Database, owner_id: int) -> Shop:
    customers = {}
    for name, phone in (("김민수", "010-1234-5678"), ("이서연", "010-3456-7890"), ("박지민", "010-4567-8901")):
        new = new_customer(name, phone=phone, given_on=OPENED)
        customers[name] = register_customer(db, staff_id=owner_id, new=new, now=at(OPENED))
    return Shop(
        owner=owner_id,
        basic=_box_plan(db, owner_id, "정기배송 베이직", 29_000),
        premium=_box_plan(db, owner_id, "정기배송 프리미엄", 39_000),
        customers=customers,
    )


def raise_basic(db: Database, shop: Shop, price: int = 32_000, effective_from: date = date(2026, 6, 1)) -> int:
    return schedule_price_change(
        db, staff_id=shop.owner, plan_id=shop.basic, monthly_price=price, effective_from=effective_from, now=NOW
    )


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def by_contract(rows: list[PriceNoticeRow]) -> dict[int, list[PriceNoticeRow]]:
    found: dict[int, list[PriceNoticeRow]] = {}
    for row in rows:
        found.setdefault(row.subscription_id, []).append(row)
    return found


def test_a_price_change_reaches_each_subscriber_at_their_renewal(db: Database, shop: Shop) -> None:
    ending_soon = shop.box(db, "김민수", start=date(2025, 4, 1))  # term ends 2026-03-31, before the new price
    ending_later = shop.box(db, "이서연", start=TODAY)  # term ends 2027-03-01, after it
    shop.box(db, "박지민", start=TODAY, plan=shop.premium)  # another plan: not reached
    price_id = raise_basic(db, shop)

    rows = price_notices_due(db, today=TODAY)

    assert [(r.subscription_id, r.applies_from, r.tell_by) for r in rows] == [
        # max(effective 2026-06-01, renewal 2026-04-01) − 30 days
        (ending_soon, date(2026, 6, 1), date(2026, 5, 2)),
        # max(effective 2026-06-01, renewal 2027-03-02) − 30 days
        (ending_later, date(2027, 3, 2), date(2027, 1, 31)),
    ]
    first = rows[0]
    assert (first.customer_name, first.plan_name, first.old_price, first.new_price) == (
        "김민수",
        "정기배송 베이직",
        29_000,
        32_000,
    )
    assert first.contract_number.startswith("TS-2025-")
    assert first.customer_number
    assert (first.plan_price_id, first.price_effective_from, first.notice) == (price_id, date(2026, 6, 1), None)
    assert count_awaiting_price_notices(db, today=TODAY) == 2


def test_the_notice_period_is_the_shops_setting(db: Database, shop: Shop) -> None:
    shop.box(db, "이서연", start=TODAY)
    raise_basic(db, shop)
    settings = subscription_settings(db)
    update_subscription_settings(
        db,
        by_staff_id=shop.owner,
        price_notice_days=60,
        pause_end_rule=PauseEndRule.EXTEND_TERM,
        max_pause_days=90,
        early_termination_percent=10,
        early_termination_cap=None,
        pause_terms="",
        cancellation_terms="",
        refund_terms="",
        expected_version=settings.version,
        now=NOW,
    )
    (row,) = price_notices_due(db, today=TODAY)
    assert row.tell_by == date(2027, 1, 1)  # 2027-03-02 − 60 days


def test_cancelled_renewed_and_finished_contracts_are_not_told(db: Database, shop: Shop) -> None:
    cancelled = shop.box(db, "김민수", start=TODAY)
    cancel(db, staff_id=shop.owner, subscription_id=cancelled, effective_on=date(2026, 5, 2), now=NOW)
    shop.box(db, "박지민", start=date(2025, 1, 2))  # ended 2026-01-01
    renewed = shop.box(db, "이서연", start=date(2025, 4, 1))  # ends 2026-03-31; renewed now at its first day's 29,000
    renewal = renew(db, staff_id=shop.owner, subscription_id=renewed, term_months=12, now=NOW)
    raise_basic(db, shop)

    rows = price_notices_due(db, today=TODAY)

    # The renewal was signed before the new price, so it keeps 29,000 for its term and meets 32,000 after it.
    assert [(r.subscription_id, r.applies_from) for r in rows] == [(renewal, date(2027, 4, 1))]


def test_a_plan_change_decides_which_price_reaches_the_contract(db: Database, shop: Shop) -> None:
    to_basic = shop.box(db, "김민수", start=date(2025, 9, 1), plan=shop.premium)
    to_premium = shop.box(db, "이서연", start=date(2025, 9, 1))
    change_plan(db, staff_id=shop.owner, subscription_id=to_basic, plan_id=shop.basic, now=NOW)
    change_plan(db, staff_id=shop.owner, subscription_id=to_premium, plan_id=shop.premium, now=NOW)
    raise_basic(db, shop)

    (row,) = price_notices_due(db, today=TODAY)

    assert (row.subscription_id, row.plan_id, row.old_price, row.new_price) == (to_basic, shop.basic, 29_000, 32_000)
    assert row.applies_from == date(2026, 9, 1)


def test_a_later_price_replaces_an_earlier_one_before_it_reaches_a_contract(db: Database, shop: Shop) -> None:
    ending_soon = shop.box(db, "김민수", start=date(2025, 4, 1))  # renews 2026-04-01
    ending_later = shop.box(db, "이서연", start=TODAY)  # renews 2027-03-02
    june = raise_basic(db, shop, 32_000, date(2026, 6, 1))
    december = raise_basic(db, shop, 34_000, date(2026, 12, 1))

    found = by_contract(price_notices_due(db, today=TODAY))

    assert [(r.plan_price_id, r.applies_from) for r in found[ending_soon]] == [
        (june, date(2026, 6, 1)),
        (december, date(2026, 12, 1)),
    ]
    assert [(r.plan_price_id, r.new_price) for r in found[ending_later]] == [(december, 34_000)]


def test_a_price_that_took_effect_still_reaches_later_renewals(db: Database, shop: Shop) -> None:
    contract = shop.box(db, "이서연", start=date(2025, 9, 1), months=24)  # renews 2027-09-01
    raise_basic(db, shop, 32_000, date(2026, 4, 1))

    assert price_notices_due(db, today=date(2026, 4, 2))[0].subscription_id == contract
    assert price_notices_due(db, today=date(2026, 4, 2))[0].applies_from == date(2027, 9, 1)


def test_recording_a_notice_takes_the_subscriber_off_the_waiting_list(db: Database, shop: Shop) -> None:
    contract = shop.box(db, "이서연", start=TODAY)
    shop.box(db, "김민수", start=TODAY)
    price_id = raise_basic(db, shop)
    audits = count(db, AuditEntry)

    record_price_notice(
        db,
        staff_id=shop.owner,
        subscription_id=contract,
        plan_price_id=price_id,
        told_on=TODAY,
        method=NoticeMethod.TEXT,
        acknowledged=False,
        note="  문자   발송 ",
        now=NOW,
    )

    assert count_awaiting_price_notices(db, today=TODAY) == 1
    assert [r.customer_name for r in price_notices_due(db, today=TODAY, awaiting_only=True)] == ["김민수"]
    told = by_contract(price_notices_due(db, today=TODAY))[contract][0]
    assert told.notice is not None
    assert (told.notice.told_on, told.notice.method, told.notice.acknowledged, told.notice.note) == (
        TODAY,
        NoticeMethod.TEXT,
        False,
        "문자 발송",
    )
    assert told.notice.recorded_by == "박지영"
    assert count(db, AuditEntry) == audits + 1


def test_telling_again_supersedes_and_keeps_the_earlier_notice(db: Database, shop: Shop) -> None:
    contract = shop.box(db, "이서연", start=TODAY)
    price_id = raise_basic(db, shop)
    for acknowledged, moment in ((False, NOW), (True, at(date(2026, 3, 5)))):
        record_price_notice(
            db,
            staff_id=shop.owner,
            subscription_id=contract,
            plan_price_id=price_id,
            told_on=moment.date(),
            method=NoticeMethod.PHONE,
            acknowledged=acknowledged,
            now=moment,
        )

    (row,) = price_notices_due(db, today=date(2026, 3, 5))

    assert row.notice is not None and row.notice.acknowledged
    assert row.notice.told_on == date(2026, 3, 5)
    assert [n.told_on for n in row.earlier_notices] == [TODAY]
    assert count(db, PriceNotice) == 2


@pytest.mark.parametrize(
    ("told_on", "field"),
    [
        (date(2026, 3, 3), "told_on"),  # tomorrow
        (date(2026, 3, 1), "told_on"),  # before the price change was recorded
    ],
)
def test_an_impossible_notice_date_is_refused_and_nothing_is_written(
    db: Database, shop: Shop, told_on: date, field: str
) -> None:
    contract = shop.box(db, "이서연", start=TODAY)
    price_id = raise_basic(db, shop)
    audits = count(db, AuditEntry)
    with pytest.raises(ValidationError) as refused:
        record_price_notice(
            db,
            staff_id=shop.owner,
            subscription_id=contract,
            plan_price_id=price_id,
            told_on=told_on,
            method=NoticeMethod.PHONE,
            acknowledged=True,
            now=NOW,
        )
    assert refused.value.fields == (field,)
    assert (count(db, PriceNotice), count(db, AuditEntry)) == (0, audits)


def test_a_notice_for_a_contract_the_price_does_not_reach_is_refused(db: Database, shop: Shop) -> None:
    other_plan = shop.box(db, "박지민", start=TODAY, plan=shop.premium)
    price_id = raise_basic(db, shop)
    with pytest.raises(ValidationError) as refused:
        record_price_notice(
            db,
            staff_id=shop.owner,
            subscription_id=other_plan,
            plan_price_id=price_id,
            told_on=TODAY,
            method=NoticeMethod.IN_PERSON,
            acknowledged=True,
            note="x" * 301,
            now=NOW,
        )
    assert set(refused.value.fields) == {"note"}
    with pytest.raises(ValidationError) as refused:
        record_price_notice(
            db,
            staff_id=shop.owner,
            subscription_id=other_plan,
            plan_price_id=price_id,
            told_on=TODAY,
            method=NoticeMethod.IN_PERSON,
            acknowledged=True,
            now=NOW,
        )
    assert refused.value.fields == ("subscription",)
    assert count(db, PriceNotice) == 0


def test_the_preview_counts_whom_a_new_price_would_reach_before_it_is_saved(db: Database, shop: Shop) -> None:
    shop.box(db, "김민수", start=date(2025, 3, 20))  # renews 2026-03-20, in less than 30 days
    shop.box(db, "이서연", start=TODAY)  # renews 2027-03-02
    shop.box(db, "박지민", start=TODAY, plan=shop.premium)

    soon = preview_price_change(db, plan_id=shop.basic, monthly_price=32_000, effective_from=date(2026, 3, 20), now=NOW)
    # 2026-03-20 − 30 days is already past: that subscriber cannot be given the full notice.
    assert (soon.affected, soon.notice_days, soon.first_tell_by, soon.too_late) == (2, 30, date(2026, 2, 18), 1)
    later = preview_price_change(db, plan_id=shop.basic, monthly_price=32_000, effective_from=date(2026, 6, 1), now=NOW)
    assert (later.affected, later.first_tell_by, later.too_late) == (2, date(2026, 5, 2), 0)
    same_price = preview_price_change(
        db, plan_id=shop.basic, monthly_price=29_000, effective_from=date(2026, 6, 1), now=NOW
    )
    assert same_price.affected == 0
    assert price_notices_due(db, today=TODAY) == []  # nothing was saved


def test_a_past_dated_price_change_is_refused_and_nothing_is_written(db: Database, shop: Shop) -> None:
    shop.box(db, "김민수", start=date(2025, 4, 1))  # renews 2026-04-01
    audits = count(db, AuditEntry)
    with pytest.raises(ValidationError) as refused:
        raise_basic(db, shop, 32_000, date(2026, 3, 1))  # yesterday: the customers were told 29,000 until now
    assert refused.value.fields == ("effective_from",)
    assert count(db, AuditEntry) == audits
    assert plan_view(db, shop.basic, today=TODAY).scheduled_prices == ()
    assert price_notices_due(db, today=TODAY) == []
    raise_basic(db, shop, 32_000, TODAY)  # from today is accepted, and reaches the renewal
    assert [(row.new_price, row.applies_from) for row in price_notices_due(db, today=TODAY)] == [
        (32_000, date(2026, 4, 1))
    ]


def test_an_early_renewal_is_signed_at_the_price_the_subscriber_was_told(db: Database, shop: Shop) -> None:
    enter_shop_details(db)  # the renewal's contract names the seller
    contract = shop.box(db, "김민수", start=date(2025, 6, 1))  # 12 months: the term ends 2026-05-31
    price_id = raise_basic(db, shop, 32_000, date(2026, 6, 1))
    (told,) = price_notices_due(db, today=TODAY)
    # What the list tells them: 32,000원 from 2026-06-01, their new term's first day.
    assert (told.old_price, told.new_price, told.applies_from, told.tell_by) == (
        29_000,
        32_000,
        date(2026, 6, 1),
        date(2026, 5, 2),
    )
    record_price_notice(
        db, staff_id=shop.owner, subscription_id=contract, plan_price_id=price_id, told_on=date(2026, 3, 5),
        method=NoticeMethod.PHONE, acknowledged=True, now=at(date(2026, 3, 5)),
    )  # fmt: skip

    april = date(2026, 4, 10)  # within the renewal window, while 29,000원 is still the catalogue price
    start, figures = renewal_preview(db, contract, 12, today=april)
    assert (start, figures.list_price, figures.monthly_fee, figures.total_fees) == (
        date(2026, 6, 1),
        32_000,
        32_000,
        384_000,  # 32,000 × 12
    )
    renewal = renew(db, staff_id=shop.owner, subscription_id=contract, term_months=12, now=at(april))

    view = subscription_view(db, renewal, today=april)
    assert (view.timeline.start, view.list_price, view.monthly_fee) == (date(2026, 6, 1), 32_000, 32_000)
    offer = contract_sheet(db, renewal).plan  # the renewal's contract shows the same figures
    assert (offer.monthly_fee_won, offer.monthly_payable_won, offer.total_won) == (32_000, 32_000, 384_000)
    # Told and signed at the new price: nothing is left to tell, now or a year on.
    assert price_notices_due(db, today=april) == []
    assert price_notices_due(db, today=date(2027, 3, 1)) == []


def test_a_renewal_signed_before_a_price_is_recorded_keeps_the_price_of_its_first_day(db: Database, shop: Shop) -> None:
    contract = shop.box(db, "김민수", start=date(2025, 6, 1))  # renews 2026-06-01
    start, figures = renewal_preview(db, contract, 24, today=date(2026, 4, 10))
    # No change recorded yet: 29,000 less the 24-month term's 5 % (1,450) = 27,550; × 24 = 661,200.
    assert (start, figures.list_price, figures.monthly_fee, figures.total_fees) == (
        date(2026, 6, 1),
        29_000,
        27_550,
        661_200,
    )


def test_a_notice_given_after_its_tell_by_day_is_marked_late_on_the_list_and_in_its_history(
    db: Database, shop: Shop
) -> None:
    soon = shop.box(db, "김민수", start=date(2025, 4, 1))  # renews 2026-04-01
    later_one = shop.box(db, "이서연", start=TODAY)  # renews 2027-03-02
    price_id = raise_basic(db, shop, 32_000, date(2026, 4, 1))
    deadlines = {row.subscription_id: row.tell_by for row in price_notices_due(db, today=TODAY)}
    # 2026-04-01 − 30 days = 2026-03-02; 2027-03-02 − 30 days = 2027-01-31.
    assert deadlines == {soon: date(2026, 3, 2), later_one: date(2027, 1, 31)}
    for day in (date(2026, 3, 5), date(2026, 3, 9)):
        for contract in (soon, later_one):
            record_price_notice(
                db, staff_id=shop.owner, subscription_id=contract, plan_price_id=price_id, told_on=day,
                method=NoticeMethod.PHONE, acknowledged=day.day == 9, now=at(day),
            )  # fmt: skip

    found = by_contract(price_notices_due(db, today=date(2026, 3, 9)))

    (late,) = found[soon]  # told 3 and 7 days after 2026-03-02
    assert late.told_late
    assert [(n.told_on, n.late) for n in late.history] == [(date(2026, 3, 9), True), (date(2026, 3, 5), True)]
    (in_time,) = found[later_one]
    assert not in_time.told_late
    assert [n.late for n in in_time.history] == [False, False]
