"""일마감 on SQLite and PostgreSQL: the day's money per staff member and method, the cash counted against what the
drawer should hold, and the lock that keeps a closed day's money as it was closed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from boundary_support import rows
from documents.pdf_tools import page_texts
from support import NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, DayClose, LedgerEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.day_close import CloseLine, DayClosedError
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services import day_close as day_close_service
from toysub_desktop.services import shop
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.day_close import (
    DayAlreadyClosedError,
    DayMovedOnError,
    close_day,
    day_close_pdf,
    day_close_view,
    reopen_day,
)
from toysub_desktop.services.ledger import (
    NewPayment,
    account_view,
    bill_customer,
    refund,
    take_payment,
    void_entry,
    write_off,
)
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

DAY = date(2026, 3, 16)
NEXT = DAY + timedelta(days=1)
FEE = 33_150  # 렌털 프리미엄 39,000원, 24 months −5 %, 다자녀 −10 %
OWNER, CLERK, MANAGER = "박지영", "최유진", "한지민"


def at(day: date, hour: int = 1) -> datetime:
    """*hour* o'clock UTC on *day* (01:00 UTC is 10:00 at the shop)."""
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    ids["clerk"] = shop.add_staff(db, by_staff_id=owner_id, name=CLERK, role=StaffRole.CLERK, now=NOW).id
    ids["manager"] = shop.add_staff(db, by_staff_id=owner_id, name=MANAGER, role=StaffRole.MANAGER, now=NOW).id
    set_first_pin(db, staff_id=ids["manager"], pin="5678", repeated_pin="5678", now=NOW)
    set_first_pin(db, staff_id=owner_id, pin="1234", repeated_pin="1234", now=NOW)
    new = NewSubscription(
        customer_id=ids["customer"],
        plan_id=ids["rental"],
        term_months=24,
        start_on=date(2026, 3, 2),
        payment_method=PaymentMethod.CASH,
        swap_weekday=2,
        discounts=((ids["multi_child"], "가족관계증명서 확인"),),
    )
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(DAY))  # the fee and the deposit
    return ids


def pay(db: Database, ids: dict[str, int], staff: str, amount: int, now: datetime, **values: object) -> int:
    payment = NewPayment(customer_id=ids["customer"], amount=amount, means=PaymentMeans.CASH)
    return take_payment(db, staff_id=ids[staff], payment=replace(payment, **values), now=now)  # type: ignore[arg-type]


def a_busy_day(db: Database, ids: dict[str, int]) -> dict[str, int]:
    """Payments by three people in cash and by card, a refund, a void and a write-off, all on DAY."""
    made = {
        "owner_cash": pay(db, ids, "owner", 30_000, at(DAY, 1)),
        "clerk_card": pay(db, ids, "clerk", 40_000, at(DAY, 2), means=PaymentMeans.CARD, approval_number="30012345"),
        "clerk_cash": pay(db, ids, "clerk", 20_000, at(DAY, 3), keep_credit=True),  # 6,850 over, kept as credit
    }
    made["refund"] = refund(
        db, staff_id=ids["owner"], customer_id=ids["customer"], amount=6_850, means=PaymentMeans.CASH, now=at(DAY, 4)
    )
    void_entry(db, staff_id=ids["manager"], entry_id=made["owner_cash"], reason="중복 입력", now=at(DAY, 5))
    charge = account_view(db, ids["customer"], today=DAY).open_charges[0]
    made["write_off"] = write_off(
        db, staff_id=ids["manager"], charge_id=charge.id, amount=1_000, reason="단수 정리", now=at(DAY, 6)
    )
    return made


def test_the_day_is_summed_per_staff_member_and_method_with_voids_on_the_day_they_were_made(
    db: Database, ids: dict[str, int]
) -> None:
    a_busy_day(db, ids)
    view = day_close_view(db, DAY)
    assert view.close is None and view.opening_float == 0
    assert view.lines == (
        CloseLine(OWNER, PaymentMeans.CASH, payments=30_000, refunds=6_850, count=2),
        CloseLine(CLERK, PaymentMeans.CASH, payments=20_000, count=1),
        CloseLine(CLERK, PaymentMeans.CARD, payments=40_000, count=1),
        CloseLine(MANAGER, PaymentMeans.CASH, voids=-30_000, count=1),
        CloseLine(MANAGER, None, write_offs=1_000, count=1),
    )
    assert view.total.net == 30_000 - 6_850 + 20_000 + 40_000 - 30_000
    # The drawer: the float, the cash taken, less the cash refunded and the voided cash payment.
    assert view.expected_cash(100_000) == 100_000 + 30_000 - 6_850 + 20_000 - 30_000
    # Charges are no movement of money: the day before, when only the charges were billed, is empty.
    assert day_close_view(db, DAY - timedelta(days=1)).lines == ()


