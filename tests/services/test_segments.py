"""Segments: counts from SQL against the Python rule over a generated shop, saving (names, deletion kept, audit),
and the lists and exports a segment restricts."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Child, Consent, Customer, LedgerEntry, Segment, Subscription
from toysub_desktop.domain.address import district_of, region_of
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentKind, ConsentMethod
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.messages import MessageList
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.domain.segments import (
    AgeBand,
    CustomerFacts,
    RegionChoice,
    SegmentCriteria,
    criteria_match,
)
from toysub_desktop.domain.tiers import TierBasis, TierInput, spend_window
from toysub_desktop.services.contacts import record_move
from toysub_desktop.services.customers import (
    address_in_effect_on,
    customer_card,
    record_marketing_consent,
    register_customer,
)
from toysub_desktop.services.deliveries import DeliveryFilter, count_deliveries, list_deliveries, schedule_deliveries
from toysub_desktop.services.exports import ExportFormat, export_customers, export_deliveries, export_subscriptions
from toysub_desktop.services.inputs import AddressInput, ChildInput
from toysub_desktop.services.message_lists import ListRequest, message_list
from toysub_desktop.services.plans import create_plan
from toysub_desktop.services.queries.segments import segment_condition
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.segments import (
    count_matching,
    create_segment,
    delete_segment,
    list_segments,
    segment_count,
    update_segment,
)
from toysub_desktop.services.shop import shop_settings, update_shop_details
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    SubscriptionFilter,
    cancel,
    count_subscriptions,
    list_subscriptions,
    sign_up,
)
from toysub_desktop.services.tiers import customer_tiers, tier_settings, update_tiers

ADDRESSES = (
    AddressInput("04001", "서울특별시 마포구 월드컵북로 396", "101동 1203호"),
    AddressInput("06236", "서울 강남구 테헤란로 152", ""),
    AddressInput("06236", "서울시 강남구 테헤란로 7", ""),
    AddressInput("13529", "경기도 성남시 분당구 판교역로 166", "A동 502호"),
    AddressInput("16455", "경기 수원시 팔달구 효원로 241", ""),
    AddressInput("48058", "부산광역시 해운대구 해운대해변로 264", ""),
    AddressInput("30103", "세종특별자치시 한누리대로 2130", ""),
)
REGIONS = (
    RegionChoice("서울"),
    RegionChoice("서울", "강남구"),
    RegionChoice("서울", "마포구"),
    RegionChoice("경기"),
    RegionChoice("경기", "성남시"),
    RegionChoice("부산", "해운대구"),
    RegionChoice("세종"),
    RegionChoice("제주"),
)
DAYS = (date(2026, 3, 2), date(2026, 1, 31), date(2026, 6, 30), date(2025, 9, 15))
MOVE_ON = date(2026, 5, 1)
LOW_ABOVE_HIGH = "The lower bound is above the upper bound."


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@dataclass
class GeneratedShop:
    customers: list[int]
    ids: dict[str, int]


def _generated_shop(db: Database, owner_id: int, *, count: int = 28, seed: int = 7) -> GeneratedShop:
    """*count* families registered on days from 2024 to 2026, in several regions (some moving in May 2026), with
    children of every age, contracts of each kind (some cancelled), payments, refunds (some voided) and marketing
    answers changed later."""
    enter_shop_details(db)
    ids = {"owner": owner_id}
    opened = _at(date(2023, 12, 1))
    for kind, cadence in (
        (PlanKind.RENTAL, Cadence.EVERY_2_WEEKS),
        (PlanKind.BOX, Cadence.MONTHLY),
        (PlanKind.UNLIMITED, Cadence.AT_THE_SHOP),
    ):
        ids[kind.value] = create_plan(
            db, staff_id=owner_id, name=f"요금제 {kind.value}", kind=kind, tier="", cadence=cadence,
            terms=(TermOption(24, 0),), trial_days=0, deposit=0, monthly_price=29_000, now=opened,
        )  # fmt: skip
    rng = random.Random(seed)
    plans = (PlanKind.RENTAL, PlanKind.BOX, PlanKind.UNLIMITED)
    customers: list[int] = []
    for index in range(count):
        registered = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 790))
        children = tuple(
            ChildInput(
                f"아이{chr(0xAC00 + index * 28 + n)}",
                rng.randrange(registered.year - 9, registered.year + 1),
                rng.randrange(1, 13),
            )
            for n in range(rng.choice((0, 1, 1, 2)))
        )
        born_by = registered.year * 12 + registered.month
        children = tuple(c for c in children if (c.birth_year or 0) * 12 + (c.birth_month or 0) <= born_by)
        new = new_customer(
            "김이박최정"[index % 5] + "민" + chr(0xAC00 + index * 28),
            phone=f"010-{3000 + index:04d}-{1000 + index:04d}",
            address=rng.choice(ADDRESSES),
            marketing=rng.random() < 0.5,
            given_on=registered,
            children=children,
        )
        customer = register_customer(db, staff_id=owner_id, new=new, now=_at(registered))
        customers.append(customer)
        for _contract in range(rng.choice((0, 1, 1, 2))):
            start = registered + timedelta(days=rng.randrange(0, 60))
            if start > date(2026, 3, 2):
                continue
            kind = rng.choice(plans)
            subscription = sign_up(
                db,
                staff_id=owner_id,
                new=NewSubscription(
                    customer_id=customer,
                    plan_id=ids[kind.value],
                    term_months=24,
                    start_on=start,
                    payment_method=PaymentMethod.AUTO_DEBIT,
                    swap_weekday=2 if kind is PlanKind.RENTAL else None,
                ),
                now=_at(start),
            )
            if rng.random() < 0.25:
                cancel(
                    db,
                    staff_id=owner_id,
                    subscription_id=subscription,
                    effective_on=start + timedelta(days=rng.randrange(20, 300)),
                    now=_at(start + timedelta(days=10)),
                )
        if rng.random() < 0.3:
            card = customer_card(db, customer, today=date(2026, 3, 2))
            record_move(
                db,
                staff_id=owner_id,
                customer_id=customer,
                expected_version=card.version,
                address=rng.choice(ADDRESSES),
                effective_from=MOVE_ON,
                now=NOW,
            )
        if rng.random() < 0.3:
            answered = max(registered, date(2025, 6, 1)) + timedelta(days=rng.randrange(0, 30))
            record_marketing_consent(
                db,
                staff_id=owner_id,
                customer_id=customer,
                granted=rng.random() < 0.5,
                given_on=min(answered, date(2026, 3, 2)),
                method=ConsentMethod.PAPER,
                notice_version=CURRENT_NOTICE_VERSION,
                now=NOW,
            )
    with db.writing() as session:
        for customer in customers:
            for _entry in range(rng.randrange(0, 5)):
                day = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 600))
                kind = EntryKind.REFUND if rng.random() < 0.25 else EntryKind.PAYMENT
                voided = rng.random() < 0.15
                session.add(
                    LedgerEntry(
                        customer_id=customer,
                        kind=kind.value,
                        amount=rng.choice((10_000, 29_000, 39_000, 50_000, 120_000)),
                        entry_on=day,
                        means=PaymentMeans.CASH.value,
                        recorded_at=_at(day),
                        recorded_by_id=owner_id,
                        voided_at=_at(day) if voided else None,
                        voided_by_id=owner_id if voided else None,
                        void_reason="잘못 입력" if voided else None,
                    )
                )
    return GeneratedShop(customers, ids)


def _facts(db: Database, customer_id: int, on: date) -> CustomerFacts:
    """What the criteria ask of one customer, read plainly and judged in Python."""
    first, last = spend_window(on)
    with db.reading() as session:
        births = session.scalars(
            select(Child.birth_month).where(
                Child.customer_id == customer_id, Child.active.is_(True), Child.voided_at.is_(None)
            )
        ).all()
        contracts = session.execute(
            select(Subscription.kind, Subscription.start_on, Subscription.ends_on, Subscription.cancelled_on).where(
                Subscription.customer_id == customer_id
            )
        ).all()
        entries = session.execute(
            select(LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.entry_on, LedgerEntry.voided_at).where(
                LedgerEntry.customer_id == customer_id
            )
        ).all()
        answers = session.scalars(
            select(Consent.granted)
            .where(Consent.customer_id == customer_id, Consent.kind == ConsentKind.MARKETING.value)
            .order_by(Consent.id)
        ).all()
    running = frozenset(
        PlanKind(kind)
        for kind, start, ends, cancelled in contracts
        if start <= on <= ends and (cancelled is None or cancelled > on)
    )
    spend = sum(
        (amount if kind == EntryKind.PAYMENT.value else -amount)
        for kind, amount, day, voided in entries
        if voided is None and kind in (EntryKind.PAYMENT.value, EntryKind.REFUND.value) and first <= day <= last
    )
    address = address_in_effect_on(db, customer_id, on)
    return CustomerFacts(
        child_birth_months=tuple(births),
        running_plan_kinds=running,
        province=region_of(address.address.road_address) if address else None,
        district=district_of(address.address.road_address) if address else "",
        first_start=min((start for _k, start, _e, _c in contracts), default=None),
        spend=spend,
        marketing=answers[-1] if answers else None,
    )


_bands = st.lists(
    st.tuples(st.integers(0, 216), st.integers(0, 216)).map(lambda pair: AgeBand(min(pair), max(pair))),
    max_size=2,
).map(tuple)
_optional_range = st.tuples(st.none() | st.integers(0, 30), st.none() | st.integers(0, 30)).map(
    lambda pair: pair if None in pair or pair[0] <= pair[1] else (pair[1], pair[0])  # type: ignore[operator]
)
_spend_range = st.tuples(
    st.none() | st.sampled_from((0, 29_000, 50_000, 100_000, 200_000)),
    st.none() | st.sampled_from((0, 39_000, 79_000, 150_000, 400_000)),
).map(lambda pair: pair if None in pair or pair[0] <= pair[1] else (pair[1], pair[0]))  # type: ignore[operator]
criteria_strategy = st.builds(
    lambda bands, kinds, regions, tenure, spend, consent: SegmentCriteria(
        age_bands=bands,
        plan_kinds=frozenset(kinds),
        regions=tuple(regions),
        tenure_min_months=tenure[0],
        tenure_max_months=tenure[1],
        spend_min=spend[0],
        spend_max=spend[1],
        marketing_consent=consent,
    ),
    _bands,
    st.sets(st.sampled_from(list(PlanKind))),
    st.lists(st.sampled_from(REGIONS), max_size=2, unique=True),
    _optional_range,
    _spend_range,
    st.none() | st.booleans(),
)


@pytest.fixture
def shop(db: Database, owner_id: int) -> GeneratedShop:
    return _generated_shop(db, owner_id)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(criteria=criteria_strategy, on=st.sampled_from(DAYS))
def test_a_segments_count_is_the_customers_the_rule_finds_one_by_one(
    db: Database, shop: GeneratedShop, criteria: SegmentCriteria, on: date
) -> None:
    expected = {c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on)}
    assert count_matching(db, criteria, today=on) == len(expected)
    # The form lists walk (each customer's address in effect asked, not the region's read) finds the same ones.
    with db.reading() as session:
        walked = session.scalars(select(Customer.id).where(segment_condition(criteria, on, walking=True))).all()
    assert set(walked) == expected


def test_the_generated_shop_has_customers_on_both_sides_of_every_criterion(db: Database, shop: GeneratedShop) -> None:
    """The property above would prove little over a shop where a criterion holds for everyone or no one."""
    on = DAYS[0]
    facts = [_facts(db, c, on) for c in shop.customers]
    for criteria in (
        SegmentCriteria(age_bands=(AgeBand(12, 36),)),
        SegmentCriteria(plan_kinds=frozenset({PlanKind.BOX})),
        SegmentCriteria(regions=(RegionChoice("서울", "강남구"),)),
        SegmentCriteria(tenure_min_months=6, tenure_max_months=18),
        SegmentCriteria(spend_min=50_000),
        SegmentCriteria(marketing_consent=True),
    ):
        matched = sum(criteria_match(criteria, f, on) for f in facts)
        assert 0 < matched < len(facts), criteria


@pytest.mark.parametrize(
    ("basis", "thresholds"),
    [(TierBasis.TENURE, ("0", "6", "14")), (TierBasis.SPEND, ("1", "50,000", "120,000"))],
)
def test_a_tier_segment_holds_exactly_the_customers_whose_card_shows_that_tier(
    db: Database, owner_id: int, shop: GeneratedShop, basis: TierBasis, thresholds: tuple[str, ...]
) -> None:
    """One rule: the segment's SQL over tenure or spend places every customer where the tiers service does."""
    names = ("새싹", "나무", "숲")
    rows = tuple(TierInput(n, t, "0") for n, t in zip(names, thresholds, strict=True))
    update_tiers(
        db, by_staff_id=owner_id, basis=basis, rows=rows,
        expected_version=tier_settings(db).version, now=NOW,
    )  # fmt: skip
    rules = tier_settings(db).rules
    for on in DAYS:
        standings = customer_tiers(db, shop.customers, today=on)
        placed = {c: s.tier.name for c, s in standings.items() if s.tier is not None}
        for chosen in ({"새싹"}, {"나무"}, {"숲"}, {"새싹", "숲"}):
            criteria = SegmentCriteria(tiers=frozenset(chosen))
            expected = {c for c, name in placed.items() if name in chosen}
            assert count_matching(db, criteria, today=on) == len(expected), (on, chosen)
            assert {c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on, rules)} == expected
            with db.reading() as session:
                walked = session.scalars(
                    select(Customer.id).where(segment_condition(criteria, on, walking=True, tier_rules=rules))
                ).all()
            assert set(walked) == expected
        # The generated shop has customers in more than one tier and outside every tier, so the check means something.
        assert len(set(placed.values())) >= 2


