"""Overdue follow-up on SQLite and PostgreSQL: the grace days decide who is overdue, the list pages by days or by
amount with its total, the hold setting holds deliveries and lending (reason: overdue) and a payment releases it,
the letters and the message list say what is unpaid."""

from __future__ import annotations

import csv
import random
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, ContactLogEntry, LedgerAllocation, LedgerEntry
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.overdue import OverdueRules, held_for_overdue
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.segments import SegmentCriteria
from toysub_desktop.services import rentals
from toysub_desktop.services.access import ApprovalNeeded
from toysub_desktop.services.customers import record_marketing_consent, register_customer
from toysub_desktop.services.deliveries import DeliveryFilter, list_deliveries, pack, schedule_deliveries
from toysub_desktop.services.ledger import NewPayment, account_view, bill_customer, take_payment
from toysub_desktop.services.overdue import (
    OverdueOrder,
    OverdueTotal,
    all_overdue_ids,
    export_message_list,
    list_overdue,
    overdue_settings,
    overdue_total,
    reminder_letters,
    update_overdue_settings,
)
from toysub_desktop.services.queries.overdue import held_for_overdue_ids
from toysub_desktop.services.segments import create_segment
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

TODAY = date(2026, 3, 2)
FEE = 33_150  # 렌털 프리미엄 39,000원, 24 months −5 %, 다자녀 −10 %
FIRST_DUE = date(2026, 3, 16)  # after the 14-day trial: the first cycle fee and the 50,000원 deposit


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    new = NewSubscription(
        customer_id=ids["customer"],
        plan_id=ids["rental"],
        term_months=24,
        start_on=TODAY,
        payment_method=PaymentMethod.AUTO_DEBIT,
        swap_weekday=2,
        discounts=((ids["multi_child"], "가족관계증명서 확인"),),
    )
    ids["subscription"] = sign_up(db, staff_id=owner_id, new=new, now=NOW)
    return ids


def settings(db: Database, owner: int, grace: int, hold: int | None) -> None:
    version = overdue_settings(db).version
    update_overdue_settings(
        db, by_staff_id=owner, grace_days=grace, hold_after_days=hold, expected_version=version, now=NOW
    )


def pay(db: Database, ids: dict[str, int], amount: int, day: date) -> int:
    payment = NewPayment(customer_id=ids["customer"], amount=amount, means=PaymentMeans.CASH)
    return take_payment(db, staff_id=ids["owner"], payment=payment, now=at(day))


def test_a_charge_is_overdue_only_when_unpaid_more_than_the_grace_days_after_its_due_date(
    db: Database, ids: dict[str, int]
) -> None:
    assert overdue_settings(db).rules == OverdueRules(7, None)  # the defaults
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(date(2026, 3, 24)))
    assert list_overdue(db, today=FIRST_DUE + timedelta(days=7)).rows == ()  # 7 days late: still within grace
    [row] = list_overdue(db, today=FIRST_DUE + timedelta(days=8)).rows
    assert (row.name, row.days_overdue, row.oldest_due_on) == ("김민수", 8, FIRST_DUE)
    assert (row.overdue_amount, row.owed) == (FEE + 50_000, FEE + 50_000)
    assert row.phone is not None and row.phone.national == "010-1234-5678" and row.mobile == row.phone
    assert row.payment_methods == (PaymentMethod.AUTO_DEBIT,) and row.last_payment_on is None and not row.held
    settings(db, ids["owner"], 10, None)
    assert list_overdue(db, today=FIRST_DUE + timedelta(days=10)).rows == ()
    assert len(list_overdue(db, today=FIRST_DUE + timedelta(days=11)).rows) == 1
    settings(db, ids["owner"], 0, None)
    assert list_overdue(db, today=FIRST_DUE).rows == ()  # due today is not late
    assert list_overdue(db, today=FIRST_DUE + timedelta(days=1)).rows[0].days_overdue == 1


