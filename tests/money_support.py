"""A small shop for the money view whose every figure is worked out by hand (tests/services/test_money_figures.py):
two rental customers signed on 2 March 2026, a payment across two charges, a kept overpayment refunded, a deposit
given back, a card payment voided the month after, a write-off."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import LedgerAllocation, LedgerEntry
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.ledger import NewPayment, account_view, bill_customer, take_payment, void_entry, write_off
from toysub_desktop.services.ledger import refund as give_back
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

A_FEE = 33_150  # 렌털 프리미엄 39,000원, 24 months −5 %, 다자녀 −10 %
B_FEE = 37_050  # the same without the 다자녀 discount
DEPOSIT = 50_000
TODAY = date(2026, 6, 30)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


class Shop:
    """Two rental customers signed on 2 March (14 days' trial: cycles due on the 16th)."""

    def __init__(self, db: Database, owner_id: int) -> None:
        self.db = db
        self.ids = sample_shop(db, owner_id)
        self.owner = owner_id
        self.a = self.ids["customer"]
        self.b = register_customer(db, staff_id=owner_id, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
        base = NewSubscription(
            customer_id=self.a,
            plan_id=self.ids["rental"],
            term_months=24,
            start_on=date(2026, 3, 2),
            payment_method=PaymentMethod.AUTO_DEBIT,
            swap_weekday=2,
            discounts=((self.ids["multi_child"], "가족관계증명서 확인"),),
        )
        self.a_sub = sign_up(db, staff_id=owner_id, new=base, now=NOW)
        self.b_sub = sign_up(db, staff_id=owner_id, new=replace(base, customer_id=self.b, discounts=()), now=NOW)

    def bill(self, day: date) -> None:
        for customer in (self.a, self.b):
            bill_customer(self.db, staff_id=self.owner, customer_id=customer, now=at(day))

    def pay(self, customer: int, amount: int, day: date, **values: object) -> int:
        payment = replace(NewPayment(customer_id=customer, amount=amount, means=PaymentMeans.CASH), **values)  # type: ignore[arg-type]
        return take_payment(self.db, staff_id=self.owner, payment=payment, now=at(day))

    def give_back_deposit(self, customer: int, subscription: int, day: date) -> None:
        """A deposit given back as the counter's deposit refund records it (``services.deposits``): the deposit freed,
        set against the refund that hands it back."""
        with self.db.writing() as session:
            freed = LedgerEntry(
                customer_id=customer, subscription_id=subscription, kind=EntryKind.DEPOSIT_RETURN.value,
                amount=DEPOSIT, entry_on=day, recorded_at=at(day), recorded_by_id=self.owner,
            )  # fmt: skip
            handed = LedgerEntry(
                customer_id=customer, subscription_id=subscription, kind=EntryKind.REFUND.value, amount=DEPOSIT,
                entry_on=day, means=PaymentMeans.BANK_TRANSFER.value, note="보증금 반환", recorded_at=at(day),
                recorded_by_id=self.owner,
            )  # fmt: skip
            session.add_all([freed, handed])
            session.flush()
            session.add(
                LedgerAllocation(
                    credit_id=freed.id,
                    debit_id=handed.id,
                    amount=DEPOSIT,
                    recorded_at=at(day),
                    recorded_by_id=self.owner,
                )
            )


def money_story(db: Database, owner_id: int) -> Shop:
    """The shop on 30 June 2026 (``TODAY``), every step taken through the services on its day."""
    s = Shop(db, owner_id)
    s.bill(date(2026, 3, 16))  # A: fee + deposit, B: fee + deposit
    s.pay(s.a, A_FEE + DEPOSIT, date(2026, 3, 16))  # one payment across two charges
    s.pay(s.b, B_FEE + DEPOSIT, date(2026, 3, 20), means=PaymentMeans.BANK_TRANSFER)
    s.bill(date(2026, 4, 16))
    s.pay(s.a, 50_000, date(2026, 4, 20), keep_credit=True)  # 16,850 kept as credit…
    give_back(db, staff_id=owner_id, customer_id=s.a, amount=50_000 - A_FEE, means=PaymentMeans.CASH,
              now=at(date(2026, 4, 25)))  # fmt: skip  # …and given back
    s.give_back_deposit(s.b, s.b_sub, date(2026, 5, 10))
    s.bill(date(2026, 5, 16))
    card = s.pay(s.a, A_FEE, date(2026, 5, 18), means=PaymentMeans.CARD, approval_number="30012345")
    void_entry(db, staff_id=owner_id, entry_id=card, reason="카드 승인 취소", now=at(date(2026, 6, 2)))
    s.bill(date(2026, 6, 16))
    may_charge = next(line for line in account_view(db, s.a, today=TODAY).open_charges)
    assert (may_charge.entry_on, may_charge.amount) == (date(2026, 5, 16), A_FEE)
    write_off(db, staff_id=owner_id, charge_id=may_charge.id, amount=10_000, reason="분쟁 합의",
              now=at(date(2026, 6, 20)))  # fmt: skip
    return s