def test_a_segment_naming_a_tier_the_shop_does_not_have_is_refused_and_a_removed_tier_holds_no_one(
    db: Database, owner_id: int, shop: GeneratedShop
) -> None:
    update_tiers(
        db, by_staff_id=owner_id, basis=TierBasis.TENURE, rows=(TierInput("새싹", "0", "0"),),
        expected_version=tier_settings(db).version, now=NOW,
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        create_segment(
            db, staff_id=owner_id, name="숲 등급", criteria=SegmentCriteria(tiers=frozenset({"숲"})), now=NOW
        )
    assert refused.value.problems[0].field == "tiers"
    with db.reading() as session:
        assert session.scalars(select(Segment)).all() == []
    kept = create_segment(
        db, staff_id=owner_id, name="새싹 등급", criteria=SegmentCriteria(tiers=frozenset({"새싹"})), now=NOW
    )
    assert segment_count(db, kept, today=DAYS[0]) > 0
    update_tiers(
        db, by_staff_id=owner_id, basis=TierBasis.TENURE, rows=(TierInput("씨앗", "0", "0"),),
        expected_version=tier_settings(db).version, now=NOW,
    )  # fmt: skip
    assert segment_count(db, kept, today=DAYS[0]) == 0


def test_a_customer_who_moves_counts_in_the_new_region_from_the_day_of_the_move(db: Database, owner_id: int) -> None:
    enter_shop_details(db)
    customer = register_customer(db, staff_id=owner_id, new=new_customer("김민수"), now=NOW)  # 마포구
    card = customer_card(db, customer, today=NOW.date())
    record_move(
        db, staff_id=owner_id, customer_id=customer, expected_version=card.version, address=ADDRESSES[3],
        effective_from=MOVE_ON, now=NOW,
    )  # fmt: skip
    mapo = SegmentCriteria(regions=(RegionChoice("서울", "마포구"),))
    seongnam = SegmentCriteria(regions=(RegionChoice("경기", "성남시"),))
    day_before = MOVE_ON - timedelta(days=1)
    assert (count_matching(db, mapo, today=day_before), count_matching(db, seongnam, today=day_before)) == (1, 0)
    assert (count_matching(db, mapo, today=MOVE_ON), count_matching(db, seongnam, today=MOVE_ON)) == (0, 1)


# --- saving ---------------------------------------------------------------------------------------------------------


TODDLERS = SegmentCriteria(age_bands=(AgeBand(12, 36),))


def test_a_segment_is_saved_listed_counted_changed_and_deleted_but_kept(db: Database, owner_id: int) -> None:
    enter_shop_details(db)
    register_customer(db, staff_id=owner_id, new=new_customer("김민수"), now=NOW)  # a child born 2023-05: 33 months
    segment_id = create_segment(db, staff_id=owner_id, name=" 돌 지난  아이 ", criteria=TODDLERS, now=NOW)
    [row] = list_segments(db).rows
    assert (row.name, row.criteria) == ("돌 지난 아이", TODDLERS)
    assert segment_count(db, segment_id, today=NOW.date()) == 1
    older = SegmentCriteria(age_bands=(AgeBand(48, 72),))
    update_segment(db, staff_id=owner_id, segment_id=segment_id, name="유치원생", criteria=older, version=row.version)
    assert segment_count(db, segment_id, today=NOW.date()) == 0
    delete_segment(db, staff_id=owner_id, segment_id=segment_id, now=NOW)
    assert list_segments(db).rows == ()
    with pytest.raises(ValidationError):
        segment_count(db, segment_id)
    with db.reading() as session:
        kept = session.get(Segment, segment_id)
        assert kept is not None and kept.deleted_at is not None and kept.name == "유치원생"
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "segment").order_by(AuditEntry.id)
        ).all()
    assert actions == ["segment.create", "segment.change", "segment.delete"]
    # The name of a deleted segment is free again.
    create_segment(db, staff_id=owner_id, name="유치원생", criteria=older, now=NOW)


