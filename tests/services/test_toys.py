"""The toy catalogue and its items: adding, labelling, duplicate barcodes, and finding items by scan, name or 초성."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from rental_support import TODAY, RentalShop, later, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Item, Toy
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.hangul import initial_consonants, name_matches
from toysub_desktop.domain.rentals import ReservationState, ReturnCondition
from toysub_desktop.domain.text_input import clean_search
from toysub_desktop.domain.toys import ItemState, ToyCategory, in_store_barcode
from toysub_desktop.services.common import ChangedElsewhereError
from toysub_desktop.services.rentals import ReturnLine, lend, reserve, return_items, toy_queue
from toysub_desktop.services.toys import (
    ItemFilter,
    add_items,
    count_items,
    create_toy,
    find_item,
    item_view,
    next_in_store_barcode,
    search_items,
    search_toys,
    set_toy_active,
    toy_row,
    update_toy,
)


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def items_of(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Item)) or 0)


def test_the_shops_own_labels_are_numbered_in_order_and_a_product_barcode_can_be_used_once(
    db: Database, shop: RentalShop
) -> None:
    assert shop.barcodes["blocks"] == [in_store_barcode(1), in_store_barcode(2)]
    assert next_in_store_barcode(db) == in_store_barcode(7)
    added = add_items(
        db, staff_id=shop.owner, toy_id=shop.toys["piano"], barcodes=["8801234567893"], new_labels=1, now=NOW
    )
    assert [item.barcode for item in added] == ["8801234567893", in_store_barcode(7)]
    before = items_of(db)
    with pytest.raises(ValidationError) as refused:
        add_items(db, staff_id=shop.owner, toy_id=shop.toys["piano"], barcodes=["8801234567893"], now=NOW)
    problem = refused.value.problems[0]
    assert problem.field == "barcodes"
    assert "names the product, not the copy" in problem.template
    assert problem.arguments["item"] == "멜로디 피아노 (8801234567893)"
    with pytest.raises(ValidationError, match="already on"):
        add_items(db, staff_id=shop.owner, toy_id=shop.toys["kitchen"], barcodes=[in_store_barcode(1)], now=NOW)
    with pytest.raises(ValidationError, match="scanned twice"):
        add_items(db, staff_id=shop.owner, toy_id=shop.toys["kitchen"], barcodes=["TS-0001", "ts-0001"], now=NOW)
    assert items_of(db) == before


def test_a_scan_finds_its_item_even_typed_under_the_korean_input_method(db: Database, shop: RentalShop) -> None:
    add_items(db, staff_id=shop.owner, toy_id=shop.toys["blocks"], barcodes=["TS-0042"], now=NOW)
    found = find_item(db, "ㅅㄴ-0042")
    assert found is not None and (found.toy_name, found.state) == ("자석 블록 100피스", ItemState.AVAILABLE)
    assert find_item(db, in_store_barcode(500)) is None
    with pytest.raises(ValidationError):
        find_item(db, "8801234567890")  # a misread check digit


def test_items_are_found_by_name_initials_mixed_and_barcode(db: Database, shop: RentalShop) -> None:
    def toys_found(query: str) -> list[str]:
        return sorted({row.toy_name for row in search_items(db, query, today=TODAY).rows})

    assert toys_found("피아노") == ["멜로디 피아노"]
    assert toys_found("ㅈㅅㅂㄹ") == ["자석 블록 100피스"]
    assert toys_found("원목ㅈㅂ") == ["원목 주방놀이 세트"]
    assert toys_found("맥포머스") == ["자석 블록 100피스"]  # the brand
    assert toys_found(shop.barcodes["kitchen"][0]) == ["원목 주방놀이 세트"]
    assert len(search_items(db, "2000000000", today=TODAY).rows) == 6  # the start of a barcode
    assert search_items(db, "없는장난감", today=TODAY).rows == ()


def test_the_item_list_pages_in_toy_name_order_and_the_quick_lists_count(db: Database, shop: RentalShop) -> None:
    first = search_items(db, "", limit=4, today=TODAY)
    assert first.has_more and len(first.rows) == 4
    rest = search_items(db, "", offset=4, limit=4, today=TODAY)
    assert not rest.has_more and len(rest.rows) == 2
    names = [r.toy_name for r in first.rows + rest.rows]
    assert names == sorted(names)
    by_keyset = search_items(db, "", after=first.rows[-1], limit=4, today=TODAY)
    assert by_keyset == rest
    assert search_items(db, "", after=first.rows[1], limit=2, today=TODAY).rows == first.rows[2:4]
    toys, more = search_toys(db, limit=2)
    assert more and search_toys(db, after=toys[-1], limit=100) == search_toys(db, offset=2, limit=100)
    lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
         barcodes=[shop.barcodes["piano"][0]], now=NOW)  # fmt: skip
    late = later(20).date()
    overdue = search_items(db, "", which=ItemFilter.OVERDUE, today=late)
    assert [(r.barcode, r.customer_name, r.child_name, r.days_late) for r in overdue.rows] == [
        (shop.barcodes["piano"][0], "김민수", "김하늘", 6)
    ]
    assert count_items(db, ItemFilter.OVERDUE, today=late) == 1
    assert count_items(db, ItemFilter.ON_LOAN) == 1
    assert count_items(db, ItemFilter.AVAILABLE) == 5


def test_a_new_copy_of_a_reserved_toy_goes_to_the_child_waiting(db: Database, shop: RentalShop) -> None:
    kitchen = shop.barcodes["kitchen"][0]
    lend(db, staff_id=shop.owner, customer_id=shop.other, child_id=shop.other_child, barcodes=[kitchen], now=NOW)
    reserve(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"])
    [new] = add_items(db, staff_id=shop.owner, toy_id=shop.toys["kitchen"], new_labels=1, now=NOW)
    found = find_item(db, new.barcode)
    assert found is not None and found.state is ItemState.HELD
    assert toy_queue(db, shop.toys["kitchen"])[0].state is ReservationState.READY


def test_an_item_view_tells_its_whole_story(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[piano], now=NOW)
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.NEEDS_CLEANING, note="모래")],
                 now=later(10))  # fmt: skip
    found = find_item(db, piano)
    assert found is not None
    view = item_view(db, found.id)
    assert view.state is ItemState.CLEANING and view.loan is None and view.times_lent == 1
    assert [(e.from_state, e.to_state, e.customer_name, e.note) for e in view.history] == [
        (ItemState.ON_LOAN, ItemState.CLEANING, "김민수", "모래"),
        (ItemState.AVAILABLE, ItemState.ON_LOAN, "김민수", ""),
        (None, ItemState.AVAILABLE, "", ""),
    ]
    assert view.toy.items == 2 and view.toy.available == 1


def test_the_catalogue_is_edited_with_a_lock_and_a_retired_toy_takes_no_new_items(
    db: Database, shop: RentalShop
) -> None:
    row = toy_row(db, shop.toys["rocker"])
    update_toy(
        db, staff_id=shop.owner, toy_id=row.id, name="원목 흔들 목마", category=ToyCategory.RIDE_ON, min_age_months=12,
        max_age_months=36, brand="리틀타익스", value=75_000, expected_version=row.version, now=NOW,
    )  # fmt: skip
    with pytest.raises(ChangedElsewhereError):
        update_toy(
            db, staff_id=shop.owner, toy_id=row.id, name="목마", category=ToyCategory.RIDE_ON, min_age_months=12,
            max_age_months=36, brand="", value=75_000, expected_version=row.version, now=NOW,
        )  # fmt: skip
    assert [t.name for t in search_toys(db, "ㅎㄷ")[0]] == ["원목 흔들 목마"]
    current = toy_row(db, row.id)
    set_toy_active(db, staff_id=shop.owner, toy_id=row.id, active=False, expected_version=current.version, now=NOW)
    assert search_toys(db, "목마")[0] == ()
    assert [t.name for t in search_toys(db, "목마", include_inactive=True)[0]] == ["원목 흔들 목마"]
    with pytest.raises(ValidationError, match="no longer in the catalogue"):
        add_items(db, staff_id=shop.owner, toy_id=row.id, new_labels=1, now=NOW)
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "toy")))
    assert actions.count("toy.edit") == 1 and "toy.retire" in actions


def test_a_toy_with_bad_details_is_refused_field_by_field(db: Database, owner_id: int) -> None:
    with pytest.raises(ValidationError) as refused:
        create_toy(
            db, staff_id=owner_id, name="", category=ToyCategory.BABY, min_age_months=30, max_age_months=12, brand="",
            value=0, now=NOW,
        )  # fmt: skip
    assert set(refused.value.fields) == {"name", "max_age_months", "value"}


# --- every match, page after page ------------------------------------------------------------------------------

#: Few syllables, so names share runs and a query matches several toys; Latin letters in both cases, spaces.
TOY_SYLLABLES = "자석블록원목피아노"
toy_names = (
    st.lists(st.sampled_from([*TOY_SYLLABLES, "a", "B", " "]), min_size=1, max_size=6)
    .map("".join)
    .filter(lambda n: n.strip() != "")
)
toy_brands = st.sampled_from(["", "맥포머스", "LEGO", "lego 듀플로", "브이텍"])


@st.composite
def toy_queries(draw: st.DrawFn, names: list[str]) -> str:
    """A run of a toy's name typed as syllables, initials or a mix, a brand's part, or characters at random."""
    choice = draw(st.integers(0, 4))
    if choice == 0:
        return draw(st.text(alphabet=[*TOY_SYLLABLES, *"ㅈㅅㅂㄹㅇㅁab AB"], max_size=5))
    if choice == 1:
        return draw(st.sampled_from(["맥포", "lEgO", "o 듀", "텍", "ㅁㅍ", "%", "_"]))
    name = draw(st.sampled_from(names))
    start = draw(st.integers(0, len(name) - 1))
    run = name[start : start + draw(st.integers(1, 6))]
    return "".join(initial_consonants(c) if draw(st.booleans()) else c for c in run)


def expected_toys(db: Database, query: str, include_inactive: bool) -> set[int]:
    """Brute force over the catalogue: the name matches (any part, 초성 or mixed, spaces and Latin case ignored),
    or the brand holds the text, Latin case ignored."""
    text = clean_search(query)
    with db.reading() as session:
        toys = session.execute(select(Toy.id, Toy.name, Toy.brand, Toy.active)).tuples().all()
    return {
        toy_id
        for toy_id, name, brand, active in toys
        if (active or include_inactive) and (name_matches(name, text) or text.lower() in brand.lower())
    }


def test_toy_search_finds_every_match_in_list_order_page_after_page(db: Database, owner_id: int) -> None:
    """Toys are added (some retired) through the services; each query's pages, followed by keyset or by offset,
    are exactly the brute-force answer in the catalogue's list order, and the items found are those toys' items."""

    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
        database=None,
        phases=[Phase.generate],
    )
    @given(
        toys=st.lists(st.tuples(toy_names, toy_brands, st.booleans()), min_size=1, max_size=5),
        include_inactive=st.booleans(),
        page_size=st.integers(1, 3),
        data=st.data(),
    )
    def check(toys: list[tuple[str, str, bool]], include_inactive: bool, page_size: int, data: st.DataObject) -> None:
        for name, brand, retired in toys:
            toy_id = create_toy(
                db, staff_id=owner_id, name=name, category=ToyCategory.BLOCKS, min_age_months=12,
                max_age_months=36, brand=brand, value=10_000, now=NOW,
            )  # fmt: skip
            add_items(db, staff_id=owner_id, toy_id=toy_id, new_labels=1, now=NOW)
            if retired:
                row = toy_row(db, toy_id)
                set_toy_active(
                    db, staff_id=owner_id, toy_id=toy_id, active=False, expected_version=row.version, now=NOW
                )
        listed, more = search_toys(db, include_inactive=include_inactive, limit=10_000)
        assert not more
        order = [toy.id for toy in listed]
        for query in data.draw(st.lists(toy_queries([n for n, _b, _r in toys]), min_size=2, max_size=5)):
            expected = expected_toys(db, query, include_inactive)
            by_keyset: list[int] = []
            by_offset: list[int] = []
            while True:
                after = toy_row(db, by_keyset[-1]) if by_keyset else None
                page, more = search_toys(db, query, include_inactive=include_inactive, after=after, limit=page_size)
                assert len(page) == page_size or not more, query
                by_keyset += [toy.id for toy in page]
                if not more:
                    break
            while True:
                page, more = search_toys(
                    db, query, include_inactive=include_inactive, offset=len(by_offset), limit=page_size
                )
                by_offset += [toy.id for toy in page]
                if not more:
                    break
            assert by_keyset == by_offset == [toy_id for toy_id in order if toy_id in expected], query
            if clean_search(query):
                # Every toy has one item on the shelf, a retired toy's too.
                items = search_items(db, query, limit=10_000, today=TODAY).rows
                assert {item.toy_id for item in items} == expected_toys(db, query, include_inactive=True), query

    check()
