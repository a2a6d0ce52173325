"""Bad input at the edges of the loyalty services, on SQLite and PostgreSQL: refused with a message for its field
and nothing written, never a database error or a traceback — a referral code naming a customer number beyond what
the database can hold (a shop's product barcode scanned into the field), a dashboard period in year 1."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, PointsEntry, Referral, Subscription
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import referral_code
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.dashboard import dashboard_figures
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
