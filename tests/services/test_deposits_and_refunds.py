"""The counter's other money steps, on SQLite and PostgreSQL: refunds within what was paid and by a manager, a
write-off of part of a charge, the clerk's own split of a payment, deposits held per customer and in total, and
the deposit given back at the end of a rental — less the unpaid fees only when the customer agreed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from rental_support import rental_shop
from support import NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, LedgerEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans, RefundSource
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services import rentals, shop
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.deposits import (
    customer_deposits,
    deposit_held,
    deposit_refund_view,
    deposits_held,
    deposits_held_total,
    refund_deposit,
)
from toysub_desktop.services.ledger import (
    NewPayment,
    account_view,
    bill_customer,
    refund,
    refundable_payments,
    take_payment,
    void_entry,
    write_off,
)
from toysub_desktop.services.rentals import ReturnLine
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.services.subscriptions import NewSubscription, cancel, sign_up

TERM_START = date(2026, 3, 2)
FIRST_DUE = date(2026, 3, 16)  # after the two-week trial


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def pay(db: Database, staff: int, customer: int, amount: int, day: date, **values: object) -> int:
    payment = NewPayment(customer_id=customer, amount=amount, means=PaymentMeans.CASH, **values)  # type: ignore[arg-type]
    return take_payment(db, staff_id=staff, payment=payment, now=at(day))


def pay_what_is_owed(db: Database, staff: int, customer: int, day: date) -> None:
    bill_customer(db, staff_id=staff, customer_id=customer, now=at(day))
    owed = account_view(db, customer, today=day).owed
    if owed:
        pay(db, staff, customer, owed, day)


def subscription_of(db: Database, customer: int) -> int:
    from toysub_desktop.db.models import Subscription

    with db.reading() as session:
        return session.scalars(select(Subscription.id).where(Subscription.customer_id == customer)).one()


def test_a_refund_gives_back_credit_or_a_payments_unused_part_and_no_more_and_needs_a_manager(
    db: Database, owner_id: int
) -> None:
    ids = sample_shop(db, owner_id)
    clerk = shop.add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    manager = shop.add_staff(db, by_staff_id=owner_id, name="한지민", role=StaffRole.MANAGER, now=NOW).id
    set_first_pin(db, staff_id=manager, pin="5678", repeated_pin="5678", now=NOW)
    sign_up(
        db,
        staff_id=owner_id,
        new=NewSubscription(ids["customer"], ids["box"], 12, TERM_START, PaymentMethod.CARD),
        now=NOW,
    )  # 29,000원 due today
    day = TERM_START
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(day))
    first = pay(db, owner_id, ids["customer"], 40_000, day, keep_credit=True)  # 11,000원 left over
    second = pay(db, owner_id, ids["customer"], 5_000, day, keep_credit=True)
    assert [(c.line.id, c.free) for c in refundable_payments(db, ids["customer"])] == [(first, 11_000), (second, 5_000)]
    # A clerk alone may not refund; above what one payment left unused is refused, nothing written.
    with pytest.raises(ApprovalNeeded):
        refund(db, staff_id=clerk, customer_id=ids["customer"], amount=1_000, means=PaymentMeans.CASH, now=at(day))
    with pytest.raises(ValidationError) as error:
        refund(
            db, staff_id=manager, customer_id=ids["customer"], amount=5_001, means=PaymentMeans.CASH,
            source=RefundSource.PAYMENT, payment_id=second, now=at(day),
        )  # fmt: skip
    assert error.value.fields == ("amount",)
    assert account_view(db, ids["customer"], today=day).credit == 16_000
    # The clerk with the manager's PIN gives back the second payment's 5,000원; then the credit, at most 11,000원.
    refund(
        db, staff_id=clerk, customer_id=ids["customer"], amount=5_000, means=PaymentMeans.CASH,
        source=RefundSource.PAYMENT, payment_id=second, approval=Approval(manager, "5678"), now=at(day),
    )  # fmt: skip
    with pytest.raises(ValidationError):
        refund(db, staff_id=manager, customer_id=ids["customer"], amount=11_001, means=PaymentMeans.CARD, now=at(day))
    refund(db, staff_id=manager, customer_id=ids["customer"], amount=11_000, means=PaymentMeans.CARD, now=at(day))
    view = account_view(db, ids["customer"], today=day)
    assert view.balance == 0 and refundable_payments(db, ids["customer"]) == []
    with db.reading() as session:
        who = session.execute(
            select(AuditEntry.staff_id, AuditEntry.approved_by_id)
            .where(AuditEntry.action == "ledger.refund")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(row) for row in who] == [(clerk, manager), (manager, None)]


def test_a_write_off_takes_part_of_an_open_charge_with_a_reason_by_a_manager(db: Database, owner_id: int) -> None:
    ids = sample_shop(db, owner_id)
    clerk = shop.add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    sign_up(
        db,
        staff_id=owner_id,
        new=NewSubscription(ids["customer"], ids["box"], 12, TERM_START, PaymentMethod.CARD),
        now=NOW,
    )
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(TERM_START))
    charge = account_view(db, ids["customer"], today=TERM_START).open_charges[0]
    with pytest.raises(ApprovalNeeded):
        write_off(db, staff_id=clerk, charge_id=charge.id, amount=9_000, reason="사은", now=at(TERM_START))
    with pytest.raises(ValidationError) as error:
        write_off(db, staff_id=owner_id, charge_id=charge.id, amount=29_001, reason="사은", now=at(TERM_START))
    assert error.value.fields == (f"allocation[{charge.id}]",)
    write_off(db, staff_id=owner_id, charge_id=charge.id, amount=9_000, reason="개업 사은", now=at(TERM_START))
    view = account_view(db, ids["customer"], today=TERM_START)
    assert view.owed == 20_000 and view.open_charges[0].open == 20_000
    assert view.history[0].kind is EntryKind.WRITE_OFF and view.history[0].note == "개업 사은"
    # The charge voided, what was written off is left over, but it was never money paid: nothing to refund.
    void_entry(db, staff_id=owner_id, entry_id=charge.id, reason="잘못 청구", now=at(TERM_START))
    with pytest.raises(ValidationError) as error:
        refund(
            db, staff_id=owner_id, customer_id=ids["customer"], amount=1, means=PaymentMeans.CASH, now=at(TERM_START)
        )
    assert error.value.fields == ("amount",)


def test_the_clerks_split_pays_the_charges_chosen_and_is_refused_when_a_share_or_the_sum_is_wrong(
    db: Database, owner_id: int
) -> None:
    rental = rental_shop(db, owner_id)
    day = date(2026, 4, 20)
    bill_customer(db, staff_id=owner_id, customer_id=rental.customer, now=at(day))
    charges = account_view(db, rental.customer, today=day).open_charges  # two monthly fees and the deposit
    assert len(charges) == 3
    newest = charges[-1]
    # More than the charge, or a sum other than the payment: refused, nothing written.
    with pytest.raises(ValidationError) as error:
        pay(db, owner_id, rental.customer, newest.open + 1, day, split={newest.id: newest.open + 1})
    assert error.value.fields == (f"allocation[{newest.id}]",)
    with pytest.raises(ValidationError) as error:
        pay(db, owner_id, rental.customer, newest.open, day, split={newest.id: newest.open - 1})
    assert error.value.fields == ("allocation",)
    assert account_view(db, rental.customer, today=day).history[0].kind is not EntryKind.PAYMENT
    # The newest month and 1,000원 of the oldest, as the clerk chose (not oldest first).
    payment = pay(
        db, owner_id, rental.customer, newest.open + 1_000, day, split={newest.id: newest.open, charges[0].id: 1_000}
    )
    view = account_view(db, rental.customer, today=day)
    open_by_id = {line.id: line.open for line in view.open_charges}
    assert newest.id not in open_by_id and open_by_id[charges[0].id] == charges[0].open - 1_000
    assert open_by_id[charges[1].id] == charges[1].open
    assert next(line for line in view.history if line.id == payment).allocated == newest.open + 1_000


def test_deposits_held_per_customer_and_in_total_follow_payments_voids_and_returns(db: Database, owner_id: int) -> None:
    rental = rental_shop(db, owner_id)  # 김민수 and 이서준 on rentals with a 50,000원 deposit
    assert deposits_held_total(db).held == 0 and deposits_held(db).rows == ()
    pay_what_is_owed(db, owner_id, rental.customer, FIRST_DUE)
    bill_customer(db, staff_id=owner_id, customer_id=rental.other, now=at(FIRST_DUE))
    # 이서준 pays only 60,000원: the monthly fee first (oldest by entry), the rest of the deposit.
    other_payment = pay(db, owner_id, rental.other, 60_000, FIRST_DUE)
    other_held = deposit_held(db, rental.other)
    assert 0 < other_held < 50_000
    assert deposit_held(db, rental.customer) == 50_000
    assert account_view(db, rental.customer, today=FIRST_DUE).deposit_held == 50_000
    total = deposits_held_total(db)
    assert (total.customers, total.held) == (2, 50_000 + other_held)
    page = deposits_held(db, limit=1)
    assert [row.customer_name for row in page.rows] == ["김민수"] and page.has_more
    rest = deposits_held(db, after=page.rows[0], limit=1)
    assert [(row.customer_name, row.held) for row in rest.rows] == [("이서준", other_held)] and not rest.has_more
    # A voided payment no longer holds anything.
    void_entry(db, staff_id=owner_id, entry_id=other_payment, reason="잘못 입력", now=at(FIRST_DUE))
    assert deposit_held(db, rental.other) == 0
    assert deposits_held_total(db).held == 50_000
    assert [row.customer_name for row in deposits_held(db).rows] == ["김민수"]


def _ended_rental_with_damage(db: Database, owner_id: int) -> tuple[int, int, int]:
    """김민수's rental: everything paid, the piano back damaged (a fee unpaid), cancelled from 1 May."""
    rental = rental_shop(db, owner_id)
    piano = rental.barcodes["piano"][0]
    rentals.lend(db, staff_id=owner_id, customer_id=rental.customer, child_id=rental.child, barcodes=[piano], now=NOW)
    pay_what_is_owed(db, owner_id, rental.customer, date(2026, 4, 20))
    subscription = subscription_of(db, rental.customer)
    cancel(
        db, staff_id=owner_id, subscription_id=subscription, effective_on=date(2026, 5, 1), now=at(date(2026, 4, 20))
    )
    pay_what_is_owed(db, owner_id, rental.customer, date(2026, 4, 20))  # the early-termination fee too
    view = deposit_refund_view(db, subscription, today=date(2026, 5, 2))
    assert view.held == 50_000 and view.items_out == 1 and view.ended and not view.due
    with pytest.raises(ValidationError) as error:
        refund_deposit(
            db, staff_id=owner_id, subscription_id=subscription, means=PaymentMeans.CASH, customer_agreed=False,
            now=at(date(2026, 5, 2)),
        )  # fmt: skip
    assert error.value.fields == ("source",)
    returned = rentals.return_items(
        db, staff_id=owner_id, lines=[ReturnLine(piano, ReturnCondition.DAMAGED, fee=10_000)], now=at(date(2026, 5, 2))
    )
    assert returned.charge_ids
    bill_customer(db, staff_id=owner_id, customer_id=rental.customer, now=at(date(2026, 5, 2)))
    return rental.customer, subscription, owner_id


