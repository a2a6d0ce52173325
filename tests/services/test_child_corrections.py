"""A child's name or birth month typed wrong is corrected: the wrong record is voided with who, when and why and a
right one replaces it; the child's open loans and reservations follow; nothing is overwritten or deleted."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rental_support import RentalShop, later, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Child, Loan
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.customers import correct_child, customer_card
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.rentals import ReturnLine, customer_rentals, lend, return_items


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Child)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_a_correction_replaces_the_record_keeps_the_wrong_one_and_moves_what_is_still_out(
    db: Database, shop: RentalShop
) -> None:
    piano = shop.barcodes["piano"][0]
    [returned] = lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
                      barcodes=[piano], now=NOW)  # fmt: skip
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=later(1))
    [still_out] = lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
                       barcodes=[shop.barcodes["blocks"][0]], now=later(2))  # fmt: skip
    before = customer_card(db, shop.customer)
    [child] = [c for c in before.children if c.id == shop.child]
    new_id = correct_child(
        db,
        staff_id=shop.owner,
        customer_id=shop.customer,
        child_id=shop.child,
        expected_version=child.version,
        child=ChildInput("김하은", 2023, 6),
        reason="출생월을 잘못 입력함",
        now=later(3),
    )
    card = customer_card(db, shop.customer)
    [corrected] = [c for c in card.children if c.id == new_id]
    assert (corrected.name, corrected.birth_month) == ("김하은", date(2023, 6, 1))
    assert shop.child not in {c.id for c in card.children}
    [was] = corrected.corrections
    assert (was.name, was.birth_month, was.reason) == (child.name, child.birth_month, "출생월을 잘못 입력함")
    assert was.voided_by  # who corrected it
    with db.reading() as session:
        wrong = session.get(Child, shop.child)
        assert wrong is not None and wrong.voided_at is not None and wrong.name == child.name  # kept, not changed
        loans = {loan.id: loan.child_id for loan in session.scalars(select(Loan))}
    assert loans[still_out] == new_id  # what is out follows the child
    assert loans[returned] == shop.child  # what is finished stays as it was
    rentals = customer_rentals(db, shop.customer)
    assert [(line.child_id, line.child_name) for line in rentals.out] == [(new_id, "김하은")]


def test_a_correction_needs_a_reason_a_difference_and_the_latest_record(db: Database, shop: RentalShop) -> None:
    [child] = [c for c in customer_card(db, shop.customer).children if c.id == shop.child]
    before = counts(db)

    def correct(name: str, reason: str, version: int | None = child.version, child_id: int = shop.child) -> int:
        return correct_child(
            db,
            staff_id=shop.owner,
            customer_id=shop.customer,
            child_id=child_id,
            expected_version=version,
            child=ChildInput(name, child.birth_month.year, child.birth_month.month, child.notes),
            reason=reason,
            now=NOW,
        )

    with pytest.raises(ValidationError) as no_reason:
        correct("김하은", "  ")
    assert no_reason.value.fields == ("reason",)
    with pytest.raises(ValidationError) as same:
        correct(child.name, "오타")
    assert same.value.fields == ("children[0].name",)
    with pytest.raises(ValidationError) as nul:
        correct("김하\x00은", "오타")
    assert nul.value.fields == ("children[0].name",)
    with pytest.raises(ConcurrentEditError):
        correct("김하은", "오타", version=child.version + 5)
    assert counts(db) == before  # nothing written
    correct("김하은", "오타")
    with pytest.raises(ValidationError) as twice:
        correct("김하윤", "다시", version=None)  # the voided record cannot be corrected again
    assert twice.value.fields == ("child",)
