"""Deliveries on SQLite and PostgreSQL: scheduled from subscriptions, routed by the address in effect on each date,
frozen when packed, and taken step by step with who and when."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from support import GRANDPARENTS, HOME, NEW_HOME, NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, AuditEntry, Delivery, DeliveryEvent
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.deliveries import DeliveryKind, DeliveryState, FollowUpReason
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.services.contacts import (
    change_phone,
    correct_address,
    record_move,
    record_temporary_address,
    withdraw_address,
)
from toysub_desktop.services.customers import validated_address
from toysub_desktop.services.deliveries import (
    AffectedHow,
    DeliveryFilter,
    DeliveryRow,
    address_for_delivery,
    clear_follow_up,
    count_deliveries,
    deliveries_affected_by_address_change,
    delivery_history,
    list_deliveries,
    mark_delivered,
    mark_failed,
    mark_returned,
    pack,
    schedule_deliveries,
    ship,
    unpack,
)
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    change_plan,
    pause,
    resume,
    sign_up,
    skip_delivery,
    subscription_view,
)

S = DeliveryState
TODAY = date(2026, 3, 2)  # NOW in Seoul, a Monday
HORIZON = date(2026, 4, 30)


def at(day: date) -> datetime:
    """Mid-morning in Seoul on *day*, as the UTC moment services take."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def line(address: AddressInput) -> str:
    return validated_address(address).one_line


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def sign_box(db: Database, shop: dict[str, int], delivery_day: int = 16) -> int:
    new = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=delivery_day)
    return sign_up(db, staff_id=shop["owner"], new=new, now=NOW)


def sign_rental(db: Database, shop: dict[str, int]) -> int:
    """Swaps every 2 weeks on Wednesdays from 4 March; the 14-day trial ends on 15 March."""
    new = NewSubscription(shop["customer"], shop["rental"], 24, TODAY, PaymentMethod.AUTO_DEBIT, swap_weekday=2)
    return sign_up(db, staff_id=shop["owner"], new=new, now=NOW)


def rows(db: Database, filters: DeliveryFilter | None = None) -> list[DeliveryRow]:
    page = list_deliveries(db, filters or DeliveryFilter(), limit=1000)
    assert not page.has_more
    return list(page.rows)


def by_date(db: Database, subscription_id: int) -> dict[date, DeliveryRow]:
    return {row.scheduled_on: row for row in rows(db, DeliveryFilter(subscription_id=subscription_id))}


def where(db: Database, subscription_id: int) -> dict[date, str | None]:
    """Each delivery's address on one line, by date; the list's SQL must agree with the one-delivery lookup."""
    found = {}
    for day, row in by_date(db, subscription_id).items():
        single = address_for_delivery(db, row.id)
        assert (single.address, single.address_version_id, single.phone_e164, single.frozen) == (
            row.address,
            row.address_version_id,
            row.phone_e164,
            row.frozen,
        )
        found[day] = row.address.one_line if row.address else None
    return found


def states(db: Database, subscription_id: int) -> dict[date, DeliveryState]:
    return {day: row.state for day, row in by_date(db, subscription_id).items()}


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def home_version(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalars(select(AddressVersion.id).order_by(AddressVersion.id)).first() or 0)


# --- the schedule ----------------------------------------------------------------------------------------------


def test_the_schedule_follows_each_plan_over_the_horizon_and_running_it_again_adds_nothing(
    db: Database, shop: dict[str, int]
) -> None:
    box = sign_box(db, shop)
    swaps = sign_rental(db, shop)
    assert count(db, Delivery) == 0  # nothing until the shop schedules
    result = schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    assert (result.subscriptions, result.added, result.cancelled) == (2, 7, 0)
    assert list(states(db, box)) == [date(2026, 3, 16), date(2026, 4, 16)]
    assert list(states(db, swaps)) == [date(2026, 3, d) for d in (4, 18)] + [date(2026, 4, d) for d in (1, 15, 29)]
    listed = rows(db)
    assert [r.scheduled_on for r in listed] == sorted(r.scheduled_on for r in listed)
    assert {r.kind for r in listed if r.subscription_id == box} == {DeliveryKind.BOX}
    assert {r.kind for r in listed if r.subscription_id == swaps} == {DeliveryKind.SWAP}
    assert {(r.state, r.region, r.phone_e164, r.frozen) for r in listed} == {
        (S.SCHEDULED, "서울", "+821012345678", False)
    }
    assert set(where(db, box).values()) == {line(HOME)}

    again = schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=at(date(2026, 3, 3)))
    assert (again.added, again.reinstated, again.cancelled) == (0, 0, 0)
    assert count(db, Delivery) == 7
    with db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("delivery.%"))).all()
    assert actions == ["delivery.schedule", "delivery.schedule"]