def test_closing_keeps_the_count_and_the_reason_and_a_difference_needs_one(db: Database, ids: dict[str, int]) -> None:
    a_busy_day(db, ids)
    expected = 100_000 + 13_150
    before = rows(db)
    with pytest.raises(ValidationError) as caught:
        close_day(
            db, staff_id=ids["clerk"], day=DAY, opening_float=100_000, counted_cash=expected - 1_000, now=at(DAY, 9)
        )
    assert caught.value.fields == ("reason",)
    assert caught.value.problems[0].arguments == {"difference": "-1,000원"}
    assert rows(db) == before
    close_id = close_day(
        db, staff_id=ids["clerk"], day=DAY, opening_float=100_000, counted_cash=expected - 1_000,
        reason="거스름돈 착오", seen_expected=expected, now=at(DAY, 9),
    )  # fmt: skip
    view = day_close_view(db, DAY)
    assert view.close is not None and view.close.id == close_id
    record = view.close
    assert (record.opening_float, record.expected_cash, record.counted_cash) == (100_000, expected, expected - 1_000)
    assert (record.difference, record.reason, record.closed_by) == (-1_000, "거스름돈 착오", CLERK)
    assert record.closed_at == at(DAY, 9) and len(record.lines) == 5
    assert view.opening_float == 100_000
    # The next day offers the same float.
    assert day_close_view(db, NEXT).opening_float == 100_000
    with db.reading() as session:
        who, after = session.execute(
            select(AuditEntry.staff_id, AuditEntry.after).where(AuditEntry.action == "day_close.close")
        ).one()
    assert who == ids["clerk"] and after["difference"] == -1_000


def test_a_counted_cash_equal_to_the_expected_needs_no_reason(db: Database, ids: dict[str, int]) -> None:
    pay(db, ids, "owner", 30_000, at(DAY))
    close_day(db, staff_id=ids["owner"], day=DAY, opening_float=50_000, counted_cash=80_000, now=at(DAY, 9))
    record = day_close_view(db, DAY).close
    assert record is not None and record.difference == 0 and record.reason == ""


def _a_charge(db: Database, ids: dict[str, int]) -> int:
    """An open charge if there is one (a closed day refuses the write-off before looking at it)."""
    open_charges = account_view(db, ids["customer"], today=NEXT).open_charges
    if open_charges:
        return open_charges[0].id
    with db.reading() as session:
        return session.scalars(select(LedgerEntry.id).where(LedgerEntry.kind == EntryKind.DEPOSIT.value)).one()


def _money_steps(db: Database, ids: dict[str, int], made: dict[str, int]) -> dict[str, Callable[[datetime], object]]:
    """Each money step, in an order the account allows on the next day (the refund uses the credit first)."""
    return {
        "refund": lambda now: refund(
            db, staff_id=ids["owner"], customer_id=ids["customer"], amount=1, means=PaymentMeans.CASH, now=now
        ),
        "void": lambda now: void_entry(
            db, staff_id=ids["manager"], entry_id=made["clerk_card"], reason="승인 취소", now=now
        ),
        "write-off": lambda now: write_off(
            db, staff_id=ids["manager"], charge_id=_a_charge(db, ids), amount=1_000, reason="면제", now=now
        ),
        "payment": lambda now: pay(db, ids, "clerk", 1_000, now),
    }


def test_a_closed_day_refuses_every_money_step_with_nothing_written(db: Database, ids: dict[str, int]) -> None:
    made = a_busy_day(db, ids)
    pay(db, ids, "owner", 50_000, at(DAY, 7), keep_credit=True)  # credit to refund from
    close_day(
        db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=day_close_view(db, DAY).expected_cash(0),
        now=at(DAY, 9),
    )  # fmt: skip
    steps = _money_steps(db, ids, made)
    before = rows(db)
    for name, step in steps.items():
        with pytest.raises(DayClosedError) as caught:
            step(at(DAY, 10))  # 19:00 at the shop, after the close
        assert caught.value.fields == ("entry_on",), name
        assert caught.value.day == DAY
        assert "is closed" in caught.value.problems[0].template
        assert rows(db) == before, f"{name} wrote something on a closed day"
    # The next day takes them all; the close of DAY is as it was.
    closed = day_close_view(db, DAY)
    for step in steps.values():
        step(at(NEXT))
    assert day_close_view(db, DAY) == closed
    assert [(line.staff, line.means) for line in day_close_view(db, NEXT).lines] == [
        (OWNER, PaymentMeans.CASH),
        (CLERK, PaymentMeans.CASH),
        (MANAGER, PaymentMeans.CARD),
        (MANAGER, None),
    ]


