"""Points (적립금) used at 수납, on SQLite and PostgreSQL: in one transaction the points pay the oldest open charges
first (a discount per charge, as the points window writes it) and the money what is left; points alone may pay a
charge; a fee paid off by points and money earns once; points beyond the balance or what is owed are refused with
nothing written, and so is a second counter spending the same points."""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Customer, LedgerAllocation, LedgerEntry, PointsEntry
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, MoreThanOwed, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import PointsKind
from toysub_desktop.services import points as points_service
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.day_close import day_close_view
from toysub_desktop.services.deposits import deposit_held
from toysub_desktop.services.documents import issue_receipt
from toysub_desktop.services.ledger import AccountChangedError, NewPayment, account_view, bill_customer, payment_preview
from toysub_desktop.services.points import (
    grant_points,
    points_balance,
    points_for_payment,
    points_settings,
    take_payment_with_points,
    update_points_settings,
)
from toysub_desktop.services.queries.statement_sheet import statement_sheet_in
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

FEE = 29_000  # 정기배송 베이직, monthly from 2 March
DAY = date(2026, 4, 5)  # March and April billed, nothing paid


def at(day: date, hour: int = 1) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    current = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner_id, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=12,
        expected_version=current.version, now=NOW,
    )  # fmt: skip
    kim = ids["customer"]
    new = NewSubscription(kim, ids["box"], 12, date(2026, 3, 2), PaymentMethod.BANK_TRANSFER)
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    bill_customer(db, staff_id=owner_id, customer_id=kim, now=at(DAY))
    grant_points(db, staff_id=owner_id, customer_id=kim, points=40_000, reason="개업 기념", now=at(DAY))
    return ids


def counts(db: Database) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (LedgerEntry, LedgerAllocation, PointsEntry, AuditEntry)
        )


def earned(db: Database, customer: int) -> list[tuple[date, int]]:
    with db.reading() as session:
        rows = session.execute(
            select(LedgerEntry.entry_on, PointsEntry.points)
            .join(LedgerEntry, LedgerEntry.id == PointsEntry.charge_id)
            .where(
                PointsEntry.customer_id == customer,
                PointsEntry.kind == PointsKind.EARNED.value,
                PointsEntry.voided_at.is_(None),
            )
            .order_by(LedgerEntry.entry_on)
        ).all()
    return [(due, points) for due, points in rows]


def counter_payment(ids: dict[str, int], amount: int, *, seen: int | None = None, **values: object) -> NewPayment:
    new = NewPayment(ids["customer"], amount, PaymentMeans.CASH, seen_entry_id=seen)
    return replace(new, **values)  # type: ignore[arg-type]


def test_points_pay_the_oldest_charge_and_part_of_the_next_then_the_money_the_rest_in_one_go(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    account = account_view(db, kim, today=DAY)
    march, april = account.open_charges
    assert points_for_payment(db, kim, today=DAY) == 40_000

    # What the dialog shows before saving: the points first, oldest charge first, then the money.
    preview = payment_preview(db, kim, 23_000, points=35_000)
    assert [(s.line.id, s.amount) for s in preview.points_shares] == [(march.id, FEE), (april.id, 6_000)]
    assert [(s.line.id, s.amount) for s in preview.shares] == [(april.id, 23_000)] and preview.credit == 0

    taken = take_payment_with_points(
        db, staff_id=owner, payment=counter_payment(ids, 23_000, seen=account.last_entry_id), points=35_000,
        now=at(DAY, 2),
    )  # fmt: skip
    assert taken.payment_id is not None and (taken.amount, taken.points) == (23_000, 35_000)
    after = account_view(db, kim, today=DAY)
    assert after.balance == 0 and after.open_charges == ()
    discounts = [line for line in after.history if line.kind is EntryKind.POINTS_DISCOUNT]
    assert sorted((d.amount, d.allocated) for d in discounts) == [(6_000, 6_000), (FEE, FEE)]
    assert sorted(d.id for d in discounts) == sorted(taken.discount_ids)
    (payment,) = [line for line in after.history if line.kind is EntryKind.PAYMENT]
    assert (payment.amount, payment.allocated) == (23_000, 23_000)

    # Both fees are paid off (one by points alone, one by points and money): each earns once, 1 % of it.
    assert earned(db, kim) == [(date(2026, 3, 2), 290), (date(2026, 4, 2), 290)]
    assert points_balance(db, kim, today=DAY) == 40_000 - 35_000 + 2 * 290

    # The drawer has the money only; the statement shows the points as a discount, not as paid.
    assert day_close_view(db, DAY).total.payments == 23_000
    with db.reading() as session:
        customer = session.get(Customer, kim)
        assert customer is not None
        sheet = statement_sheet_in(
            session, customer, first=date(2026, 3, 1), last=DAY, document_number="S-1", issued_on=DAY
        )
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == kim)))
    assert (sheet.paid, sheet.discounted, sheet.closing_balance) == (23_000, 35_000, 0)
    assert actions[-2:] == ["points.spend", "ledger.payment"] or actions[-2:] == ["ledger.payment", "points.spend"]

    # The receipt is for the money, and names all the points used with it as a discount.
    receipt = issue_receipt(db, staff_id=owner, payment_id=taken.payment_id, now=at(DAY, 3))
    path = tmp_path / "receipt.pdf"
    path.write_bytes(receipt.pdf)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "이번 수납에서 적립금 35,000원이 할인으로 적용" in text and "23,000원" in text
    assert "적립금 사용" in text and "앞서" not in text