def test_the_deposit_comes_back_whole_without_the_customers_agreement(db: Database, owner_id: int) -> None:
    customer, subscription, _ = _ended_rental_with_damage(db, owner_id)
    day = date(2026, 5, 2)
    view = deposit_refund_view(db, subscription, today=day)
    unpaid = account_view(db, customer, today=day).owed  # the damage fee and the late fee
    assert (view.held, view.unpaid, view.due) == (50_000, unpaid, True) and unpaid > 10_000
    assert [v.subscription_id for v in customer_deposits(db, customer, today=day)] == [subscription]
    done = refund_deposit(
        db, staff_id=owner_id, subscription_id=subscription, means=PaymentMeans.BANK_TRANSFER, customer_agreed=False,
        now=at(day),
    )  # fmt: skip
    assert (done.refunded, done.deducted) == (50_000, 0)
    account = account_view(db, customer, today=day)
    assert account.owed == unpaid and account.deposit_held == 0  # the fees are still owed
    assert deposits_held_total(db).held == 0
    with db.reading() as session:
        handed = session.get(LedgerEntry, done.refund_id)
        assert handed is not None and handed.details is not None
        assert handed.details["customer_agreed"] is False and "agreement_taken_by" not in handed.details
    # Given back once only.
    with pytest.raises(ValidationError):
        refund_deposit(
            db, staff_id=owner_id, subscription_id=subscription, means=PaymentMeans.CASH, customer_agreed=False,
            now=at(day),
        )  # fmt: skip


