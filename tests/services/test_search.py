"""Finding a customer the way the counter does: a bit of the name, 초성, the customer number, any number."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.engine import Connection

from support import NEW_HOME, NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, CustomerNameKey, PhoneVersion, name_key_rows
from toysub_desktop.db.prepared import PreparedRead
from toysub_desktop.demo import populate_demo_shop
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.hangul import INITIALS, initial_consonants, name_matches
from toysub_desktop.domain.person import parse_customer_number
from toysub_desktop.domain.phone import digits_for_search, phone_from_e164
from toysub_desktop.domain.timeline import Period
from toysub_desktop.services import search as search_module
from toysub_desktop.services.contacts import change_phone, correct_phone, record_move
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details
from toysub_desktop.services.search import SearchHint, search_customers

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


def test_a_former_number_corrected_at_another_counter_during_the_search_is_labelled_as_it_stood(
    db: Database, owner_id: int, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page found by a former number is one read, its dates with it: a correction committed at another counter
    while the search runs cannot leave the page half old and half new; the next keystroke no longer finds it."""
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
    with db.reading() as session:
        old = session.scalars(select(PhoneVersion.id).where(PhoneVersion.e164 == "+821045678901")).one()
    corrected: list[str] = []
    read = PreparedRead.rows

    def correct_after_the_page(
        prepared: PreparedRead, connection: Connection, parameters: Mapping[str, Any]
    ) -> list[tuple[Any, ...]]:
        lines = read(prepared, connection, parameters)
        if not corrected:  # after the first statement, the page
            corrected.append(prepared.statement.compile(dialect=connection.dialect).string)
            correct_phone(
                db,
                staff_id=owner_id,
                customer_id=shop["박지민"],
                expected_version=None,
                version_id=old,
                number="010-4567-8902",
                reason="잘못 입력",
                now=NOW + timedelta(days=2),
            )
        return lines

    monkeypatch.setattr(PreparedRead, "rows", correct_after_the_page)
    rows = search_customers(db, "010-4567-8901", today=date(2026, 4, 1)).rows
    monkeypatch.undo()
    assert len(corrected) == 1 and corrected[0].lstrip().startswith("SELECT")
    assert [(r.name, r.former_phone, r.former_period) for r in rows] == [
        ("박지민", phone_from_e164("+821045678901"), Period(date(2026, 3, 2), date(2026, 3, 19)))
    ]
    assert search_customers(db, "010-4567-8901", today=date(2026, 4, 1)).rows == ()


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


def test_a_page_after_a_row_stays_put_when_a_customer_is_registered_before_it(
    db: Database, owner_id: int, shop: dict[str, int]
) -> None:
    """Another counter registers a customer whose name sorts before the rows already shown: the next page, asked
    after the last row shown, neither repeats that row nor skips one (a page by offset would repeat it)."""
    first = search_customers(db, "", limit=2, today=TODAY)
    assert [r.name for r in first.rows] == ["김민수", "김민준"]
    register_customer(db, staff_id=owner_id, new=new_customer("가나다"), now=NOW)
    register_customer(db, staff_id=owner_id, new=new_customer("김민준"), now=NOW)  # a namesake: after by id
    second = search_customers(db, "", after=first.rows[-1], limit=2, today=TODAY)
    assert [r.name for r in second.rows] == ["김민준", "박지민"] and second.rows[0].id > first.rows[1].id
    assert [r.name for r in search_customers(db, "민", after=first.rows[0], limit=2, today=TODAY).rows] == [
        "김민준",
        "김민준",
    ]


def test_like_wildcards_in_a_query_are_literal(db: Database, shop: dict[str, int]) -> None:
    assert names(db, "%") == []
    assert names(db, "_") == []


# --- every match, in one order, page after page --------------------------------------------------------------

#: Few syllables, so names share runs and a query matches several customers; Latin letters in both cases.
SYLLABLES = "김이박민수지준서연"
NAME_PARTS = [*SYLLABLES, "a", "B", " "]
names_strategy = (
    st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=5).map("".join).filter(lambda n: n.strip() != "")
)
#: Mobile numbers from few digits, so tails and starts are shared too.
phones_strategy = st.text(alphabet="0127", min_size=8, max_size=8).map(lambda d: f"010-{d[:4]}-{d[4:]}")


