"""Signing up and every transition after it, on SQLite and PostgreSQL: what is kept, what is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from support import NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Consent, Subscription, SubscriptionEvent
from toysub_desktop.domain.contacts import ConsentKind, ConsentMethod
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.plans import schedule_price_change
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    SubscriptionFilter,
    cancel,
    cancellation_fee,
    change_plan,
    count_subscriptions,
    list_subscriptions,
    pause,
    plan_change_preview,
    quote_sign_up,
    renew,
    renewal_preview,
    resume,
    sign_up,
    skip_delivery,
    subscription_view,
)

S = SubscriptionState
TODAY = date(2026, 3, 2)  # NOW in Seoul


def at(day: date) -> datetime:
    """Mid-morning in Seoul on *day*, as the UTC moment services take."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def rental(shop: dict[str, int], **changes: object) -> NewSubscription:
    new = NewSubscription(
        customer_id=shop["customer"],
        plan_id=shop["rental"],
        term_months=24,
        start_on=TODAY,
        payment_method=PaymentMethod.AUTO_DEBIT,
        swap_weekday=2,
        discounts=((shop["multi_child"], "가족관계증명서 확인"),),
    )
    return replace(new, **changes)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_sign_up_keeps_the_figures_of_its_review(db: Database, shop: dict[str, int]) -> None:
    figures = quote_sign_up(db, rental(shop), today=TODAY)
    assert (figures.monthly_fee, figures.deposit, figures.total_fees) == (33_150, 50_000, 33_150 * 24)
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    view = subscription_view(db, subscription_id, today=TODAY)
    assert view.contract_number == f"TS-2026-{subscription_id:05d}"
    assert view.customer_name == "김민수"
    assert (view.list_price, view.monthly_fee, view.deposit) == (39_000, 33_150, 50_000)
    assert [(d.label, d.amount, d.evidence) for d in view.discounts] == [("다자녀", 3_900, "가족관계증명서 확인")]
    assert view.state is S.TRIAL
    assert view.timeline.paid_from == date(2026, 3, 16)
    assert view.timeline.end == date(2028, 3, 15)
    assert subscription_view(db, subscription_id, today=date(2026, 3, 16)).state is S.ACTIVE
    assert view.signed_by == "박지영"
    with db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "subscription")).all()
    assert actions == ["subscription.sign_up"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_on": date(2026, 2, 1)}, "start"),
        ({"term_months": 18}, "term_months"),
        ({"swap_weekday": None}, "swap_weekday"),
    ],
)
def test_bad_sign_ups_are_refused_and_nothing_is_written(
    db: Database, shop: dict[str, int], changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        sign_up(db, staff_id=shop["owner"], new=rental(shop, **changes), now=NOW)
    assert field in error.value.fields
    assert count(db, Subscription) == 0


def test_a_discount_needs_its_evidence_and_a_box_a_day_of_the_month(db: Database, shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as error:
        sign_up(db, staff_id=shop["owner"], new=rental(shop, discounts=((shop["multi_child"], " "),)), now=NOW)
    assert error.value.fields == ("discounts[0].evidence",)
    for day in (0, 32):
        box = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=day)
        with pytest.raises(ValidationError) as error:
            sign_up(db, staff_id=shop["owner"], new=box, now=NOW)
        assert error.value.fields == ("delivery_day",)
    assert count(db, Subscription) == 0
    # Without a chosen day a box is delivered on the start date's day; days 29-31 are allowed.
    unset = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD)
    assert subscription_view(db, sign_up(db, staff_id=shop["owner"], new=unset, now=NOW)).delivery_day == 2
    late = replace(unset, delivery_day=30)
    assert subscription_view(db, sign_up(db, staff_id=shop["owner"], new=late, now=NOW)).delivery_day == 30