def test_a_closed_days_payment_is_voided_and_replaced_on_today_never_on_its_day(
    db: Database, ids: dict[str, int]
) -> None:
    payment = pay(db, ids, "owner", 30_000, at(DAY))
    close_day(db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=30_000, now=at(DAY, 9))
    replacement = void_entry(
        db, staff_id=ids["manager"], entry_id=payment, reason="금액 잘못 입력", replacement_amount=33_150, now=at(NEXT)
    )
    with db.reading() as session:
        entry = session.get(LedgerEntry, replacement)
        assert entry is not None and (entry.entry_on, entry.amount) == (NEXT, 33_150)
    assert day_close_view(db, NEXT).lines == (
        CloseLine(MANAGER, PaymentMeans.CASH, payments=33_150, voids=-30_000, count=2),
    )
    record = day_close_view(db, DAY).close
    assert record is not None and record.lines == (CloseLine(OWNER, PaymentMeans.CASH, payments=30_000, count=1),)


def test_charges_are_dated_by_their_cycle_and_billed_on_a_closed_day(db: Database, ids: dict[str, int]) -> None:
    cycle_day = date(2026, 4, 16)
    close_day(db, staff_id=ids["owner"], day=cycle_day, opening_float=0, counted_cash=0, now=at(cycle_day))
    billed = bill_customer(db, staff_id=ids["owner"], customer_id=ids["customer"], now=at(cycle_day, 2))
    assert billed.added == 1
    with db.reading() as session:
        kinds = session.scalars(select(LedgerEntry.kind).where(LedgerEntry.entry_on == cycle_day)).all()
    assert kinds == [EntryKind.CYCLE_FEE.value]


