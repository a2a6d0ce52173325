"""The demo shop: a working shop at first sight, with the history a real counter collects, all of it valid."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.contacts import ChangeReason, ConsentKind, PhoneRole, StaffRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.phone import PhoneKind
from toysub_desktop.services.contacts import contacts_to_check
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.demo import DemoSummary, populate_demo_shop
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.shop import is_set_up, list_staff, shop_settings
from toysub_desktop.services.views import CustomerCard

TODAY = date(2026, 3, 2)
COUNT = 40


@pytest.fixture
def summary(db: Database) -> DemoSummary:
    return populate_demo_shop(db, customers=COUNT, seed=7, today=TODAY)


def all_cards(db: Database) -> list[CustomerCard]:
    rows = search_customers(db, "", limit=1000, today=TODAY).rows
    return sorted((customer_card(db, row.id, today=TODAY) for row in rows), key=lambda card: card.number)


def names_by_number(db: Database) -> list[tuple[str, str]]:
    return sorted((row.number, row.name) for row in search_customers(db, "", limit=1000, today=TODAY).rows)


def test_the_shop_its_owner_and_clerks_are_there(db: Database, summary: DemoSummary) -> None:
    assert is_set_up(db)
    assert shop_settings(db).name == summary.shop_name == "토이구독 마포점"
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


def test_the_same_seed_makes_the_same_shop(db: Database, summary: DemoSummary, tmp_path: Path) -> None:
    other = open_database(sqlite_file(tmp_path / "again.sqlite3"), backup_folder=None)
    try:
        assert populate_demo_shop(other, customers=COUNT, seed=7, today=TODAY) == summary
        assert names_by_number(other) == names_by_number(db)
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


def test_an_empty_demo_is_just_the_shop(db: Database) -> None:
    summary = populate_demo_shop(db, customers=0, today=TODAY)
    assert summary.customers == 0 and summary.staff >= 3
    assert names_by_number(db) == []