@pytest.mark.parametrize(
    ("name", "criteria", "field", "message"),
    [
        ("", TODDLERS, "name", "This field is required."),
        ("아기", TODDLERS, "name", "Another segment is already called 아기; choose another name."),
        ("새 이름", SegmentCriteria(age_bands=(AgeBand(36, 12),)), "age_bands", LOW_ABOVE_HIGH),
        ("새 이름", SegmentCriteria(age_bands=(AgeBand(0, 240),)), "age_bands", "Enter ages from 0 to 216 months."),
        ("새 이름", SegmentCriteria(spend_min=100_000, spend_max=50_000), "spend", LOW_ABOVE_HIGH),
        ("새 이름", SegmentCriteria(tenure_min_months=-1), "tenure", "Enter a number of months from 0 to 600."),
        ("새 이름", SegmentCriteria(regions=(RegionChoice("서울", "테헤란로"),)), "regions",
         "Write the city, county or district as the address does, like Gangnam-gu or Seongnam-si."),
    ],
)  # fmt: skip
def test_a_wrong_segment_is_refused_on_its_field_and_nothing_is_written(
    db: Database, owner_id: int, name: str, criteria: SegmentCriteria, field: str, message: str
) -> None:
    create_segment(db, staff_id=owner_id, name="아기", criteria=TODDLERS, now=NOW)
    with pytest.raises(ValidationError) as refused:
        create_segment(db, staff_id=owner_id, name=name, criteria=criteria, now=NOW)
    problem = refused.value.for_field(field)
    assert problem is not None and problem.message == message
    with db.reading() as session:
        assert session.scalars(select(Segment.name)).all() == ["아기"]


