"""The ledger at the counter, on SQLite and PostgreSQL: charges appear as cycles begin and follow the contract,
payments pay the oldest first, refunds and voids keep the account whole, and nothing is ever billed twice."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from rental_support import rental_shop
from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, CustomerCharge, LedgerAllocation, LedgerEntry, Shop
from toysub_desktop.db.problems import DatabaseProblem
from toysub_desktop.documents import wording
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import (
    EntryKind,
    MoreThanOwed,
    PaymentMeans,
    SkipRule,
    plan_charges,
    signed_amount,
)
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services import rentals, shop
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.document_sheets import contract_sheet
from toysub_desktop.services.ledger import (
    AccountChangedError,
    DueNow,
    NewPayment,
    account_view,
    bill_customer,
    bill_due,
    money_due,
    open_ledger,
    payment_preview,
    refund,
    take_payment,
    void_entry,
    write_off,
)
from toysub_desktop.services.queries import ledger as ledger_queries
from toysub_desktop.services.queries.ledger import subscriptions_due_for_billing
from toysub_desktop.services.rentals import ReturnLine
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    change_plan,
    pause,
    renew,
    resume,
    sign_up,
    skip_delivery,
)

TODAY = date(2026, 3, 2)
FEE = 33_150  # 렌털 프리미엄 39,000원, 24 months −5 %, 다자녀 −10 %


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def sign_rental(db: Database, ids: dict[str, int], **changes: object) -> int:
    new = NewSubscription(
        customer_id=ids["customer"],
        plan_id=ids["rental"],
        term_months=24,
        start_on=TODAY,
        payment_method=PaymentMethod.AUTO_DEBIT,
        swap_weekday=2,
        discounts=((ids["multi_child"], "가족관계증명서 확인"),),
    )
    return sign_up(db, staff_id=ids["owner"], new=replace(new, **changes), now=NOW)  # type: ignore[arg-type]


def charges(db: Database, customer_id: int, *, live: bool = True) -> list[tuple[str, date, int]]:
    with db.reading() as session:
        query = select(LedgerEntry).where(LedgerEntry.customer_id == customer_id, LedgerEntry.charge_key.is_not(None))
        if live:
            query = query.where(LedgerEntry.voided_at.is_(None))
        return [(e.charge_key or "", e.entry_on, e.amount) for e in session.scalars(query.order_by(LedgerEntry.id))]


def pay(db: Database, ids: dict[str, int], amount: int, day: date, **values: object) -> int:
    payment = NewPayment(customer_id=ids["customer"], amount=amount, means=PaymentMeans.CASH)
    return take_payment(db, staff_id=ids["owner"], payment=replace(payment, **values), now=at(day))  # type: ignore[arg-type]


def test_charges_appear_as_cycles_begin_with_the_deposit_and_billing_twice_changes_nothing(
    db: Database, ids: dict[str, int]
) -> None:
    sub = sign_rental(db, ids)
    assert charges(db, ids["customer"]) == []  # in the free trial nothing is owed
    view = account_view(db, ids["customer"], today=TODAY)
    assert view.balance == 0 and view.next_charge is not None
    assert (view.next_charge.due_on, view.next_charge.amount) == (date(2026, 3, 16), FEE)
    first = bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 20)))
    assert (first.added, first.voided) == (3, 0)
    assert charges(db, ids["customer"]) == [
        (f"S{sub}-C0", date(2026, 3, 16), FEE),
        (f"S{sub}-D", date(2026, 3, 16), 50_000),
        (f"S{sub}-C1", date(2026, 4, 16), FEE),
    ]
    again = bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 20)))
    assert (again.added, again.voided) == (0, 0)
    run = bill_due(db, staff_id=ids["owner"], now=at(date(2026, 4, 20)))
    assert run.added == 0
    view = account_view(db, ids["customer"], today=date(2026, 4, 20))
    assert view.balance == 2 * FEE + 50_000
    assert [line.entry_on for line in view.open_charges] == [date(2026, 3, 16)] * 2 + [date(2026, 4, 16)]
    assert view.next_charge is not None and view.next_charge.due_on == date(2026, 5, 16)
    # The start-up run bills the next cycle when it begins, once.
    assert bill_due(db, staff_id=ids["owner"], now=at(date(2026, 5, 16))).added == 1
    assert bill_due(db, staff_id=ids["owner"], now=at(date(2026, 5, 16))).added == 0


def test_a_payment_pays_the_oldest_charges_first_and_more_than_owed_is_kept_as_credit_only_when_agreed(
    db: Database, ids: dict[str, int]
) -> None:
    sub = sign_rental(db, ids)
    day = date(2026, 3, 16)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(day))
    preview = payment_preview(db, ids["customer"], 50_000)
    assert [(s.line.kind, s.amount) for s in preview.shares] == [
        (EntryKind.CYCLE_FEE, FEE),
        (EntryKind.DEPOSIT, 50_000 - FEE),
    ]
    assert preview.credit == 0
    payment = pay(db, ids, 50_000, day, means=PaymentMeans.CARD, approval_number="30012345")
    view = account_view(db, ids["customer"], today=day)
    assert view.balance == FEE + 50_000 - 50_000
    assert [(line.kind, line.open) for line in view.open_charges] == [(EntryKind.DEPOSIT, FEE)]
    paid = next(line for line in view.history if line.id == payment)
    assert (paid.means, paid.approval_number, paid.allocated) == (PaymentMeans.CARD, "30012345", 50_000)
    with pytest.raises(MoreThanOwed) as error:
        pay(db, ids, 100_000, day)
    assert error.value.owed == FEE
    assert len(account_view(db, ids["customer"], today=day).history) == 3  # nothing written
    pay(db, ids, 100_000, day, keep_credit=True)
    assert account_view(db, ids["customer"], today=day).balance == FEE - 100_000
    # The credit pays the next cycle as soon as it is billed.
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 16)))
    view = account_view(db, ids["customer"], today=date(2026, 4, 16))
    assert view.open_charges == () and view.balance == 2 * FEE - 100_000
    assert charges(db, ids["customer"])[-1] == (f"S{sub}-C1", date(2026, 4, 16), FEE)


def test_bad_payments_are_refused_with_nothing_written(db: Database, ids: dict[str, int]) -> None:
    sign_rental(db, ids)
    day = date(2026, 3, 16)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(day))
    for values, field in (
        ({"amount": 0}, "amount"),
        ({"amount": -5_000}, "amount"),
        ({"means": PaymentMeans.CARD}, "approval_number"),
        ({"split": {999_999: 1_000}}, "allocation[999999]"),
    ):
        with pytest.raises(ValidationError) as error:
            pay(db, ids, int(values.pop("amount", 10_000)), day, **values)  # type: ignore[call-overload]
        assert field in error.value.fields
    with pytest.raises(ValidationError) as error:
        refund(db, staff_id=ids["owner"], customer_id=ids["customer"], amount=1, means=PaymentMeans.CASH, now=at(day))
    assert error.value.fields == ("amount",)
    with db.reading() as session:
        assert (
            session.scalar(
                select(func.count()).where(
                    LedgerEntry.kind != EntryKind.CYCLE_FEE.value, LedgerEntry.kind != EntryKind.DEPOSIT.value
                )
            )
            == 0
        )


def test_a_payment_made_against_an_account_that_moved_on_is_refused(db: Database, ids: dict[str, int]) -> None:
    sign_rental(db, ids)
    day = date(2026, 3, 16)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(day))
    seen = account_view(db, ids["customer"], today=day).last_entry_id
    pay(db, ids, 10_000, day, seen_entry_id=seen)  # another counter takes a payment first
    with pytest.raises(AccountChangedError):
        pay(db, ids, 10_000, day, seen_entry_id=seen)


def test_a_refund_gives_back_credit_and_no_more(db: Database, ids: dict[str, int]) -> None:
    sign_rental(db, ids)
    day = date(2026, 3, 16)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(day))
    pay(db, ids, 100_000, day, keep_credit=True)
    refundable = 100_000 - FEE - 50_000
    with pytest.raises(ValidationError):
        refund(
            db,
            staff_id=ids["owner"],
            customer_id=ids["customer"],
            amount=refundable + 1,
            means=PaymentMeans.CASH,
            now=at(day),
        )
    refund(
        db, staff_id=ids["owner"], customer_id=ids["customer"], amount=refundable, means=PaymentMeans.CASH, now=at(day)
    )
    assert account_view(db, ids["customer"], today=day).balance == 0


def test_a_contract_change_rebills_unpaid_charges_in_its_own_transaction_and_never_a_paid_one(
    db: Database, ids: dict[str, int]
) -> None:
    # A box from today, no trial: cycles on the 2nd.
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD)
    sub = sign_up(db, staff_id=ids["owner"], new=box, now=NOW)
    assert charges(db, ids["customer"]) == [(f"S{sub}-C0", TODAY, 29_000)]  # billed at sign-up
    pay(db, ids, 29_000, TODAY)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 2)))
    # Paused from 2026-04-02 to 04-11, recorded on the day: the April charge, unpaid, is re-billed for 20 of 30
    # days in the same transaction; the paid March charge is left alone.
    pause(
        db,
        staff_id=ids["owner"],
        subscription_id=sub,
        first=date(2026, 4, 2),
        last=date(2026, 4, 11),
        now=at(date(2026, 4, 2)),
    )
    assert charges(db, ids["customer"]) == [
        (f"S{sub}-C0", TODAY, 29_000),
        (f"S{sub}-C1", date(2026, 4, 2), 29_000 * 20 // 30),
    ]
    voided = [c for c in charges(db, ids["customer"], live=False) if c not in charges(db, ids["customer"])]
    assert voided == [(f"S{sub}-C1", date(2026, 4, 2), 29_000)]
    # An early resume gives the days back to the charge.
    resume(db, staff_id=ids["owner"], subscription_id=sub, resume_on=date(2026, 4, 7), now=at(date(2026, 4, 7)))
    assert charges(db, ids["customer"])[-1] == (f"S{sub}-C1", date(2026, 4, 2), 29_000 * 25 // 30)
    # Cancelling from 04-22 (the first day without service) cuts the April cycle and bills the fee.
    fee = cancel(
        db, staff_id=ids["owner"], subscription_id=sub, effective_on=date(2026, 4, 22), now=at(date(2026, 4, 7))
    )
    live = charges(db, ids["customer"])
    assert live[:2] == [(f"S{sub}-C0", TODAY, 29_000), (f"S{sub}-C1", date(2026, 4, 2), 29_000 * 15 // 30)]
    assert live[2] == (f"S{sub}-T", date(2026, 4, 7), fee.fee) and fee.fee > 0
    # Nothing more is billed after the cancellation.
    assert bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 8, 2))).added == 0
    with db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "ledger.bill")).all()
    assert len(actions) >= 4


def test_a_plan_change_bills_the_new_fee_from_its_cycle_and_a_renewal_bills_its_own_term(
    db: Database, ids: dict[str, int]
) -> None:
    sub = sign_rental(db, ids)
    changed_on = change_plan(
        db, staff_id=ids["owner"], subscription_id=sub, plan_id=ids["rental_basic"], now=at(date(2026, 4, 1))
    )
    assert changed_on == date(2026, 4, 16)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 5, 16)))
    cycles = [(day, amount) for key, day, amount in charges(db, ids["customer"]) if "-C" in key]
    # 렌털 베이직 29,000원 −5 % −10 %: 24,650원 from the cycle the change takes effect.
    assert cycles == [(date(2026, 3, 16), FEE), (date(2026, 4, 16), 24_650), (date(2026, 5, 16), 24_650)]
    renewal = renew(db, staff_id=ids["owner"], subscription_id=sub, term_months=24, now=at(date(2028, 1, 10)))
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2028, 3, 16)))
    mine = [key for key, _, _ in charges(db, ids["customer"]) if key.startswith(f"S{renewal}-")]
    assert mine == [f"S{renewal}-C0"]  # from the day after the old term; the deposit held carries over
    old = [key for key, _, _ in charges(db, ids["customer"]) if key.startswith(f"S{sub}-C")]
    assert len(old) == 24


def test_the_unique_key_refuses_a_second_live_charge_for_the_same_cycle(db: Database, ids: dict[str, int]) -> None:
    sub = sign_rental(db, ids)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 3, 16)))
    with pytest.raises(DatabaseProblem) as refused, db.writing() as session:
        session.add(
            LedgerEntry(
                customer_id=ids["customer"], subscription_id=sub, kind=EntryKind.CYCLE_FEE.value, amount=FEE,
                entry_on=date(2026, 3, 16), charge_key=f"S{sub}-C0", recorded_at=NOW, recorded_by_id=ids["owner"],
            )
        )  # fmt: skip
    assert isinstance(refused.value.__cause__, IntegrityError)


def test_a_billing_run_that_meets_a_charge_billed_meanwhile_at_another_counter_runs_again(
    db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.location.sqlite_path is not None:
        pytest.skip("on SQLite a change holds the write lock from its start, so the other counter waits instead")
    sub = sign_rental(db, ids)
    calls: list[int] = []

    def billed_elsewhere_meanwhile(expected: object, billed: object) -> object:
        plan = plan_charges(expected, billed)  # type: ignore[arg-type]
        if not calls:  # another counter commits the same charge after this run read what was billed
            with db.writing() as other:
                other.add(
                    LedgerEntry(
                        customer_id=ids["customer"], subscription_id=sub, kind=EntryKind.CYCLE_FEE.value, amount=FEE,
                        entry_on=date(2026, 3, 16), charge_key=f"S{sub}-C0", recorded_at=NOW,
                        recorded_by_id=ids["owner"],
                    )
                )  # fmt: skip
        calls.append(1)
        return plan

    monkeypatch.setattr(ledger_queries, "plan_charges", billed_elsewhere_meanwhile)
    run = bill_due(db, staff_id=ids["owner"], now=at(date(2026, 3, 16)))
    assert len(calls) == 2 and run.added == 1  # the deposit; the cycle was already billed
    assert sorted(key for key, _, _ in charges(db, ids["customer"])) == [f"S{sub}-C0", f"S{sub}-D"]


def test_voiding_needs_a_manager_and_a_reason_and_reopens_what_the_payment_paid(db: Database, owner_id: int) -> None:
    ids = sample_shop(db, owner_id)
    clerk = shop.add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    manager = shop.add_staff(db, by_staff_id=owner_id, name="한지민", role=StaffRole.MANAGER, now=NOW).id
    set_first_pin(db, staff_id=manager, pin="5678", repeated_pin="5678", now=NOW)
    sign_rental(db, ids)
    day = date(2026, 3, 16)
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(day))
    payment = pay(db, ids, 30_000, day)
    with pytest.raises(ApprovalNeeded):
        void_entry(db, staff_id=clerk, entry_id=payment, reason="금액 잘못 입력", now=at(day))
    with pytest.raises(ValidationError) as error:
        void_entry(db, staff_id=manager, entry_id=payment, reason=" ", now=at(day))
    assert error.value.fields == ("reason",)
    replacement = void_entry(
        db, staff_id=clerk, entry_id=payment, reason="금액 잘못 입력", replacement_amount=33_150,
        approval=Approval(manager, "5678"), now=at(day),
    )  # fmt: skip
    view = account_view(db, ids["customer"], today=day)
    old = next(line for line in view.history if line.id == payment)
    new = next(line for line in view.history if line.id == replacement)
    assert old.voided and old.void_reason == "금액 잘못 입력" and old.open == 0
    assert (new.amount, new.replaces_id, new.allocated) == (FEE, payment, FEE)
    assert view.balance == 50_000
    with db.reading() as session:
        who = session.execute(
            select(AuditEntry.staff_id, AuditEntry.approved_by_id).where(AuditEntry.action == "ledger.void")
        ).one()
    assert tuple(who) == (clerk, manager)
    write_off(db, staff_id=manager, charge_id=view.open_charges[0].id, amount=50_000, reason="보증금 면제", now=at(day))
    assert account_view(db, ids["customer"], today=day).balance == 0


def test_rental_fees_reach_the_account_in_the_return_and_leave_it_when_voided(db: Database, owner_id: int) -> None:
    rental = rental_shop(db, owner_id)
    piano = rental.barcodes["piano"][0]
    rentals.lend(db, staff_id=owner_id, customer_id=rental.customer, child_id=rental.child, barcodes=[piano], now=NOW)
    returned = rentals.return_items(db, staff_id=owner_id, lines=[ReturnLine(piano, ReturnCondition.DAMAGED)], now=NOW)
    fees = [(key, amount) for key, _, amount in charges(db, rental.customer) if key.startswith("F")]
    assert fees == [(f"F{returned.charge_ids[0]}", 45_000 * 30 // 100)]
    rentals.void_charge(db, staff_id=owner_id, charge_id=returned.charge_ids[0], reason="검수 착오", now=NOW)
    assert [key for key, _, _ in charges(db, rental.customer) if key.startswith("F")] == []


# --- any sequence of charges, payments, refunds and voids -------------------------------------------------------

operations = st.lists(
    st.one_of(
        st.tuples(st.just("charge"), st.integers(1, 60)),
        st.tuples(st.just("pay"), st.integers(1, 120_000)),
        st.tuples(st.just("refund"), st.integers(1, 60_000)),
        st.tuples(st.just("void"), st.integers(0, 20)),
    ),
    min_size=1,
    max_size=12,
)


def check_account(db: Database, customer_id: int) -> None:
    view = account_view(db, customer_id, today=date(2030, 1, 1))
    with db.reading() as session:
        entries = {
            row.id: (EntryKind(row.kind), row.amount, row.voided_at is None)
            for row in session.execute(
                select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.voided_at).where(
                    LedgerEntry.customer_id == customer_id
                )
            )
        }
        allocations = session.execute(
            select(LedgerAllocation.credit_id, LedgerAllocation.debit_id, LedgerAllocation.amount)
        ).all()
    live = {entry_id: (kind, amount) for entry_id, (kind, amount, alive) in entries.items() if alive}
    assert view.balance == sum(signed_amount(kind, amount) for kind, amount in live.values())
    live_allocations = [(c, d, won) for c, d, won in allocations if c in live and d in live]
    for entry_id, (_, amount) in live.items():
        assert sum(won for c, d, won in live_allocations if entry_id in (c, d)) <= amount
    # Credits are set only against debits.
    assert all(live[c][0].is_credit and live[d][0].is_debit for c, d, _ in live_allocations)
    for line in view.history:
        assert 0 <= line.allocated <= line.amount
    # The open amount kept on each entry (db.ledger_balance) is what the entries and allocations say, to the won.
    with db.reading() as session:
        kept = dict(
            session.execute(
                select(LedgerEntry.id, LedgerEntry.open_amount).where(LedgerEntry.customer_id == customer_id)
            )
            .tuples()
            .all()
        )
    for entry_id, (kind, amount, alive) in entries.items():
        covered = sum(won for c, d, won in live_allocations if d == entry_id)
        assert kept[entry_id] == (amount - covered if alive and kind.is_debit else 0), entry_id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
def test_for_any_sequence_the_balance_is_the_sum_of_live_entries_and_no_allocation_exceeds_its_entry(
    db: Database, owner_id: int, steps: list[tuple[str, int]]
) -> None:
    customer = register_customer(db, staff_id=owner_id, new=new_customer("정하나", phone="010-9876-5432"), now=NOW)
    months = 0
    entry_ids: list[int] = []
    for action, value in steps:
        if action == "charge":
            # Charges come from the contract and from rentals; here a rental fee of value × 1,000 won.
            with db.writing() as session:
                session.add(
                    CustomerCharge(
                        customer_id=customer, kind="late", amount=value * 1_000,
                        charged_on=date(2026, 3, 2 + months % 20),
                        recorded_at=NOW, recorded_by_id=owner_id,
                    )
                )  # fmt: skip
            months += 1
            bill_customer(db, staff_id=owner_id, customer_id=customer, now=NOW)
        elif action == "pay":
            payment = NewPayment(customer, value, PaymentMeans.BANK_TRANSFER, keep_credit=True)
            entry_ids.append(take_payment(db, staff_id=owner_id, payment=payment, now=NOW))
        elif action == "refund":
            with suppress(ValidationError):  # more than the credit held: refused, nothing written
                entry_ids.append(
                    refund(db, staff_id=owner_id, customer_id=customer, amount=value, means=PaymentMeans.CASH, now=NOW)
                )
        elif entry_ids:
            target = entry_ids[value % len(entry_ids)]
            with suppress(ValidationError):  # already voided
                void_entry(db, staff_id=owner_id, entry_id=target, reason="정정", now=NOW)
        check_account(db, customer)


def test_a_shop_that_ran_before_the_ledger_is_billed_only_from_the_day_it_opened(
    db: Database, ids: dict[str, int]
) -> None:
    sub = sign_rental(db, ids)  # cycles from 2026-03-16; the deposit due then
    with db.writing() as session:
        session.execute(update(Shop).values(ledger_opened_on=date(2026, 5, 1)))  # as migration 0016 sets it
    with db.reading() as session:
        assert subscriptions_due_for_billing(session, date(2026, 5, 10)) == []  # nothing has begun since
    run = bill_due(db, staff_id=ids["owner"], now=at(date(2026, 5, 16)))
    assert run.added == 1
    assert charges(db, ids["customer"]) == [(f"S{sub}-C2", date(2026, 5, 16), FEE)]  # no March, April or deposit
    with db.reading() as session:
        assert subscriptions_due_for_billing(session, date(2026, 5, 20)) == []


def set_skip_rule(db: Database, ids: dict[str, int], rule: SkipRule) -> None:
    """The owner's subscription settings with *rule* for skipped boxes, the rest as they are."""
    settings = shop.subscription_settings(db)
    shop.update_subscription_settings(
        db,
        by_staff_id=ids["owner"],
        price_notice_days=settings.price_notice_days,
        pause_end_rule=settings.pause_end_rule,
        max_pause_days=settings.max_pause_days,
        early_termination_percent=settings.early_termination_percent,
        early_termination_cap=settings.early_termination_cap,
        pause_terms=settings.pause_terms,
        cancellation_terms=settings.cancellation_terms,
        refund_terms=settings.refund_terms,
        skip_rule=rule,
        expected_version=settings.version,
        now=NOW,
    )