def test_a_box_started_on_the_31st_is_delivered_on_each_month_end(db: Database, shop: dict[str, int]) -> None:
    # No delivery day chosen: the start date's day, 31, clamped to each month's last day.
    new = NewSubscription(shop["customer"], shop["box"], 12, date(2026, 3, 31), PaymentMethod.CARD)
    box = sign_up(db, staff_id=shop["owner"], new=new, now=NOW)
    assert subscription_view(db, box).delivery_day == 31
    schedule_deliveries(db, through=date(2026, 5, 31), staff_id=shop["owner"], now=NOW)
    assert list(states(db, box)) == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    schedule_deliveries(db, through=date(2027, 3, 30), staff_id=shop["owner"], now=at(date(2027, 1, 5)))
    # February's box on its last day; the term (12 months from 31 March) ends on 30 March, before March's box.
    assert [day for day in states(db, box) if day.year == 2027] == [date(2027, 1, 31), date(2027, 2, 28)]


def test_a_horizon_in_the_past_or_too_far_ahead_is_refused(db: Database, shop: dict[str, int]) -> None:
    sign_box(db, shop)
    for through in (date(2026, 3, 1), date(2026, 12, 31)):
        with pytest.raises(ValidationError) as error:
            schedule_deliveries(db, through=through, staff_id=shop["owner"], now=NOW)
        assert error.value.fields == ("through",)
    assert count(db, Delivery) == 0


def test_a_contract_signed_later_follows_the_horizon_the_shop_already_scheduled(
    db: Database, shop: dict[str, int]
) -> None:
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    box = sign_box(db, shop, delivery_day=20)
    assert list(states(db, box)) == [date(2026, 3, 20), date(2026, 4, 20)]


def test_pause_resume_and_cancel_regenerate_the_schedule_without_touching_packed_or_shipped_deliveries(
    db: Database, shop: dict[str, int]
) -> None:
    owner = shop["owner"]
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    first, second = by_date(db, swaps)[date(2026, 3, 4)].id, by_date(db, swaps)[date(2026, 3, 18)].id
    ship(db, staff_id=owner, delivery_ids=[first], courier="CJ대한통운", tracking_number="6543-2109", now=at(TODAY))
    pack(db, staff_id=owner, delivery_ids=[second], now=at(date(2026, 3, 3)))

    pause(db, staff_id=owner, subscription_id=swaps, first=date(2026, 3, 17), last=date(2026, 4, 10), now=NOW)
    after_pause = by_date(db, swaps)
    assert {day: row.state for day, row in after_pause.items()} == {
        date(2026, 3, 4): S.SHIPPED,
        date(2026, 3, 18): S.PACKED,  # packed before the pause: left as it is, flagged to unpack
        date(2026, 4, 1): S.CANCELLED,
        date(2026, 4, 15): S.SCHEDULED,
        date(2026, 4, 29): S.SCHEDULED,
    }
    packed = after_pause[date(2026, 3, 18)]
    assert (packed.needs_follow_up, packed.follow_up_reason) == (True, FollowUpReason.SCHEDULE_CHANGED_AFTER_PACKING)
    assert packed.address is not None and packed.frozen
    shipped = after_pause[date(2026, 3, 4)]
    assert (shipped.courier, shipped.tracking_number, shipped.needs_follow_up) == ("CJ대한통운", "6543-2109", False)

    resume(db, staff_id=owner, subscription_id=swaps, resume_on=date(2026, 3, 25), now=at(date(2026, 3, 3)))
    assert states(db, swaps)[date(2026, 4, 1)] is S.SCHEDULED  # needed again: the same row is reinstated
    assert states(db, swaps)[date(2026, 3, 18)] is S.PACKED
    cancelled_swap = by_date(db, swaps)[date(2026, 4, 1)].id
    steps = [(e.from_state, e.to_state, e.staff) for e in delivery_history(db, cancelled_swap)]
    assert steps == [(S.SCHEDULED, S.CANCELLED, "박지영"), (S.CANCELLED, S.SCHEDULED, "박지영")]

    cancel(db, staff_id=owner, subscription_id=swaps, effective_on=date(2026, 4, 20), now=at(date(2026, 3, 4)))
    assert states(db, swaps) == {
        date(2026, 3, 4): S.SHIPPED,
        date(2026, 3, 18): S.PACKED,
        date(2026, 4, 1): S.SCHEDULED,
        date(2026, 4, 15): S.SCHEDULED,
        date(2026, 4, 29): S.CANCELLED,
    }
    # Unpacking the box the pause left behind hands it back to the schedule, which no longer needs it.
    unpack(db, staff_id=owner, delivery_ids=[second], now=at(date(2026, 3, 5)))
    unpacked = by_date(db, swaps)[date(2026, 3, 18)]
    assert (unpacked.state, unpacked.frozen, unpacked.needs_follow_up) == (S.CANCELLED, False, False)