def _name(db: Database, customer_id: int) -> str:
    with db.reading() as session:
        return session.get_one(Customer, customer_id).name


# --- the lists a segment restricts --------------------------------------------------------------------------------


def test_the_customer_list_restricted_to_a_segment_shows_only_its_customers_in_list_order(
    db: Database, shop: GeneratedShop
) -> None:
    on = DAYS[0]
    owner = shop.ids["owner"]
    criteria = SegmentCriteria(regions=(RegionChoice("서울"),))
    segment_id = create_segment(db, staff_id=owner, name="서울", criteria=criteria, now=NOW)
    expected = [c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on)]
    seen: list[int] = []
    page = search_customers(db, "", segment_id=segment_id, limit=5, today=on)
    seen.extend(row.id for row in page.rows)
    while page.has_more:
        page = search_customers(db, "", segment_id=segment_id, after=page.rows[-1], limit=5, today=on)
        seen.extend(row.id for row in page.rows)
    assert sorted(seen) == sorted(expected) and len(seen) == len(expected) > 5
    names = search_customers(db, "박민", segment_id=segment_id, today=on).rows
    assert {row.id for row in names} == {c for c in expected if _name(db, c).startswith("박민")}


def test_an_advertising_list_restricted_to_a_segment_still_leaves_out_who_did_not_agree(
    db: Database, shop: GeneratedShop
) -> None:
    owner = shop.ids["owner"]
    settings_now = shop_settings(db)
    update_shop_details(
        db, by_staff_id=owner, name=settings_now.name, business_number=settings_now.business_number,
        address=settings_now.address, phone=settings_now.phone, expected_version=settings_now.version,
        opt_out_number="080-123-4567", now=NOW,
    )  # fmt: skip
    criteria = SegmentCriteria(regions=(RegionChoice("서울"), RegionChoice("경기")))
    segment_id = create_segment(db, staff_id=owner, name="수도권", criteria=criteria, now=NOW)
    send_at = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
    on = date(2026, 3, 2)
    everyone = message_list(db, ListRequest(MessageList.NEWSLETTER, send_at=send_at), today=on)
    restricted = message_list(db, ListRequest(MessageList.NEWSLETTER, send_at=send_at, segment_id=segment_id), today=on)
    in_segment = {c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on)}
    recipients = {c.customer_id for c in restricted.recipients}
    assert recipients and recipients <= in_segment
    assert recipients == {c.customer_id for c in everyone.recipients} & in_segment
    # A segment never widens an advertising list: nobody without a standing yes gets the message.
    assert all(_facts(db, c, on).marketing is True for c in recipients)
    excluded = {candidate.customer_id for candidate, _why in restricted.sorted.excluded}
    assert excluded <= in_segment and excluded


