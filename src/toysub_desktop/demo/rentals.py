"""The rental customers' loans: the toys out with children, some back, one overdue, and one reserved."""

from __future__ import annotations

import random
from datetime import date, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.catalogue import stock_toys
from toysub_desktop.demo.story import moment
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.rentals import ReturnLine, lend, reserve, return_items
from toysub_desktop.services.subscriptions import SubscriptionFilter, list_subscriptions
from toysub_desktop.services.toys import find_item


def rentals_story(db: Database, rng: random.Random, staff_id: int, today: date) -> None:
    """The toy catalogue with labelled items, and the rental customers' loans: most due later, some returned (one
    damaged, one needing a wash), one overdue, and a popular toy with a child waiting for it."""
    toys = stock_toys(db, staff_id, today)
    renters = [
        row
        for state in (SubscriptionState.ACTIVE, SubscriptionState.TRIAL)
        for row in list_subscriptions(
            db, SubscriptionFilter(state=state, kind=PlanKind.RENTAL), limit=60, today=today
        ).rows
        if row.start_on <= today - timedelta(days=40)
    ]
    on_shelf = [code for codes in toys.values() for code in codes[1:]] + [codes[0] for codes in toys.values()]
    rng.shuffle(on_shelf)
    popular = toys["원목 기차 레일 50피스"][0]
    on_shelf.remove(popular)
    for index, row in enumerate(renters[:24]):
        children = customer_card(db, row.customer_id, today=today).children
        if not children or len(on_shelf) < 3:
            continue
        child = children[0].id
        # The first renter is overdue (lent 25 days ago for 14 days); the others are in the middle of a loan.
        days_ago = 25 if index == 0 else rng.randint(1, 12)
        codes = [popular] if index == 1 else [on_shelf.pop() for _ in range(rng.randint(1, 3))]
        lent_at = moment(today - timedelta(days=days_ago), 11 * 60)
        try:
            lend(db, staff_id=staff_id, customer_id=row.customer_id, child_id=child, barcodes=codes, now=lent_at)
        except ValidationError:
            continue
        if index in (2, 3):  # back already: one damaged, one needing a wash
            condition = ReturnCondition.DAMAGED if index == 2 else ReturnCondition.NEEDS_CLEANING
            return_items(
                db, staff_id=staff_id, lines=[ReturnLine(codes[0], condition, note="데모 반납")],
                now=moment(today - timedelta(days=1), 15 * 60),
            )  # fmt: skip
    for row in renters[24:26]:
        children = customer_card(db, row.customer_id, today=today).children
        if children:
            reserve(
                db, staff_id=staff_id, customer_id=row.customer_id, child_id=children[0].id,
                toy_id=find_item_toy(db, popular), now=moment(today, 9 * 60),
            )  # fmt: skip


def find_item_toy(db: Database, barcode: str) -> int:
    found = find_item(db, barcode)
    assert found is not None
    return found.toy_id
