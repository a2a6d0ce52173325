"""Finding a customer the way the counter does: a bit of the name, 초성, the customer number, any number."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.timeline import Period
from toysub_desktop.services.contacts import change_phone, correct_phone
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.search import search_customers

TODAY = date(2026, 3, 2)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    people = {
        "김민수": "010-1234-5678",
        "김민준": "010-2345-6789",
        "이서연": "010-3456-7890",
        "박지민": "010-4567-8901",
        "최민서": "010-5678-9012",
    }
    return {
        name: register_customer(db, staff_id=owner_id, new=new_customer(name, phone=phone), now=NOW)
        for name, phone in people.items()
    }


def names(db: Database, query: str, **kwargs: object) -> list[str]:
    return [row.name for row in search_customers(db, query, today=TODAY, **kwargs).rows]  # type: ignore[arg-type]


def test_an_empty_query_lists_everyone_by_name(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "") == ["김민수", "김민준", "박지민", "이서연", "최민서"]


def test_any_part_of_the_name(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "민") == ["김민수", "김민준", "박지민", "최민서"]
    assert names(db, "민수") == ["김민수"]
    assert names(db, "서연") == ["이서연"]
    assert names(db, "없는이름") == []


def test_initial_consonants_and_mixed_queries(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "ㄱㅁㅅ") == ["김민수"]
    assert names(db, "ㄱㅁ") == ["김민수", "김민준"]
    assert names(db, "ㅁㅅ") == ["김민수", "최민서"]
    assert names(db, "김ㅁㅈ") == ["김민준"]
    assert names(db, "ㄱ민수") == ["김민수"]


def test_customer_number(db: Database, shop: dict[str, int]) -> None:
    number = customer_card(db, shop["이서연"]).number
    assert names(db, number) == ["이서연"]
    assert names(db, number.lower().replace("-", "")) == ["이서연"]


def test_current_number_whole_start_or_last_four_digits(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "010-3456-7890") == ["이서연"]
    assert names(db, "+82 10 3456 7890") == ["이서연"]
    assert names(db, "7890") == ["이서연"]
    assert names(db, "010-345") == ["이서연"]
    assert names(db, "01") == []  # too few digits to mean anything
    row = search_customers(db, "7890", today=TODAY).rows[0]
    assert row.former_phone is None


def test_a_former_number_finds_the_customer_labelled_with_its_dates(
    db: Database, owner_id: int, shop: dict[str, int]
) -> None:
    change_phone(
        db,
        staff_id=owner_id,
        customer_id=shop["박지민"],
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9999-0000",
        effective_from=date(2026, 3, 20),
        now=NOW + timedelta(days=1),
    )
    april = date(2026, 4, 1)
    rows = search_customers(db, "010-4567-8901", today=april).rows
    assert [r.name for r in rows] == ["박지민"]
    assert rows[0].former_phone is not None and rows[0].former_phone.national == "010-4567-8901"
    assert rows[0].former_period == Period(date(2026, 3, 2), date(2026, 3, 19))
    assert rows[0].primary_phone is not None and rows[0].primary_phone.national == "010-9999-0000"
    assert [r.name for r in search_customers(db, "0000", today=april).rows] == ["박지민"]
    # Before the change takes effect, the old number is still current and is not labelled former.
    assert search_customers(db, "8901", today=TODAY).rows[0].former_phone is None


def test_a_mistyped_and_corrected_number_no_longer_finds_anyone(
    db: Database, owner_id: int, shop: dict[str, int]
) -> None:
    primary = customer_card(db, shop["최민서"]).primary_phone
    assert primary is not None
    correct_phone(
        db,
        staff_id=owner_id,
        customer_id=shop["최민서"],
        expected_version=None,
        version_id=primary.version_id,
        number="010-5678-9013",
        reason="오타",
        now=NOW,
    )
    assert names(db, "5678-9012") == []
    assert names(db, "5678-9013") == ["최민서"]


def test_pages_follow_each_other_without_gaps(db: Database, shop: dict[str, int]) -> None:
    first = search_customers(db, "", limit=2, today=TODAY)
    second = search_customers(db, "", offset=2, limit=2, today=TODAY)
    third = search_customers(db, "", offset=4, limit=2, today=TODAY)
    assert first.has_more and second.has_more and not third.has_more
    assert [r.name for r in (*first.rows, *second.rows, *third.rows)] == names(db, "")


def test_like_wildcards_in_a_query_are_literal(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "%") == []
    assert names(db, "_") == []