def test_a_segment_of_customers_who_said_no_gives_an_advertising_list_with_nobody_on_it(
    db: Database, shop: GeneratedShop
) -> None:
    segment_id = create_segment(
        db, staff_id=shop.ids["owner"], name="거부", criteria=SegmentCriteria(marketing_consent=False), now=NOW
    )
    send_at = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
    view = message_list(db, ListRequest(MessageList.NEWSLETTER, send_at=send_at, segment_id=segment_id))
    assert view.recipients == () and view.sorted.excluded


def test_a_customers_export_of_a_segment_holds_its_customers_and_says_which_segment(
    db: Database, shop: GeneratedShop, tmp_path: Path
) -> None:
    owner = shop.ids["owner"]
    criteria = SegmentCriteria(plan_kinds=frozenset({PlanKind.RENTAL}))
    segment_id = create_segment(db, staff_id=owner, name="렌털 고객", criteria=criteria, now=NOW)
    path = tmp_path / "렌털.csv"
    result = export_customers(
        db, staff_id=owner, path=path, file_format=ExportFormat.CSV, segment_id=segment_id, now=NOW
    )
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))[1:]
    on = NOW.date()
    expected = {c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on)}
    with db.reading() as session:
        numbers = dict(session.execute(select(Customer.id, Customer.number)).tuples().all())
        audit = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "export.customers").order_by(AuditEntry.id.desc())
        ).first()
    assert result.rows == len(rows) == len(expected) > 0
    assert {row[0] for row in rows} == {numbers[c] for c in expected}
    assert audit is not None and audit["segment"] == {"id": segment_id, "name": "렌털 고객"}


