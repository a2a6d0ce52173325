"""Lending, returns, swaps, cleaning and repair, reservations, fees and suspension, on SQLite and PostgreSQL."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from rental_support import TODAY, RentalShop, later, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, CustomerCharge, Item, ItemEvent, Loan, Reservation
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.rentals import ChargeKind, ReservationState, ReturnCondition
from toysub_desktop.domain.toys import ItemState, in_store_barcode
from toysub_desktop.resources import resource_path
from toysub_desktop.services.rentals import (
    ReturnLine,
    cancel_reservation,
    customer_rentals,
    finish_work,
    lend,
    preview_return,
    rental_settings,
    reserve,
    retire_item,
    return_items,
    send_for_work,
    suggestions_for_child,
    swap,
    toy_queue,
    update_rental_settings,
    void_charge,
)
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.toys import find_item, item_view


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


TS_FILE = resource_path("i18n", "toysub_ko.ts")


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def state_of(db: Database, barcode: str) -> ItemState:
    found = find_item(db, barcode)
    assert found is not None
    return found.state


def lend_one(db: Database, shop: RentalShop, barcode: str, **changes: object) -> int:
    arguments: dict[str, object] = {
        "staff_id": shop.owner,
        "customer_id": shop.customer,
        "child_id": shop.child,
        "barcodes": [barcode],
        "now": NOW,
    }
    arguments.update(changes)
    return lend(db, **arguments)[0]  # type: ignore[arg-type]


# --- lending ----------------------------------------------------------------------------------------------------


def test_lending_puts_the_item_out_with_the_child_until_the_shops_loan_period_ends(
    db: Database, shop: RentalShop
) -> None:
    blocks = shop.barcodes["blocks"][0]
    loan_id = lend_one(db, shop, blocks)
    assert state_of(db, blocks) is ItemState.ON_LOAN
    rentals = customer_rentals(db, shop.customer, today=TODAY)
    assert [(line.loan_id, line.toy_name, line.child_name, line.due_on) for line in rentals.out] == [
        (loan_id, "자석 블록 100피스", "김하늘", TODAY + timedelta(days=14))
    ]
    view = item_view(db, rentals.out[0].item_id, today=TODAY)
    assert view.loan is not None and view.loan.customer_name == "김민수"
    assert [(e.from_state, e.to_state) for e in view.history][:1] == [(ItemState.AVAILABLE, ItemState.ON_LOAN)]
    with db.reading() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"loan.lend", "item.on_loan"} <= actions


def test_an_item_in_cleaning_is_not_lent_and_nothing_is_written(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    send_for_work(db, staff_id=shop.owner, item_id=_id(db, piano), target=ItemState.CLEANING, now=NOW)
    events, audits = count(db, ItemEvent), count(db, AuditEntry)
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, piano)
    problem = refused.value.problems[0]
    assert problem.field == "barcode" and "in cleaning" in problem.template
    assert problem.arguments["item"] == f"멜로디 피아노 ({piano})"
    assert (count(db, Loan), count(db, ItemEvent), count(db, AuditEntry)) == (0, events, audits)
    assert state_of(db, piano) is ItemState.CLEANING


def test_an_item_already_out_or_unknown_is_refused_with_all_the_reasons_at_once(db: Database, shop: RentalShop) -> None:
    blocks = shop.barcodes["blocks"][0]
    lend_one(db, shop, blocks, customer_id=shop.other, child_id=shop.other_child)
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, blocks, barcodes=[blocks, in_store_barcode(999), "12345"])
    templates = " | ".join(p.template for p in refused.value.problems)
    assert "has not been returned" in templates
    assert "No item has the barcode" in templates
    assert "EAN-13" in templates
    assert count(db, Loan) == 1


def test_a_customer_without_a_rental_subscription_cannot_borrow(db: Database, shop: RentalShop) -> None:
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, shop.barcodes["piano"][0], customer_id=shop.no_plan, child_id=shop.no_plan_child)
    assert refused.value.fields == ("customer",)
    assert count(db, Loan) == 0


def test_a_child_of_another_customer_is_refused(db: Database, shop: RentalShop) -> None:
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, shop.barcodes["piano"][0], child_id=shop.other_child)
    assert refused.value.fields == ("child",)


def test_lending_is_suspended_past_the_threshold_and_lifted_by_returning_the_overdue_item(
    db: Database, shop: RentalShop
) -> None:
    first = shop.barcodes["blocks"][0]
    lend_one(db, shop, first)  # due 16 March
    day_16_late = later(14 + 16)
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, shop.barcodes["piano"][0], now=day_16_late)
    assert refused.value.fields == ("customer",)
    assert refused.value.problems[0].arguments == {"days": "16", "limit": "15"}
    assert customer_rentals(db, shop.customer, today=day_16_late.date()).suspended
    # Fifteen days late is still allowed (the threshold is "more than").
    lend_one(db, shop, shop.barcodes["kitchen"][0], now=later(14 + 15))
    result = swap(
        db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
        returns=[ReturnLine(first, ReturnCondition.CLEAN)], lend_barcodes=[shop.barcodes["piano"][0]],
        now=day_16_late,
    )  # fmt: skip
    assert result.returned.lines[0].figures.late_fee == 7_500  # capped at 15 days
    assert len(result.loan_ids) == 1
    assert state_of(db, shop.barcodes["piano"][0]) is ItemState.ON_LOAN


# --- returns ----------------------------------------------------------------------------------------------------


def test_a_damaged_return_goes_to_repair_and_the_fee_is_on_the_customer(db: Database, shop: RentalShop) -> None:
    blocks = shop.barcodes["blocks"][0]
    lend_one(db, shop, blocks)
    four_days_late = later(18)
    lines = [ReturnLine(blocks, ReturnCondition.DAMAGED, note="바퀴 부러짐")]
    preview = preview_return(db, lines, returned_on=four_days_late.date())
    assert (preview[0].figures.fee, preview[0].figures.late_fee, preview[0].figures.total) == (26_700, 2_000, 28_700)
    result = return_items(db, staff_id=shop.owner, lines=lines, now=four_days_late)
    assert result.total == 28_700
    assert state_of(db, blocks) is ItemState.REPAIR
    rentals = customer_rentals(db, shop.customer, today=four_days_late.date())
    assert rentals.out == ()
    assert sorted((c.kind, c.amount) for c in rentals.charges) == [
        (ChargeKind.DAMAGED, 26_700),
        (ChargeKind.LATE, 2_000),
    ]
    assert rentals.charges_total == 28_700
    with db.reading() as session:
        returned = session.execute(select(Loan.returned_on, Loan.return_condition)).one()
    assert tuple(returned) == (four_days_late.date(), "damaged")


def test_a_lost_item_is_retired_and_costs_its_value(db: Database, shop: RentalShop) -> None:
    kitchen = shop.barcodes["kitchen"][0]
    lend_one(db, shop, kitchen)
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(kitchen, ReturnCondition.LOST)], now=later(40))
    assert state_of(db, kitchen) is ItemState.RETIRED
    charges = customer_rentals(db, shop.customer).charges
    assert [(c.kind, c.amount) for c in charges] == [(ChargeKind.LOST, 120_000)]


def test_the_clerk_may_waive_a_damage_fee_but_not_charge_for_a_clean_item(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    with pytest.raises(ValidationError) as refused:
        return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN, fee=5_000)], now=NOW)
    assert refused.value.fields == ("returns[0].fee",)
    assert state_of(db, piano) is ItemState.ON_LOAN
    return_items(
        db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.MISSING_PARTS, fee=0, note="단골 면제")],
        now=later(3),
    )  # fmt: skip
    assert state_of(db, piano) is ItemState.REPAIR
    assert count(db, CustomerCharge) == 0


def test_returning_an_item_that_is_not_out_is_refused_and_nothing_is_written(db: Database, shop: RentalShop) -> None:
    blocks, piano = shop.barcodes["blocks"][0], shop.barcodes["piano"][0]
    lend_one(db, shop, blocks)
    events = count(db, ItemEvent)
    with pytest.raises(ValidationError) as refused:
        return_items(
            db, staff_id=shop.owner, now=NOW,
            lines=[ReturnLine(blocks, ReturnCondition.CLEAN), ReturnLine(piano, ReturnCondition.CLEAN)],
        )  # fmt: skip
    assert refused.value.fields == ("returns[1].barcode",)
    assert "not out on loan" in refused.value.problems[0].template
    assert state_of(db, blocks) is ItemState.ON_LOAN
    assert count(db, ItemEvent) == events


def test_a_needs_cleaning_return_goes_to_cleaning_and_finishing_puts_it_back_on_the_shelf(
    db: Database, shop: RentalShop
) -> None:
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.NEEDS_CLEANING)], now=later(7))
    assert state_of(db, piano) is ItemState.CLEANING
    with pytest.raises(ValidationError):
        lend_one(db, shop, piano, now=later(7))
    done = finish_work(db, staff_id=shop.owner, item_id=_id(db, piano), now=later(8))
    assert done.state is ItemState.AVAILABLE and done.reserved_for is None
    with pytest.raises(ValidationError):
        finish_work(db, staff_id=shop.owner, item_id=_id(db, piano), now=later(8))


# --- reservations -----------------------------------------------------------------------------------------------


def test_a_returned_item_goes_to_the_first_child_waiting_and_only_that_customer_can_borrow_it(
    db: Database, shop: RentalShop
) -> None:
    kitchen = shop.barcodes["kitchen"][0]  # the only copy
    lend_one(db, shop, kitchen, customer_id=shop.other, child_id=shop.other_child)
    waiting = reserve(
        db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"], now=NOW
    )
    assert (waiting.state, waiting.position) == (ReservationState.WAITING, 1)
    with pytest.raises(ValidationError, match="already waiting"):
        reserve(
            db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"],
            now=NOW,
        )  # fmt: skip
    preview = preview_return(db, [ReturnLine(kitchen, ReturnCondition.CLEAN)], returned_on=TODAY)
    assert preview[0].goes_to == "김하늘 (김민수)"
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(kitchen, ReturnCondition.CLEAN)], now=later(5))
    assert state_of(db, kitchen) is ItemState.HELD
    [ready] = toy_queue(db, shop.toys["kitchen"])
    assert (ready.state, ready.item_barcode) == (ReservationState.READY, kitchen)
    with pytest.raises(ValidationError) as refused:
        lend_one(db, shop, kitchen, customer_id=shop.other, child_id=shop.other_child, now=later(6))
    assert "set aside for 김민수's reservation" in refused.value.problems[0].message
    lend_one(db, shop, kitchen, now=later(6))
    assert toy_queue(db, shop.toys["kitchen"]) == ()
    with db.reading() as session:
        assert session.scalars(select(Reservation.state)).one() == ReservationState.FULFILLED.value


def test_a_dirty_return_waits_for_cleaning_before_it_goes_to_the_waiting_child(db: Database, shop: RentalShop) -> None:
    kitchen = shop.barcodes["kitchen"][0]
    lend_one(db, shop, kitchen, customer_id=shop.other, child_id=shop.other_child)
    reserve(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"])
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(kitchen, ReturnCondition.NEEDS_CLEANING)], now=later(5))
    assert state_of(db, kitchen) is ItemState.CLEANING
    done = finish_work(db, staff_id=shop.owner, item_id=_id(db, kitchen), now=later(6))
    assert done.state is ItemState.HELD
    assert done.reserved_for is not None and done.reserved_for.child_name == "김하늘"


def test_reserving_a_toy_on_the_shelf_sets_an_item_aside_at_once_and_cancelling_passes_it_on(
    db: Database, shop: RentalShop
) -> None:
    first = reserve(
        db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"], now=NOW
    )
    assert first.state is ReservationState.READY and first.item_barcode == shop.barcodes["kitchen"][0]
    second = reserve(
        db, staff_id=shop.owner, customer_id=shop.other, child_id=shop.other_child, toy_id=shop.toys["kitchen"],
        now=NOW,
    )  # fmt: skip
    assert second.state is ReservationState.WAITING
    cancel_reservation(db, staff_id=shop.owner, reservation_id=first.id, reason="고객 요청", now=later(1))
    [passed_on] = toy_queue(db, shop.toys["kitchen"])
    assert (passed_on.id, passed_on.state) == (second.id, ReservationState.READY)
    cancel_reservation(db, staff_id=shop.owner, reservation_id=second.id, now=later(2))
    assert state_of(db, shop.barcodes["kitchen"][0]) is ItemState.AVAILABLE
    with pytest.raises(ValidationError):
        cancel_reservation(db, staff_id=shop.owner, reservation_id=second.id, now=later(2))


def test_damage_found_on_a_held_item_puts_its_reservation_back_at_the_head_of_the_queue(
    db: Database, shop: RentalShop
) -> None:
    kitchen = shop.barcodes["kitchen"][0]
    ready = reserve(
        db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, toy_id=shop.toys["kitchen"], now=NOW
    )
    send_for_work(db, staff_id=shop.owner, item_id=_id(db, kitchen), target=ItemState.REPAIR, note="문짝 흔들림")
    [again] = toy_queue(db, shop.toys["kitchen"])
    assert (again.id, again.state, again.position) == (ready.id, ReservationState.WAITING, 1)
    finish_work(db, staff_id=shop.owner, item_id=_id(db, kitchen))
    assert toy_queue(db, shop.toys["kitchen"])[0].state is ReservationState.READY


def test_an_item_on_loan_is_returned_as_lost_rather_than_retired(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    with pytest.raises(ValidationError, match="on loan"):
        retire_item(db, staff_id=shop.owner, item_id=_id(db, piano), note="분실")
    retire_item(db, staff_id=shop.owner, item_id=_id(db, shop.barcodes["piano"][1]), note="낡음")
    assert state_of(db, shop.barcodes["piano"][1]) is ItemState.RETIRED


def korean(problem: FieldProblem) -> str:
    """The message as the counter reads it: the Korean of the template in the shipped translation, filled in."""
    root = ET.parse(TS_FILE).getroot()
    for message in root.iter("message"):
        if message.findtext("source") == problem.template:
            text = message.findtext("translation") or ""
            return text.format(**problem.arguments)
    raise AssertionError(f"no Korean for {problem.template!r}")


def _item_steps(shop: RentalShop) -> dict[str, Callable[[Database, int], object]]:
    return {
        "to_cleaning": lambda db, item: send_for_work(
            db, staff_id=shop.owner, item_id=item, target=ItemState.CLEANING, note="얼룩", now=NOW
        ),
        "to_repair": lambda db, item: send_for_work(
            db, staff_id=shop.owner, item_id=item, target=ItemState.REPAIR, note="바퀴", now=NOW
        ),
        "retire": lambda db, item: retire_item(db, staff_id=shop.owner, item_id=item, note="분실", now=NOW),
        "finish": lambda db, item: finish_work(db, staff_id=shop.owner, item_id=item, now=NOW),
    }


def _written(db: Database) -> tuple[int, ...]:
    with db.reading() as session:
        reservations = tuple(session.execute(select(Reservation.state, Reservation.item_id)).tuples())
        items = tuple(session.execute(select(Item.id, Item.state).order_by(Item.id)).tuples())
    return (count(db, ItemEvent), count(db, AuditEntry), count(db, Loan), hash(reservations), hash(items))


@pytest.mark.parametrize("step", ["to_cleaning", "to_repair", "retire", "finish"])
def test_an_item_on_loan_leaves_only_by_its_return_whatever_the_service(
    db: Database, shop: RentalShop, step: str
) -> None:
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    before = _written(db)
    with pytest.raises(ValidationError) as refused:
        _item_steps(shop)[step](db, _id(db, piano))
    [problem] = refused.value.problems
    assert problem.field == "item"
    said = korean(problem)
    assert f"멜로디 피아노 ({piano})" in said and any("가" <= c <= "힣" for c in said.replace("멜로디 피아노", ""))
    assert _written(db) == before
    assert state_of(db, piano) is ItemState.ON_LOAN
    view = item_view(db, _id(db, piano), today=TODAY)
    assert view.loan is not None and view.loan.customer_name == "김민수"


@pytest.mark.parametrize("step", ["to_cleaning", "to_repair", "retire", "finish", "lend", "return"])
def test_a_retired_item_takes_no_further_step_through_any_service(db: Database, shop: RentalShop, step: str) -> None:
    piano = shop.barcodes["piano"][1]
    retire_item(db, staff_id=shop.owner, item_id=_id(db, piano), note="낡음", now=NOW)
    before = _written(db)
    steps = {
        **_item_steps(shop),
        "lend": lambda db, item: lend_one(db, shop, piano),
        "return": lambda db, item: return_items(
            db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=NOW
        ),
    }
    with pytest.raises(ValidationError) as refused:
        steps[step](db, _id(db, piano))
    assert korean(refused.value.problems[0])
    assert _written(db) == before
    assert state_of(db, piano) is ItemState.RETIRED


def test_an_item_on_the_shelf_is_not_finished_or_sent_to_the_work_it_is_in(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    before = _written(db)
    with pytest.raises(ValidationError) as refused:
        finish_work(db, staff_id=shop.owner, item_id=_id(db, piano), now=NOW)
    assert korean(refused.value.problems[0]) and _written(db) == before
    send_for_work(db, staff_id=shop.owner, item_id=_id(db, piano), target=ItemState.CLEANING, now=NOW)
    before = _written(db)
    with pytest.raises(ValidationError) as refused:
        send_for_work(db, staff_id=shop.owner, item_id=_id(db, piano), target=ItemState.CLEANING, now=NOW)
    assert korean(refused.value.problems[0]) and _written(db) == before
    assert state_of(db, piano) is ItemState.CLEANING


# --- swaps ------------------------------------------------------------------------------------------------------


def test_a_swap_that_cannot_lend_writes_nothing_not_even_the_returns(db: Database, shop: RentalShop) -> None:
    blocks = shop.barcodes["blocks"][0]
    lend_one(db, shop, blocks)
    send_for_work(db, staff_id=shop.owner, item_id=_id(db, shop.barcodes["piano"][0]), target=ItemState.REPAIR)
    loans, events = count(db, Loan), count(db, ItemEvent)
    with pytest.raises(ValidationError):
        swap(
            db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
            returns=[ReturnLine(blocks, ReturnCondition.CLEAN)], lend_barcodes=[shop.barcodes["piano"][0]], now=NOW,
        )  # fmt: skip
    assert state_of(db, blocks) is ItemState.ON_LOAN
    assert (count(db, Loan), count(db, ItemEvent)) == (loans, events)


def test_a_swap_takes_back_only_this_customers_items(db: Database, shop: RentalShop) -> None:
    theirs = shop.barcodes["blocks"][0]
    lend_one(db, shop, theirs, customer_id=shop.other, child_id=shop.other_child)
    with pytest.raises(ValidationError, match="another customer"):
        swap(
            db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
            returns=[ReturnLine(theirs, ReturnCondition.CLEAN)], lend_barcodes=[shop.barcodes["piano"][0]], now=NOW,
        )  # fmt: skip


# --- charges, suggestions, settings -----------------------------------------------------------------------------


def test_a_charge_recorded_by_mistake_is_voided_with_a_reason_and_kept(db: Database, shop: RentalShop) -> None:
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    result = return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.DAMAGED)], now=NOW)
    with pytest.raises(ValidationError):
        void_charge(db, staff_id=shop.owner, charge_id=result.charge_ids[0], reason=" ")
    void_charge(db, staff_id=shop.owner, charge_id=result.charge_ids[0], reason="원래 있던 흠집")
    [charge] = customer_rentals(db, shop.customer).charges
    assert charge.voided and charge.void_reason == "원래 있던 흠집"
    assert customer_rentals(db, shop.customer).charges_total == 0


def test_suggestions_fit_the_childs_age_leave_out_toys_had_before_and_need_an_item_on_the_shelf(
    db: Database, shop: RentalShop
) -> None:
    # 김하늘 is 34 months old: blocks (36+) and the rocker (up to 24) do not fit; kitchen and piano do.
    names = [s.name for s in suggestions_for_child(db, shop.child, today=TODAY)]
    assert names == ["원목 주방놀이 세트", "멜로디 피아노"]
    piano = shop.barcodes["piano"][0]
    lend_one(db, shop, piano)
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=later(3))
    lend_one(db, shop, shop.barcodes["kitchen"][0], customer_id=shop.other, child_id=shop.other_child)
    assert suggestions_for_child(db, shop.child, today=TODAY) == ()
    # Two months on, the blocks fit.
    assert [s.name for s in suggestions_for_child(db, shop.child, today=date(2026, 5, 1))] == ["자석 블록 100피스"]


def test_the_owner_sets_the_rental_rules_and_a_clerk_cannot(db: Database, shop: RentalShop) -> None:
    settings = rental_settings(db)
    assert (settings.rules.late_fee_per_day, settings.rules.late_fee_cap_days) == (500, 15)
    clerk = add_staff(db, by_staff_id=shop.owner, name="최유리", now=NOW)
    values = {
        "late_fee_per_day": 300, "late_fee_cap_days": 10, "suspension_after_days": 30, "loan_days": 28,
        "damage_fee_percent": 50,
    }  # fmt: skip
    with pytest.raises(ValidationError):
        update_rental_settings(db, by_staff_id=clerk.id, expected_version=settings.version, **values)  # type: ignore[arg-type]
    update_rental_settings(db, by_staff_id=shop.owner, expected_version=settings.version, now=NOW, **values)  # type: ignore[arg-type]
    loan_id = lend_one(db, shop, shop.barcodes["piano"][0])
    rentals = customer_rentals(db, shop.customer, today=TODAY + timedelta(days=28 + 12))
    assert [(line.loan_id, line.due_on, line.late_fee_so_far) for line in rentals.out] == [
        (loan_id, TODAY + timedelta(days=28), 3_000)
    ]
    with db.reading() as session:
        after = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "shop.settings")).one()
    assert after is not None and after["late_fee_per_day"] == 300


def _id(db: Database, barcode: str) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Item.id).where(Item.barcode == barcode)).one())