@pytest.mark.parametrize(
    ("rule", "april", "printed"),
    [(SkipRule.NOT_CHARGED, [], wording.SKIP_NOT_CHARGED), (SkipRule.CHARGED, [29_000], wording.SKIP_CHARGED)],
    ids=["not-charged", "charged"],
)
def test_a_skipped_box_is_charged_as_the_contract_it_was_signed_under_says_and_prints(
    db: Database, ids: dict[str, int], rule: SkipRule, april: list[int], printed: str
) -> None:
    set_skip_rule(db, ids, rule)
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=20)
    sub = sign_up(db, staff_id=ids["owner"], new=box, now=NOW)
    # The shop's setting changes after the signing: the contract keeps the rule it was signed (and printed) with.
    set_skip_rule(db, ids, SkipRule.CHARGED if rule is SkipRule.NOT_CHARGED else SkipRule.NOT_CHARGED)
    assert contract_sheet(db, sub).plan.skip_rule == printed
    april_box = date(2026, 4, 20)
    skip_delivery(db, staff_id=ids["owner"], subscription_id=sub, delivery_on=april_box, now=at(date(2026, 3, 10)))
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 5, 2)))
    by_cycle = {key: amount for key, _, amount in charges(db, ids["customer"])}
    assert by_cycle.pop(f"S{sub}-C0") == 29_000 and by_cycle.pop(f"S{sub}-C2") == 29_000
    assert list(by_cycle.values()) == april
    account = account_view(db, ids["customer"], today=date(2026, 5, 2))
    assert account.balance == 2 * 29_000 + sum(april)