def test_a_day_is_closed_once_and_a_second_close_gets_the_conflict_message(
    db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    close_day(db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=0, now=at(DAY, 9))
    before = rows(db)
    with pytest.raises(DayAlreadyClosedError):
        close_day(db, staff_id=ids["clerk"], day=DAY, opening_float=0, counted_cash=0, now=at(DAY, 9))
    # Two counters at once: the other's close is not seen until the insert meets the unique key.
    monkeypatch.setattr(day_close_service, "live_close", lambda session, day: None)
    with pytest.raises(DayAlreadyClosedError) as caught:
        close_day(db, staff_id=ids["clerk"], day=DAY, opening_float=0, counted_cash=0, now=at(DAY, 9))
    assert "closed at another counter" in caught.value.message
    assert rows(db) == before


def test_a_close_made_on_totals_that_moved_on_is_refused(db: Database, ids: dict[str, int]) -> None:
    pay(db, ids, "owner", 30_000, at(DAY))
    seen = day_close_view(db, DAY).expected_cash(0)
    pay(db, ids, "clerk", 10_000, at(DAY, 2))  # at another counter, while the closer counts
    before = rows(db)
    with pytest.raises(DayMovedOnError):
        close_day(
            db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=seen, seen_expected=seen, now=at(DAY, 9)
        )
    assert rows(db) == before


def test_a_day_not_yet_come_cannot_be_closed(db: Database, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        close_day(db, staff_id=ids["owner"], day=NEXT, opening_float=0, counted_cash=0, now=at(DAY, 9))
    assert caught.value.fields == ("day",)


def test_only_the_owner_reopens_a_day_with_a_reason_and_the_earlier_close_is_kept(
    db: Database, ids: dict[str, int]
) -> None:
    pay(db, ids, "owner", 30_000, at(DAY))
    first = close_day(db, staff_id=ids["clerk"], day=DAY, opening_float=0, counted_cash=30_000, now=at(DAY, 9))
    before = rows(db)
    for staff in ("clerk", "manager"):
        with pytest.raises(ApprovalNeeded):
            reopen_day(db, staff_id=ids[staff], day=DAY, reason="늦게 받은 카드 결제", now=at(DAY, 10))
    with pytest.raises(ValidationError) as caught:
        reopen_day(db, staff_id=ids["owner"], day=DAY, reason=" ", now=at(DAY, 10))
    assert caught.value.fields == ("reason",)
    assert rows(db) == before
    # The manager, with the owner's PIN at the counter.
    reopened = reopen_day(
        db, staff_id=ids["manager"], day=DAY, reason="늦게 받은 카드 결제", approval=Approval(ids["owner"], "1234"),
        now=at(DAY, 10),
    )  # fmt: skip
    assert reopened == first
    assert day_close_view(db, DAY).close is None
    pay(db, ids, "clerk", 20_000, at(DAY, 11), means=PaymentMeans.CARD, approval_number="77001234")
    second = close_day(db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=30_000, now=at(DAY, 12))
    view = day_close_view(db, DAY)
    assert view.close is not None and view.close.id == second and view.close.total.payments == 50_000
    assert [(r.id, r.reopened_by, r.reopen_reason) for r in view.earlier] == [(first, MANAGER, "늦게 받은 카드 결제")]
    assert view.earlier[0].total.payments == 30_000  # the superseded record is as it was closed
    with db.reading() as session:
        assert len(session.scalars(select(DayClose)).all()) == 2
        who = session.execute(
            select(AuditEntry.staff_id, AuditEntry.approved_by_id).where(AuditEntry.action == "day_close.reopen")
        ).one()
    assert tuple(who) == (ids["manager"], ids["owner"])
    with pytest.raises(ValidationError) as caught:
        reopen_day(db, staff_id=ids["owner"], day=NEXT, reason="착오", now=at(NEXT))
    assert caught.value.fields == ("day",)


def test_the_printed_close_names_the_shop_the_day_the_table_the_cash_and_who_closed(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    a_busy_day(db, ids)
    close_id = close_day(
        db, staff_id=ids["clerk"], day=DAY, opening_float=100_000, counted_cash=112_150, reason="거스름돈 착오",
        now=at(DAY, 9),
    )  # fmt: skip
    pdf = day_close_pdf(db, close_id)
    (tmp_path / "close.pdf").write_bytes(pdf)
    flat = " ".join("\n".join(page_texts(pdf, tmp_path)).split())
    for expected in (
        "일마감 · 토이구독 마포점",
        "마감일 2026년 3월 16일",
        "박지영 현금 2 30,000 6,850 0 23,150 0",
        "최유진 카드 1 40,000 0 0 40,000 0",
        "한지민 현금 1 0 0 -30,000 -30,000 0",
        "한지민 대손 처리 1 0 0 0 0 1,000",
        "합계 6 90,000 6,850 -30,000 53,150 1,000 금액 단위: 원",
        "결제 수단별 순입금 현금 13,150원 카드 40,000원",
        "시작 시재 100,000원",
        "있어야 할 현금 113,150원",
        "센 현금 112,150원",
        "차액 -1,000원",
        "차액 사유 거스름돈 착오",
        "마감한 사람 최유진",
        "마감 시각 2026년 3월 16일 18:00",
    ):
        assert expected in flat, expected
    assert "다시 열었습니다" not in flat
    reopen_day(db, staff_id=ids["owner"], day=DAY, reason="카드 결제 누락", now=at(DAY, 10))
    flat = " ".join("\n".join(page_texts(day_close_pdf(db, close_id), tmp_path)).split())
    assert "2026년 3월 16일 19:00 박지영님이 다시 열었습니다(사유: 카드 결제 누락)" in flat


def test_a_payment_saved_while_the_day_is_being_closed_waits_and_is_refused(
    db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    pay(db, ids, "owner", 30_000, at(DAY))
    outcome: list[object] = []
    started = threading.Event()

    def the_other_counter() -> None:
        started.set()
        try:
            outcome.append(pay(db, ids, "clerk", 10_000, at(DAY, 9)))
        except Exception as error:  # kept for the test to look at
            outcome.append(error)

    other = threading.Thread(target=the_other_counter)
    read_the_day = day_close_service.day_movements

    def movements_while_a_payment_comes_in(session: object, day: date) -> object:
        other.start()
        started.wait()
        time.sleep(0.5)  # the payment reaches the lock the close holds, and waits there
        assert outcome == [] and other.is_alive()
        return read_the_day(session, day)  # type: ignore[arg-type]

    monkeypatch.setattr(day_close_service, "day_movements", movements_while_a_payment_comes_in)
    close_day(db, staff_id=ids["owner"], day=DAY, opening_float=0, counted_cash=30_000, now=at(DAY, 9))
    other.join(timeout=30)
    [refused] = outcome
    assert isinstance(refused, DayClosedError)
    record = day_close_view(db, DAY).close
    assert record is not None and record.total.payments == 30_000
    with db.reading() as session:
        assert len(session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "payment")).all()) == 1
