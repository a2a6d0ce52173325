"""Points (적립금) and referrals, on SQLite and PostgreSQL: a paid monthly fee earns once whichever way it was paid;
points pay part of a charge as a discount (not a payment, not in the day's cash); voids never take back points
already spent; expired points are never in a balance; a referral code at the first sign-up rewards both customers,
and a bad code is refused with nothing written."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Customer, LedgerEntry, PointsEntry, Referral, Subscription
from toysub_desktop.documents.statement import line_label
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import GRANT_MAX, PointsKind, referral_code
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.bank_statements import confirm_bank_line, import_statement, open_bank_lines
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.day_close import day_close_view
from toysub_desktop.services.documents import issue_receipt
from toysub_desktop.services.ledger import NewPayment, account_view, bill_customer, take_payment, void_entry
from toysub_desktop.services.money_figures import monthly_figures
from toysub_desktop.services.points import (
    expire_points,
    grant_points,
    points_balance,
    points_outstanding,
    points_settings,
    points_view,
    spend_points,
    update_points_settings,
    void_points,
)
from toysub_desktop.services.queries.statement_sheet import statement_sheet_in
from toysub_desktop.services.referrals import (
    referral_card_pdf,
    referral_counts,
    referrals_per_month,
    referrer_for_code,
)
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.tax import update_vat_settings, vat_settings

FEE = 29_000  # 정기배송 베이직, monthly from 2 March, no trial


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def ids(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    settings_now = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner_id, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=12,
        expected_version=settings_now.version, now=NOW,
    )  # fmt: skip
    return ids


def box(ids: dict[str, int], customer: int, **values: object) -> NewSubscription:
    new = NewSubscription(
        customer_id=customer, plan_id=ids["box"], term_months=12, start_on=date(2026, 3, 2),
        payment_method=PaymentMethod.BANK_TRANSFER,
    )  # fmt: skip
    return replace(new, **values)  # type: ignore[arg-type]


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


def live_sum(db: Database, customer: int) -> int:
    with db.reading() as session:
        entries = session.execute(
            select(PointsEntry.kind, PointsEntry.points).where(
                PointsEntry.customer_id == customer, PointsEntry.voided_at.is_(None)
            )
        ).all()
    return sum(points if PointsKind(kind).adds else -points for kind, points in entries)


def earnings(db: Database, customer: int) -> list[tuple[date, int, int | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(LedgerEntry.entry_on, PointsEntry.points, PointsEntry.voided_at)
            .join(LedgerEntry, LedgerEntry.id == PointsEntry.charge_id)
            .where(PointsEntry.customer_id == customer, PointsEntry.kind == PointsKind.EARNED.value)
            .order_by(LedgerEntry.entry_on)
        ).all()
    return [(due, points, None if voided is None else 1) for due, points, voided in rows]


def pay(db: Database, ids: dict[str, int], amount: int, day: date, **values: object) -> int:
    payment = replace(NewPayment(ids["customer"], amount, PaymentMeans.CASH), **values)  # type: ignore[arg-type]
    return take_payment(db, staff_id=ids["owner"], payment=payment, now=at(day))


def test_a_monthly_fee_earns_points_once_when_fully_paid_whichever_way_it_was_paid(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 4, 5)))  # March and April billed

    # At the counter: March paid in full earns 1 % of it; April half paid earns nothing yet.
    march_payment = pay(db, ids, FEE, date(2026, 4, 5))
    pay(db, ids, 10_000, date(2026, 4, 6))
    assert earnings(db, kim) == [(date(2026, 3, 2), 290, None)]

    # The rest of April with 29,000 more kept as credit; May, once billed, is paid by that credit (allocation).
    pay(db, ids, 19_000 + FEE, date(2026, 4, 7), keep_credit=True)
    assert earnings(db, kim)[1:] == [(date(2026, 4, 2), 290, None)]
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 5, 2)))
    assert earnings(db, kim)[2:] == [(date(2026, 5, 2), 290, None)]

    # June, by a bank transfer matched to it.
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 6, 2)))
    statement = tmp_path / "bank.csv"
    bank_line = '2026-06-03 10:00:00,타행이체,김민수,0,"29,000","1,029,000"'
    statement.write_bytes(f"거래일시,적요,기재내용,출금액,입금액,잔액\n{bank_line}\n".encode("cp949"))
    import_statement(db, staff_id=owner, path=statement, now=at(date(2026, 6, 4)))
    (line,), _ = open_bank_lines(db, None, 10)
    confirm_bank_line(db, staff_id=owner, line_id=line.id, customer_id=kim, now=at(date(2026, 6, 4)))
    assert [e[0] for e in earnings(db, kim)] == [date(2026, 3, 2), date(2026, 4, 2), date(2026, 5, 2), date(2026, 6, 2)]

    # March's payment voided: March is no longer paid, so its earning goes with it; paid again, it earns again —
    # one live earning per fee, however often it is paid.
    void_entry(db, staff_id=owner, entry_id=march_payment, reason="정정", now=at(date(2026, 6, 5)))
    assert points_balance(db, kim, today=date(2026, 6, 5)) == 3 * 290
    pay(db, ids, FEE, date(2026, 6, 5))
    assert [(due, voided) for due, _, voided in earnings(db, kim)].count((date(2026, 3, 2), 1)) == 1
    assert len([e for e in earnings(db, kim) if e[2] is None]) == 4
    assert points_balance(db, kim, today=date(2026, 6, 5)) == 4 * 290
    first_earned = points_view(db, kim, today=date(2026, 6, 5)).history[-1]
    assert (first_earned.kind, first_earned.entry_on, first_earned.charge_due_on, first_earned.voided) == (
        PointsKind.EARNED, date(2026, 4, 5), date(2026, 3, 2), True
    )  # fmt: skip


def test_points_pay_part_of_a_charge_as_a_discount_not_a_payment(
    db: Database, ids: dict[str, int], tmp_path: Path
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    day = date(2026, 3, 10)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(day))
    grant_points(db, staff_id=owner, customer_id=kim, points=5_000, reason="개업 기념", now=at(day))
    view = points_view(db, kim, today=day)
    (charge,) = view.open_charges
    spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=3_000, now=at(day))

    account = account_view(db, kim, today=day)
    assert account.balance == FEE - 3_000
    assert [c.open for c in account.open_charges] == [FEE - 3_000]
    discount = next(line for line in account.history if line.kind is EntryKind.POINTS_DISCOUNT)
    assert discount.amount == 3_000 and discount.allocated == 3_000
    assert points_balance(db, kim, today=day) == 2_000 == live_sum(db, kim)

    # The statement shows it as a discount; what was paid stays 0. For a 일반과세자, the points the shop's own
    # customer used are not part of the supply: VAT is on what the fee came to less them.
    current = vat_settings(db)
    update_vat_settings(
        db, by_staff_id=owner, status=TaxStatus.GENERAL, kinds=[EntryKind.CYCLE_FEE],
        expected_version=current.version, now=at(day),
    )  # fmt: skip
    with db.reading() as session:
        customer = session.get(Customer, kim)
        assert customer is not None
        sheet = statement_sheet_in(
            session, customer, first=date(2026, 3, 1), last=date(2026, 3, 31), document_number="S-1", issued_on=day
        )
    (used,) = [line for line in sheet.lines if line.kind == EntryKind.POINTS_DISCOUNT.value]
    assert line_label(used).startswith("할인: 적립금 사용")
    assert (sheet.paid, sheet.discounted, sheet.closing_balance) == (0, 3_000, FEE - 3_000)
    assert sheet.vat is not None and sheet.vat.total == FEE - 3_000

    # Not in the day's cash nor among the money collected; the charge still counts as covered by it.
    assert day_close_view(db, day).total.net == 0 and day_close_view(db, day).lines == ()
    (march,) = monthly_figures(db, staff_id=owner, first_month=day, last_month=day)
    assert march.payments == march.collected == 0 and march.points_discounts == 3_000
    assert march.outstanding == FEE - 3_000

    # Paying the rest in cash: the day's cash is the cash only; the fee, now fully paid, earns.
    cash = pay(db, ids, FEE - 3_000, day)
    assert day_close_view(db, day).total.payments == FEE - 3_000
    assert points_balance(db, kim, today=day) == 2_000 + 290
    # Its receipt is for the cash, and says the points were a discount on the charge.
    receipt = issue_receipt(db, staff_id=owner, payment_id=cash, now=at(day))
    path = tmp_path / "receipt.pdf"
    path.write_bytes(receipt.pdf)
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
    assert "위 청구에는 앞서 적립금 3,000원이 할인으로 적용" in text and "26,000원" in text
    assert "이번 수납" not in text  # used from the points window before, not with this payment


def test_spending_more_than_the_balance_or_what_is_unpaid_is_refused_with_nothing_written(
    db: Database, ids: dict[str, int]
) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    day = date(2026, 3, 10)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(day))
    grant_points(db, staff_id=owner, customer_id=kim, points=40_000, reason="보상", now=at(day))
    (charge,) = points_view(db, kim, today=day).open_charges
    before = (count(db, PointsEntry), count(db, LedgerEntry), count(db, AuditEntry))
    for points in (40_001, FEE + 1, 0):
        with pytest.raises(ValidationError) as refused:
            spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=points, now=at(day))
        assert refused.value.fields == ("points",)
    assert (count(db, PointsEntry), count(db, LedgerEntry), count(db, AuditEntry)) == before


def test_a_void_never_takes_back_points_already_spent(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    day = date(2026, 3, 10)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(day))
    grant = grant_points(db, staff_id=owner, customer_id=kim, points=5_000, reason="보상", now=at(day))
    (charge,) = points_view(db, kim, today=day).open_charges
    spent = spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=3_000, now=at(day))
    # The use names the charge it paid, as an earning names the one it was earned on.
    used = next(line for line in points_view(db, kim, today=day).history if line.id == spent)
    assert (used.kind, used.charge_due_on) == (PointsKind.SPENT, charge.due_on)
    before = count(db, AuditEntry)
    with pytest.raises(ValidationError) as refused:
        void_points(db, staff_id=owner, entry_id=grant, reason="잘못 지급", now=at(day))
    assert refused.value.fields == ("reason",)
    assert count(db, AuditEntry) == before and points_balance(db, kim, today=day) == 2_000

    # Replaced by a grant still covering what was spent: allowed.
    replacement = void_points(
        db, staff_id=owner, entry_id=grant, reason="금액 정정", replacement_points=4_000, now=at(day)
    )
    assert replacement is not None and points_balance(db, kim, today=day) == 1_000

    # Voiding the spending gives the points back and opens the charge again (its discount voided with it).
    void_points(db, staff_id=owner, entry_id=spent, reason="고객 요청", now=at(day))
    assert points_balance(db, kim, today=day) == 4_000 == live_sum(db, kim)
    assert account_view(db, kim, today=day).balance == FEE
    with db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.action.like("points.%"))))
    assert actions == ["points.grant", "points.spend", "points.void", "points.void"]


@pytest.mark.parametrize("replacement", [None, 300])
def test_an_earning_voided_by_a_manager_is_not_earned_again_at_the_next_payment(
    db: Database, ids: dict[str, int], replacement: int | None
) -> None:
    """An earning voided as a mistake (replaced by the right number, or not) stays voided: the customer's next
    payment does not write the fee's earning once more."""
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 4, 5)))  # March and April
    pay(db, ids, FEE, date(2026, 4, 5))
    (earning,) = [e for e in points_view(db, kim, today=date(2026, 4, 5)).history if e.kind is PointsKind.EARNED]
    void_points(
        db, staff_id=owner, entry_id=earning.id, reason="잘못 적립", replacement_points=replacement,
        now=at(date(2026, 4, 6)),
    )  # fmt: skip
    kept = replacement or 0
    assert points_balance(db, kim, today=date(2026, 4, 6)) == kept

    pay(db, ids, FEE, date(2026, 4, 7))  # April paid off: it earns; March does not earn again
    assert points_balance(db, kim, today=date(2026, 4, 7)) == kept + FEE // 100 == live_sum(db, kim)
    assert [due for due, _points, voided in earnings(db, kim) if voided is None] == [date(2026, 4, 2)]


