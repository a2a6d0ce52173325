"""Bad input at the edges of the loyalty services, on SQLite and PostgreSQL: refused with a message for its field
and nothing written, never a database error or a traceback — a referral code naming a customer number beyond what
the database can hold (a shop's product barcode scanned into the field), a dashboard period in year 1; and two
counters using the same points at the same moment, where one must be refused."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, PointsEntry, Referral, Subscription
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import PointsKind, referral_code
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.dashboard import dashboard_figures
from toysub_desktop.services.ledger import bill_customer
from toysub_desktop.services.points import grant_points, points_balance, points_view, spend_points
from toysub_desktop.services.referrals import referrer_for_code
from toysub_desktop.services.subscriptions import NewSubscription, sign_up


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def with_check_digit(body: str) -> str:
    """*body* and the check digit a referral code carries: the code of customer number *body*."""
    code = referral_code(int(body))
    assert code.lstrip("0")[:-1] == body.lstrip("0")
    return code


@pytest.mark.parametrize(
    "code",
    [
        with_check_digit("880123456789"),  # a Korean product barcode (EAN-13, 880…) that passes the check digit
        with_check_digit("2147483648"),  # one past the largest id PostgreSQL's integer column holds
        with_check_digit("9" * 22),  # the longest the field takes: past what SQLite's integer holds
    ],
)
def test_a_well_formed_code_beyond_any_customer_number_names_nobody(db: Database, owner_id: int, code: str) -> None:
    ids = sample_shop(db, owner_id)
    lee = register_customer(db, staff_id=owner_id, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    with pytest.raises(ValidationError) as looked_up:
        referrer_for_code(db, code, lee)
    assert looked_up.value.fields == ("referral_code",)
    new = NewSubscription(lee, ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD, referral_code=code)
    before = (count(db, Subscription), count(db, Referral), count(db, PointsEntry), count(db, AuditEntry))
    with pytest.raises(ValidationError) as signed:
        sign_up(db, staff_id=owner_id, new=new, now=NOW)
    assert signed.value.fields == ("referral_code",)
    assert (count(db, Subscription), count(db, Referral), count(db, PointsEntry), count(db, AuditEntry)) == before


@pytest.mark.parametrize(
    ("months", "field"),
    [
        ([date(1, month, 1) for month in range(1, 13)], "first_month"),  # "0001-01" to "0001-12"
        ([date(2026, 3, 1), date(9999, 12, 1)], "last_month"),
    ],
)
def test_a_dashboard_period_no_shop_can_have_is_refused_for_its_month(
    db: Database, owner_id: int, months: list[date], field: str
) -> None:
    sample_shop(db, owner_id)
    with pytest.raises(ValidationError) as refused:
        dashboard_figures(db, staff_id=owner_id, months=months, today=date(2026, 3, 16), now=NOW)
    assert refused.value.fields == (field,)


def spend_at_once(
    counters: list[Database], *, staff_id: int, customer_id: int, charge_id: int, points: int
) -> list[str]:
    """Each counter uses *points* on the charge at the same moment (threads released together): what each got."""
    together = threading.Barrier(len(counters))
    outcomes: list[str] = []

    def use(counter_db: Database) -> None:
        together.wait()
        try:
            spend_points(
                counter_db, staff_id=staff_id, customer_id=customer_id, charge_id=charge_id, points=points,
                now=datetime(2026, 3, 10, 1, 0, tzinfo=UTC),
            )  # fmt: skip
            outcomes.append("spent")
        except ValidationError as refused:
            outcomes.append(",".join(refused.fields))

    threads = [threading.Thread(target=use, args=(counter_db,)) for counter_db in counters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_two_counters_spending_the_same_points_at_once_one_is_refused(db: Database, owner_id: int) -> None:
    """Two counters (each its own connection pool on the same database) use a customer's whole balance on the same
    charge at the same moment, five times over: each time one is refused for the balance, and nothing is spent
    twice."""
    ids = sample_shop(db, owner_id)
    kim, day = ids["customer"], datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
    new = NewSubscription(kim, ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    bill_customer(db, staff_id=owner_id, customer_id=kim, now=day)
    other = open_database(db.location, backup_folder=None)
    try:
        for _ in range(5):
            grant_points(db, staff_id=owner_id, customer_id=kim, points=1_000, reason="보상", now=day)
            (charge,) = points_view(db, kim, today=day.date()).open_charges
            outcomes = spend_at_once([db, other], staff_id=owner_id, customer_id=kim, charge_id=charge.id, points=1_000)
            assert outcomes == ["points", "spent"]
            assert points_balance(db, kim, today=day.date()) == 0
    finally:
        other.dispose()
    with db.reading() as session:
        spent = session.scalar(
            select(func.count()).select_from(PointsEntry).where(PointsEntry.kind == PointsKind.SPENT.value)
        )
    assert spent == 5
