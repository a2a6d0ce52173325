"""A small shop for the owner's dashboard whose every figure is worked out by hand (tests/services/test_dashboard.py,
tests/ui/test_dashboard_ui.py):

    A 김민수  box 29,000 (12 months) from 2026-03-02 — its term ends 2027-03-01, not renewed
    B 이서연  box 29,000 (12 months) from 2026-03-10 — cancelled from 2026-05-10
    C 박준호  rental basic 27,550 (24 months −5 %) from 2026-04-01 — moved to rental premium (37,050) from 2026-06-01
    D 최유나  box 29,000 (12 months) from 2026-06-05
    E 정하은  box 27,550 (24 months −5 %) from 2026-06-20
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Delivery
from toysub_desktop.domain.dashboard import Period, period_months
from toysub_desktop.domain.feedback import FeedbackSource, FeedbackSubject
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.dashboard import DashboardFigures, dashboard_figures
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.feedback import record_feedback
from toysub_desktop.services.subscriptions import NewSubscription, cancel, change_plan, sign_up

TODAY = date(2026, 7, 15)
MONTHS = period_months(Period.CUSTOM, TODAY, date(2026, 3, 1), date(2026, 7, 1))


def at(day: date, hour: int = 1, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


class SmallShop:
    def __init__(self, db: Database, owner: int) -> None:
        self.db = db
        self.owner = owner
        ids = sample_shop(db, owner)
        self.ids = ids
        self.customers = {"A": ids["customer"]}
        for letter, name, phone in (("B", "이서연", "010-2222-3333"), ("C", "박준호", "010-3333-4444"),
                                    ("D", "최유나", "010-4444-5555"), ("E", "정하은", "010-5555-6666")):  # fmt: skip
            self.customers[letter] = register_customer(db, staff_id=owner, new=new_customer(name, phone=phone), now=NOW)
        self.subs = {
            "A": self.sign("A", "box", 12, date(2026, 3, 2)),
            "B": self.sign("B", "box", 12, date(2026, 3, 10)),
            "C": self.sign("C", "rental_basic", 24, date(2026, 4, 1)),
            "D": self.sign("D", "box", 12, date(2026, 6, 5)),
            "E": self.sign("E", "box", 24, date(2026, 6, 20)),
        }
        cancel(
            db, staff_id=owner, subscription_id=self.subs["B"], effective_on=date(2026, 5, 10), now=at(date(2026, 5, 3))
        )
        moved = change_plan(
            db, staff_id=owner, subscription_id=self.subs["C"], plan_id=ids["rental"], now=at(date(2026, 5, 15))
        )
        assert moved == date(2026, 6, 1)
        schedule_deliveries(db, through=date(2026, 7, 31), staff_id=owner, now=at(date(2026, 6, 1)))

    def sign(self, letter: str, plan: str, months: int, start: date) -> int:
        new = NewSubscription(
            customer_id=self.customers[letter],
            plan_id=self.ids[plan],
            term_months=months,
            start_on=start,
            payment_method=PaymentMethod.AUTO_DEBIT,
            swap_weekday=2 if plan.startswith("rental") else None,
        )
        return sign_up(self.db, staff_id=self.owner, new=new, now=at(start))

    def rate(self, letter: str, rating: int, when: datetime) -> int:
        customer = self.customers[letter]
        with self.db.reading() as session:
            box = session.scalars(select(Delivery.id).where(Delivery.customer_id == customer).limit(1)).one()
        return record_feedback(self.db, staff_id=self.owner, customer_id=customer,
                               about=(FeedbackSubject.DELIVERY, box), rating=rating, source=FeedbackSource.COUNTER,
                               now=when)  # fmt: skip

    def figures(self, today: date = TODAY, months: list[date] = MONTHS) -> DashboardFigures:
        return dashboard_figures(self.db, staff_id=self.owner, months=months, today=today, now=at(today))