def test_a_points_discount_voided_in_the_account_gives_the_points_back(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    day = date(2026, 3, 10)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(day))
    grant_points(db, staff_id=owner, customer_id=kim, points=5_000, reason="보상", now=at(day))
    (charge,) = points_view(db, kim, today=day).open_charges
    spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=3_000, now=at(day))
    discount = next(e for e in account_view(db, kim, today=day).history if e.kind is EntryKind.POINTS_DISCOUNT)
    void_entry(db, staff_id=owner, entry_id=discount.id, reason="정정", now=at(day))
    assert points_balance(db, kim, today=day) == 5_000 == live_sum(db, kim)
    assert account_view(db, kim, today=day).balance == FEE


def test_points_expire_months_after_they_were_earned_oldest_spent_first(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    grant_points(db, staff_id=owner, customer_id=kim, points=1_000, reason="첫 적립", now=at(date(2026, 3, 2)))
    grant_points(db, staff_id=owner, customer_id=kim, points=1_000, reason="둘째", now=at(date(2026, 9, 1)))
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 10, 1)))
    charge = points_view(db, kim, today=date(2026, 10, 1)).open_charges[0]
    spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=500, now=at(date(2026, 10, 1)))

    assert points_balance(db, kim, today=date(2027, 3, 1)) == 1_500
    # Twelve months after the first grant, what is left of it (500: the spending used it first) is gone.
    assert points_balance(db, kim, today=date(2027, 3, 2)) == 1_000
    assert live_sum(db, kim) == 1_500  # not written down yet, but never in a balance read
    expire_points(db, staff_id=owner, now=at(date(2027, 3, 2)))
    assert live_sum(db, kim) == 1_000 == points_outstanding(db)
    expire_points(db, staff_id=owner, now=at(date(2027, 3, 3)))  # written once
    assert live_sum(db, kim) == 1_000
    assert points_balance(db, kim, today=date(2027, 9, 1)) == 0
    expired = [line for line in points_view(db, kim, today=date(2027, 3, 3)).history if line.kind is PointsKind.EXPIRED]
    assert [(line.points, line.entry_on) for line in expired] == [(500, date(2027, 3, 2))]


