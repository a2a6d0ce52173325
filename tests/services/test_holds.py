"""Unreachable contacts: a box that came back "addressee moved" or a number out of service holds the customer's
next deliveries, puts them on the follow-up list with their other contacts and recent history, and the new address
or number (or a clerk) releases the hold."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select

from support import NEW_HOME, NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import ContactHold, Delivery, DeliveryEvent, PhoneVersion
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.holds import UnreachableContact, is_delivery_held
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.contacts import change_phone, record_move
from toysub_desktop.services.customers import register_customer, validated_address
from toysub_desktop.services.deliveries import (
    DeliveryFilter,
    DeliveryRow,
    list_deliveries,
    mark_returned,
    pack,
    schedule_deliveries,
    ship,
)
from toysub_desktop.services.delivery_documents import label_sheet_pdf
from toysub_desktop.services.holds import (
    count_customers_on_hold,
    customers_on_hold,
    release_hold,
    release_holds,
    report_phone_out_of_service,
)
from toysub_desktop.services.queries.holds import held_delivery_ids
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

S = DeliveryState
TODAY = date(2026, 3, 2)
HORIZON = date(2026, 4, 30)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    # Swaps every 2 weeks on Wednesdays: 4 and 18 March, 1, 15 and 29 April.
    new = NewSubscription(ids["customer"], ids["rental"], 24, TODAY, PaymentMethod.AUTO_DEBIT, swap_weekday=2)
    ids["swaps"] = sign_up(db, staff_id=owner_id, new=new, now=NOW)
    schedule_deliveries(db, through=HORIZON, staff_id=owner_id, now=NOW)
    change_phone(
        db,
        staff_id=owner_id,
        customer_id=ids["customer"],
        expected_version=None,
        role=PhoneRole.SPOUSE,
        number="010-2222-3333",
        effective_from=TODAY,
        now=NOW,
    )
    return ids


def rows(db: Database) -> list[DeliveryRow]:
    return list(list_deliveries(db, DeliveryFilter(), limit=100).rows)


def held(db: Database) -> dict[date, bool]:
    return {row.scheduled_on: row.held for row in rows(db)}


def send_and_bring_back(db: Database, shop: dict[str, int], *, moved: bool) -> int:
    first = rows(db)[0].id
    ship(db, staff_id=shop["owner"], delivery_ids=[first], courier="CJ대한통운", tracking_number="1", now=at(TODAY))
    mark_returned(
        db,
        staff_id=shop["owner"],
        delivery_ids=[first],
        reason="수취인 이사",
        customer_moved=moved,
        now=at(date(2026, 3, 6)),
    )
    return first


def test_a_box_back_addressee_moved_holds_the_next_deliveries_and_lists_the_customer(
    db: Database, shop: dict[str, int]
) -> None:
    returned = send_and_bring_back(db, shop, moved=True)
    assert held(db) == {
        date(2026, 3, 4): False,  # it came back: no longer waiting to leave
        date(2026, 3, 18): True,
        date(2026, 4, 1): True,
        date(2026, 4, 15): True,
        date(2026, 4, 29): True,
    }
    assert [r.scheduled_on for r in list_deliveries(db, DeliveryFilter(held=True)).rows] == [
        date(2026, 3, 18),
        date(2026, 4, 1),
        date(2026, 4, 15),
        date(2026, 4, 29),
    ]
    assert count_customers_on_hold(db) == 1
    [customer] = customers_on_hold(db, today=date(2026, 3, 6))
    assert customer.name == "김민수" and customer.email == "minsu.kim@example.com"
    [hold] = customer.holds
    assert hold.contact is UnreachableContact.ADDRESS and hold.delivery_id == returned
    assert hold.unreachable_from == date(2026, 3, 4) and hold.note == "수취인 이사" and hold.recorded_by == "박지영"
    assert hold.address is not None and hold.address.road_address.startswith("서울특별시 마포구")
    assert [(p.role, p.phone.national, p.unreachable) for p in customer.phones] == [
        (PhoneRole.PRIMARY, "010-1234-5678", False),
        (PhoneRole.SPOUSE, "010-2222-3333", False),
    ]
    assert customer.held_deliveries == 4
    assert customer.recent_deliveries[-1].state is S.RETURNED
    assert customer.recent_changes[0].what == "010-2222-3333"


def test_a_held_delivery_cannot_be_packed_or_shipped_and_nothing_is_written(db: Database, shop: dict[str, int]) -> None:
    send_and_bring_back(db, shop, moved=True)
    next_one = rows(db)[1]
    with db.reading() as session:
        events_before = session.scalar(select(func.count()).select_from(DeliveryEvent))
    for step in (
        lambda: pack(db, staff_id=shop["owner"], delivery_ids=[next_one.id], now=at(date(2026, 3, 16))),
        lambda: ship(
            db, staff_id=shop["owner"], delivery_ids=[next_one.id], courier="CJ대한통운", now=at(date(2026, 3, 16))
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            step()
        assert refused.value.problems[0].field == "delivery_ids"
        assert "hold" in refused.value.problems[0].template
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(DeliveryEvent)) == events_before
    assert rows(db)[1].state is S.SCHEDULED
    with pytest.raises(ValidationError) as not_printed:  # no label for a house the customer has left
        label_sheet_pdf(db, [next_one.id])
    assert not_printed.value.problems[0].field == "deliveries"


def test_recording_the_new_address_releases_the_hold_and_the_deliveries_go_there(
    db: Database, shop: dict[str, int]
) -> None:
    send_and_bring_back(db, shop, moved=True)
    record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 3),
        now=at(date(2026, 3, 9)),
    )
    assert count_customers_on_hold(db) == 0 and not any(held(db).values())
    with db.reading() as session:
        released = session.execute(select(ContactHold.release, ContactHold.released_at)).one()
    assert tuple(released) == ("new_address", at(date(2026, 3, 9)))
    next_one = rows(db)[1]
    pack(db, staff_id=shop["owner"], delivery_ids=[next_one.id], now=at(date(2026, 3, 16)))
    assert rows(db)[1].address == validated_address(NEW_HOME)


def test_a_return_without_a_move_holds_nothing(db: Database, shop: dict[str, int]) -> None:
    send_and_bring_back(db, shop, moved=False)
    assert count_customers_on_hold(db) == 0 and not any(held(db).values())


def test_a_number_out_of_service_holds_from_its_day_until_a_new_number_is_recorded(
    db: Database, shop: dict[str, int]
) -> None:
    with db.reading() as session:
        primary = session.scalars(select(PhoneVersion.id).where(PhoneVersion.role == PhoneRole.PRIMARY.value)).one()
    with pytest.raises(ValidationError) as refused:
        report_phone_out_of_service(
            db,
            staff_id=shop["owner"],
            customer_id=shop["customer"],
            phone_version_id=primary,
            unreachable_from=date(2026, 3, 20),
            now=at(date(2026, 3, 10)),
        )
    assert refused.value.problems[0].field == "unreachable_from"
    report_phone_out_of_service(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        phone_version_id=primary,
        unreachable_from=date(2026, 3, 10),
        note="결번 안내",
        now=at(date(2026, 3, 10)),
    )
    again = report_phone_out_of_service(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        phone_version_id=primary,
        unreachable_from=date(2026, 3, 10),
        now=at(date(2026, 3, 10)),
    )
    with db.reading() as session:  # reported twice, held once
        assert session.scalars(select(ContactHold.id)).all() == [again]
    assert held(db) == {
        date(2026, 3, 4): False,  # before the number was found dead
        date(2026, 3, 18): True,
        date(2026, 4, 1): True,
        date(2026, 4, 15): True,
        date(2026, 4, 29): True,
    }
    [customer] = customers_on_hold(db, today=date(2026, 3, 10))
    assert [(p.role, p.unreachable) for p in customer.phones] == [
        (PhoneRole.PRIMARY, True),
        (PhoneRole.SPOUSE, False),
    ]
    assert customer.holds[0].phone is not None and customer.holds[0].phone.national == "010-1234-5678"
    # A new address does not answer a dead number; a new number does.
    record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 10),
        now=at(date(2026, 3, 11)),
    )
    assert count_customers_on_hold(db) == 1
    change_phone(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9999-8888",
        effective_from=date(2026, 3, 10),
        now=at(date(2026, 3, 12)),
    )
    assert count_customers_on_hold(db) == 0


def test_a_clerk_releases_a_hold_saying_how_the_customer_was_reached(db: Database, shop: dict[str, int]) -> None:
    send_and_bring_back(db, shop, moved=True)
    [customer] = customers_on_hold(db)
    hold = customer.holds[0]
    with pytest.raises(ValidationError) as refused:
        release_hold(db, staff_id=shop["owner"], hold_id=hold.id, note="  ", now=at(date(2026, 3, 7)))
    assert refused.value.problems[0].field == "note" and count_customers_on_hold(db) == 1
    release_hold(
        db,
        staff_id=shop["owner"],
        hold_id=hold.id,
        note="배우자와 통화: 주소 그대로, 경비실 부재",
        expected_version=hold.version,
        now=at(date(2026, 3, 7)),
    )
    assert count_customers_on_hold(db) == 0 and not any(held(db).values())
    with pytest.raises(ValidationError):
        release_hold(db, staff_id=shop["owner"], hold_id=hold.id, note="다시", now=at(date(2026, 3, 7)))
    with db.reading() as session:
        row = session.get(ContactHold, hold.id)
        assert row is not None and row.release == "by_clerk" and row.release_note.startswith("배우자와 통화")


def test_releasing_a_customers_holds_is_all_or_nothing(db: Database, shop: dict[str, int]) -> None:
    send_and_bring_back(db, shop, moved=True)
    with db.reading() as session:
        primary = session.scalar(
            select(PhoneVersion.id).where(
                PhoneVersion.customer_id == shop["customer"], PhoneVersion.role == PhoneRole.PRIMARY.value
            )
        )
    assert primary is not None
    report_phone_out_of_service(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        phone_version_id=primary,
        unreachable_from=date(2026, 3, 6),
        now=at(date(2026, 3, 6)),
    )
    [customer] = customers_on_hold(db)
    address_hold, phone_hold = customer.holds
    # Another counter released the number's hold meanwhile: the address's hold is not released on its own.
    release_hold(db, staff_id=shop["owner"], hold_id=phone_hold.id, note="다른 창구", now=at(date(2026, 3, 7)))
    read = [(hold.id, hold.version) for hold in customer.holds]
    with pytest.raises(ValidationError):
        release_holds(db, staff_id=shop["owner"], holds=read, note="배우자와 통화", now=at(date(2026, 3, 7)))
    [still] = customers_on_hold(db)
    assert [hold.id for hold in still.holds] == [address_hold.id] and held(db)[date(2026, 3, 18)]
    release_holds(
        db, staff_id=shop["owner"], holds=[(address_hold.id, address_hold.version)], note="배우자와 통화",
        now=at(date(2026, 3, 7)),
    )  # fmt: skip
    assert count_customers_on_hold(db) == 0 and not any(held(db).values())


def test_the_sql_rule_for_held_deliveries_agrees_with_the_domain_rule_over_generated_cases(
    db: Database, shop: dict[str, int]
) -> None:
    other = register_customer(db, staff_id=shop["owner"], new=new_customer("이서연", phone="010-3456-7890"), now=NOW)
    with db.reading() as session:
        deliveries = [(d.id, d.scheduled_on) for d in session.scalars(select(Delivery).order_by(Delivery.id))]
    assert len(deliveries) == 5
    # Hold dates on, a day before and a day after each delivery, so every boundary is met.
    days = sorted({day + timedelta(days=shift) for _, day in deliveries for shift in (-1, 0, 1)})
    generate = random.Random(20260302)
    held_somewhere = 0
    for _ in range(60):
        states = {delivery_id: generate.choice(list(DeliveryState)) for delivery_id, _ in deliveries}
        holds = [
            (
                generate.choice((shop["customer"], shop["customer"], other)),
                generate.choice(days),
                generate.random() < 0.3,
            )
            for _ in range(generate.randint(0, 3))
        ]
        with db.writing() as session:
            session.execute(delete(ContactHold))
            for delivery in session.scalars(select(Delivery)):
                delivery.state = states[delivery.id].value
            for customer_id, unreachable_from, released in holds:
                session.add(
                    ContactHold(
                        customer_id=customer_id, contact=UnreachableContact.PHONE.value,
                        unreachable_from=unreachable_from, recorded_at=NOW, recorded_by_id=shop["owner"],
                        released_at=NOW if released else None,
                    )
                )  # fmt: skip
        open_from = [day for customer_id, day, released in holds if customer_id == shop["customer"] and not released]
        expected = {i for i, day in deliveries if is_delivery_held(states[i], day, open_from)}
        with db.reading() as session:
            assert held_delivery_ids(session, [i for i, _ in deliveries]) == expected, (states, holds)
        held_somewhere += bool(expected)
    assert 0 < held_somewhere < 60  # the cases meet both answers