def test_a_skip_and_a_plan_change_regenerate_the_schedule(db: Database, shop: dict[str, int]) -> None:
    owner = shop["owner"]
    box = sign_box(db, shop)
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    skip_delivery(db, staff_id=owner, subscription_id=box, delivery_on=date(2026, 4, 16), now=NOW)
    assert states(db, box) == {date(2026, 3, 16): S.SCHEDULED, date(2026, 4, 16): S.CANCELLED}

    # From the end of the trial (16 March) the swaps come every 4 weeks, in the rhythm counted from 4 March.
    assert change_plan(db, staff_id=owner, subscription_id=swaps, plan_id=shop["rental_basic"], now=NOW) == date(
        2026, 3, 16
    )
    assert states(db, swaps) == {
        date(2026, 3, 4): S.SCHEDULED,
        date(2026, 3, 18): S.CANCELLED,
        date(2026, 4, 1): S.SCHEDULED,
        date(2026, 4, 15): S.CANCELLED,
        date(2026, 4, 29): S.SCHEDULED,
    }
    assert schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW).added == 0


# --- addresses -------------------------------------------------------------------------------------------------


def test_a_move_in_the_middle_of_a_cycle_reroutes_only_the_deliveries_from_its_date(
    db: Database, shop: dict[str, int]
) -> None:
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=shop["owner"], now=NOW)
    # Before saving, the counter sees which deliveries the move reaches.
    affected = deliveries_affected_by_address_change(db, shop["customer"], date(2026, 3, 25), now=NOW)
    assert [(a.scheduled_on, a.how) for a in affected] == [
        (date(2026, 4, 1), AffectedHow.MOVES),
        (date(2026, 4, 15), AffectedHow.MOVES),
        (date(2026, 4, 29), AffectedHow.MOVES),
    ]
    assert {a.address.one_line for a in affected if a.address} == {line(HOME)}
    record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 25),
        now=NOW,
    )
    assert where(db, swaps) == {
        date(2026, 3, 4): line(HOME),
        date(2026, 3, 18): line(HOME),
        date(2026, 4, 1): line(NEW_HOME),
        date(2026, 4, 15): line(NEW_HOME),
        date(2026, 4, 29): line(NEW_HOME),
    }
    assert {r.region for r in rows(db)} == {"서울", "경기"}