def test_a_skip_recorded_after_its_month_was_billed_rebills_it_in_the_same_step_unless_paid(
    db: Database, ids: dict[str, int]
) -> None:
    set_skip_rule(db, ids, SkipRule.NOT_CHARGED)
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=20)
    sub = sign_up(db, staff_id=ids["owner"], new=box, now=NOW)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 2)))
    pay(db, ids, 29_000, date(2026, 4, 2))  # pays March, the oldest; April stays open
    april_box = date(2026, 4, 20)
    skip_delivery(db, staff_id=ids["owner"], subscription_id=sub, delivery_on=april_box, now=at(date(2026, 4, 3)))
    assert charges(db, ids["customer"]) == [(f"S{sub}-C0", TODAY, 29_000)]  # the unpaid April charge is voided
    assert account_view(db, ids["customer"], today=date(2026, 4, 3)).balance == 0


def test_a_paid_cycle_is_never_changed_by_a_pause_a_resume_or_a_cancellation(db: Database, ids: dict[str, int]) -> None:
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD)
    sub = sign_up(db, staff_id=ids["owner"], new=box, now=NOW)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 2)))
    pay(db, ids, 58_000, date(2026, 4, 2))  # March and April
    paid = [(f"S{sub}-C0", TODAY, 29_000), (f"S{sub}-C1", date(2026, 4, 2), 29_000)]
    pause(
        db,
        staff_id=ids["owner"],
        subscription_id=sub,
        first=date(2026, 4, 10),
        last=date(2026, 4, 19),
        now=at(date(2026, 4, 5)),
    )
    assert charges(db, ids["customer"]) == paid
    resume(db, staff_id=ids["owner"], subscription_id=sub, resume_on=date(2026, 4, 15), now=at(date(2026, 4, 15)))
    assert charges(db, ids["customer"]) == paid
    fee = cancel(
        db, staff_id=ids["owner"], subscription_id=sub, effective_on=date(2026, 4, 22), now=at(date(2026, 4, 15))
    )
    assert charges(db, ids["customer"]) == [*paid, (f"S{sub}-T", date(2026, 4, 15), fee.fee)]
    assert charges(db, ids["customer"], live=False) == charges(db, ids["customer"])  # nothing paid was voided
    assert bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 6, 2))).added == 0


