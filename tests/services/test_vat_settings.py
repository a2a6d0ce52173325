"""The shop's VAT setting: a 간이과세자 until a manager or the owner says otherwise; plan fees carry VAT by default."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.tax import update_vat_settings, vat_settings


def test_a_new_shop_shows_no_vat_and_plan_fees_would_carry_it(db: Database, owner_id: int) -> None:
    settings = vat_settings(db)
    assert settings.rules.status is TaxStatus.SIMPLIFIED and not settings.rules.shows_vat
    assert settings.rules.kinds == {EntryKind.CYCLE_FEE}


def test_a_manager_makes_the_shop_a_general_taxpayer_and_adds_late_fees_audited(db: Database, owner_id: int) -> None:
    manager = add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.MANAGER, now=NOW)
    version = vat_settings(db).version
    update_vat_settings(
        db,
        by_staff_id=manager.id,
        status=TaxStatus.GENERAL,
        kinds={EntryKind.CYCLE_FEE, EntryKind.LATE_FEE},
        expected_version=version,
        now=NOW,
    )
    rules = vat_settings(db).rules
    assert rules.shows_vat and rules.kinds == {EntryKind.CYCLE_FEE, EntryKind.LATE_FEE}
    with db.reading() as session:
        audit = session.execute(
            select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.before, AuditEntry.after)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
    assert tuple(audit) == (
        "shop.settings",
        manager.id,
        {"tax_status": "simplified", "vat_kinds": "cycle_fee"},
        {"tax_status": "general", "vat_kinds": "cycle_fee,late_fee"},
    )
    # A second counter saving on the old version is told, and nothing changes.
    with pytest.raises(ConcurrentEditError):
        update_vat_settings(
            db, by_staff_id=owner_id, status=TaxStatus.EXEMPT, kinds=(), expected_version=version, now=NOW
        )
    assert vat_settings(db).rules.status is TaxStatus.GENERAL


def test_a_clerk_needs_a_managers_pin_and_payments_never_carry_vat(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="이수빈", now=NOW)
    version = vat_settings(db).version
    with pytest.raises(ValidationError) as refused:
        update_vat_settings(
            db, by_staff_id=clerk.id, status=TaxStatus.GENERAL, kinds=(), expected_version=version, now=NOW
        )
    assert refused.value.fields == ("staff",)
    with pytest.raises(ValidationError) as wrong:
        update_vat_settings(
            db,
            by_staff_id=owner_id,
            status=TaxStatus.GENERAL,
            kinds={EntryKind.PAYMENT},
            expected_version=version,
            now=NOW,
        )
    assert wrong.value.fields == ("vat_kinds",)
    assert vat_settings(db).rules.status is TaxStatus.SIMPLIFIED