@st.composite
def name_queries(draw: st.DrawFn, names: list[str]) -> str:
    """A run of a customer's name typed as syllables, initials or a mix, or a few characters at random."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.text(alphabet=[*SYLLABLES, *"ㄱㅇㅈㅁㅅaAb "], min_size=0, max_size=5))
    name = draw(st.sampled_from(names))
    start = draw(st.integers(0, len(name) - 1))
    run = name[start : start + draw(st.integers(1, 5))]
    return "".join(initial_consonants(c) if draw(st.booleans()) else c for c in run)


@st.composite
def number_queries(draw: st.DrawFn, numbers: list[str]) -> str:
    """The start or the end of a customer's number (any length, dashes or not), or digits at random."""
    digits = draw(st.sampled_from(numbers)).replace("-", "")
    length = draw(st.integers(1, 11))
    part = digits[:length] if draw(st.booleans()) else digits[-length:]
    return draw(st.sampled_from([part, f"{part[:3]}-{part[3:]}", draw(st.text(alphabet="0127", max_size=6))]))


def queries_for(names: list[str], numbers: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        name_queries(names),
        name_queries(names),
        number_queries(numbers),
        st.sampled_from(["", " ", "ㄱ", "C-000001", "C-2"]),
    )


def expected_ids(db: Database, query: str) -> tuple[list[int], SearchHint | None]:
    """Brute force over every customer: the rule as a shop owner states it, then sorted in list order."""
    with db.reading() as session:
        customers = session.execute(select(Customer.id, Customer.name)).tuples().all()
        numbers = session.execute(
            select(PhoneVersion.customer_id, PhoneVersion.national_digits).where(PhoneVersion.voided_at.is_(None))
        ).all()
    text = " ".join(query.split())
    number = parse_customer_number(text)
    digits_typed = sum(c.isdigit() for c in text)
    if number is not None:
        matching = {customer_id for customer_id, _name in customers if customer_id == number}
    elif digits_typed:
        if digits_typed < 4:
            return [], SearchHint.TOO_FEW_DIGITS
        digits = digits_for_search(text)
        matching = {
            customer_id
            for customer_id, national in numbers
            if digits is not None
            and national is not None
            and (national.startswith(digits) or national.endswith(digits))
        }
    elif len(text.replace(" ", "")) == 1 and text.strip() in INITIALS:
        return [], SearchHint.SINGLE_INITIAL
    else:
        matching = {customer_id for customer_id, name in customers if name_matches(name, text)}
    by_name = dict(customers)
    return sorted(matching, key=lambda customer_id: (by_name[customer_id], customer_id)), None


def all_pages(db: Database, query: str, page_size: int) -> tuple[list[int], SearchHint | None]:
    """Every page of *query*, followed by keyset (after the last row, as the list does) and by offset, which
    must agree."""
    found: list[int] = []
    last = None
    while True:
        page = search_customers(db, query, after=last, limit=page_size, today=TODAY)
        assert len(page.rows) == page_size or not page.has_more, "a short page that claims more"
        assert page.rows or not found, "the page before claimed more, and there was none"
        found += [row.id for row in page.rows]
        last = page.rows[-1] if page.rows else last
        if not page.has_more:
            break
    by_offset: list[int] = []
    while True:
        page = search_customers(db, query, offset=len(by_offset), limit=page_size, today=TODAY)
        by_offset += [row.id for row in page.rows]
        if not page.has_more:
            break
    assert by_offset == found, "pages by offset and by keyset differ"
    return found, page.hint


