"""Moves, temporary stays, number changes and corrections: recorded by effective date, nothing lost."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from support import GRANDPARENTS, HOME, NEW_HOME, NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, PhoneVersion
from toysub_desktop.domain.contacts import ChangeReason, PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.contacts import (
    change_phone,
    confirm_contacts,
    contacts_to_check,
    correct_address,
    correct_phone,
    record_move,
    record_temporary_address,
    remove_phone,
    set_temporary_address_end,
    withdraw_address,
)
from toysub_desktop.services.customers import (
    address_in_effect_on,
    customer_card,
    phones_in_effect_on,
    register_customer,
)
from toysub_desktop.services.shop import set_contact_check_days

TODAY = date(2026, 3, 2)
LATER = NOW + timedelta(days=3)


@pytest.fixture
def customer(db: Database, owner_id: int) -> int:
    return register_customer(db, staff_id=owner_id, new=new_customer(spouse="010-2222-3333"), now=NOW)


def version(db: Database, customer_id: int) -> int:
    return customer_card(db, customer_id, today=TODAY).version


def road(db: Database, customer_id: int, day: date, **kwargs: object) -> str | None:
    found = address_in_effect_on(db, customer_id, day, **kwargs)  # type: ignore[arg-type]
    return found.address.road_address if found else None


def test_a_future_move_shows_as_scheduled_and_becomes_current_on_its_date(
    db: Database, owner_id: int, customer: int
) -> None:
    record_move(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=version(db, customer),
        address=NEW_HOME,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    card = customer_card(db, customer, today=TODAY)
    assert card.current_address is not None and card.current_address.address.road_address == HOME.road_address
    assert [s.address.road_address for s in card.scheduled_addresses] == [NEW_HOME.road_address]
    assert card.scheduled_addresses[0].effective_from == date(2026, 4, 1)
    moved = customer_card(db, customer, today=date(2026, 4, 1))
    assert moved.current_address is not None and moved.current_address.address.road_address == NEW_HOME.road_address
    assert moved.scheduled_addresses == ()
    assert road(db, customer, date(2026, 3, 31)) == HOME.road_address


def test_a_retroactive_move_is_in_effect_from_its_date_but_was_unknown_before_it_was_recorded(
    db: Database, owner_id: int, customer: int
) -> None:
    record_move(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 2),
        now=LATER,
    )
    assert road(db, customer, date(2026, 3, 3)) == NEW_HOME.road_address
    assert road(db, customer, date(2026, 3, 3), as_known_at=NOW + timedelta(days=1)) == HOME.road_address


def test_a_temporary_stay_with_an_end_set_later_returns_to_the_home_address(
    db: Database, owner_id: int, customer: int
) -> None:
    stay = record_temporary_address(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        address=GRANDPARENTS,
        effective_from=date(2026, 7, 20),
        effective_until=None,
        note="여름 방학",
        now=NOW,
    )
    assert road(db, customer, date(2026, 12, 1)) == GRANDPARENTS.road_address  # end not known yet
    ended = set_temporary_address_end(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        version_id=stay,
        effective_until=date(2026, 8, 20),
        now=LATER,
    )
    assert road(db, customer, date(2026, 8, 20)) == GRANDPARENTS.road_address
    assert road(db, customer, date(2026, 8, 21)) == HOME.road_address
    # What was on record before the end date was set is still answerable.
    assert road(db, customer, date(2026, 12, 1), as_known_at=NOW) == GRANDPARENTS.road_address
    history = customer_card(db, customer, today=TODAY).address_history
    replaced = next(h for h in history if h.version_id == stay)
    assert replaced.is_voided and next(h for h in history if h.version_id == ended).supersedes_id == stay


def test_a_correction_voids_the_wrong_entry_and_keeps_it_in_history(db: Database, owner_id: int, customer: int) -> None:
    moved = record_move(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        address=dataclasses.replace(NEW_HOME, detail="A동 520호"),
        effective_from=date(2026, 3, 10),
        now=NOW,
    )
    fixed = correct_address(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        version_id=moved,
        address=NEW_HOME,
        reason="호수 오타 (520 → 502)",
        now=LATER,
    )
    found = address_in_effect_on(db, customer, date(2026, 3, 10))
    assert found is not None and found.version_id == fixed and found.address.detail == "A동 502호"
    assert found.reason is ChangeReason.CORRECTION and found.supersedes_id == moved
    history = customer_card(db, customer, today=TODAY).address_history
    wrong = next(h for h in history if h.version_id == moved)
    assert wrong.is_voided and wrong.void_reason == "호수 오타 (520 → 502)" and wrong.voided_by == "박지영"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AddressVersion)) == 3  # nothing deleted


def test_a_correction_needs_a_reason_and_cannot_correct_twice(db: Database, owner_id: int, customer: int) -> None:
    current = customer_card(db, customer, today=TODAY).current_address
    assert current is not None
    with pytest.raises(ValidationError) as refused:
        correct_address(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            version_id=current.version_id,
            address=NEW_HOME,
            reason="  ",
            now=NOW,
        )
    assert refused.value.fields == ("reason",)
    correct_address(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        version_id=current.version_id,
        address=NEW_HOME,
        reason="잘못 입력",
        now=NOW,
    )
    with pytest.raises(ValidationError):
        correct_address(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            version_id=current.version_id,
            address=HOME,
            reason="다시",
            now=NOW,
        )


def test_the_only_address_cannot_be_withdrawn(db: Database, owner_id: int, customer: int) -> None:
    current = customer_card(db, customer, today=TODAY).current_address
    assert current is not None
    with pytest.raises(ValidationError):
        withdraw_address(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            version_id=current.version_id,
            reason="실수",
            now=NOW,
        )


def test_a_move_to_the_same_address_or_with_bad_dates_is_refused_and_writes_nothing(
    db: Database, owner_id: int, customer: int
) -> None:
    seen = version(db, customer)
    with pytest.raises(ValidationError) as same:
        record_move(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=seen,
            address=HOME,
            effective_from=date(2026, 3, 5),
            now=NOW,
        )
    assert same.value.fields == ("address.road_address",)
    with pytest.raises(ValidationError) as too_far:
        record_move(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=seen,
            address=NEW_HOME,
            effective_from=date(2028, 1, 1),
            now=NOW,
        )
    assert too_far.value.fields == ("effective_from",)
    with pytest.raises(ValidationError) as backwards:
        record_temporary_address(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=seen,
            address=GRANDPARENTS,
            effective_from=date(2026, 8, 1),
            effective_until=date(2026, 7, 1),
            now=NOW,
        )
    assert backwards.value.fields == ("effective_until",)
    assert version(db, customer) == seen
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AddressVersion)) == 1


def test_a_move_dated_before_an_address_already_on_record_is_refused_with_that_address(
    db: Database, owner_id: int, customer: int
) -> None:
    record_move(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    with pytest.raises(ValidationError) as refused:
        record_move(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            address=GRANDPARENTS,
            effective_from=date(2026, 3, 20),
            now=NOW,
        )
    [problem] = refused.value.problems
    assert problem.field == "effective_from"
    assert problem.arguments["later"] == "2026-04-01" and NEW_HOME.road_address in problem.arguments["address"]
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AddressVersion)) == 2
    # A temporary stay before the move is a stay, not a move: it ends by itself and is allowed.
    record_temporary_address(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        address=GRANDPARENTS,
        effective_from=date(2026, 3, 20),
        effective_until=date(2026, 3, 25),
        now=NOW,
    )
    assert road(db, customer, date(2026, 3, 21)) == GRANDPARENTS.road_address


def test_a_move_recorded_from_a_stale_screen_is_refused(db: Database, owner_id: int, customer: int) -> None:
    seen = version(db, customer)
    change_phone(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=seen,
        role=PhoneRole.PRIMARY,
        number="010-5555-6666",
        effective_from=TODAY,
        now=NOW,
    )
    with pytest.raises(ConcurrentEditError):
        record_move(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=seen,
            address=NEW_HOME,
            effective_from=TODAY,
            now=NOW,
        )


def test_a_number_change_keeps_the_old_number_in_history(db: Database, owner_id: int, customer: int) -> None:
    change_phone(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="+82 10 5555 6666",
        effective_from=date(2026, 3, 20),
        now=NOW,
    )
    before = phones_in_effect_on(db, customer, date(2026, 3, 19))
    after = phones_in_effect_on(db, customer, date(2026, 3, 20))
    assert [p.phone.national for p in before if p.phone] == ["010-1234-5678", "010-2222-3333"]
    assert [p.phone.national for p in after if p.phone] == ["010-5555-6666", "010-2222-3333"]
    card = customer_card(db, customer, today=TODAY)
    assert [p.phone.national for p in card.scheduled_phones if p.phone] == ["010-5555-6666"]
    assert card.scheduled_phones[0].reason is ChangeReason.NUMBER_CHANGE


def test_removing_the_spouse_number_and_refusing_to_remove_the_customers_own(
    db: Database, owner_id: int, customer: int
) -> None:
    remove_phone(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        role=PhoneRole.SPOUSE,
        effective_from=TODAY,
        now=NOW,
    )
    assert [p.role for p in phones_in_effect_on(db, customer, TODAY)] == [PhoneRole.PRIMARY]
    with pytest.raises(ValidationError):
        remove_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            role=PhoneRole.PRIMARY,
            effective_from=TODAY,
            now=NOW,
        )
    with pytest.raises(ValidationError):
        remove_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            role=PhoneRole.SPOUSE,
            effective_from=TODAY,
            now=NOW,
        )


def test_correcting_a_mistyped_number(db: Database, owner_id: int, customer: int) -> None:
    primary = customer_card(db, customer, today=TODAY).primary_phone
    assert primary is not None
    correct_phone(
        db,
        staff_id=owner_id,
        customer_id=customer,
        expected_version=None,
        version_id=primary.version_id,
        number="010-1234-5679",
        reason="끝자리 오타",
        now=LATER,
    )
    now_primary = customer_card(db, customer, today=TODAY).primary_phone
    assert now_primary is not None and now_primary.phone is not None
    assert now_primary.phone.national == "010-1234-5679" and now_primary.supersedes_id == primary.version_id
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PhoneVersion)) == 3


def test_the_same_number_as_now_or_as_another_role_is_refused(db: Database, owner_id: int, customer: int) -> None:
    with pytest.raises(ValidationError):
        change_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            role=PhoneRole.PRIMARY,
            number="01012345678",
            effective_from=TODAY,
            now=NOW,
        )
    with pytest.raises(ValidationError):
        change_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            role=PhoneRole.PRIMARY,
            number="010-2222-3333",
            effective_from=TODAY,
            now=NOW,
        )


def test_contacts_not_confirmed_for_long_are_listed_until_confirmed(db: Database, owner_id: int, customer: int) -> None:
    set_contact_check_days(db, by_staff_id=owner_id, days=180, now=NOW)
    assert contacts_to_check(db, today=TODAY) == []
    half_a_year_later = TODAY + timedelta(days=181)
    due = contacts_to_check(db, today=half_a_year_later)
    assert len(due) == 3 and {d.customer_id for d in due} == {customer}
    card = customer_card(db, customer, today=half_a_year_later)
    assert len(card.contacts_due_for_check) == 3
    assert card.current_address is not None
    confirm_contacts(
        db,
        staff_id=owner_id,
        customer_id=customer,
        address_version_ids=(card.current_address.version_id,),
        phone_version_ids=tuple(p.version_id for p in card.current_phones),
        confirmed_on=half_a_year_later,
        now=NOW + timedelta(days=181),
    )
    assert contacts_to_check(db, today=half_a_year_later) == []
    assert customer_card(db, customer, today=half_a_year_later).contacts_due_for_check == ()


def test_a_change_before_the_customer_was_registered_is_refused(db: Database, owner_id: int, customer: int) -> None:
    with pytest.raises(ValidationError) as refused:
        record_move(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            address=NEW_HOME,
            effective_from=date(2026, 3, 1),
            now=NOW,
        )
    assert refused.value.fields == ("effective_from",)


def test_a_phone_correction_to_a_number_the_customer_has_in_another_role_is_refused(
    db: Database, owner_id: int, customer: int
) -> None:
    primary = customer_card(db, customer, today=TODAY).primary_phone
    assert primary is not None
    with pytest.raises(ValidationError) as elsewhere:
        correct_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            version_id=primary.version_id,
            number="010-2222-3333",
            reason="오타",
            now=LATER,
        )
    assert elsewhere.value.fields == ("number",)
    with pytest.raises(ValidationError):
        correct_phone(
            db,
            staff_id=owner_id,
            customer_id=customer,
            expected_version=None,
            version_id=primary.version_id,
            number="01012345678",
            reason="그대로",
            now=LATER,
        )
