"""Membership tiers on SQLite and PostgreSQL: the owner's settings (audited, refused whole when wrong), a customer's
tier computed from the facts, and the tier discount on the cycles that start once the tier is reached — never on a
charge already billed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from documents.pdf_tools import page_texts
from money_support import A_FEE, B_FEE, Shop, at
from rental_support import rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, LedgerEntry, MembershipTier
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.money import share_of
from toysub_desktop.domain.rentals import ReservationState
from toysub_desktop.domain.tiers import TierBasis, TierInput
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.documents import issue_statement
from toysub_desktop.services.ledger import NewPayment, account_view, take_payment
from toysub_desktop.services.rentals import finish_work, reserve, send_for_work, toy_queue
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.tiers import customer_tier, customer_tiers, tier_settings, update_tiers
from toysub_desktop.services.toys import find_item

LADDER = (TierInput("새싹", "0", "0"), TierInput("나무", "2", "10"), TierInput("숲", "6", "20", True))


@pytest.fixture
def shop(db: Database, owner_id: int) -> Shop:
    return Shop(db, owner_id)  # two rental customers starting 2 March 2026, cycles due on the 16th


def set_tiers(shop: Shop, rows: tuple[TierInput, ...] = LADDER, basis: TierBasis = TierBasis.TENURE) -> None:
    update_tiers(
        shop.db,
        by_staff_id=shop.owner,
        basis=basis,
        rows=rows,
        expected_version=tier_settings(shop.db).version,
        now=NOW,
    )


def cycle_fees(shop: Shop, customer: int) -> list[tuple[date, int, str]]:
    with shop.db.reading() as session:
        rows = session.scalars(
            select(LedgerEntry)
            .where(
                LedgerEntry.customer_id == customer,
                LedgerEntry.kind == EntryKind.CYCLE_FEE.value,
                LedgerEntry.voided_at.is_(None),
            )
            .order_by(LedgerEntry.entry_on)
        )
        return [(row.entry_on, row.amount, (row.details or {}).get("tier", "")) for row in rows]


def test_the_owner_sets_tiers_once_audited_and_a_clerk_needs_a_managers_pin(shop: Shop) -> None:
    set_tiers(shop)
    settings = tier_settings(shop.db)
    assert [(t.name, t.threshold, t.discount_percent, t.priority_reservations) for t in settings.rules.tiers] == [
        ("새싹", 0, 0, False),
        ("나무", 2, 10, False),
        ("숲", 6, 20, True),
    ]
    set_tiers(shop)  # the same again: no change, no record
    with shop.db.reading() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "tiers.update")) == 1
    clerk = add_staff(shop.db, by_staff_id=shop.owner, name="이수빈", now=NOW)
    with pytest.raises(ValidationError) as refused:
        update_tiers(
            shop.db, by_staff_id=clerk.id, basis=TierBasis.SPEND, rows=(), expected_version=settings.version, now=NOW
        )
    assert refused.value.fields == ("staff",)
    assert tier_settings(shop.db).rules == settings.rules


def test_overlapping_tiers_are_refused_and_nothing_is_written(shop: Shop) -> None:
    set_tiers(shop)
    with pytest.raises(ValidationError) as refused:
        set_tiers(shop, (TierInput("새싹", "0", "0"), TierInput("나무", "0", "5")))
    assert refused.value.fields == ("tiers[1].threshold",)
    with shop.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MembershipTier)) == 3


def test_a_customers_tier_follows_tenure_and_says_how_far_the_next_is(shop: Shop) -> None:
    assert customer_tier(shop.db, shop.a, today=date(2026, 6, 1)) is None  # a shop without tiers
    set_tiers(shop)
    standing = customer_tier(shop.db, shop.a, today=date(2026, 6, 1))  # started 2 March: 2 whole months
    assert standing is not None and standing.tier is not None
    assert (standing.measure, standing.tier.name, standing.to_next) == (2, "나무", 4)
    assert customer_tier(shop.db, shop.a, today=date(2026, 5, 1)).tier.name == "새싹"  # type: ignore[union-attr]
    page = customer_tiers(shop.db, [shop.a, shop.b, 999_999], today=date(2026, 9, 2))
    assert {c: s.tier.name if s.tier else None for c, s in page.items()} == {shop.a: "숲", shop.b: "숲", 999_999: None}


def test_spend_is_paid_net_of_refunds_over_the_last_twelve_months(shop: Shop) -> None:
    set_tiers(shop, (TierInput("실버", "50,000", "3"), TierInput("골드", "100,000", "5")), TierBasis.SPEND)
    shop.bill(date(2026, 3, 16))
    shop.pay(shop.a, 80_000, date(2026, 3, 16))
    assert customer_tier(shop.db, shop.a, today=date(2026, 3, 16)).tier.name == "실버"  # type: ignore[union-attr]
    assert customer_tier(shop.db, shop.a, today=date(2027, 3, 15)).measure == 80_000  # type: ignore[union-attr]
    assert customer_tier(shop.db, shop.a, today=date(2027, 3, 16)).tier is None  # type: ignore[union-attr]
    assert customer_tier(shop.db, shop.b, today=date(2026, 3, 16)).tier is None  # type: ignore[union-attr]


def test_the_tier_discount_starts_with_the_first_cycle_after_the_tier_is_reached(shop: Shop) -> None:
    set_tiers(shop)  # 나무 (10 %) from 2 months of tenure: reached on 2 May
    shop.bill(date(2026, 5, 20))
    # The cycles of 16 March and 16 April started before 2 May; the one of 16 May is the first in the tier. The
    # contract's own discounts are already in the fee; the tier's 10 % comes after them, rounded down to the won.
    assert cycle_fees(shop, shop.a) == [
        (date(2026, 3, 16), A_FEE, ""),
        (date(2026, 4, 16), A_FEE, ""),
        (date(2026, 5, 16), A_FEE - share_of(A_FEE, 10), "나무"),
    ]
    assert cycle_fees(shop, shop.b)[-1] == (date(2026, 5, 16), B_FEE - share_of(B_FEE, 10), "나무")
    with shop.db.reading() as session:
        may = session.scalars(
            select(LedgerEntry).where(LedgerEntry.customer_id == shop.a, LedgerEntry.entry_on == date(2026, 5, 16))
        ).one()
        assert may.details is not None
        assert (may.details["tier_percent"], may.details["tier_discount"]) == (10, share_of(A_FEE, 10))
    # Six months in (2 September), 숲's 20 % from the cycle of 16 September.
    shop.bill(date(2026, 9, 16))
    assert cycle_fees(shop, shop.a)[-2:] == [
        (date(2026, 8, 16), A_FEE - share_of(A_FEE, 10), "나무"),
        (date(2026, 9, 16), A_FEE - share_of(A_FEE, 20), "숲"),
    ]
    assert account_view(shop.db, shop.a, today=date(2026, 9, 20)).next_charge.amount == A_FEE - share_of(A_FEE, 20)  # type: ignore[union-attr]


def test_the_statement_and_the_account_explain_the_tier_discount_by_its_name(shop: Shop, tmp_path: Path) -> None:
    set_tiers(shop)
    shop.bill(date(2026, 5, 20))
    issued = issue_statement(
        shop.db,
        staff_id=shop.owner,
        customer_id=shop.a,
        first=date(2026, 5, 1),
        last=date(2026, 5, 31),
        now=at(date(2026, 5, 20)),
    )
    flat = " ".join(" ".join(page_texts(issued.pdf, tmp_path, raw=True)).split())
    discount = share_of(A_FEE, 10)
    assert f"나무 등급 할인 10% -{discount:,}원" in flat
    assert f"{A_FEE - discount:,}" in flat
    [may] = [
        line
        for line in account_view(shop.db, shop.a, today=date(2026, 5, 20)).history
        if line.entry_on == date(2026, 5, 16)
    ]
    assert (may.tier_name, may.tier_percent, may.tier_discount, may.amount) == ("나무", 10, discount, A_FEE - discount)


def test_charges_already_billed_never_change_when_tiers_are_set_or_changed(shop: Shop) -> None:
    shop.bill(date(2026, 4, 20))
    set_tiers(shop, (TierInput("나무", "1", "10"),))  # reached on 2 April: before the April cycle, billed already
    shop.bill(date(2026, 5, 20))
    assert cycle_fees(shop, shop.a) == [
        (date(2026, 3, 16), A_FEE, ""),
        (date(2026, 4, 16), A_FEE, ""),
        (date(2026, 5, 16), A_FEE - share_of(A_FEE, 10), "나무"),
    ]
    set_tiers(shop, (TierInput("나무", "1", "30"),))
    shop.bill(date(2026, 5, 25))
    assert cycle_fees(shop, shop.a)[-1] == (date(2026, 5, 16), A_FEE - share_of(A_FEE, 10), "나무")
    shop.bill(date(2026, 6, 16))
    assert cycle_fees(shop, shop.a)[-1] == (date(2026, 6, 16), A_FEE - share_of(A_FEE, 30), "나무")


def test_a_tier_with_priority_reservations_is_served_first_then_everyone_as_they_reserved(
    db: Database, owner_id: int
) -> None:
    shop = rental_shop(db, owner_id)
    kitchen = shop.barcodes["kitchen"][0]  # the only copy, away for repair while both reserve it
    item = find_item(db, kitchen)
    assert item is not None
    send_for_work(db, staff_id=owner_id, item_id=item.id, target=ItemState.REPAIR, note="문짝 흔들림", now=NOW)

    def reserve_for(customer: int, child: int) -> int:
        return reserve(
            db, staff_id=owner_id, customer_id=customer, child_id=child, toy_id=shop.toys["kitchen"], now=NOW
        ).id

    first_come = reserve_for(shop.customer, shop.child)
    version = tier_settings(db).version
    update_tiers(
        db, by_staff_id=owner_id, basis=TierBasis.SPEND, rows=(TierInput("VIP", "10,000", "0", True),),
        expected_version=version, now=NOW,
    )  # fmt: skip
    take_payment(
        db, staff_id=owner_id, payment=NewPayment(shop.other, 30_000, PaymentMeans.CASH, keep_credit=True), now=NOW
    )
    vip = reserve_for(shop.other, shop.other_child)
    queue = toy_queue(db, shop.toys["kitchen"])
    assert [(line.id, line.position, line.priority) for line in queue] == [(vip, 1, True), (first_come, 2, False)]
    finish_work(db, staff_id=owner_id, item_id=item.id, now=NOW)
    ready, waiting = toy_queue(db, shop.toys["kitchen"])
    assert (ready.id, ready.state, ready.item_barcode) == (vip, ReservationState.READY, kitchen)
    assert (waiting.id, waiting.position) == (first_come, 1)


def test_without_a_priority_tier_the_queue_is_first_come_first_served(db: Database, owner_id: int) -> None:
    shop = rental_shop(db, owner_id)
    version = tier_settings(db).version
    update_tiers(
        db, by_staff_id=owner_id, basis=TierBasis.TENURE, rows=(TierInput("새싹", "0", "5"),),
        expected_version=version, now=NOW,
    )  # fmt: skip
    ids = [
        reserve(db, staff_id=owner_id, customer_id=c, child_id=k, toy_id=shop.toys["kitchen"], now=NOW).id
        for c, k in ((shop.customer, shop.child), (shop.other, shop.other_child))
    ]
    assert [(line.id, line.priority) for line in toy_queue(db, shop.toys["kitchen"])] == [
        (ids[0], False),
        (ids[1], False),
    ]