def test_a_future_move_a_temporary_stay_and_a_new_number_each_apply_on_their_days(
    db: Database, shop: dict[str, int]
) -> None:
    owner, customer = shop["owner"], shop["customer"]
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    record_move(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 4, 20),
        now=NOW,
    )
    # A stay recorded later, starting before the move: the move keeps its own days.
    stay_from, stay_until = date(2026, 4, 10), date(2026, 4, 25)
    affected = deliveries_affected_by_address_change(db, customer, stay_from, stay_until, now=NOW)
    assert [a.scheduled_on for a in affected] == [date(2026, 4, 15)]
    record_temporary_address(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=GRANDPARENTS,
        effective_from=stay_from,
        effective_until=stay_until,
        now=NOW,
    )
    change_phone(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9876-5432",
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    assert where(db, swaps) == {
        date(2026, 3, 4): line(HOME),
        date(2026, 3, 18): line(HOME),
        date(2026, 4, 1): line(HOME),
        date(2026, 4, 15): line(GRANDPARENTS),
        date(2026, 4, 29): line(NEW_HOME),
    }
    phones = {day: row.phone_e164 for day, row in by_date(db, swaps).items()}
    assert phones[date(2026, 3, 18)] == "+821012345678"
    assert phones[date(2026, 4, 1)] == "+821098765432"


def test_a_correction_voids_the_wrong_version_and_its_deliveries_follow_the_right_one(
    db: Database, shop: dict[str, int]
) -> None:
    owner, customer = shop["owner"], shop["customer"]
    box = sign_box(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    wrong = record_move(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=GRANDPARENTS,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    assert where(db, box)[date(2026, 4, 16)] == line(GRANDPARENTS)
    # The preview of the correction treats the wrong version as gone.
    preview = deliveries_affected_by_address_change(
        db,
        customer,
        date(2026, 4, 1),
        address=validated_address(NEW_HOME),
        replacing_version_id=wrong,
        now=NOW,
    )
    assert [(a.scheduled_on, a.address.one_line if a.address else None) for a in preview] == [
        (date(2026, 4, 16), line(HOME))
    ]
    right = correct_address(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        version_id=wrong,
        address=NEW_HOME,
        reason="주소 오기",
        now=NOW,
    )
    assert where(db, box) == {date(2026, 3, 16): line(HOME), date(2026, 4, 16): line(NEW_HOME)}
    assert by_date(db, box)[date(2026, 4, 16)].address_version_id == right
    # A second correction of the date moves the April box back to the old home.
    correct_address(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        version_id=right,
        address=NEW_HOME,
        reason="이사 날짜 정정",
        effective_from=date(2026, 4, 20),
        now=NOW,
    )
    assert where(db, box)[date(2026, 4, 16)] == line(HOME)


def test_packing_freezes_the_address_and_a_later_move_flags_it_instead_of_rewriting_it(
    db: Database, shop: dict[str, int]
) -> None:
    owner, customer = shop["owner"], shop["customer"]
    box = sign_box(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    march = by_date(db, box)[date(2026, 3, 16)].id
    pack(db, staff_id=owner, delivery_ids=[march], now=at(date(2026, 3, 14)))
    frozen = address_for_delivery(db, march)
    assert (frozen.frozen, frozen.address.one_line if frozen.address else None) == (True, line(HOME))
    assert frozen.address_version_id == home_version(db)
    assert frozen.address is not None and frozen.address.entry_notes == "공동현관 1234#"

    affected = deliveries_affected_by_address_change(db, customer, date(2026, 3, 15), now=at(date(2026, 3, 14)))
    assert [(a.scheduled_on, a.how) for a in affected] == [
        (date(2026, 3, 16), AffectedHow.PACKED_FOR_OLD),
        (date(2026, 4, 16), AffectedHow.MOVES),
    ]
    record_move(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 15),
        now=at(date(2026, 3, 14)),
    )
    packed = by_date(db, box)[date(2026, 3, 16)]
    assert (packed.state, packed.address.one_line if packed.address else None) == (S.PACKED, line(HOME))
    assert (packed.needs_follow_up, packed.follow_up_reason) == (True, FollowUpReason.ADDRESS_CHANGED_AFTER_PACKING)
    assert where(db, box)[date(2026, 4, 16)] == line(NEW_HOME)

    # Unpacked and packed again, it goes to the new home and leaves the follow-up list.
    unpack(db, staff_id=owner, delivery_ids=[march], now=at(date(2026, 3, 14)))
    assert where(db, box)[date(2026, 3, 16)] == line(NEW_HOME)
    pack(db, staff_id=owner, delivery_ids=[march], now=at(date(2026, 3, 14)))
    repacked = by_date(db, box)[date(2026, 3, 16)]
    assert (repacked.frozen, repacked.needs_follow_up, repacked.region) == (True, False, "경기")
    assert [(e.from_state, e.to_state) for e in delivery_history(db, march)] == [
        (S.SCHEDULED, S.PACKED),
        (S.PACKED, S.SCHEDULED),
        (S.SCHEDULED, S.PACKED),
    ]


def test_a_retroactive_move_flags_what_already_went_to_the_old_address(db: Database, shop: dict[str, int]) -> None:
    owner, customer = shop["owner"], shop["customer"]
    box = sign_box(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    march = by_date(db, box)[date(2026, 3, 16)].id
    ship(db, staff_id=owner, delivery_ids=[march], courier="우체국택배", tracking_number="1234567890", now=at(TODAY))
    mark_delivered(db, staff_id=owner, delivery_ids=[march], now=at(date(2026, 3, 16)))

    # On 25 March the customer says they moved on 10 March.
    later = at(date(2026, 3, 25))
    preview = deliveries_affected_by_address_change(db, customer, date(2026, 3, 10), now=later)
    assert [(a.scheduled_on, a.how, a.state) for a in preview] == [
        (date(2026, 3, 16), AffectedHow.SHIPPED_TO_OLD, S.DELIVERED),
        (date(2026, 4, 16), AffectedHow.MOVES, S.SCHEDULED),
    ]
    record_move(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 10),
        now=later,
    )
    delivered = by_date(db, box)[date(2026, 3, 16)]
    assert delivered.state is S.DELIVERED
    assert delivered.address is not None and delivered.address.one_line == line(HOME)  # history, not rewritten
    assert delivered.follow_up_reason is FollowUpReason.ADDRESS_CHANGED_AFTER_SHIPPING
    assert where(db, box)[date(2026, 4, 16)] == line(NEW_HOME)
    to_follow = rows(db, DeliveryFilter(needs_follow_up=True))
    assert [r.id for r in to_follow] == [march]
    with db.reading() as session:
        audited = session.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "delivery.follow_up")).all()
    assert audited == [march]

    clear_follow_up(db, staff_id=owner, delivery_ids=[march], note="고객 통화: 새 주소로 재발송", now=later)
    assert rows(db, DeliveryFilter(needs_follow_up=True)) == []


# --- steps -----------------------------------------------------------------------------------------------------


def test_each_step_is_recorded_with_who_and_when_and_failures_go_on_the_follow_up_list(
    db: Database, shop: dict[str, int]
) -> None:
    owner = shop["owner"]
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    ids = [row.id for row in rows(db)]
    pack(db, staff_id=owner, delivery_ids=ids[:3], now=NOW)
    ship(
        db,
        staff_id=owner,
        delivery_ids=ids[:3],
        courier="CJ대한통운",
        tracking_numbers={ids[0]: "111", ids[1]: "222", ids[2]: "333"},
        now=NOW,
    )
    mark_delivered(db, staff_id=owner, delivery_ids=[ids[0]], now=NOW)
    mark_failed(db, staff_id=owner, delivery_ids=[ids[1]], reason="수취인 부재 3회", now=NOW)
    mark_returned(db, staff_id=owner, delivery_ids=[ids[2]], reason="수취인 이사", now=NOW)
    listed = by_date(db, swaps)
    assert [row.state for row in listed.values()][:3] == [S.DELIVERED, S.FAILED, S.RETURNED]
    assert [row.tracking_number for row in listed.values()][:3] == ["111", "222", "333"]
    assert [row.follow_up_reason for row in listed.values()][:3] == [
        None,
        FollowUpReason.FAILED,
        FollowUpReason.RETURNED,
    ]
    history = delivery_history(db, ids[2])
    assert [(e.to_state, e.staff, e.at) for e in history] == [
        (S.PACKED, "박지영", NOW),
        (S.SHIPPED, "박지영", NOW),
        (S.RETURNED, "박지영", NOW),
    ]
    assert history[-1].note == "수취인 이사"
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "delivery", AuditEntry.entity_id == ids[1])
        ).all()
    assert actions == ["delivery.pack", "delivery.ship", "delivery.fail"]


