"""A sample shop for ``--demo``: about three years of a Korean toy-subscription counter, so a new user sees a
working shop at once.

Nothing is inserted behind the services' back: every customer, move, number change, correction and confirmation,
every plan, price change, sign-up, pause, skipped box, plan change, cancellation and renewal goes through the same
service a clerk's input does, so it is validated and audited like real data. The shop's life is planned first (who
registers when, who moves, who changes their number, which typo gets corrected, who signs up for what and what
becomes of it), then replayed in the order it happened, each call with its own moment (``now=``) in the past.
Subscriptions are planned with the same rules the services apply (``domain.subscriptions``), so no call is refused.
Everything comes from ``random.Random(seed)``: the same seed and day give the same shop.

The parts of the story live beside this module: ``story`` (the planned calls and their replay), ``people``
(families, phones, addresses, children), ``contacts`` (what happens to them), ``catalogue`` (plans, prices,
discounts, toys), ``lifecycle`` (the contracts' story), ``showcases`` (today's lists), ``rentals``,
``deliveries``, ``money`` (two years of charges and payments), ``conversations`` (contact log, ratings,
inquiries, surveys) and ``points`` (적립금 and referrals).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.catalogue import Catalogue
from toysub_desktop.demo.contacts import Contacts
from toysub_desktop.demo.conversations import conversations_story, warning_signs_story
from toysub_desktop.demo.deliveries import deliveries_story
from toysub_desktop.demo.lifecycle import Lifecycle
from toysub_desktop.demo.money import money_story, open_demo_ledger
from toysub_desktop.demo.people import People
from toysub_desktop.demo.points import points_story, set_demo_points
from toysub_desktop.demo.rentals import rentals_story
from toysub_desktop.demo.segments import segments_story
from toysub_desktop.demo.showcases import Showcases
from toysub_desktop.demo.story import HISTORY_DAYS, Story, moment
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.services.shop import set_up_shop, shop_settings, update_shop_details
from toysub_desktop.services.staff import DEMO_PIN, set_first_pin

#: Says "demo" wherever the shop name shows (window title, printed papers), so nobody mistakes it for the real shop.
SHOP_NAME = "토이구독 마포점 (데모)"
#: A registration number with a valid check digit (a sample, not a real shop's).
BUSINESS_NUMBER = "220-81-62517"
SHOP_ADDRESS = "서울특별시 마포구 월드컵로 212, 1층"
SHOP_PHONE = "02-3143-1234"
SHOP_EMAIL = "hello@toysub-demo.example"
#: The free opt-out number every advertising message ends with (정보통신망법 §50).
SHOP_OPT_OUT = "080-3143-1234"
OWNER_NAME = "오은정"


@dataclass(frozen=True)
class DemoSummary:
    """What the demo shop was filled with (counts of the changes as recorded)."""

    shop_name: str
    staff: int
    customers: int
    children: int
    moves: int
    scheduled_moves: int
    temporary_stays: int
    number_changes: int
    scheduled_number_changes: int
    corrections: int
    confirmations: int
    plans: int
    discount_categories: int
    price_changes: int
    #: Contracts signed, renewals included.
    subscriptions: int
    renewals: int
    pauses: int
    resumes: int
    skipped_deliveries: int
    plan_changes: int
    cancellations: int
    #: The early-termination fees charged, in won.
    cancellation_fees: int
    #: The money of the last two years: payments taken, refunds given, charges written off, customers behind today.
    payments: int
    refunds: int
    write_offs: int
    customers_behind: int
    #: Points (적립금) granted by the owner lately, and customers who used points today.
    points_granted: int = 0
    points_spent: int = 0


def populate_demo_shop(db: Database, *, customers: int = 250, seed: int = 7, today: date | None = None) -> DemoSummary:
    """Fill a database that has no shop yet with a sample shop (``_populate``), writing a SQLite sample without
    waiting for the disk after each of its thousands of steps: it is a sample, rebuilt if ever lost, never the shop's
    data (the shop's own database keeps ``synchronous = FULL``)."""
    with db.writing_a_sample():
        return _populate(db, customers=customers, seed=seed, today=today)


def _populate(db: Database, *, customers: int, seed: int, today: date | None) -> DemoSummary:
    """Fill a database that has no shop yet with a sample shop: staff, *customers* customers and about three years
    of their changes, ending on *today* (default: the shop's today, up to this moment).

    The same *seed*, *customers* and *today* give the same shop. Raises the services' ``ValidationError`` (on
    ``shop_name``) if the database already belongs to a shop. Each change is its own transaction, as at the counter.
    """
    if customers < 0:
        raise ValueError(f"customers must not be negative, not {customers}")
    if today is None:
        latest = utc_now()
        today = shop_today(latest)
    else:
        latest = moment(today, 20 * 60)
    story = Story(db, random.Random(seed), today, latest)
    people = People(story)
    catalogue = Catalogue(story)
    lifecycle = Lifecycle(story, catalogue)
    opened_on = today - timedelta(days=HISTORY_DAYS)
    opened = moment(opened_on, 9 * 60)
    # The whole story is planned before anything is written: a slip in the plan leaves the database untouched.
    # The parts draw from one generator in this order, so the same seed gives the same shop.
    story.plan_staff(opened)
    families = people.plan_families(customers, opened_on)
    Contacts(story, people).plan(families)
    # Planned after the families' contacts, so adding subscriptions left the rest of the story as it was.
    catalogue.plan(opened)
    lifecycle.plan_subscriptions(families)
    if families:
        Showcases(story, lifecycle).plan(families)
    story.staff_ids.append(set_up_shop(db, shop_name=SHOP_NAME, owner_name=OWNER_NAME, now=opened).id)
    # The seller's details every contract and handout names, as the owner enters them on the first day.
    update_shop_details(
        db,
        by_staff_id=story.staff_ids[0],
        name=SHOP_NAME,
        business_number=BUSINESS_NUMBER,
        address=SHOP_ADDRESS,
        phone=SHOP_PHONE,
        email=SHOP_EMAIL,
        opt_out_number=SHOP_OPT_OUT,
        expected_version=shop_settings(db).version,
        now=opened,
    )
    set_demo_points(db, story.staff_ids[0], opened)
    opened_on = open_demo_ledger(db, story.staff_ids[0], today, opened)
    story.replay()
    rentals_story(db, random.Random(seed + 1), story.staff_ids[0], today)
    deliveries_story(db, random.Random(seed + 2), story.staff_ids, today, latest)
    staff = list(zip(story.staff_ids, story.staff_hired, strict=True))
    money = money_story(db, random.Random(seed + 3), staff, today, latest, opened_on)
    conversations_story(db, random.Random(seed + 4), story.staff_ids, today, latest)
    segments_story(db, story.staff_ids[0], latest)
    customer_ids = [family.customer_id for family in families]
    points = points_story(db, random.Random(seed + 5), story.staff_ids, customer_ids, today, latest)
    warning_signs_story(db, random.Random(seed + 5), story.staff_ids, today, latest)
    for staff_id in story.staff_ids:  # every demo staff member signs in with the PIN the sign-in screen shows
        set_first_pin(db, staff_id=staff_id, pin=DEMO_PIN, repeated_pin=DEMO_PIN, now=latest)
    counts = story.counts
    return DemoSummary(
        shop_name=SHOP_NAME,
        staff=len(story.staff_ids),
        customers=counts["customers"],
        children=counts["children"],
        moves=counts["moves"],
        scheduled_moves=counts["scheduled_moves"],
        temporary_stays=counts["temporary_stays"],
        number_changes=counts["number_changes"],
        scheduled_number_changes=counts["scheduled_number_changes"],
        corrections=counts["corrections"],
        confirmations=counts["confirmations"],
        plans=counts["plans"],
        discount_categories=counts["discount_categories"],
        price_changes=counts["price_changes"],
        subscriptions=counts["subscriptions"],
        renewals=counts["renewals"],
        pauses=counts["pauses"],
        resumes=counts["resumes"],
        skipped_deliveries=counts["skipped_deliveries"],
        plan_changes=counts["plan_changes"],
        cancellations=counts["cancellations"],
        cancellation_fees=counts["cancellation_fees"],
        payments=money["payments"],
        refunds=money["refunds"],
        write_offs=money["write_offs"],
        customers_behind=money["behind"],
        points_granted=points["grants"],
        points_spent=points["spendings"],
    )