def test_the_daily_expiry_looks_only_at_lots_that_can_have_expired_since_it_last_ran(
    db: Database, ids: dict[str, int]
) -> None:
    """A lot used up has nothing to expire and is never written down: it is not looked at day after day for ever;
    a lot expiring later is, on its day; a new expiry rule looks at every old lot once more."""
    owner, kim = ids["owner"], ids["customer"]
    grant_points(db, staff_id=owner, customer_id=kim, points=500, reason="첫 적립", now=at(date(2026, 3, 2)))
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 4, 1)))
    charge = points_view(db, kim, today=date(2026, 4, 1)).open_charges[0]
    spend_points(db, staff_id=owner, customer_id=kim, charge_id=charge.id, points=500, now=at(date(2026, 4, 1)))
    grant_points(db, staff_id=owner, customer_id=kim, points=700, reason="둘째", now=at(date(2026, 6, 1)))

    assert expire_points(db, staff_id=owner, now=at(date(2027, 3, 3))) == 1  # the first run: the used-up lot
    assert expire_points(db, staff_id=owner, now=at(date(2027, 3, 4))) == 0  # not again
    assert live_sum(db, kim) == 700
    assert expire_points(db, staff_id=owner, now=at(date(2027, 6, 1))) == 1  # the second lot, on its day
    assert live_sum(db, kim) == 0 == points_balance(db, kim, today=date(2027, 6, 1))
    assert expire_points(db, staff_id=owner, now=at(date(2027, 6, 2))) == 0

    # Another rule: the lots are looked at once more (both have an expiry written or nothing left: nothing changes).
    settings_now = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=6,
        expected_version=settings_now.version, now=at(date(2027, 6, 2)),
    )  # fmt: skip
    assert expire_points(db, staff_id=owner, now=at(date(2027, 6, 3))) == 1
    assert expire_points(db, staff_id=owner, now=at(date(2027, 6, 4))) == 0