def test_part_paid_charges_count_what_is_unpaid_and_the_last_payment_is_shown(
    db: Database, ids: dict[str, int]
) -> None:
    today = date(2026, 4, 20)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(today))
    pay(db, ids, 40_000, date(2026, 4, 1))  # the oldest first: the cycle fee, then 6,850 of the deposit
    [row] = list_overdue(db, today=today).rows
    assert row.overdue_amount == FEE + 50_000 - 40_000  # the April charge (4 days) is not overdue yet
    assert row.owed == 2 * FEE + 50_000 - 40_000
    assert (row.last_payment_on, row.last_payment_amount) == (date(2026, 4, 1), 40_000)
    assert row.days_overdue == (today - FIRST_DUE).days  # the deposit is still part unpaid
    assert overdue_total(db, today=today).amount == row.overdue_amount
    pay(db, ids, FEE + 50_000 - 40_000, date(2026, 4, 20))
    assert list_overdue(db, today=today).rows == ()
    assert overdue_total(db, today=today).customers == 0


def _charge(db: Database, owner: int, customer_id: int, due: date, amount: int, key: str) -> None:
    with db.writing() as session:
        session.add(
            LedgerEntry(
                customer_id=customer_id, kind=EntryKind.LATE_FEE.value, amount=amount, entry_on=due,
                charge_key=key, recorded_at=NOW, recorded_by_id=owner,
            )
        )  # fmt: skip


def test_the_list_pages_by_days_overdue_or_by_amount_with_a_total(db: Database, ids: dict[str, int]) -> None:
    owner = ids["owner"]
    people = {
        "이서연": (date(2026, 2, 1), 10_000),
        "박지훈": (date(2026, 1, 5), 5_000),
        "최유나": (date(2026, 2, 20), 90_000),
    }
    made: dict[str, int] = {}
    for index, (name, (due, amount)) in enumerate(people.items()):
        made[name] = register_customer(
            db, staff_id=owner, new=new_customer(name, phone=f"010-3000-000{index}"), now=NOW
        )
        _charge(db, owner, made[name], due, amount, f"T{index}")
    today = date(2026, 3, 10)
    names: list[str] = []
    after = None
    while True:
        page = list_overdue(db, today=today, limit=1, after=after)
        names += [row.name for row in page.rows]
        if not page.has_more:
            break
        after = page.rows[-1]
    assert names == ["박지훈", "이서연", "최유나"]  # most days overdue first
    first = list_overdue(db, today=today, limit=2)
    assert first.has_more and len(first.rows) == 2
    by_amount = list_overdue(db, today=today, order=OverdueOrder.AMOUNT, limit=2)
    assert [row.name for row in by_amount.rows] == ["최유나", "이서연"] and by_amount.has_more
    rest = list_overdue(db, today=today, order=OverdueOrder.AMOUNT, limit=2, after=by_amount.rows[-1])
    assert [row.name for row in rest.rows] == ["박지훈"] and not rest.has_more
    total = overdue_total(db, today=today)
    assert (total.customers, total.amount) == (3, 105_000)
    assert first.total == total and by_amount.total == total and rest.total is None  # told with the first page


def test_the_settings_are_the_owner_or_a_managers_and_refuse_a_hold_inside_the_grace_days(
    db: Database, ids: dict[str, int]
) -> None:
    version = overdue_settings(db).version
    with pytest.raises(ValidationError) as refused:
        update_overdue_settings(
            db, by_staff_id=ids["owner"], grace_days=10, hold_after_days=5, expected_version=version, now=NOW
        )
    assert refused.value.fields == ("hold_after_days",)
    with pytest.raises(ValidationError) as refused:
        update_overdue_settings(
            db, by_staff_id=ids["owner"], grace_days=-1, hold_after_days=None, expected_version=version, now=NOW
        )
    assert refused.value.fields == ("grace_days",)
    assert overdue_settings(db).rules == OverdueRules(7, None)  # nothing written
    clerk = add_staff(db, by_staff_id=ids["owner"], name="이직원", role=StaffRole.CLERK, now=NOW).id
    manager = add_staff(db, by_staff_id=ids["owner"], name="정매니저", role=StaffRole.MANAGER, now=NOW).id
    with pytest.raises(ApprovalNeeded):
        update_overdue_settings(
            db, by_staff_id=clerk, grace_days=5, hold_after_days=None, expected_version=version, now=NOW
        )
    update_overdue_settings(
        db, by_staff_id=manager, grace_days=5, hold_after_days=30, expected_version=version, now=NOW
    )
    assert overdue_settings(db).rules == OverdueRules(5, 30)
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "shop.settings")).all()[-1]
        assert entry.staff_id == manager


