"""The shop's VAT setting: how it is registered (일반과세자, 간이과세자, 면세) and which charges carry VAT. A manager
or the owner changes it (or a clerk with their PIN); statements and receipts printed afterwards follow it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Shop
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.vat import TaxStatus, VatRules, check_vat_kinds, vat_kinds_text
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import columns_of, unit_of_work
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner
from toysub_desktop.services.queries.vat import vat_rules_in

_VAT_COLUMNS = ("tax_status", "vat_kinds")


@dataclass(frozen=True)
class VatSettings:
    rules: VatRules
    version: int


def vat_settings(db: Database) -> VatSettings:
    with db.reading() as session:
        version = session.scalars(select(Shop.version).limit(1)).one()
        return VatSettings(rules=vat_rules_in(session), version=version)


def update_vat_settings(
    db: Database,
    *,
    by_staff_id: int,
    status: TaxStatus,
    kinds: Iterable[EntryKind],
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """How the shop is taxed and which charges carry VAT; a manager's or the owner's setting."""
    now = now or utc_now()
    chosen = check_vat_kinds(kinds)
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.PRICES_AND_PLANS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_VAT_COLUMNS)
        shop.tax_status = TaxStatus(status).value
        shop.vat_kinds = vat_kinds_text(chosen)
        audit_settings_change(session, shop, by_staff_id, now, before, _VAT_COLUMNS, approved_by=approved_by)