def test_a_signed_contract_keeps_its_price_after_a_price_change(db: Database, shop: dict[str, int]) -> None:
    first = sign_up(db, staff_id=shop["owner"], new=rental(shop, discounts=()), now=NOW)
    schedule_price_change(
        db,
        staff_id=shop["owner"],
        plan_id=shop["rental"],
        monthly_price=42_000,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    later = at(date(2026, 4, 2))
    second = sign_up(db, staff_id=shop["owner"], new=rental(shop, discounts=(), start_on=date(2026, 4, 2)), now=later)
    assert subscription_view(db, first, today=date(2026, 5, 1)).monthly_fee == 37_050  # 39,000 less 5 %
    assert subscription_view(db, second, today=date(2026, 5, 1)).monthly_fee == 39_900  # 42,000 less 5 %


def test_a_pause_moves_the_end_and_resuming_early_gives_the_days_back(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    end = subscription_view(db, subscription_id).timeline.end
    pause(db, staff_id=shop["owner"], subscription_id=subscription_id, first=date(2026, 7, 20), last=date(2026, 8, 10))
    paused = subscription_view(db, subscription_id, today=date(2026, 7, 31))
    assert paused.state is S.PAUSED
    assert paused.timeline.end == end + timedelta(days=22)
    in_july = list_subscriptions(db, SubscriptionFilter(state=S.PAUSED), today=date(2026, 7, 31))
    assert [row.id for row in in_july.rows] == [subscription_id]
    assert in_july.rows[0].ends_on == end + timedelta(days=22)

    resume(db, staff_id=shop["owner"], subscription_id=subscription_id, resume_on=date(2026, 8, 1))
    resumed = subscription_view(db, subscription_id, today=date(2026, 8, 1))
    assert resumed.state is S.ACTIVE
    assert resumed.timeline.end == end + timedelta(days=12)
    assert list_subscriptions(db, SubscriptionFilter(state=S.PAUSED), today=date(2026, 8, 2)).rows == ()
    assert [e.kind.value for e in resumed.events] == ["pause", "resume"]  # both kept


def test_a_pause_longer_than_the_shop_allows_is_refused(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    with pytest.raises(ValidationError, match="at most 90 days"):
        pause(
            db, staff_id=shop["owner"], subscription_id=subscription_id, first=date(2026, 5, 1), last=date(2026, 9, 1)
        )
    assert count(db, SubscriptionEvent) == 0


def test_cancelling_charges_the_standard_fee_and_keeps_the_history(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    with pytest.raises(ValidationError, match="after the start"):
        cancellation_fee(db, subscription_id, TODAY)
    preview = cancellation_fee(db, subscription_id, date(2027, 3, 16))
    # 33,150원 a month; 2027-03-16 .. 2028-03-15 is 12 whole cycles: 12 × 33,150 = 397,800; 10 % = 39,780.
    assert (preview.remaining_days, preview.remaining_fees, preview.fee) == (366, 397_800, 39_780)
    assert (len(preview.whole_cycles), preview.partial_cycles) == (12, ())
    fee = cancel(db, staff_id=shop["owner"], subscription_id=subscription_id, effective_on=date(2027, 3, 16))
    assert fee == preview
    view = subscription_view(db, subscription_id, today=date(2027, 3, 16))
    assert view.state is S.CANCELLED
    assert view.cancellation_fee == 39_780
    assert subscription_view(db, subscription_id, today=date(2027, 3, 15)).state is S.ACTIVE
    listed = list_subscriptions(db, SubscriptionFilter(state=S.CANCELLED), today=date(2027, 4, 1))
    assert [row.id for row in listed.rows] == [subscription_id]


def test_a_mid_cycle_cancellation_pro_rates_its_cycle_and_records_how(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    fee = cancel(db, staff_id=shop["owner"], subscription_id=subscription_id, effective_on=date(2027, 3, 25))
    # The cycle 2027-03-16 .. 04-15 has 31 days, 22 of them left: 33,150 × 22 ÷ 31 = 23,525원 (rounded down);
    # then 11 whole cycles to 2028-03-15: 364,650원. 10 % of 388,175원 is 38,817원.
    (current,) = fee.partial_cycles
    assert (current.days, current.cycle_days, current.amount) == (22, 31, 23_525)
    assert (len(fee.whole_cycles), fee.whole_cycles_fees) == (11, 364_650)
    assert (fee.remaining_fees, fee.fee) == (388_175, 38_817)
    with db.reading() as session:
        event = session.scalars(select(SubscriptionEvent).where(SubscriptionEvent.kind == "cancel")).one()
        assert event.fee == 38_817
        assert event.details["method"] == "billing_cycles"
        assert event.details["partial_cycles"] == [
            {"days": 22, "cycle_days": 31, "monthly_fee": 33_150, "amount": 23_525}
        ]


def test_a_contract_signed_under_the_days_rule_keeps_it(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    with db.writing() as session:
        signed = session.get(Subscription, subscription_id)
        assert signed is not None and signed.early_termination_method == "billing_cycles"
        signed.early_termination_method = "days_30"  # as migration 0009 leaves contracts signed before it
    # 33,150 × 366 days ÷ 30 = 404,430원; 10 % = 40,443원, as the contract signed under that rule says.
    fee = cancellation_fee(db, subscription_id, date(2027, 3, 16))
    assert (fee.remaining_fees, fee.fee, fee.parts) == (404_430, 40_443, ())


def test_cancelling_within_the_free_trial_costs_nothing(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    # The trial runs 2026-03-02 .. 03-15; from the 16th the term is paid.
    assert cancellation_fee(db, subscription_id, date(2026, 3, 16)).fee == 0
    assert cancellation_fee(db, subscription_id, date(2026, 3, 17)).fee > 0
    fee = cancel(db, staff_id=shop["owner"], subscription_id=subscription_id, effective_on=date(2026, 3, 10), now=NOW)
    assert (fee.fee, fee.within_trial) == (0, True)
    assert subscription_view(db, subscription_id).cancellation_fee == 0


def test_a_plan_change_takes_effect_at_the_next_cycle(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop, discounts=()), now=NOW)
    preview = plan_change_preview(db, subscription_id, shop["rental_basic"], today=date(2026, 4, 20))
    assert (preview[0], preview[1].monthly_fee) == (date(2026, 5, 16), 27_550)
    with pytest.raises(ValidationError, match="already on this plan"):
        plan_change_preview(db, subscription_id, shop["rental"], today=date(2026, 4, 20))
    effective = change_plan(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        plan_id=shop["rental_basic"],
        now=at(date(2026, 4, 20)),
    )
    assert effective == date(2026, 5, 16)
    assert subscription_view(db, subscription_id, today=date(2026, 5, 15)).monthly_fee == 37_050
    assert subscription_view(db, subscription_id, today=date(2026, 5, 16)).monthly_fee == 27_550
    with pytest.raises(ValidationError, match="same kind"):
        change_plan(db, staff_id=shop["owner"], subscription_id=subscription_id, plan_id=shop["box"], now=NOW)
    changes = [e for e in subscription_view(db, subscription_id).events if e.kind.value == "plan_change"]
    assert [e.detail for e in changes] == ["렌털 베이직"]


def test_renewal_continues_in_a_linked_contract_without_a_second_trial(db: Database, shop: dict[str, int]) -> None:
    subscription_id = sign_up(db, staff_id=shop["owner"], new=rental(shop, term_months=12), now=NOW)
    end = subscription_view(db, subscription_id).timeline.end
    assert end == date(2027, 3, 15)
    with pytest.raises(ValidationError, match="can be signed from"):
        renew(db, staff_id=shop["owner"], subscription_id=subscription_id, term_months=24, now=NOW)
    start, figures = renewal_preview(db, subscription_id, 24, today=date(2027, 2, 20))
    assert (start, figures.trial_days) == (date(2027, 3, 16), 0)
    renewal_id = renew(
        db, staff_id=shop["owner"], subscription_id=subscription_id, term_months=24, now=at(date(2027, 2, 20))
    )
    assert subscription_view(db, renewal_id).signed_monthly_fee == figures.monthly_fee
    renewal = subscription_view(db, renewal_id, today=date(2027, 3, 16))
    assert renewal.renews_id == subscription_id
    assert renewal.timeline.start == date(2027, 3, 16)
    assert renewal.timeline.trial_days == 0
    assert renewal.state is S.ACTIVE
    assert [(d.label, d.amount) for d in renewal.discounts] == [("다자녀", 3_900)]
    old = subscription_view(db, subscription_id, today=date(2027, 3, 16))
    assert (old.state, old.renewed_by_id) == (S.RENEWED, renewal_id)
    assert renewal.contract_number != old.contract_number


def test_a_box_from_january_31_and_a_skipped_month(db: Database, shop: dict[str, int]) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, date(2027, 1, 31), PaymentMethod.CARD, delivery_day=28)
    subscription_id = sign_up(db, staff_id=shop["owner"], new=box, now=at(date(2027, 1, 10)))
    assert subscription_view(db, subscription_id).timeline.end == date(2028, 1, 30)
    skip_delivery(db, staff_id=shop["owner"], subscription_id=subscription_id, delivery_on=date(2027, 7, 28))
    with pytest.raises(ValidationError, match="already skipped"):
        skip_delivery(db, staff_id=shop["owner"], subscription_id=subscription_id, delivery_on=date(2027, 7, 28))
    assert subscription_view(db, subscription_id).skipped == (date(2027, 7, 28),)


def test_the_daily_lists(db: Database, shop: dict[str, int]) -> None:
    trial = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    short = sign_up(db, staff_id=shop["owner"], new=rental(shop, term_months=12, discounts=()), now=NOW)
    later = sign_up(db, staff_id=shop["owner"], new=rental(shop, start_on=date(2026, 6, 1)), now=NOW)
    ending = list_subscriptions(db, SubscriptionFilter(ending_within_days=60), today=date(2027, 2, 1))
    assert [row.id for row in ending.rows] == [short]
    trials = list_subscriptions(db, SubscriptionFilter(trial_ending_within_days=7), today=date(2026, 3, 10))
    assert [row.id for row in trials.rows] == [trial, short]
    scheduled = list_subscriptions(db, SubscriptionFilter(state=S.SCHEDULED), today=TODAY)
    assert [row.id for row in scheduled.rows] == [later]
    everyone = list_subscriptions(db, limit=2, today=TODAY)
    assert len(everyone.rows) == 2 and everyone.has_more
    rest = list_subscriptions(db, after=everyone.rows[-1], today=TODAY)
    assert [r.id for r in everyone.rows + rest.rows] == [r.id for r in list_subscriptions(db, today=TODAY).rows]
    assert len(rest.rows) == 1 and not rest.has_more
    trials_after = list_subscriptions(
        db, SubscriptionFilter(trial_ending_within_days=7), after=trials.rows[0], today=date(2026, 3, 10)
    )
    assert [row.id for row in trials_after.rows] == [short]
    # A cancellation on record, even one still ahead, takes a contract off the follow-up lists.
    cancel(db, staff_id=shop["owner"], subscription_id=short, effective_on=date(2027, 3, 1), now=at(date(2027, 1, 20)))
    assert list_subscriptions(db, SubscriptionFilter(ending_within_days=60), today=date(2027, 2, 1)).rows == ()
    cancel(db, staff_id=shop["owner"], subscription_id=trial, effective_on=date(2026, 3, 20), now=NOW)
    trials = list_subscriptions(db, SubscriptionFilter(trial_ending_within_days=7), today=date(2026, 3, 10))
    assert trials.rows == ()  # both trials now have a cancellation on record


def test_each_list_row_carries_its_state_and_the_counts_follow_the_same_filters(
    db: Database, shop: dict[str, int]
) -> None:
    trial = sign_up(db, staff_id=shop["owner"], new=rental(shop), now=NOW)
    later = sign_up(db, staff_id=shop["owner"], new=rental(shop, start_on=date(2026, 6, 1)), now=NOW)
    paused = sign_up(db, staff_id=shop["owner"], new=rental(shop, term_months=12, discounts=()), now=NOW)
    pause(db, staff_id=shop["owner"], subscription_id=paused, first=date(2026, 4, 1), last=date(2026, 4, 30))
    april = date(2026, 4, 10)
    states = {row.id: row.state for row in list_subscriptions(db, today=april).rows}
    assert states == {trial: S.ACTIVE, later: S.SCHEDULED, paused: S.PAUSED}
    for row in list_subscriptions(db, today=april).rows:
        assert row.state is subscription_view(db, row.id, today=april).state
    assert count_subscriptions(db, SubscriptionFilter(state=S.PAUSED), today=april) == 1
    assert count_subscriptions(db, SubscriptionFilter(kind=PlanKind.BOX), today=april) == 0
    assert count_subscriptions(db, SubscriptionFilter(ending_within_days=400), today=april) == 1


def test_a_marketing_answer_given_at_signing_is_recorded_with_the_contract(db: Database, shop: dict[str, int]) -> None:
    sign_up(db, staff_id=shop["owner"], new=rental(shop, marketing=(True, ConsentMethod.PAPER)), now=NOW)
    sign_up(db, staff_id=shop["owner"], new=rental(shop, marketing=(True, ConsentMethod.PAPER)), now=NOW)
    with db.reading() as session:
        answers = session.scalars(
            select(Consent.granted).where(Consent.kind == ConsentKind.MARKETING.value).order_by(Consent.id)
        ).all()
    # Registration said no; the first contract records the yes, the second has nothing new to record.
    assert answers == [False, True]