def test_holds_past_n_days_stop_deliveries_and_lending_and_a_payment_releases_them(
    db: Database, ids: dict[str, int]
) -> None:
    today = date(2026, 4, 20)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(today))
    schedule_deliveries(db, through=date(2026, 5, 31), staff_id=ids["owner"], now=at(today))

    def coming() -> list[tuple[int, bool, bool]]:
        rows = list_deliveries(db, DeliveryFilter(first=today), today=today).rows
        return [(row.id, row.held, row.held_for_overdue) for row in rows]

    assert coming() and not any(held for _, held, _ in coming())  # the setting is off: nothing held
    settings(db, ids["owner"], 7, 30)
    assert (today - FIRST_DUE).days == 35
    with db.reading() as session:
        assert held_for_overdue_ids(session, {ids["customer"]}, today) == {ids["customer"]}
    assert all(held and overdue for _, held, overdue in coming())
    assert list_overdue(db, today=today).rows[0].held
    view = account_view(db, ids["customer"], today=today)
    assert view.overdue_hold_days == 35
    first = coming()[0][0]
    with pytest.raises(ValidationError) as refused:
        pack(db, staff_id=ids["owner"], delivery_ids=[first], now=at(today))
    assert "overdue" in refused.value.problems[0].message
    with pytest.raises(ValidationError) as refused:
        rentals.lend(
            db, staff_id=ids["owner"], customer_id=ids["customer"], child_id=_child(db, ids["customer"]),
            barcodes=["NOPE"], now=at(today),
        )  # fmt: skip
    assert any("overdue account" in p.message for p in refused.value.problems)
    settings(db, ids["owner"], 7, 40)  # past 35 days: not yet
    assert not any(held for _, held, _ in coming())
    settings(db, ids["owner"], 7, 30)
    pay(db, ids, FEE + 50_000, today)  # the March charges paid; April's is 4 days old
    assert not any(held for _, held, _ in coming())
    assert account_view(db, ids["customer"], today=today).overdue_hold_days is None
    pack(db, staff_id=ids["owner"], delivery_ids=[first], now=at(today))


def _child(db: Database, customer_id: int) -> int:
    from toysub_desktop.db.models import Child

    with db.reading() as session:
        return int(session.scalars(select(Child.id).where(Child.customer_id == customer_id)).first() or 0)


def test_the_sql_hold_rule_agrees_with_the_domain_rule_over_generated_cases(db: Database, ids: dict[str, int]) -> None:
    owner, customer = ids["owner"], ids["customer"]
    today = date(2026, 4, 20)
    generate = random.Random(20261207)
    held_somewhere = 0
    for case in range(40):
        rules = OverdueRules(7, generate.choice((None, 10, 20, 30)))
        settings(db, owner, rules.grace_days, rules.hold_after_days)
        with db.writing() as session:
            session.execute(delete(LedgerAllocation))
            session.execute(delete(LedgerEntry))
        unpaid: list[date] = []
        for index in range(generate.randint(0, 3)):
            due = today - timedelta(days=generate.choice((9, 10, 11, 19, 20, 21, 29, 30, 31, 40)))
            amount = 10_000
            _charge(db, owner, customer, due, amount, f"G{case}-{index}")
            share = generate.choice((0, 5_000, 10_000))
            voided = generate.random() < 0.2
            if share:
                with db.writing() as session:
                    charge_id = session.scalars(select(LedgerEntry.id).order_by(LedgerEntry.id.desc())).first()
                    payment = LedgerEntry(
                        customer_id=customer, kind=EntryKind.PAYMENT.value, amount=share, entry_on=today,
                        means=PaymentMeans.CASH.value, recorded_at=NOW, recorded_by_id=owner,
                        voided_at=NOW if voided else None,
                    )  # fmt: skip
                    session.add(payment)
                    session.flush()
                    session.add(
                        LedgerAllocation(
                            credit_id=payment.id, debit_id=charge_id, amount=share, recorded_at=NOW,
                            recorded_by_id=owner,
                        )
                    )  # fmt: skip
            if share < amount or voided:
                unpaid.append(due)
        expected = held_for_overdue(unpaid, today, rules)
        with db.reading() as session:
            assert bool(held_for_overdue_ids(session, {customer}, today)) == expected, (rules, unpaid)
        held_somewhere += expected
    assert 0 < held_somewhere < 40