def test_a_shorter_expiry_set_after_a_run_expires_the_lots_it_now_reaches(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    grant_points(db, staff_id=owner, customer_id=kim, points=800, reason="적립", now=at(date(2026, 3, 2)))
    assert expire_points(db, staff_id=owner, now=at(date(2026, 11, 1))) == 0  # under 12 months: nothing yet
    settings_now = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=6,
        expected_version=settings_now.version, now=at(date(2026, 11, 1)),
    )  # fmt: skip
    assert expire_points(db, staff_id=owner, now=at(date(2026, 11, 2))) == 1
    assert live_sum(db, kim) == 0 == points_outstanding(db)


@pytest.mark.parametrize("months", [24, 0])
def test_a_longer_or_no_expiry_set_after_a_run_gives_back_the_points_written_down(
    db: Database, ids: dict[str, int], months: int
) -> None:
    """Points written down as expired under the old rule are the customer's again under a longer one (or none): the
    next run takes the expiry back, so the live entries add up to the balance and the points outstanding again."""
    owner, kim = ids["owner"], ids["customer"]
    grant_points(db, staff_id=owner, customer_id=kim, points=800, reason="적립", now=at(date(2026, 3, 2)))
    assert expire_points(db, staff_id=owner, now=at(date(2027, 3, 3))) == 1
    assert live_sum(db, kim) == 0 == points_balance(db, kim, today=date(2027, 3, 3))
    settings_now = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner, earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=months,
        expected_version=settings_now.version, now=at(date(2027, 3, 3)),
    )  # fmt: skip
    assert points_balance(db, kim, today=date(2027, 3, 4)) == 800
    assert expire_points(db, staff_id=owner, now=at(date(2027, 3, 4))) == 1
    assert live_sum(db, kim) == 800 == points_outstanding(db)
    assert expire_points(db, staff_id=owner, now=at(date(2027, 3, 5))) == 0  # looked at once