def test_with_the_customers_agreement_the_unpaid_fees_come_off_the_deposit_and_the_agreement_is_recorded(
    db: Database, owner_id: int
) -> None:
    customer, subscription, owner = _ended_rental_with_damage(db, owner_id)
    day = date(2026, 5, 2)
    unpaid = account_view(db, customer, today=day).owed
    done = refund_deposit(
        db, staff_id=owner, subscription_id=subscription, means=PaymentMeans.CASH, customer_agreed=True,
        note="파손 변상금 공제 동의", now=at(day),
    )  # fmt: skip
    assert (done.refunded, done.deducted) == (50_000 - unpaid, unpaid)
    account = account_view(db, customer, today=day)
    assert account.balance == 0 and account.deposit_held == 0
    refund_line = next(line for line in account.history if line.id == done.refund_id)
    assert (refund_line.kind, refund_line.amount, refund_line.means) == (
        EntryKind.REFUND,
        50_000 - unpaid,
        PaymentMeans.CASH,
    )
    with db.reading() as session:
        handed = session.get(LedgerEntry, done.refund_id)
        assert handed is not None and handed.details is not None
        assert handed.details["agreement_taken_by"] == owner
        assert datetime.fromisoformat(handed.details["agreement_taken_at"]) == at(day)
        assert handed.details["deducted"] == unpaid