def test_every_query_finds_every_match_in_list_order_page_after_page(db: Database, owner_id: int) -> None:
    """Customers are registered (some renamed, some with a new or a corrected number) through the services; each
    query's pages together are exactly the brute-force answer, and ``has_more`` is true exactly when more exist."""

    @settings(
        max_examples=20,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
        database=None,
        phases=[Phase.generate],
    )
    @given(
        people=st.lists(st.tuples(names_strategy, phones_strategy), min_size=1, max_size=4),
        renamed=st.one_of(st.none(), names_strategy),
        new_number=st.one_of(st.none(), phones_strategy),
        corrected=st.booleans(),
        moved_on=st.one_of(st.none(), st.sampled_from([TODAY, TODAY + timedelta(days=1)])),
        data=st.data(),
        page_size=st.integers(1, 4),
    )
    def check(
        people: list[tuple[str, str]],
        renamed: str | None,
        new_number: str | None,
        corrected: bool,
        moved_on: date | None,
        data: st.DataObject,
        page_size: int,
    ) -> None:
        ids = [
            register_customer(db, staff_id=owner_id, new=new_customer(name, phone=phone), now=NOW)
            for name, phone in people
        ]
        last = ids[-1]
        if renamed is not None:
            card = customer_card(db, last)
            update_customer_details(
                db, staff_id=owner_id, customer_id=last, expected_version=card.version, name=renamed,
                email="", notes="", now=NOW,
            )  # fmt: skip
        if new_number is not None and new_number != people[0][1]:
            change_phone(
                db, staff_id=owner_id, customer_id=ids[0], expected_version=None, role=PhoneRole.PRIMARY,
                number=new_number, effective_from=TODAY, now=NOW + timedelta(hours=1),
            )  # fmt: skip
        if corrected:
            primary = customer_card(db, last, today=TODAY).primary_phone
            assert primary is not None
            correct_phone(
                db, staff_id=owner_id, customer_id=last, expected_version=None, version_id=primary.version_id,
                number="010-9999-9999", reason="오타", now=NOW + timedelta(hours=2),
            )  # fmt: skip
        if moved_on is not None:
            record_move(
                db, staff_id=owner_id, customer_id=ids[-1], expected_version=None, address=NEW_HOME,
                effective_from=moved_on, now=NOW + timedelta(hours=3),
            )  # fmt: skip
        # Queries come from this example's names and numbers; the customers of earlier examples match them too.
        names = [name for name, _phone in people] + ([renamed] if renamed else [])
        numbers = [phone for _name, phone in people] + ([new_number] if new_number else [])
        for query in data.draw(st.lists(queries_for(names, numbers), min_size=2, max_size=5), label="queries"):
            assert all_pages(db, query, page_size) == expected_ids(db, query), query
        # Each row shows the address and primary number in effect that day, as the customer's card resolves them.
        for day in (TODAY, TODAY + timedelta(days=1)):
            for row in search_customers(db, "", today=day).rows:
                card = customer_card(db, row.id, today=day)
                assert row.primary_phone == (card.primary_phone.phone if card.primary_phone else None)
                assert row.address == (card.current_address.address if card.current_address else None)

    check()


def test_a_long_query_needs_its_characters_in_one_run(db: Database, owner_id: int) -> None:
    # "김민수박민서민" has every three-character run of "ㄱㅁㅅㅁ" (김민수, 민서민), but not the four together.
    for name in ("김민수박민서민", "김민수민"):
        register_customer(db, staff_id=owner_id, new=new_customer(name), now=NOW)
    assert names(db, "ㄱㅁㅅㅁ") == ["김민수민"]
    assert names(db, "김민ㅅ민") == ["김민수민"]


def test_a_single_syllable_is_searched_a_single_initial_or_a_few_digits_are_not(
    db: Database, shop: dict[str, int]
) -> None:
    assert names(db, "김") == ["김민수", "김민준"]
    for query in ("ㄱ", " ㅁ "):
        page = search_customers(db, query, today=TODAY)
        assert (page.rows, page.has_more, page.hint) == ((), False, SearchHint.SINGLE_INITIAL)
    for query in ("0", "01", "010", "5-6", "+82"):
        page = search_customers(db, query, today=TODAY)
        assert (page.rows, page.has_more, page.hint) == ((), False, SearchHint.TOO_FEW_DIGITS)
    assert search_customers(db, "5678", today=TODAY).hint is None