def test_a_refused_step_writes_nothing_for_the_whole_selection(db: Database, shop: dict[str, int]) -> None:
    owner = shop["owner"]
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    ids = [row.id for row in rows(db)]
    ship(db, staff_id=owner, delivery_ids=[ids[0]], courier="CJ대한통운", tracking_number="1", now=NOW)
    mark_delivered(db, staff_id=owner, delivery_ids=[ids[0]], now=NOW)
    before = (count(db, DeliveryEvent), count(db, AuditEntry), [(r.state, r.version) for r in rows(db)])

    with pytest.raises(ValidationError, match="only a shipped delivery can be marked delivered"):
        mark_delivered(db, staff_id=owner, delivery_ids=[ids[1]], now=NOW)
    with pytest.raises(ValidationError) as error:  # one delivered in the selection: none is shipped
        ship(db, staff_id=owner, delivery_ids=ids[:3], courier="CJ대한통운", now=NOW)
    assert len(error.value.problems) == 1
    assert "only a scheduled or packed delivery can be shipped" in error.value.problems[0].message
    with pytest.raises(ValidationError, match="only a packed delivery can be unpacked"):
        unpack(db, staff_id=owner, delivery_ids=ids[1:3], now=NOW)
    with pytest.raises(ValidationError) as error:
        ship(db, staff_id=owner, delivery_ids=ids[1:2], courier=" ", tracking_number="12/3", now=NOW)
    assert set(error.value.fields) == {"courier", "tracking_number"}
    with pytest.raises(ValidationError) as error:
        mark_failed(db, staff_id=owner, delivery_ids=[ids[0]], reason="", now=NOW)
    assert error.value.fields == ("reason",)
    with pytest.raises(ValidationError) as error:
        pack(db, staff_id=owner, delivery_ids=[], now=NOW)
    assert error.value.fields == ("deliveries",)

    after = (count(db, DeliveryEvent), count(db, AuditEntry), [(r.state, r.version) for r in rows(db)])
    assert after == before


