"""Setting up a new database in one step: the shop, its owner signed in with a PIN, the recovery code, and the
starter plans created through the plan services."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Plan, Shop, Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.first_start import STARTER_PLANS
from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.services.first_start import add_starter_plans, open_new_shop
from toysub_desktop.services.plans import list_plans
from toysub_desktop.services.queries.document_sheets import shop_details_in
from toysub_desktop.services.shop import is_set_up, shop_settings
from toysub_desktop.services.staff import recover_owner_pin, sign_in


def counts(db: Database) -> list[int]:
    """Rows of the shop, staff, plans and audit tables."""
    with db.reading() as session:
        return [
            session.scalar(select(func.count()).select_from(model)) or 0 for model in (Shop, Staff, Plan, AuditEntry)
        ]


def test_the_shop_and_its_owner_are_set_up_with_the_pin_and_a_code_to_print(db: Database) -> None:
    first = open_new_shop(
        db,
        name="토이구독 마포점",
        owner_name="박지영",
        business_number="2208162517",
        address="서울특별시 마포구 월드컵로 12",
        phone="02-336-1234",
        pin="482913",
        repeated_pin="482913",
        now=NOW,
    )
    assert (first.member.name, first.member.role) == ("박지영", StaffRole.OWNER)
    assert first.recovery_code is not None
    shop = shop_settings(db)
    assert (shop.name, shop.business_number, shop.phone) == ("토이구독 마포점", "220-81-62517", "02-336-1234")
    assert sign_in(db, staff_id=first.member.id, pin="482913", now=NOW).id == first.member.id
    with db.reading() as session:
        audited = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert audited[:3] == ["shop.set_up", "staff.set_pin", "staff.sign_in"]
    renewed = recover_owner_pin(
        db, staff_id=first.member.id, recovery_code=first.recovery_code, pin="135790", repeated_pin="135790", now=NOW
    )
    assert renewed.recovery_code != first.recovery_code


def test_nothing_is_written_when_a_detail_or_the_pin_is_wrong(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        open_new_shop(
            db, name="토이구독", owner_name="박지영", business_number="2208162518", pin="4829", repeated_pin="4828"
        )
    assert set(refused.value.fields) == {"business_number", "repeated_pin"}
    assert counts(db) == [0, 0, 0, 0] and not is_set_up(db)


def test_a_database_that_has_a_shop_is_not_set_up_again(db: Database, owner_id: int) -> None:
    before = counts(db)
    with pytest.raises(ValidationError, match="already belongs to a shop"):
        open_new_shop(db, name="다른 가게", owner_name="최유진", pin="2468", repeated_pin="2468", now=NOW)
    assert counts(db) == before


def test_details_left_for_later_keep_documents_from_naming_an_incomplete_seller(db: Database) -> None:
    open_new_shop(db, name="토이구독", owner_name="박지영", pin="2468", repeated_pin="2468", now=NOW)
    with db.reading() as session, pytest.raises(SellerDetailsMissing) as refused:
        shop_details_in(session)
    assert set(refused.value.fields) == {"business_number", "address", "phone"}


def test_the_starter_plans_are_created_through_the_plan_services_priced_from_today(db: Database) -> None:
    owner = open_new_shop(db, name="토이구독", owner_name="박지영", pin="2468", repeated_pin="2468", now=NOW).member
    ids = add_starter_plans(db, staff_id=owner.id, plans=STARTER_PLANS, now=NOW)
    views = list_plans(db, today=NOW.date())
    assert sorted(v.id for v in views) == sorted(ids)
    assert {v.details.name: v.price.monthly_price for v in views if v.price} == {
        p.name: p.monthly_price for p in STARTER_PLANS
    }
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "plan.create")) == 3


def test_one_wrong_starter_plan_creates_none(db: Database) -> None:
    owner = open_new_shop(db, name="토이구독", owner_name="박지영", pin="2468", repeated_pin="2468", now=NOW).member
    plans = (*STARTER_PLANS[:2], replace(STARTER_PLANS[2], monthly_price=-1))
    with pytest.raises(ValidationError) as refused:
        add_starter_plans(db, staff_id=owner.id, plans=plans, now=NOW)
    assert refused.value.fields == ("plans[2].monthly_price",)
    assert list_plans(db, today=NOW.date()) == []
