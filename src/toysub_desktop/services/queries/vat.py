"""The shop's VAT setting read inside a session, for the papers that print 공급가액 and 부가세."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Shop
from toysub_desktop.domain.vat import TaxStatus, VatRules, vat_kinds_from_text


def vat_rules_in(session: Session) -> VatRules:
    shop = session.scalars(select(Shop).limit(1)).one()
    return VatRules(status=TaxStatus(shop.tax_status), kinds=vat_kinds_from_text(shop.vat_kinds))