def test_a_tracking_number_twice_in_a_batch_or_unlike_the_couriers_is_refused_and_nothing_is_shipped(
    db: Database, shop: dict[str, int]
) -> None:
    owner = shop["owner"]
    sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    ids = [row.id for row in rows(db)][:3]
    before = (count(db, DeliveryEvent), count(db, AuditEntry))
    twice = {ids[0]: "6543-2109-8765", ids[1]: "654321098765", ids[2]: "6543-2109-8766"}
    with pytest.raises(ValidationError) as error:
        ship(db, staff_id=owner, delivery_ids=ids, courier="CJ대한통운", tracking_numbers=twice, now=NOW)
    assert [(p.field, p.message) for p in error.value.problems] == [
        (f"tracking_numbers[{ids[1]}]", "The same tracking number is on row 1 of this batch.")
    ]
    short = {ids[0]: "6543-2109-8765", ids[1]: "5555", ids[2]: ""}
    with pytest.raises(ValidationError) as error:
        ship(db, staff_id=owner, delivery_ids=ids, courier="CJ대한통운", tracking_numbers=short,
             check_courier_formats=True, now=NOW)  # fmt: skip
    assert error.value.fields == (f"tracking_numbers[{ids[1]}]",)
    assert (count(db, DeliveryEvent), count(db, AuditEntry)) == before
    assert {row.state for row in rows(db)} == {DeliveryState.SCHEDULED}
    # Confirmed by the clerk (no format check asked), the unusual number is shipped as typed.
    ship(db, staff_id=owner, delivery_ids=ids, courier="CJ대한통운", tracking_numbers=short, now=NOW)
    assert [row.tracking_number for row in rows(db)][:3] == ["6543-2109-8765", "5555", None]