def test_reminder_letters_list_each_customers_unpaid_charges_one_page_each(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    today = date(2026, 4, 20)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(today))
    other = register_customer(db, staff_id=ids["owner"], new=new_customer("이서연", phone="02-333-4444"), now=NOW)
    _charge(db, ids["owner"], other, date(2026, 3, 1), 12_000, "X1")
    with pytest.raises(ValidationError):
        reminder_letters(db, staff_id=ids["owner"], customer_ids=[], now=at(today))
    pdf = reminder_letters(db, staff_id=ids["owner"], customer_ids=[ids["customer"], other], now=at(today))
    path = tmp_path / "letters.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) == 2
    first, second = pages[0], pages[1]
    assert "미납 요금 안내" in first and "김민수 고객님께" in first
    assert "서울특별시 마포구 월드컵북로 396" in first  # the address in effect today
    assert "2026년 3월 16일" in first and "33,150원" in first and "50,000원" in first
    assert f"{2 * FEE + 50_000:,}원" in first  # the total, April's charge included (due, not yet overdue)
    assert "매장 카운터에서" in first and "02-123-4567" in first  # no bank account in the shop's details
    assert "광고" not in text
    assert "이서연 고객님께" in second and "12,000원" in second and "연체료" in second
    with db.reading() as session:
        assert session.scalars(select(AuditEntry.action).where(AuditEntry.action == "print.overdue_letters")).one()


