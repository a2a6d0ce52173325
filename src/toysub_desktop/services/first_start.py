"""The first start of a new database: the shop, its owner signed in with their first PIN (and the recovery code,
returned once to print), and optionally the starter catalogue, created through the plan services."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Shop, Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.first_start import StarterPlan, validate_new_shop, validate_starter_plans
from toysub_desktop.domain.staff import hash_secret, new_recovery_code
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, unit_of_work
from toysub_desktop.services.plans import create_plan
from toysub_desktop.services.shop import staff_member_of
from toysub_desktop.services.staff import FirstPin, new_pin_hash

_ALREADY_SET_UP = QT_TRANSLATE_NOOP("Validation", "This database already belongs to a shop.")


def open_new_shop(
    db: Database,
    *,
    name: str,
    owner_name: str,
    pin: str,
    repeated_pin: str,
    business_number: str = "",
    address: str = "",
    phone: str = "",
    email: str = "",
    now: datetime | None = None,
) -> FirstPin:
    """Set up a new database as one step: the shop's details (the registration number, address, phone and e-mail
    may be left blank for later), its owner with their PIN, signed in, and a new recovery code to print."""
    now = now or utc_now()
    problems = ProblemCollector()
    shop_details = None
    with problems.checking():
        shop_details = validate_new_shop(
            name=name,
            owner_name=owner_name,
            business_number=business_number,
            address=address,
            phone=phone,
            email=email,
        )
    pin_hash = ""
    with problems.checking():
        pin_hash = new_pin_hash(pin, repeated_pin)
    problems.raise_if_any()
    assert shop_details is not None
    code = new_recovery_code()
    with unit_of_work(db) as session:
        if session.scalar(select(Shop.id).limit(1)) is not None:
            raise ValidationError.of("name", _ALREADY_SET_UP)
        shop = Shop(
            name=shop_details.name,
            business_number=shop_details.business_number,
            address=shop_details.address,
            phone=shop_details.phone,
            email=shop_details.email,
            recovery_code_hash=hash_secret(code),
            created_at=now,
        )
        owner = Staff(
            name=shop_details.owner_name, role=StaffRole.OWNER.value, active=True, pin_hash=pin_hash, created_at=now
        )
        session.add_all([shop, owner])
        session.flush()
        audit(
            session,
            at=now,
            staff_id=owner.id,
            action="shop.set_up",
            entity="shop",
            entity_id=shop.id,
            after={
                "shop_name": shop_details.name,
                "owner": shop_details.owner_name,
                "business_number": shop_details.business_number,
                "address": shop_details.address,
                "phone": shop_details.phone,
                "email": shop_details.email,
            },
        )
        audit(session, at=now, staff_id=owner.id, action="staff.set_pin", entity="staff", entity_id=owner.id)
        audit(session, at=now, staff_id=owner.id, action="staff.sign_in", entity="staff", entity_id=owner.id)
        return FirstPin(staff_member_of(owner), code)


def add_starter_plans(
    db: Database, *, staff_id: int, plans: tuple[StarterPlan, ...], now: datetime | None = None
) -> list[int]:
    """The starter catalogue as the owner edited it, each plan created as the plan screen creates one (its price
    from today). All are checked before any is created. Returns the new plan ids."""
    now = now or utc_now()
    checked = validate_starter_plans(plans)
    return [
        create_plan(
            db,
            staff_id=staff_id,
            name=plan.name,
            kind=plan.kind,
            tier=plan.tier,
            cadence=plan.cadence,
            terms=plan.terms,
            trial_days=plan.trial_days,
            deposit=plan.deposit,
            monthly_price=plan.monthly_price,
            now=now,
        )
        for plan in checked
    ]