def test_shipping_with_no_address_in_effect_is_refused(db: Database, shop: dict[str, int]) -> None:
    owner, customer = shop["owner"], shop["customer"]
    box = sign_box(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    record_move(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    # The first address turns out never to have been right: until April the shop knows none.
    withdraw_address(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        version_id=home_version(db),
        reason="다른 고객의 주소로 잘못 등록",
        now=NOW,
    )
    deliveries = by_date(db, box)
    assert deliveries[date(2026, 3, 16)].address is None
    assert where(db, box)[date(2026, 4, 16)] == line(NEW_HOME)
    events = count(db, DeliveryEvent)
    both = [deliveries[date(2026, 3, 16)].id, deliveries[date(2026, 4, 16)].id]
    for step in (
        lambda: ship(db, staff_id=owner, delivery_ids=both, courier="CJ대한통운", now=NOW),
        lambda: pack(db, staff_id=owner, delivery_ids=both, now=NOW),
    ):
        with pytest.raises(ValidationError, match="no address is in effect") as error:
            step()
        assert len(error.value.problems) == 1 and "2026-03-16" in error.value.problems[0].message
    assert states(db, box) == {date(2026, 3, 16): S.SCHEDULED, date(2026, 4, 16): S.SCHEDULED}
    assert count(db, DeliveryEvent) == events


# --- the list --------------------------------------------------------------------------------------------------


def test_the_list_filters_by_dates_state_region_and_plan_kind(db: Database, shop: dict[str, int]) -> None:
    owner, customer = shop["owner"], shop["customer"]
    box = sign_box(db, shop)
    swaps = sign_rental(db, shop)
    schedule_deliveries(db, through=HORIZON, staff_id=owner, now=NOW)
    record_temporary_address(
        db,
        staff_id=owner,
        customer_id=customer,
        expected_version=None,
        address=GRANDPARENTS,
        effective_from=date(2026, 4, 10),
        effective_until=date(2026, 4, 20),
        now=NOW,
    )
    pack(db, staff_id=owner, delivery_ids=[by_date(db, box)[date(2026, 3, 16)].id], now=NOW)

    def days(**filters: object) -> list[tuple[date, DeliveryKind]]:
        found = [(r.scheduled_on, r.kind) for r in rows(db, DeliveryFilter(**filters))]  # type: ignore[arg-type]
        assert count_deliveries(db, DeliveryFilter(**filters)) == len(found)  # type: ignore[arg-type]
        return found

    boxed, swap = DeliveryKind.BOX, DeliveryKind.SWAP
    assert days(first=date(2026, 3, 10), last=date(2026, 4, 1)) == [
        (date(2026, 3, 16), boxed),
        (date(2026, 3, 18), swap),
        (date(2026, 4, 1), swap),
    ]
    assert days(state=S.PACKED) == [(date(2026, 3, 16), boxed)]
    assert days(region="부산광역시") == [(date(2026, 4, 15), swap), (date(2026, 4, 16), boxed)]
    assert days(region="부산") == days(region="부산광역시")
    assert len(days(region="서울특별시")) == 5
    assert days(region="제주") == []
    assert days(plan_kind=PlanKind.BOX) == [(date(2026, 3, 16), boxed), (date(2026, 4, 16), boxed)]
    assert days(plan_kind=PlanKind.UNLIMITED) == []
    assert days(plan_kind=PlanKind.RENTAL, region="부산", state=S.SCHEDULED) == [(date(2026, 4, 15), swap)]
    assert len(days(subscription_id=swaps)) == 5

    first_page = list_deliveries(db, DeliveryFilter(), limit=3)
    second_page = list_deliveries(db, DeliveryFilter(), offset=3, limit=10)
    assert (len(first_page.rows), first_page.has_more, len(second_page.rows), second_page.has_more) == (
        3,
        True,
        4,
        False,
    )
    assert [r.id for r in first_page.rows + second_page.rows] == [r.id for r in rows(db)]
    # Paging by keyset (after the last row seen) gives the same rows, and a row another counter adds before the
    # last one seen does not shift the next page.
    after_first = list_deliveries(db, DeliveryFilter(), after=first_page.rows[-1], limit=10)
    assert [r.id for r in after_first.rows] == [r.id for r in second_page.rows] and not after_first.has_more
    last_two = list_deliveries(db, DeliveryFilter(), after=second_page.rows[1], limit=2)
    assert [r.id for r in last_two.rows] == [r.id for r in second_page.rows[2:4]] and not last_two.has_more
