"""A shop with toys on the shelf and two rental customers, for the rental tests (services and screens)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.toys import ToyCategory
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.toys import add_items, create_toy

TODAY = date(2026, 3, 2)


def later(days: int) -> datetime:
    """The fixed test moment *days* days later."""
    return NOW + timedelta(days=days)


@dataclass(frozen=True)
class RentalShop:
    owner: int
    #: 김민수, with 김하늘 (born May 2023: 34 months old on 2 March 2026), on a rental plan.
    customer: int
    child: int
    #: 이서준, with 이도윤 (born 2024-01), on a rental plan too.
    other: int
    other_child: int
    #: 박지민, registered but with no subscription.
    no_plan: int
    no_plan_child: int
    #: Toys by short name: "blocks" (36–96 months, 89,000원), "kitchen" (24–72, 120,000원), "piano" (12–48,
    #: 45,000원), "rocker" (6–24, 70,000원, too young for 하늘).
    toys: dict[str, int]
    #: Barcodes of their items, in the order added.
    barcodes: dict[str, list[str]]


def rental_shop(db: Database, owner_id: int) -> RentalShop:
    ids = sample_shop(db, owner_id)
    other = register_customer(
        db,
        staff_id=owner_id,
        new=new_customer("이서준", phone="010-2222-3333", children=(ChildInput("이도윤", 2024, 1),)),
        now=NOW,
    )
    no_plan = register_customer(
        db,
        staff_id=owner_id,
        new=new_customer("박지민", phone="010-4444-5555", children=(ChildInput("박소율", 2023, 9),)),
        now=NOW,
    )
    for customer in (ids["customer"], other):
        sign_up(
            db,
            staff_id=owner_id,
            new=NewSubscription(customer, ids["rental"], 12, TODAY, PaymentMethod.CARD, swap_weekday=0),
            now=NOW,
        )
    toys: dict[str, int] = {}
    barcodes: dict[str, list[str]] = {}
    for key, name, category, low, high, brand, value, copies in (
        ("blocks", "자석 블록 100피스", ToyCategory.BLOCKS, 36, 96, "맥포머스", 89_000, 2),
        ("kitchen", "원목 주방놀이 세트", ToyCategory.ROLE_PLAY, 24, 72, "에듀플레이", 120_000, 1),
        ("piano", "멜로디 피아노", ToyCategory.MUSIC, 12, 48, "브이텍", 45_000, 2),
        ("rocker", "흔들 목마", ToyCategory.RIDE_ON, 6, 24, "리틀타익스", 70_000, 1),
    ):
        toys[key] = create_toy(
            db,
            staff_id=owner_id,
            name=name,
            category=category,
            min_age_months=low,
            max_age_months=high,
            brand=brand,
            value=value,
            now=NOW,
        )
        added = add_items(db, staff_id=owner_id, toy_id=toys[key], new_labels=copies, now=NOW)
        barcodes[key] = [item.barcode for item in added]
    return RentalShop(
        owner=owner_id,
        customer=ids["customer"],
        child=customer_card(db, ids["customer"]).children[0].id,
        other=other,
        other_child=customer_card(db, other).children[0].id,
        no_plan=no_plan,
        no_plan_child=customer_card(db, no_plan).children[0].id,
        toys=toys,
        barcodes=barcodes,
    )
