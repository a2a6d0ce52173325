"""The demo shop: a working shop at first sight, with the history a real counter collects, all of it valid."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation, sqlite_file
from toysub_desktop.db.models import PointsEntry, Referral
from toysub_desktop.db.open import open_database
from toysub_desktop.demo import DemoSummary, populate_demo_shop
from toysub_desktop.demo.tiers import TIERS_DAYS_AGO
from toysub_desktop.domain.contacts import ChangeReason, ConsentKind, PhoneRole, StaffRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.phone import PhoneKind
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.domain.tiers import TierBasis
from toysub_desktop.services.contacts import contacts_to_check
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.deliveries import DeliveryFilter, count_deliveries
from toysub_desktop.services.holds import customers_on_hold
from toysub_desktop.services.ledger import AccountView, account_view
from toysub_desktop.services.plans import list_discount_categories, list_plans
from toysub_desktop.services.points import points_view
from toysub_desktop.services.price_notices import price_notices_due
from toysub_desktop.services.referrals import referral_counts
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.shop import is_set_up, list_staff, shop_settings
from toysub_desktop.services.subscriptions import (
    EventKind,
    SubscriptionFilter,
    SubscriptionView,
    count_subscriptions,
    list_subscriptions,
    subscription_view,
)
from toysub_desktop.services.tiers import customer_tiers, tier_settings
from toysub_desktop.services.views import CustomerCard

TODAY = date(2026, 3, 2)
COUNT = 40


@pytest.fixture(scope="module")
def summary(module_db: Database) -> DemoSummary:
    """The demo shop is built once per backend and only read by the tests below."""
    return populate_demo_shop(module_db, customers=COUNT, seed=7, today=TODAY)


@pytest.fixture
def db(module_db: Database, summary: DemoSummary) -> Database:
    return module_db


def all_cards(db: Database) -> list[CustomerCard]:
    rows = search_customers(db, "", limit=1000, today=TODAY).rows
    return sorted((customer_card(db, row.id, today=TODAY) for row in rows), key=lambda card: card.number)


def all_subscriptions(db: Database) -> list[SubscriptionView]:
    rows = list_subscriptions(db, limit=1000, today=TODAY).rows
    return [subscription_view(db, row.id, today=TODAY) for row in rows]


def events_of(views: list[SubscriptionView], kind: EventKind) -> list[tuple[SubscriptionView, int | None]]:
    """(subscription, fee) for each live event of *kind*."""
    return [(v, e.fee) for v in views for e in v.events if e.kind is kind and not e.voided]


def contracts(db: Database) -> list[tuple[str, str, date, date, date | None, int, SubscriptionState]]:
    rows = list_subscriptions(db, limit=1000, today=TODAY).rows
    return sorted(
        (r.customer_name, r.plan_name, r.start_on, r.ends_on, r.cancelled_on, r.monthly_fee, r.state) for r in rows
    )


def accounts(db: Database) -> list[AccountView]:
    return [account_view(db, card.id, today=TODAY) for card in all_cards(db)]


def ledgers(db: Database) -> list[list[tuple[object, ...]]]:
    return [
        [
            (line.kind, line.entry_on, line.amount, line.means, line.approval_number, line.voided)
            for line in view.history
        ]
        for view in accounts(db)
    ]


def names_by_number(db: Database) -> list[tuple[str, str]]:
    return sorted((row.number, row.name) for row in search_customers(db, "", limit=1000, today=TODAY).rows)


def test_the_shop_its_owner_and_clerks_are_there(db: Database, summary: DemoSummary) -> None:
    assert is_set_up(db)
    assert shop_settings(db).name == summary.shop_name == "토이구독 마포점 (데모)"
    staff = list_staff(db)
    assert [s.role for s in staff].count(StaffRole.OWNER) == 1
    assert 2 <= [s.role for s in staff].count(StaffRole.CLERK) <= 3
    assert summary.staff == len(staff)
    assert all(len(s.name) == 3 for s in staff)  # Korean names: family name and two syllables


def test_every_customer_can_be_reached_today_and_has_children_of_toy_age(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    assert len(cards) == summary.customers == COUNT
    for card in cards:
        assert card.current_address is not None, card.number
        assert card.primary_phone is not None, card.number
        assert TODAY - timedelta(days=3 * 366) <= card.registered_on <= TODAY
        assert 1 <= len(card.children) <= 4
        assert all(0 <= child.age_in_months < 8 * 12 for child in card.children)
        assert all(child.name[0] == card.name[0] for child in card.children)  # the family name
    assert sum(len(card.children) for card in cards) == summary.children
    assert any(child.notes for card in cards for child in card.children)
    assert 0.3 < sum(1 for card in cards if card.email) / COUNT < 0.7


def test_everything_was_recorded_after_registration_and_before_now(db: Database, summary: DemoSummary) -> None:
    for card in all_cards(db):
        for entry in (*card.address_history, *card.phone_history):
            assert card.registered_on <= shop_today(entry.recorded_at) <= TODAY, (card.number, entry)
            assert entry.effective_from >= card.registered_on, (card.number, entry)
            assert entry.effective_from <= TODAY + timedelta(days=60), (card.number, entry)
            if entry.voided_at is not None:
                assert entry.recorded_at <= entry.voided_at and shop_today(entry.voided_at) <= TODAY


def test_some_customers_moved_and_one_move_is_scheduled(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    moved = [
        c for c in cards if any(e.reason is ChangeReason.MOVE and e.effective_from <= TODAY for e in c.address_history)
    ]
    assert 0.15 * COUNT <= len(moved) <= 0.5 * COUNT
    assert any(len([e for e in c.address_history if not e.is_voided and not e.is_temporary]) > 2 for c in cards)
    scheduled = [s for c in cards for s in c.scheduled_addresses]
    assert scheduled and summary.scheduled_moves == len(scheduled)
    assert all(TODAY < s.effective_from <= TODAY + timedelta(days=60) for s in scheduled)
    assert any(c.scheduled_phones for c in cards)


def test_a_stay_with_the_grandparents_is_in_effect_and_others_have_ended(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    away = [c for c in cards if c.current_address is not None and c.current_address.is_temporary]
    assert away and all(c.current_address and c.current_address.effective_until is None for c in away)
    ended = [e for c in cards for e in c.address_history if e.is_temporary and not e.is_voided and e.effective_until]
    assert ended and all(e.effective_until is not None and e.effective_until < TODAY for e in ended)


def test_a_former_number_is_found_by_search_and_labelled_former(db: Database, summary: DemoSummary) -> None:
    found = 0
    for card in all_cards(db):
        current = {p.phone for p in card.current_phones}
        for entry in card.phone_history:
            if entry.is_voided or entry.phone is None or entry.phone in current or entry.effective_from > TODAY:
                continue
            rows = search_customers(db, entry.phone.national, today=TODAY).rows
            row = next(r for r in rows if r.id == card.id)
            assert row.former_phone == entry.phone and row.former_period is not None
            found += 1
    assert found >= summary.number_changes > 0


def test_mistakes_were_corrected_and_the_wrong_entries_kept(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    address_fixes = [e for c in cards for e in c.address_history if e.reason is ChangeReason.CORRECTION]
    phone_fixes = [e for c in cards for e in c.phone_history if e.reason is ChangeReason.CORRECTION]
    assert address_fixes and phone_fixes
    assert summary.corrections == len(address_fixes) + len(phone_fixes)
    voided = {e.version_id: e for c in cards for e in (*c.address_history, *c.phone_history) if e.is_voided}
    for fix in (*address_fixes, *phone_fixes):
        assert fix.note and fix.supersedes_id in voided


def test_phones_of_every_kind_including_a_retired_number(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    recorded = [(p.role, p.phone) for c in cards for p in c.phone_history if p.phone is not None and not p.is_voided]
    assert {phone.kind for role, phone in recorded if role is PhoneRole.HOME} == {
        PhoneKind.LANDLINE,
        PhoneKind.INTERNET,
    }
    current = [p.phone for c in cards for p in c.current_phones if p.phone is not None]
    assert any(phone.is_retired_prefix for phone in current)
    assert any(p.role is PhoneRole.SPOUSE for c in cards for p in c.current_phones)


def test_some_contacts_were_confirmed_lately_and_some_are_due_for_a_check(db: Database, summary: DemoSummary) -> None:
    assert contacts_to_check(db, today=TODAY)
    assert summary.confirmations > 0
    cards = all_cards(db)
    confirmed_lately = [
        c
        for c in cards
        if c.current_address
        and c.current_address.last_confirmed_on > c.current_address.recorded_at.date() + timedelta(days=200)
    ]
    assert confirmed_lately


def test_marketing_consent_was_given_by_some_and_not_others(db: Database, summary: DemoSummary) -> None:
    answers = [v.granted for c in all_cards(db) for v in c.consents if v.kind is ConsentKind.MARKETING]
    assert len(answers) == COUNT
    assert 0.3 < sum(answers) / COUNT < 0.9


def test_allergies_are_kept_apart_and_only_under_the_sensitive_data_consent(db: Database, summary: DemoSummary) -> None:
    cards = all_cards(db)
    for card in cards:
        if any(child.health_notes for child in card.children):
            assert any(v.kind is ConsentKind.SENSITIVE and v.granted for v in card.consents), card.number
    assert not any("알레르기" in child.notes or "아토피" in child.notes for c in cards for child in c.children)


def test_the_catalogue_offers_every_kind_of_plan_and_discounts_with_their_evidence(
    db: Database, summary: DemoSummary
) -> None:
    plans = list_plans(db, today=TODAY)
    assert len(plans) == summary.plans == 5
    assert {p.details.kind for p in plans} == set(PlanKind)
    rentals = [p for p in plans if p.details.kind is PlanKind.RENTAL]
    assert all(p.details.deposit > 0 and p.details.trial_days > 0 for p in rentals)
    assert {t.months for p in rentals for t in p.details.terms} == {12, 24, 36}
    categories = {c.name: c for c in list_discount_categories(db)}
    assert len(categories) == summary.discount_categories
    assert (categories["다자녀"].percent, categories["다자녀"].evidence_hint) == (10, "가족관계증명서")


def test_a_price_rose_during_the_story_and_another_rise_is_ahead(db: Database, summary: DemoSummary) -> None:
    plans = {p.details.name: p for p in list_plans(db, today=TODAY)}
    box = plans["정기배송 베이직"]
    assert box.price is not None and box.price.monthly_price == 32_000
    assert TODAY - timedelta(days=500) < box.price.effective_from < TODAY - timedelta(days=300)
    ahead = [(name, price) for name, plan in plans.items() for price in plan.scheduled_prices]
    assert [(name, price.monthly_price) for name, price in ahead] == [("렌털 프리미엄", 42_000)]
    assert all(TODAY + timedelta(days=30) < price.effective_from < TODAY + timedelta(days=90) for _, price in ahead)
    assert summary.price_changes == 2
    # Running contracts of that plan come up for renewal: the shop has subscribers to tell.
    notices = price_notices_due(db, today=TODAY)
    assert any(row.new_price == 42_000 and row.awaiting for row in notices)


def test_every_subscription_state_is_there_today(db: Database, summary: DemoSummary) -> None:
    counts = {
        state: count_subscriptions(db, SubscriptionFilter(state=state), today=TODAY) for state in SubscriptionState
    }
    assert all(counts.values()), counts
    assert sum(counts.values()) == summary.subscriptions == len(all_subscriptions(db))
    # Most customers signed up.
    customers = {v.customer_id for v in all_subscriptions(db)}
    assert len(customers) >= 0.75 * COUNT


def test_the_daily_lists_have_something_to_do(db: Database, summary: DemoSummary) -> None:
    def count(filters: SubscriptionFilter) -> int:
        return count_subscriptions(db, filters, today=TODAY)

    assert count(SubscriptionFilter(trial_ending_within_days=7)) > 0
    ending = [count(SubscriptionFilter(ending_within_days=days)) for days in (30, 60, 90)]
    assert 0 < ending[0] < ending[2] and ending == sorted(ending)
    assert count(SubscriptionFilter(state=SubscriptionState.PAUSED)) > 0


def test_subscriptions_paused_skipped_changed_cancelled_and_renewed(db: Database, summary: DemoSummary) -> None:
    views = all_subscriptions(db)
    assert len(events_of(views, EventKind.PAUSE)) == summary.pauses > 0
    assert len(events_of(views, EventKind.RESUME)) == summary.resumes > 0
    assert len(events_of(views, EventKind.SKIP)) == summary.skipped_deliveries > 0
    assert all(v.kind is PlanKind.BOX for v, _ in events_of(views, EventKind.SKIP))
    changes = [e for v in views for e in v.events if e.kind is EventKind.PLAN_CHANGE]
    assert len(changes) == summary.plan_changes > 0 and all(e.detail for e in changes)
    cancels = events_of(views, EventKind.CANCEL)
    assert len(cancels) == summary.cancellations and sum(fee or 0 for _, fee in cancels) == summary.cancellation_fees
    assert any(fee and fee > 0 for _, fee in cancels)
    # One ended within its free trial, which costs nothing.
    within_trial = [v for v, fee in cancels if fee == 0 and v.timeline.trial_days]
    assert any(v.timeline.cancelled_on and v.timeline.cancelled_on <= v.timeline.paid_from for v in within_trial)
    renewed = [v for v in views if v.renewed_by_id is not None]
    assert len(renewed) == summary.renewals > 0
    by_id = {v.id: v for v in views}
    for old in renewed:
        assert old.renewed_by_id is not None
        renewal = by_id[old.renewed_by_id]
        assert renewal.renews_id == old.id and renewal.timeline.start > old.timeline.start
        assert renewal.timeline.trial_days == 0


def test_sign_ups_have_realistic_choices(db: Database, summary: DemoSummary) -> None:
    views = all_subscriptions(db)
    assert {v.kind for v in views} == set(PlanKind)
    assert len({v.term_months for v in views}) >= 2
    assert len({v.payment_method for v in views}) >= 2
    assert all(v.delivery_day is not None and 1 <= v.delivery_day <= 28 for v in views if v.kind is PlanKind.BOX)
    assert all(v.swap_weekday is not None and 0 <= v.swap_weekday <= 6 for v in views if v.kind is PlanKind.RENTAL)
    multi_child = [line for v in views for line in v.discounts if line.label == "다자녀"]
    assert multi_child and all(line.evidence and line.amount > 0 for line in multi_child)
    # Some families combine two kinds at once, such as a box and the unlimited membership.
    kinds_by_customer: dict[int, set[PlanKind]] = {}
    for v in views:
        if v.state in (SubscriptionState.ACTIVE, SubscriptionState.TRIAL, SubscriptionState.PAUSED):
            kinds_by_customer.setdefault(v.customer_id, set()).add(v.kind)
    assert any(len(kinds) > 1 for kinds in kinds_by_customer.values())
    assert len({v.signed_by for v in views}) >= 2


def test_every_contract_was_signed_after_registration_and_recorded_by_today(db: Database, summary: DemoSummary) -> None:
    registered = {card.id: card.registered_on for card in all_cards(db)}
    for view in all_subscriptions(db):
        assert registered[view.customer_id] <= view.signed_on <= TODAY, view.contract_number
        assert view.timeline.start >= registered[view.customer_id]
        assert all(shop_today(e.recorded_at) <= TODAY for e in view.events), view.contract_number


def test_the_same_seed_makes_the_same_shop(db: Database, summary: DemoSummary, tmp_path: Path) -> None:
    other = open_database(sqlite_file(tmp_path / "again.sqlite3"), backup_folder=None)
    try:
        assert populate_demo_shop(other, customers=COUNT, seed=7, today=TODAY) == summary
        assert names_by_number(other) == names_by_number(db)
        assert contracts(other) == contracts(db)
        assert ledgers(other) == ledgers(db)
    finally:
        other.dispose()
    different = open_database(sqlite_file(tmp_path / "different.sqlite3"), backup_folder=None)
    try:
        populate_demo_shop(different, customers=COUNT, seed=8, today=TODAY)
        assert names_by_number(different) != names_by_number(db)
    finally:
        different.dispose()


def test_a_shop_that_is_already_set_up_is_not_filled_again(db: Database, summary: DemoSummary) -> None:
    with pytest.raises(ValidationError) as raised:
        populate_demo_shop(db, customers=COUNT, seed=7, today=TODAY)
    assert raised.value.fields == ("shop_name",)
    assert len(names_by_number(db)) == COUNT
    assert len(list_staff(db)) == summary.staff


def test_an_empty_demo_is_just_the_shop(database_location: DatabaseLocation) -> None:
    empty = open_database(database_location, backup_folder=None)
    try:
        summary = populate_demo_shop(empty, customers=0, today=TODAY)
        assert summary.customers == 0 and summary.staff >= 3
        assert names_by_number(empty) == []
    finally:
        empty.dispose()


def test_three_weeks_of_deliveries_were_sent_and_a_moved_customer_is_held(db: Database, summary: DemoSummary) -> None:
    def count(**filters: object) -> int:
        return count_deliveries(db, DeliveryFilter(**filters))  # type: ignore[arg-type]

    past = {"first": TODAY - timedelta(days=21), "last": TODAY - timedelta(days=1)}
    assert count(state=DeliveryState.DELIVERED, **past) > 10
    assert count(state=DeliveryState.SCHEDULED, **past) == 0  # every past day's were sent
    assert count(state=DeliveryState.FAILED) == 1 and count(state=DeliveryState.RETURNED) == 1
    assert count(needs_follow_up=True) == 2
    if count(first=TODAY, last=TODAY) > 1:  # the morning's packing has begun
        assert count(first=TODAY, last=TODAY, state=DeliveryState.PACKED) >= 1
    assert count(first=TODAY + timedelta(days=25), last=TODAY + timedelta(days=31)) > 0  # a month ahead
    [held] = customers_on_hold(db, today=TODAY)
    assert held.holds[0].note.startswith("수취인 이사") and held.held_deliveries >= 1


def test_a_family_moving_again_soon_after_a_move_is_told_in_the_order_a_clerk_learns_it(
    database_location: DatabaseLocation,
) -> None:
    """With seed 99 a family moved in the last month and is moving again within weeks. The services refuse a move
    dated before one already on record, so the demo tells the earlier move first, and the shop is built."""
    shop = open_database(database_location, backup_folder=None)
    try:
        summary = populate_demo_shop(shop, customers=COUNT, seed=99, today=TODAY)
        rows = search_customers(shop, "", limit=1000, today=TODAY).rows
        cards = [customer_card(shop, row.id, today=TODAY) for row in rows]
        assert summary.customers == len(cards) == COUNT
        assert summary.scheduled_moves == sum(len(card.scheduled_addresses) for card in cards)
        moved_lately_and_moving_again = [
            card.name
            for card in cards
            if card.scheduled_addresses
            and card.current_address is not None
            and card.registered_on < card.current_address.effective_from
            and (TODAY - card.current_address.effective_from).days <= 31
        ]
        assert moved_lately_and_moving_again
    finally:
        shop.dispose()


def test_the_shop_talks_with_its_subscribers(db: Database, summary: DemoSummary) -> None:
    """Contacts and complaints (two still open), calls due today, ratings of deliveries and returns, inquiries open,
    joined and lost, and a survey answered by several families."""
    from toysub_desktop.services.contact_log import customer_contact_log, follow_ups_due
    from toysub_desktop.services.feedback import feedback_averages, surveys
    from toysub_desktop.services.prospects import conversion_by_source, open_prospects

    log = [entry for card in all_cards(db) for entry in customer_contact_log(db, card.id)]
    assert len(log) >= COUNT // 3
    complaints = [e for e in log if e.kind.value == "complaint"]
    assert len([c for c in complaints if c.is_open_complaint]) == 2 and len(complaints) >= 4
    assert follow_ups_due(db, today=TODAY).rows
    averages = feedback_averages(db)
    assert averages.overall.count >= 5 and averages.by_plan and averages.by_month
    assert open_prospects(db).rows
    conversion = conversion_by_source(db)
    assert sum(s.converted for s in conversion) >= 1 and sum(s.lost for s in conversion) >= 1
    [current, last] = surveys(db)
    assert not current.closed and last.closed and current.respondents >= 5
    # A rating entered on the wrong card, voided; a subscriber's inquiry linked to them, on their log.
    from toysub_desktop.services.feedback import latest_ratings

    assert [r.void_reason for r in latest_ratings(db, limit=5).rows if r.void_reason] == ["다른 고객 카드에 잘못 입력"]
    assert [e.note for e in log if e.note.startswith("둘째 출산 예정")] == [
        "둘째 출산 예정, 지금 구독에 더할 요금제 문의"
    ]


def test_two_years_of_charges_and_payments_most_paid_up_and_a_few_behind(db: Database, summary: DemoSummary) -> None:
    opened = date(2024, 3, 1)  # the first of the month two years before today
    views = accounts(db)
    lines = [line for view in views for line in view.history]
    assert all(opened <= line.entry_on <= TODAY for line in lines)
    charges = [line for line in lines if line.kind is EntryKind.CYCLE_FEE and not line.voided]
    assert min(line.entry_on for line in charges) < opened + timedelta(days=31)
    assert max(line.entry_on for line in charges) > TODAY - timedelta(days=31)
    payments = [line for line in lines if line.kind is EntryKind.PAYMENT and not line.voided]
    assert len(payments) == summary.payments > len(charges) // 2
    by_means = {means: [p for p in payments if p.means is means] for means in PaymentMeans}
    assert all(by_means[means] for means in (PaymentMeans.AUTO_DEBIT, PaymentMeans.CARD, PaymentMeans.BANK_TRANSFER))
    assert all(len(p.approval_number) == 8 and p.approval_number.isdigit() for p in by_means[PaymentMeans.CARD])
    assert not any(p.approval_number for p in payments if p.means is not PaymentMeans.CARD)
    # Most customers with an account are paid up; a few are behind, some by a month, one or more by two or three.
    with_money = [view for view in views if view.history]
    behind = {view.customer_id: view for view in with_money if view.open_charges}
    assert 1 <= len(behind) == summary.customers_behind <= 0.15 * len(with_money)
    months = sorted(
        max(
            sum(1 for line in view.open_charges if line.kind is EntryKind.CYCLE_FEE and line.subscription_id == sub)
            for sub in {line.subscription_id for line in view.open_charges}
        )
        for view in behind.values()
    )
    assert months[0] == 1 and 2 <= months[-1] <= 3, months
    assert all(view.balance == 0 for view in with_money if view.customer_id not in behind)
    # Deposits were paid with the first payment; a double transfer was refunded; one debt was written off.
    deposits = [line for line in lines if line.kind is EntryKind.DEPOSIT and not line.voided]
    assert deposits and all(line.open == 0 for line in deposits if line.entry_on < TODAY - timedelta(days=100))
    refunds = [line for line in lines if line.kind is EntryKind.REFUND and not line.voided]
    assert 1 <= len(refunds) == summary.refunds <= 2 and all(line.note == "이중 이체분 환불" for line in refunds)
    write_offs = [line for line in lines if line.kind is EntryKind.WRITE_OFF]
    assert len(write_offs) == summary.write_offs >= 1 and all("회수 포기" in line.note for line in write_offs)


def test_the_owner_keeps_a_few_segments_each_holding_some_customers_but_not_all(
    db: Database, summary: DemoSummary
) -> None:
    from toysub_desktop.services.segments import list_segments, segment_count

    rows = list_segments(db).rows
    assert len(rows) == 4
    for row in rows:
        assert 0 < segment_count(db, row.id, today=TODAY) < COUNT, row.name


def test_three_tiers_by_tenure_show_on_cards_and_recent_cycles_carry_their_discount(
    db: Database, summary: DemoSummary
) -> None:
    rules = tier_settings(db).rules
    assert rules.basis is TierBasis.TENURE
    assert [(t.name, t.threshold, t.discount_percent, t.priority_reservations) for t in rules.tiers] == [
        ("새싹", 0, 0, False),
        ("나무", 12, 3, False),
        ("숲", 24, 5, True),
    ]
    cards = all_cards(db)
    standings = customer_tiers(db, [card.id for card in cards], today=TODAY)
    names = {standing.tier.name for standing in standings.values() if standing.tier is not None}
    assert {"새싹", "나무"} <= names
    introduced = TODAY - timedelta(days=TIERS_DAYS_AGO)
    discounted = [
        line
        for view in accounts(db)
        for line in view.history
        if line.kind is EntryKind.CYCLE_FEE and not line.voided and line.tier_discount
    ]
    assert discounted, "no cycle billed since the tiers came carries a tier discount"
    assert all(line.entry_on >= introduced and line.tier_name in ("나무", "숲") for line in discounted)


def test_points_were_earned_granted_used_and_expired_and_friends_referred(db: Database, summary: DemoSummary) -> None:
    with db.reading() as session:
        kinds = dict(session.execute(select(PointsEntry.kind, func.count()).group_by(PointsEntry.kind)).tuples().all())
        referrals = session.execute(select(Referral.referrer_id, Referral.referred_id)).tuples().all()
    # Every month paid earned its points; the oldest expired after a year; the owner granted some lately.
    assert kinds["earned"] > summary.payments // 3 and kinds["expired"] >= 1
    assert kinds["granted"] == summary.points_granted >= 1
    assert kinds.get("spent", 0) == summary.points_spent
    # Friends brought by a customer were rewarded, both of them.
    assert referrals and kinds["referral"] == 2 * len(referrals)
    rows, _ = referral_counts(db)
    assert sum(row.referrals for row in rows) == len(referrals)
    for customer_id in {referrer for referrer, _ in referrals}:
        assert points_view(db, customer_id, today=TODAY).balance >= 0


def test_customers_who_used_points_today_keep_some_and_owe_the_rest(db: Database, summary: DemoSummary) -> None:
    """Points paid part of a charge and some are left, so the counter can show points paying a charge on a demo
    customer (with every point spent nobody would hold points and owe a charge)."""
    with db.reading() as session:
        spenders = session.scalars(select(PointsEntry.customer_id).where(PointsEntry.kind == "spent").distinct()).all()
    assert len(spenders) == summary.points_spent >= 1
    for customer_id in spenders:
        view = points_view(db, customer_id, today=TODAY)
        assert view.balance > 0 and view.open_charges, view.customer_name