def test_the_receipt_says_apart_the_points_used_at_this_visit_and_those_used_before_on_the_same_charge(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    """A customer read "3,119원" of points as used today when most of it was used the day before: the receipt says
    each apart."""
    owner, kim = ids["owner"], ids["customer"]
    march, _april = account_view(db, kim, today=DAY).open_charges
    points_service.spend_points(db, staff_id=owner, customer_id=kim, charge_id=march.id, points=1_000, now=at(DAY))
    account = account_view(db, kim, today=DAY)
    taken = take_payment_with_points(
        db, staff_id=owner, payment=counter_payment(ids, 2 * FEE - 3_000, seen=account.last_entry_id), points=2_000,
        now=at(DAY, 2),
    )  # fmt: skip
    assert taken.payment_id is not None
    receipt = issue_receipt(db, staff_id=owner, payment_id=taken.payment_id, now=at(DAY, 3))
    path = tmp_path / "receipt.pdf"
    path.write_bytes(receipt.pdf)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "이번 수납에서 적립금 2,000원이 할인으로 적용" in text
    assert "위 청구에는 앞서 적립금 1,000원이 할인으로 적용" in text


def test_the_clerks_split_shares_out_what_the_points_left(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    march, april = account_view(db, kim, today=DAY).open_charges
    # 10,000 points go to March; the clerk's 29,000 pays 10,000 of April and the 19,000 left of March.
    taken = take_payment_with_points(
        db, staff_id=owner, payment=counter_payment(ids, 29_000, split={march.id: 19_000, april.id: 10_000}),
        points=10_000, now=at(DAY, 2),
    )  # fmt: skip
    assert taken.payment_id is not None
    after = {line.id: line for line in account_view(db, kim, today=DAY).history}
    assert (after[march.id].open, after[april.id].open) == (0, 19_000)
    assert earned(db, kim) == [(date(2026, 3, 2), 290)]
    # A share beyond what the points leave of its charge is refused, nothing written.
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        take_payment_with_points(
            db, staff_id=owner, payment=counter_payment(ids, 18_000, split={april.id: 18_500}), points=1_000,
            now=at(DAY, 3),
        )  # fmt: skip
    assert refused.value.fields == (f"allocation[{april.id}]",) and counts(db) == before


def test_points_alone_pay_a_charge_with_no_money_taken(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    _march, april = account_view(db, kim, today=DAY).open_charges
    taken = take_payment_with_points(db, staff_id=owner, payment=counter_payment(ids, 0), points=FEE, now=at(DAY, 2))
    assert taken.payment_id is None and len(taken.discount_ids) == 1
    view = account_view(db, kim, today=DAY)
    assert [line.id for line in view.open_charges] == [april.id] and view.balance == FEE
    assert not [line for line in view.history if line.kind is EntryKind.PAYMENT]
    assert earned(db, kim) == [(date(2026, 3, 2), 290)]
    assert points_balance(db, kim, today=DAY) == 40_000 - FEE + 290
    assert day_close_view(db, DAY).lines == ()


@pytest.mark.parametrize(
    ("amount", "points", "field"),
    [
        (0, 40_001, "points"),  # more than the balance
        (0, 2 * FEE + 1, "points"),  # more than the open charges (with a balance that would cover it)
        (10_000, -1, "points"),
        (0, 0, "amount"),  # neither money nor points
        (2 * FEE - 5_000 + 1, 5_000, "amount"),  # points and money more than owed: asked before keeping credit
    ],
)
def test_points_beyond_the_balance_or_what_is_owed_are_refused_with_nothing_written(
    db: Database, ids: dict[str, int], amount: int, points: int, field: str
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    if points == 2 * FEE + 1:
        grant_points(db, staff_id=owner, customer_id=kim, points=100_000, reason="보상", now=at(DAY))
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        take_payment_with_points(
            db, staff_id=owner, payment=counter_payment(ids, amount), points=points, now=at(DAY, 2)
        )
    assert refused.value.fields == (field,)
    if field == "amount" and points:
        assert isinstance(refused.value, MoreThanOwed)
    assert counts(db) == before


def test_the_same_points_spent_at_two_counters_are_taken_once(
    db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    seen = account_view(db, kim, today=DAY).last_entry_id

    # Both counters opened the 수납 of the same customer; the first uses 30,000 of the 40,000 points.
    take_payment_with_points(
        db, staff_id=owner, payment=counter_payment(ids, 0, seen=seen), points=30_000, now=at(DAY, 2)
    )
    # The second, from what it saw before, is told the account changed; nothing is written.
    before = counts(db)
    with pytest.raises(AccountChangedError):
        take_payment_with_points(
            db, staff_id=owner, payment=counter_payment(ids, 0, seen=seen), points=20_000, now=at(DAY, 2)
        )
    assert counts(db) == before

    # Two at the very same moment: the second waits for the first's lock, then finds the points gone.
    grant_points(db, staff_id=owner, customer_id=kim, points=20_000, reason="보상", now=at(DAY))  # 30,000 held
    outcome: list[object] = []
    started = threading.Event()

    def the_other_counter() -> None:
        started.set()
        try:
            outcome.append(
                take_payment_with_points(
                    db, staff_id=owner, payment=counter_payment(ids, 0), points=20_000, now=at(DAY, 3)
                )
            )
        except Exception as error:  # kept for the test to look at
            outcome.append(error)

    other = threading.Thread(target=the_other_counter)
    charges = points_service.charges_points_pay

    def charges_while_the_other_counter_spends(session: object, customer_id: int) -> object:
        if not other.is_alive() and not outcome:
            other.start()
            started.wait()
            time.sleep(0.5)  # the other counter reaches the account's lock and waits there
            assert outcome == []
        return charges(session, customer_id)  # type: ignore[arg-type]

    monkeypatch.setattr(points_service, "charges_points_pay", charges_while_the_other_counter_spends)
    take_payment_with_points(db, staff_id=owner, payment=counter_payment(ids, 0), points=20_000, now=at(DAY, 3))
    other.join(timeout=30)
    [refused] = outcome
    assert isinstance(refused, ValidationError) and refused.fields == ("points",)
    assert points_balance(db, kim, today=DAY) == 40_000 - 30_000 + 290 + 20_000 - 20_000  # April not paid off yet


def test_points_never_pay_a_deposit_so_they_never_come_back_as_money(db: Database, ids: dict[str, int]) -> None:
    """A deposit (보증금) is money held to give back at the end of the rental: points paying it would be handed back
    as cash. At 수납 the points pay the fees only and leave the deposit to the money; the points window refuses it."""
    owner = ids["owner"]
    lee = register_customer(db, staff_id=owner, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    rental = NewSubscription(
        lee, ids["rental_basic"], 24, date(2026, 3, 2), PaymentMethod.BANK_TRANSFER, swap_weekday=2
    )
    sign_up(db, staff_id=owner, new=rental, now=NOW)
    bill_customer(db, staff_id=owner, customer_id=lee, now=at(DAY))
    grant_points(db, staff_id=owner, customer_id=lee, points=200_000, reason="개업 기념", now=at(DAY))
    account = account_view(db, lee, today=DAY)
    (deposit,) = [line for line in account.open_charges if line.kind is EntryKind.DEPOSIT]
    fees = sum(line.open for line in account.open_charges if line.kind is not EntryKind.DEPOSIT)
    assert fees > 0

    # More points than the fees come to: refused, nothing written (the deposit is not theirs to pay).
    before = counts(db)
    new = NewPayment(lee, 0, PaymentMeans.CASH, seen_entry_id=account.last_entry_id)
    with pytest.raises(ValidationError) as refused:
        take_payment_with_points(db, staff_id=owner, payment=new, points=fees + 10_000, now=at(DAY, 2))
    assert refused.value.fields == ("points",) and counts(db) == before

    preview = payment_preview(db, lee, deposit.open, points=fees)
    assert deposit.id not in [share.line.id for share in preview.points_shares]
    assert [(share.line.id, share.amount) for share in preview.shares] == [(deposit.id, deposit.open)]
    new = NewPayment(lee, deposit.open, PaymentMeans.CASH, seen_entry_id=account.last_entry_id)
    take_payment_with_points(db, staff_id=owner, payment=new, points=fees, now=at(DAY, 2))
    assert deposit_held(db, lee) == deposit.open  # the money, every won of it
    assert account_view(db, lee, today=DAY).balance == 0

    # The points window refuses a deposit too.
    bill_customer(db, staff_id=owner, customer_id=lee, now=at(date(2026, 5, 5)))
    sign_up(db, staff_id=owner, new=replace(rental, start_on=date(2026, 5, 4)), now=at(date(2026, 5, 5)))
    (second,) = [
        line for line in account_view(db, lee, today=date(2026, 5, 5)).open_charges if line.kind is EntryKind.DEPOSIT
    ]
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        points_service.spend_points(
            db, staff_id=owner, customer_id=lee, charge_id=second.id, points=5_000, now=at(date(2026, 5, 5))
        )
    assert refused.value.fields == ("points",) and counts(db) == before
