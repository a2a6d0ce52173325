"""A shop with something of every kind a clerk changes, for the tests of what enters the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select

from rental_support import TODAY, RentalShop, rental_shop
from support import GRANDPARENTS, NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Base, PhoneVersion, Plan, Subscription
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.prospects import ProspectKind, ProspectSource
from toysub_desktop.services import contact_log, contacts, plans, prospects, rentals, subscriptions, toys
from toysub_desktop.services.subscriptions import NewSubscription


@dataclass(frozen=True)
class Shop:
    rentals: RentalShop
    box_subscription: int
    rental_subscription: int
    address_version: int
    phone_version: int
    price_change: int
    item: int
    #: The other customer's temporary stay, open-ended.
    temporary_address: int
    #: An open complaint in the customer's contact log.
    complaint: int
    #: A walk-in prospect, not decided yet.
    prospect: int


def boundary_shop(db: Database, owner_id: int) -> Shop:
    """The rental shop, with a toy box subscription, a scheduled price change, an item out on loan and another
    customer on a temporary stay."""
    made = rental_shop(db, owner_id)
    box = subscriptions.sign_up(
        db,
        staff_id=owner_id,
        new=NewSubscription(made.no_plan, plan_id(db, "정기배송 베이직"), 12, TODAY, card(), delivery_day=10),
        now=NOW,
    )
    with db.reading() as session:
        address = session.scalar(select(AddressVersion.id).where(AddressVersion.customer_id == made.customer))
        phone = session.scalar(select(PhoneVersion.id).where(PhoneVersion.customer_id == made.customer))
        rental = session.scalar(select(Subscription.id).where(Subscription.customer_id == made.customer))
    assert address is not None and phone is not None and rental is not None
    price = plans.schedule_price_change(
        db, staff_id=owner_id, plan_id=plan_id(db, "렌털 프리미엄"), monthly_price=41_000,
        effective_from=TODAY + timedelta(days=60), now=NOW,
    )  # fmt: skip
    rentals.lend(
        db,
        staff_id=owner_id,
        customer_id=made.customer,
        child_id=made.child,
        barcodes=[made.barcodes["piano"][1]],
        now=NOW,
    )
    item = toys.find_item(db, made.barcodes["piano"][0], today=TODAY)
    assert item is not None
    stay = contacts.record_temporary_address(
        db, staff_id=owner_id, customer_id=made.other, expected_version=None, address=GRANDPARENTS,
        effective_from=TODAY, effective_until=None, now=NOW,
    )  # fmt: skip
    complaint = contact_log.log_contact(
        db, staff_id=owner_id, customer_id=made.customer, kind=ContactKind.COMPLAINT, note="배송 지연", now=NOW
    )
    prospect = prospects.record_prospect(
        db, staff_id=owner_id, name="문의 고객", phone="", kind=ProspectKind.INQUIRY, source=ProspectSource.WALK_IN,
        interest="렌털", now=NOW,
    )  # fmt: skip
    return Shop(made, box, rental, address, phone, price, item.id, stay, complaint, prospect)


def card() -> subscriptions.PaymentMethod:
    return subscriptions.PaymentMethod.CARD


def plan_id(db: Database, name: str) -> int:
    with db.reading() as session:
        found = session.scalar(select(Plan.id).where(Plan.name == name))
    assert found is not None
    return found


def rows(db: Database) -> dict[str, int]:
    """How many rows each table holds: nothing written means every count is the same."""
    with db.reading() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