def test_the_contract_and_delivery_lists_and_their_exports_restricted_to_a_segment(
    db: Database, shop: GeneratedShop, tmp_path: Path
) -> None:
    """Every list of contracts or deliveries, and their exports, can be narrowed to a segment's customers."""
    owner = shop.ids["owner"]
    criteria = SegmentCriteria(marketing_consent=True)  # the same on any day after the answers were given
    segment_id = create_segment(db, staff_id=owner, name="동의 고객", criteria=criteria, now=NOW)
    on = NOW.date()
    members = {c for c in shop.customers if criteria_match(criteria, _facts(db, c, on), on)}
    assert 0 < len(members) < len(shop.customers)
    everyone = list_subscriptions(db, SubscriptionFilter(), limit=1000, today=on).rows
    narrowed = list_subscriptions(db, SubscriptionFilter(segment_id=segment_id), limit=1000, today=on).rows
    assert [r.id for r in narrowed] == [r.id for r in everyone if r.customer_id in members] != []
    assert count_subscriptions(db, SubscriptionFilter(segment_id=segment_id), today=on) == len(narrowed)
    schedule_deliveries(db, through=date(2026, 4, 30), staff_id=owner, now=NOW)
    period = DeliveryFilter(first=date(2026, 3, 1), last=date(2026, 4, 30))
    all_deliveries = list_deliveries(db, period, limit=1000).rows
    in_segment = list_deliveries(db, replace(period, segment_id=segment_id), limit=1000).rows
    assert [r.id for r in in_segment] == [r.id for r in all_deliveries if r.customer_id in members] != []
    assert count_deliveries(db, replace(period, segment_id=segment_id)) == len(in_segment)
    contracts = export_subscriptions(
        db, staff_id=owner, path=tmp_path / "c.csv", file_format=ExportFormat.CSV, segment_id=segment_id, now=NOW
    )
    deliveries = export_deliveries(
        db, staff_id=owner, path=tmp_path / "d.csv", file_format=ExportFormat.CSV, first=date(2026, 3, 1),
        last=date(2026, 4, 30), segment_id=segment_id, now=NOW,
    )  # fmt: skip
    assert (contracts.rows, deliveries.rows) == (len(narrowed), len(in_segment))
    with db.reading() as session:
        audits = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action.in_(("export.subscriptions", "export.deliveries")))
        ).all()
    assert [a["segment"]["name"] for a in audits if a] == ["동의 고객", "동의 고객"]