def test_the_message_list_has_every_overdue_mobile_whatever_the_consent_and_is_logged(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    today = date(2026, 4, 20)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(today))
    landline = register_customer(db, staff_id=ids["owner"], new=new_customer("이서연", phone="02-333-4444"), now=NOW)
    consenting = register_customer(
        db, staff_id=ids["owner"], new=new_customer("박지훈", phone="010-9876-5432", marketing=True), now=NOW
    )
    _charge(db, ids["owner"], landline, date(2026, 3, 1), 12_000, "X1")
    _charge(db, ids["owner"], consenting, date(2026, 4, 1), 7_000, "X2")
    path = tmp_path / "연체 안내.csv"
    result = export_message_list(
        db, staff_id=ids["owner"], customer_ids=[ids["customer"], landline, consenting], path=path, now=at(today)
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["이름", "휴대폰번호", "메시지"]
    by_name = {line[0]: line for line in lines[1:]}
    assert set(by_name) == {"김민수", "박지훈"}  # the landline cannot take a text
    assert by_name["김민수"][1] == "010-1234-5678"
    assert "2026년 3월 16일부터" in by_name["김민수"][2] and f"{FEE + 50_000:,}원" in by_name["김민수"][2]
    assert "02-123-4567" in by_name["김민수"][2] and "광고" not in by_name["김민수"][2]
    assert "7,000원" in by_name["박지훈"][2] and "2026년 4월 1일" in by_name["박지훈"][2]
    assert [row.name for row in result.skipped] == ["이서연"]
    with db.reading() as session:
        logged = session.execute(select(ContactLogEntry.customer_id, ContactLogEntry.kind)).tuples().all()
    assert sorted(logged) == sorted([(ids["customer"], "message"), (consenting, "message")])


def test_a_message_list_that_cannot_be_written_writes_nothing(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    today = date(2026, 4, 20)
    bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(today))
    with pytest.raises(ValidationError) as refused:
        export_message_list(
            db, staff_id=ids["owner"], customer_ids=[ids["customer"]], path=tmp_path / "no" / "x.csv", now=at(today)
        )
    assert refused.value.fields == ("file",)
    with db.reading() as session:
        assert session.scalars(select(ContactLogEntry)).all() == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_paging_by_days_overdue_finds_each_customer_once_in_order_whatever_the_page_size(
    db: Database, ids: dict[str, int], seed: int
) -> None:
    """Customers sharing their oldest due date, later charges interleaved, some paid, one only inside the grace
    days: page after page (1, 2 or 3 rows) gives every overdue customer once, by oldest due date then number."""
    rng = random.Random(seed)
    owner, today = ids["owner"], date(2026, 3, 10)
    days = [date(2026, 1, 5), date(2026, 1, 20), date(2026, 2, 1), date(2026, 2, 20), date(2026, 3, 8)]
    oldest: dict[int, date] = {}
    for index in range(8):
        customer = register_customer(
            db,
            staff_id=owner,
            new=new_customer("김민수박지영이서연최유나"[index : index + 3], phone=f"010-4000-{index:04d}"),
            now=NOW,
        )
        for number, due in enumerate(sorted(rng.sample(days, rng.randint(1, 3)))):
            _charge(db, owner, customer, due, 1_000 * rng.randint(1, 9), f"P{index}-{number}")
            if due < today - timedelta(days=7):
                oldest.setdefault(customer, due)
    expected = [customer for customer, _ in sorted(oldest.items(), key=lambda item: (item[1], item[0]))]
    for size in (1, 2, 3):
        found: list[int] = []
        after = None
        while True:
            page = list_overdue(db, today=today, limit=size, after=after, with_total=False)
            found += [row.customer_id for row in page.rows]
            if not page.has_more:
                break
            after = page.rows[-1]
        assert found == expected, size


def test_the_list_its_total_and_all_of_it_narrowed_to_a_segment(db: Database, ids: dict[str, int]) -> None:
    owner = ids["owner"]
    made: dict[str, int] = {}
    for index, (name, due, amount) in enumerate(
        (
            ("이서연", date(2026, 2, 1), 10_000),
            ("박지훈", date(2026, 1, 5), 5_000),
            ("최유나", date(2026, 2, 20), 90_000),
        )
    ):
        made[name] = register_customer(
            db, staff_id=owner, new=new_customer(name, phone=f"010-3000-000{index}"), now=NOW
        )
        _charge(db, owner, made[name], due, amount, f"S{index}")
    for name in ("박지훈", "최유나"):
        record_marketing_consent(
            db, staff_id=owner, customer_id=made[name], granted=True, given_on=NOW.date(),
            method=ConsentMethod.PAPER, notice_version=CURRENT_NOTICE_VERSION, now=NOW,
        )  # fmt: skip
    agreed = create_segment(
        db, staff_id=owner, name="마케팅 동의", criteria=SegmentCriteria(marketing_consent=True), now=NOW
    )
    today = date(2026, 3, 10)
    for order, expected in ((OverdueOrder.DAYS, ["박지훈", "최유나"]), (OverdueOrder.AMOUNT, ["최유나", "박지훈"])):
        first = list_overdue(db, today=today, order=order, limit=1, segment_id=agreed)
        rest = list_overdue(db, today=today, order=order, limit=1, after=first.rows[0], segment_id=agreed)
        assert [row.name for row in first.rows + rest.rows] == expected and not rest.has_more
        assert first.total == OverdueTotal(2, 95_000)
    assert overdue_total(db, today=today, segment_id=agreed) == OverdueTotal(2, 95_000)
    assert all_overdue_ids(db, today=today, segment_id=agreed) == [made["박지훈"], made["최유나"]]