def test_a_renamed_customer_is_found_by_the_new_name_only(db: Database, owner_id: int, shop: dict[str, int]) -> None:
    customer_id = shop["박지민"]
    update_customer_details(
        db, staff_id=owner_id, customer_id=customer_id, expected_version=customer_card(db, customer_id).version,
        name="장하은", email="", notes="", now=NOW,
    )  # fmt: skip
    assert names(db, "장ㅎ") == names(db, "ㅈㅎㅇ") == ["장하은"]
    assert names(db, "박지") == names(db, "ㅂㅈㅁ") == []
    assert names(db, "지민") == []


def test_mixed_queries_find_every_match_beyond_any_cap(db: Database, owner_id: int) -> None:
    """A 초성 prefilter used to stop at a fixed number of candidates: names in list order before the matches
    (here many 이ㅈ… names that are not 이지…) must not hide them."""
    for index in range(30):
        register_customer(db, staff_id=owner_id, new=new_customer(f"이자{chr(0xAC00 + index)}"), now=NOW)
    register_customer(db, staff_id=owner_id, new=new_customer("이지은"), now=NOW)
    assert names(db, "이ㅈ", limit=1000) == sorted([f"이자{chr(0xAC00 + i)}" for i in range(30)] + ["이지은"])
    assert names(db, "이지") == ["이지은"]
    first = search_customers(db, "이ㅈ", limit=30, today=TODAY)
    rest = search_customers(db, "이ㅈ", offset=30, limit=30, today=TODAY)
    assert first.has_more and not rest.has_more and [r.name for r in rest.rows] == ["이지은"]


def test_a_number_start_shared_by_many_is_listed_alike_by_either_plan(
    db: Database, owner_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start like "010-2" matches so many numbers that the list is walked in order instead of sorting them; the
    walk must list the same customers, labelled alike, page after page."""
    people = [("김민수", "010-2111-1111"), ("이서연", "010-2222-1111"), ("박지민", "010-3111-2111")]
    people += [("장하은", "010-2333-0000"), ("김지호", "010-2111-2222"), ("김민수", "010-4444-2111")]
    ids = [register_customer(db, staff_id=owner_id, new=new_customer(n, phone=p), now=NOW) for n, p in people]
    change_phone(
        db, staff_id=owner_id, customer_id=ids[2], expected_version=None, role=PhoneRole.PRIMARY,
        number="010-2999-1111", effective_from=TODAY, now=NOW + timedelta(hours=1),
    )  # fmt: skip
    queries = ["010-2", "0102111", "2111", "1111", "010-3111-2111", "0103"]
    sorted_plan = {query: all_pages(db, query, 2) for query in queries}
    labels = {query: search_customers(db, query, today=TODAY).rows for query in queries}
    monkeypatch.setattr(search_module, "_walk_beats_sort", lambda *_args: True)
    for query in queries:
        assert all_pages(db, query, 2) == sorted_plan[query] == expected_ids(db, query), query
        assert search_customers(db, query, today=TODAY).rows == labels[query], query
    assert labels["0103"][0].former_phone is not None


def stored_keys(db: Database) -> set[tuple[str, str, int]]:
    k = CustomerNameKey
    with db.reading() as session:
        return set(session.execute(select(k.key, k.name, k.customer_id)).tuples())


def keys_of_every_name(db: Database) -> set[tuple[str, str, int]]:
    with db.reading() as session:
        customers = session.execute(select(Customer.id, Customer.name)).tuples().all()
    return {(row["key"], row["name"], row["customer_id"]) for i, n in customers for row in name_key_rows(i, n)}


def test_the_name_keys_follow_every_rename(db: Database, owner_id: int, shop: dict[str, int]) -> None:
    customer_id = shop["김민수"]
    for name in ("김민준", "Kim Ana", "김민준"):
        update_customer_details(
            db, staff_id=owner_id, customer_id=customer_id, expected_version=customer_card(db, customer_id).version,
            name=name, email="", notes="", now=NOW,
        )  # fmt: skip
    assert stored_keys(db) == keys_of_every_name(db)
    assert {key for key, _name, owner in stored_keys(db) if owner == customer_id} >= {"김민", "ㄱㅁㅈ", "ㄱ민준"}


def test_the_demo_shop_s_customers_have_their_name_keys(db: Database) -> None:
    populate_demo_shop(db, customers=12, today=TODAY)
    assert stored_keys(db) == keys_of_every_name(db) != set()