def test_a_plan_change_leaves_the_paid_cycle_it_is_recorded_in_and_bills_the_new_fee_from_its_own(
    db: Database, ids: dict[str, int]
) -> None:
    sub = sign_rental(db, ids)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 16)))
    pay(db, ids, 2 * FEE + 50_000, date(2026, 4, 16))
    before = charges(db, ids["customer"])
    changed_on = change_plan(
        db, staff_id=ids["owner"], subscription_id=sub, plan_id=ids["rental_basic"], now=at(date(2026, 4, 20))
    )
    assert changed_on == date(2026, 5, 16)
    assert charges(db, ids["customer"], live=False) == before  # nothing billed or voided by the change itself
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 5, 16)))
    assert charges(db, ids["customer"]) == [*before, (f"S{sub}-C2", date(2026, 5, 16), 24_650)]


def test_a_late_renewal_bills_its_first_cycle_in_the_same_step_and_no_second_deposit(
    db: Database, ids: dict[str, int]
) -> None:
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD)
    sub = sign_up(db, staff_id=ids["owner"], new=box, now=NOW)
    renewal = renew(db, staff_id=ids["owner"], subscription_id=sub, term_months=12, now=at(date(2027, 3, 5)))
    mine = [(key, day) for key, day, _ in charges(db, ids["customer"]) if key.startswith(f"S{renewal}-")]
    assert mine == [(f"S{renewal}-C0", date(2027, 3, 5))]
    old = [key for key, _, _ in charges(db, ids["customer"]) if key.startswith(f"S{sub}-")]
    assert len(old) == 12  # the old term billed to its end in the same step, nothing past it


