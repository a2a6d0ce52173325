"""What each printed document would say now, each read in its own session: for a preview, or a test.

The builders themselves (``services.queries.document_sheets``) run inside ``services.documents``' transaction when
a document is issued; these give the same values without issuing anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Subscription
from toysub_desktop.documents.values import (
    ChangeConfirmationSheet,
    ContractSheet,
    PreContractSheet,
    SubscriptionChangeSheet,
)
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.common import get_or_raise
from toysub_desktop.services.queries.document_sheets import (
    change_confirmation_sheet_in,
    contact_change_in,
    contract_sheet_in,
    pre_contract_sheet_in,
)
from toysub_desktop.services.queries.subscription_change_sheet import confirmed_event_in, subscription_change_sheet_in


def contract_sheet(db: Database, subscription_id: int) -> ContractSheet:
    """The contract of *subscription_id* as ``issue_contract`` would print it now."""
    with db.reading() as session:
        return contract_sheet_in(session, get_or_raise(session, Subscription, subscription_id))


def pre_contract_sheet(
    db: Database,
    *,
    plan_id: int,
    term_months: int,
    discount_category_ids: Sequence[int] = (),
    customer_id: int | None = None,
    payment_method: PaymentMethod | None = None,
    explained_by: str = "",
    today: date | None = None,
) -> PreContractSheet:
    """The pre-contract sheet as ``issue_pre_contract`` would print it on *today*."""
    with db.reading() as session:
        return pre_contract_sheet_in(
            session,
            explained_by=explained_by,
            plan_id=plan_id,
            term_months=term_months,
            discount_category_ids=discount_category_ids,
            customer_id=customer_id,
            payment_method=payment_method,
            issued_on=today or shop_today(),
        )


def change_confirmation_sheet(
    db: Database,
    *,
    customer_id: int,
    address_version_id: int | None = None,
    phone_version_id: int | None = None,
    document_number: str = "",
    issued_on: date | None = None,
) -> ChangeConfirmationSheet:
    """The confirmation of one address or phone change, as ``issue_change_confirmation`` would print it."""
    with db.reading() as session:
        change = contact_change_in(
            session,
            customer_id=customer_id,
            address_version_id=address_version_id,
            phone_version_id=phone_version_id,
        )
        return change_confirmation_sheet_in(
            session, change, document_number=document_number, issued_on=issued_on or shop_today()
        )


def subscription_change_sheet(
    db: Database, event_id: int, *, document_number: str = "", issued_on: date | None = None
) -> SubscriptionChangeSheet:
    """The confirmation of one recorded transition of a contract, as ``issue_subscription_change`` would print it."""
    with db.reading() as session:
        event = confirmed_event_in(session, event_id)
        return subscription_change_sheet_in(
            session, event, document_number=document_number, issued_on=issued_on or shop_today()
        )