def test_a_referral_code_at_the_first_sign_up_rewards_both_and_is_counted(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    lee = register_customer(db, staff_id=owner, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    code = referral_code(kim)
    assert code.isdigit() and referrer_for_code(db, code, lee).name == "김민수"
    sub = sign_up(db, staff_id=owner, new=box(ids, lee, referral_code=code), now=NOW)
    with db.reading() as session:
        referral = session.scalars(select(Referral)).one()
        assert (referral.referrer_id, referral.referred_id, referral.subscription_id) == (kim, lee, sub)
    assert points_balance(db, kim, today=NOW.date()) == 5_000
    assert points_balance(db, lee, today=NOW.date()) == 3_000
    (line,) = points_view(db, kim, today=NOW.date()).history
    assert (line.kind, line.other_customer) == (PointsKind.REFERRAL, "이서연")
    rows, more = referral_counts(db)
    assert [(r.name, r.referrals) for r in rows] == [("김민수", 1)] and not more
    assert referrals_per_month(db, first=date(2026, 2, 1), last=date(2026, 4, 30)) == [
        (date(2026, 2, 1), 0), (date(2026, 3, 1), 1), (date(2026, 4, 1), 0)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "code",
    ["1234", "0000019", "김민수", "self", "second"],
)
def test_a_bad_referral_code_is_refused_and_nothing_is_written(db: Database, ids: dict[str, int], code: str) -> None:
    owner, kim = ids["owner"], ids["customer"]
    lee = register_customer(db, staff_id=owner, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    if code == "self":
        code = referral_code(lee)
    elif code == "second":
        sign_up(db, staff_id=owner, new=box(ids, lee), now=NOW)
        code = referral_code(kim)
    elif code == "0000019":
        code = referral_code(999)  # well formed, but nobody has it
    before = (count(db, Subscription), count(db, Referral), count(db, PointsEntry))
    with pytest.raises(ValidationError) as refused:
        sign_up(db, staff_id=owner, new=box(ids, lee, referral_code=code), now=NOW)
    assert refused.value.fields == ("referral_code",)
    assert (count(db, Subscription), count(db, Referral), count(db, PointsEntry)) == before


steps = st.lists(
    st.tuples(st.sampled_from(["grant", "spend", "void", "later"]), st.integers(min_value=1, max_value=40)),
    min_size=1,
    max_size=12,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_for_any_sequence_the_balance_is_the_sum_of_live_entries_and_never_below_zero(
    db: Database, owner_id: int, steps: list[tuple[str, int]]
) -> None:
    settings_now = points_settings(db)
    update_points_settings(
        db, by_staff_id=owner_id, earn_percent=0, referrer_reward=0, referred_reward=0, expiry_months=2,
        expected_version=settings_now.version, now=NOW,
    )  # fmt: skip
    customer = register_customer(db, staff_id=owner_id, new=new_customer("정하나", phone="010-9876-5432"), now=NOW)
    # A charge the points may pay: a late fee of 1,000,000 won billed through the ledger's own rows.
    with db.writing() as session:
        charge = LedgerEntry(
            customer_id=customer, kind=EntryKind.LATE_FEE.value, amount=1_000_000, entry_on=NOW.date(),
            recorded_at=NOW, recorded_by_id=owner_id, open_amount=1_000_000,
        )  # fmt: skip
        session.add(charge)
        session.flush()
        charge_id = charge.id
    day = NOW.date()
    entry_ids: list[int] = []
    for action, value in steps:
        now = at(day)
        writes_before = (count(db, PointsEntry), count(db, AuditEntry))
        refused = False
        try:
            if action == "grant":
                entry_ids.append(
                    grant_points(db, staff_id=owner_id, customer_id=customer, points=value * 100, reason="r", now=now)
                )
            elif action == "spend":
                entry_ids.append(
                    spend_points(
                        db, staff_id=owner_id, customer_id=customer, charge_id=charge_id, points=value * 50, now=now
                    )
                )
            elif action == "void" and entry_ids:
                void_points(db, staff_id=owner_id, entry_id=entry_ids[value % len(entry_ids)], reason="r", now=now)
            else:
                day += timedelta(days=value * 3)
        except ValidationError:
            refused = True
        if refused:
            assert (count(db, PointsEntry), count(db, AuditEntry)) == writes_before
        balance = points_balance(db, customer, today=day)
        assert balance >= 0
        expire_points(db, staff_id=owner_id, now=at(day))
        assert live_sum(db, customer) == balance


def test_the_referral_card_of_a_customer_carries_their_code(db: Database, ids: dict[str, int], tmp_path: Path) -> None:
    pdf = referral_card_pdf(db, ids["customer"], today=NOW.date())
    path = tmp_path / "card.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert referral_code(ids["customer"]) in text.replace(" ", "") and "김민수" not in text
    assert "적립금 5,000원" in text


def test_an_earning_already_spent_stays_when_its_payment_is_voided(db: Database, ids: dict[str, int]) -> None:
    owner, kim = ids["owner"], ids["customer"]
    sign_up(db, staff_id=owner, new=box(ids, kim), now=NOW)
    bill_customer(db, staff_id=owner, customer_id=kim, now=at(date(2026, 4, 5)))
    march = pay(db, ids, FEE, date(2026, 4, 5))
    april = points_view(db, kim, today=date(2026, 4, 5)).open_charges[0]
    spend_points(db, staff_id=owner, customer_id=kim, charge_id=april.id, points=290, now=at(date(2026, 4, 5)))
    void_entry(db, staff_id=owner, entry_id=march, reason="정정", now=at(date(2026, 4, 6)))
    assert [voided for _, _, voided in earnings(db, kim)] == [None]  # spent: a void never takes spent points back
    assert points_balance(db, kim, today=date(2026, 4, 6)) == 0 == live_sum(db, kim)


def test_a_grant_of_no_points_too_many_or_without_a_reason_is_refused_with_nothing_written(
    db: Database, ids: dict[str, int]
) -> None:
    before = (count(db, PointsEntry), count(db, AuditEntry))
    for points, reason, field in ((0, "보상", "points"), (GRANT_MAX + 1, "보상", "points"), (1_000, " ", "reason")):
        with pytest.raises(ValidationError) as refused:
            grant_points(db, staff_id=ids["owner"], customer_id=ids["customer"], points=points, reason=reason, now=NOW)
        assert refused.value.fields == (field,)
    assert (count(db, PointsEntry), count(db, AuditEntry)) == before