def test_the_owner_opens_the_ledger_on_a_day_only_while_it_is_empty(db: Database, ids: dict[str, int]) -> None:
    clerk = shop.add_staff(db, by_staff_id=ids["owner"], name="이수빈", role=StaffRole.CLERK, now=NOW).id
    with pytest.raises(ApprovalNeeded):
        open_ledger(db, staff_id=clerk, opened_on=date(2026, 5, 1), now=NOW)
    open_ledger(db, staff_id=ids["owner"], opened_on=date(2026, 5, 1), now=NOW)
    sub = sign_rental(db, ids)  # cycles from 2026-03-16: March and April were settled outside the app
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 5, 20)))
    assert charges(db, ids["customer"]) == [(f"S{sub}-C2", date(2026, 5, 16), FEE)]
    with pytest.raises(ValidationError) as refused:
        open_ledger(db, staff_id=ids["owner"], opened_on=date(2026, 4, 1), now=at(date(2026, 5, 20)))
    assert refused.value.fields == ("opened_on",)
    with db.reading() as session:
        assert session.scalar(select(Shop.ledger_opened_on)) == date(2026, 5, 1)


def test_money_due_is_what_is_owed_by_the_day_and_the_credit_held(db: Database, ids: dict[str, int]) -> None:
    sign_rental(db, ids)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 4, 16)))
    assert money_due(db, ids["customer"], today=date(2026, 4, 16)) == DueNow(owed=2 * FEE + 50_000, credit=0)
    assert money_due(db, ids["customer"], today=date(2026, 4, 1)) == DueNow(owed=FEE + 50_000, credit=0)
    pay(db, ids, 2 * FEE + 50_000 + 7_000, date(2026, 4, 16), keep_credit=True)
    assert money_due(db, ids["customer"], today=date(2026, 4, 16)) == DueNow(owed=0, credit=7_000)
