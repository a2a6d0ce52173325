"""Issuing printed documents and keeping the record of each: the exact PDF, its SHA-256, who printed it and when.

Every contract, pre-contract sheet, change confirmation and receipt handed over is kept as the file it was, so a
reprint is the same file byte for byte, and what the customer holds can be checked against the record years later.

**Issue, version or reuse.** Documents about the same thing (one contract, one change of address or phone through
its corrections, one plan offered to one customer) share a subject. Issuing renders the document from the database
as it is now and compares it with the newest document of the same subject:

- the same bytes: nothing has changed, so no new document is made. The existing record is returned (``reused``) and
  the issue is recorded as a reprint, so printing the contract twice does not make a "version 2" that says the same;
- different bytes: a new record with the next version number (1 for the first) and a new document number.

What "the same" means follows from what each document prints. A contract's date is the day it was agreed (signed,
or amended by a plan change), so it renders the same on any day until its content changes. A pre-contract sheet is
dated the day it is handed over, so it is reused only on the same day. A change confirmation prints its own number
and date; it is compared as a reprint of the newest one would look, so it keeps them until the change is corrected.
The confirmation of a contract's transition (pause, early resume, plan change, cancellation, renewal) is kept the
same way, one subject per recorded transition.
A receipt does the same: it shows the payment as it was taken, so it keeps its number and date.

Rendering, hashing, the insert and the audit record happen in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, defer

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerEntry, PrintedDocument, Staff, Subscription
from toysub_desktop.documents.change_confirmation import render_change_confirmation
from toysub_desktop.documents.contract import render_contract
from toysub_desktop.documents.formats import format_date, format_months, format_period
from toysub_desktop.documents.pre_contract import render_pre_contract
from toysub_desktop.documents.receipt import render_receipt
from toysub_desktop.documents.statement import render_statement
from toysub_desktop.documents.subscription_change import render_subscription_change
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, ReceiptPaper, check_statement_period
from toysub_desktop.domain.money import format_won
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import (
    audit,
    get_or_raise,
    require_staff,
    unit_of_work,
)
from toysub_desktop.services.queries.document_sheets import (
    change_confirmation_sheet_in,
    contact_change_in,
    contract_sheet_in,
    pre_contract_sheet_in,
)
from toysub_desktop.services.queries.receipt_sheet import receipt_sheet_in, refund_receipt_sheet_in
from toysub_desktop.services.queries.statement_sheet import statement_sheet_in
from toysub_desktop.services.queries.subscription_change_sheet import (
    confirmed_event_in,
    subscription_change_sheet_in,
    subscription_change_subject,
)

_ENTITY = "printed_document"


class DocumentKind(StrEnum):
    CONTRACT = "contract"
    PRE_CONTRACT = "pre_contract"
    CHANGE_CONFIRMATION = "change_confirmation"
    #: The confirmation of a contract's pause, early resume, plan change, cancellation or renewal.
    SUBSCRIPTION_CHANGE = "subscription_change"
    RECEIPT = "receipt"
    #: A customer's statement (거래 내역서) for a period.
    STATEMENT = "statement"


class DocumentIntegrityError(Exception):
    """A stored document's bytes no longer match the SHA-256 recorded when it was issued: the record was altered
    or damaged, and the file must not be handed out as the original."""

    def __init__(self, number: str, recorded: str, actual: str) -> None:
        super().__init__(
            f"printed document {number}: the stored PDF does not match its recorded SHA-256 "
            f"(recorded {recorded}, stored file {actual})"
        )
        self.number = number
        self.recorded = recorded
        self.actual = actual


@dataclass(frozen=True)
class DocumentRow:
    """One line of the list of printed documents."""

    id: int
    number: str
    kind: DocumentKind
    subject: str
    #: 1 for the first document about this subject, then +1 for each issue after a change.
    version: int
    #: The date printed on the document.
    issued_on: date
    sha256: str
    page_count: int
    #: When and by whom it was first issued; later prints of the same file are in the audit record.
    printed_at: datetime
    printed_by: str
    customer_id: int | None
    subscription_id: int | None


@dataclass(frozen=True)
class IssuedDocument(DocumentRow):
    pdf: bytes
    #: True when nothing had changed since the newest document of this subject, which was returned (and its reprint
    #: recorded) instead of a new version.
    reused: bool = False


def format_document_number(document_id: int, issued_on: date) -> str:
    """``D-2026-000123``: the year issued and the record's id, so a number never repeats."""
    return f"D-{issued_on.year}-{document_id:06d}"


def sha256_of(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF as the documents package writes it (one uncompressed page object per page)."""
    return len(_PAGE_OBJECT.findall(pdf))


# --- issuing ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Draft:
    """A document ready to render, with what it is about."""

    kind: DocumentKind
    subject: str
    #: The subject in a stable spelling; versions are counted per kind and key.
    subject_key: str
    customer_id: int | None
    subscription_id: int | None
    #: The date a new issue prints.
    issued_on: date
    #: The PDF for a document number and date; a document that prints neither, or whose date is part of its
    #: content, ignores them.
    render: Callable[[str, date], bytes]
    #: Whether an unchanged document keeps the number and date it was first issued with (it prints both).
    keeps_first_issue: bool = False


def _newest(session: Session, kind: DocumentKind, subject_key: str) -> PrintedDocument | None:
    query = (
        select(PrintedDocument)
        .where(PrintedDocument.kind == kind.value, PrintedDocument.subject_key == subject_key)
        .order_by(PrintedDocument.version.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _unchanged(draft: _Draft, newest: PrintedDocument) -> bool:
    """Whether the document now reads exactly as the newest one of its subject."""
    issued_on = newest.issued_on if draft.keeps_first_issue else draft.issued_on
    return sha256_of(draft.render(newest.document_number or "", issued_on)) == newest.sha256


def _issue(session: Session, draft: _Draft, *, staff_id: int, now: datetime) -> IssuedDocument:
    """Record *draft* as the next version of its subject, or reuse the newest one if it reads the same."""
    newest = _newest(session, draft.kind, draft.subject_key)
    if newest is not None and _unchanged(draft, newest):
        _record_reprint(session, newest, staff_id=staff_id, now=now, on_issue=True)
        return _issued(session, newest, reused=True)
    row = _insert(session, draft, version=newest.version + 1 if newest is not None else 1, staff_id=staff_id, now=now)
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action="document.issue",
        entity=_ENTITY,
        entity_id=row.id,
        after={
            "number": row.document_number,
            "kind": row.kind,
            "subject": row.subject,
            "version": row.version,
            "sha256": row.sha256,
            "pages": row.page_count,
            "customer_id": row.customer_id,
            "subscription_id": row.subscription_id,
        },
    )
    return _issued(session, row, reused=False)


def _insert(session: Session, draft: _Draft, *, version: int, staff_id: int, now: datetime) -> PrintedDocument:
    row = PrintedDocument(
        kind=draft.kind.value,
        customer_id=draft.customer_id,
        subscription_id=draft.subscription_id,
        subject=draft.subject,
        subject_key=draft.subject_key,
        version=version,
        issued_on=draft.issued_on,
        sha256="",
        pdf=b"",
        page_count=0,
        printed_at=now,
        printed_by_id=staff_id,
    )
    session.add(row)
    session.flush()
    # The number comes from the id, and a change confirmation prints it: render once the row has one.
    row.document_number = format_document_number(row.id, shop_today(now))
    pdf = draft.render(row.document_number, draft.issued_on)
    row.pdf, row.sha256, row.page_count = pdf, sha256_of(pdf), page_count(pdf)
    session.flush()
    return row


def _columns(row: PrintedDocument, printed_by: str) -> dict[str, Any]:
    return {
        "id": row.id,
        "number": row.document_number or "",
        "kind": DocumentKind(row.kind),
        "subject": row.subject,
        "version": row.version,
        "issued_on": row.issued_on,
        "sha256": row.sha256,
        "page_count": row.page_count,
        "printed_at": row.printed_at,
        "printed_by": printed_by,
        "customer_id": row.customer_id,
        "subscription_id": row.subscription_id,
    }


def _row(row: PrintedDocument, printed_by: str) -> DocumentRow:
    return DocumentRow(**_columns(row, printed_by))


def _issued(session: Session, row: PrintedDocument, *, reused: bool) -> IssuedDocument:
    printed_by = session.scalar(select(Staff.name).where(Staff.id == row.printed_by_id)) or ""
    return IssuedDocument(**_columns(row, printed_by), pdf=row.pdf, reused=reused)


def issue_contract(db: Database, *, staff_id: int, subscription_id: int, now: datetime | None = None) -> IssuedDocument:
    """The contract (both copies) of *subscription_id*, recorded; an unchanged contract reuses its last record."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = get_or_raise(session, Subscription, subscription_id)
        sheet = contract_sheet_in(session, subscription)
        pdf = render_contract(sheet)
        draft = _Draft(
            kind=DocumentKind.CONTRACT,
            subject=sheet.contract_number,
            subject_key=f"subscription:{subscription.id}",
            customer_id=subscription.customer_id,
            subscription_id=subscription.id,
            issued_on=sheet.issued_on,
            render=lambda _number, _day: pdf,
        )
        return _issue(session, draft, staff_id=staff_id, now=now)


def issue_pre_contract(
    db: Database,
    *,
    staff_id: int,
    plan_id: int,
    term_months: int,
    discount_category_ids: Sequence[int] = (),
    customer_id: int | None = None,
    payment_method: PaymentMethod | None = None,
    now: datetime | None = None,
) -> IssuedDocument:
    """The pre-contract sheet for signing up to *plan_id* today, with the figures ``quote_sign_up`` gives, explained
    by *staff_id*; the same sheet issued again on the same day reuses its record."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        sheet = pre_contract_sheet_in(
            session,
            explained_by=staff.name,
            plan_id=plan_id,
            term_months=term_months,
            discount_category_ids=discount_category_ids,
            customer_id=customer_id,
            payment_method=payment_method,
            issued_on=today,
        )
        pdf = render_pre_contract(sheet)
        discounts = ",".join(str(i) for i in sorted(set(discount_category_ids)))
        method = payment_method.value if payment_method else ""
        draft = _Draft(
            kind=DocumentKind.PRE_CONTRACT,
            subject=f"{sheet.plan.plan_name} {format_months(term_months)}",
            subject_key=(
                f"plan:{plan_id}:months:{term_months}:discounts:{discounts}:customer:{customer_id or ''}"
                f":payment:{method}"
            ),
            customer_id=customer_id,
            subscription_id=None,
            issued_on=today,
            render=lambda _number, _day: pdf,
        )
        return _issue(session, draft, staff_id=staff.id, now=now)


def issue_change_confirmation(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    address_version_id: int | None = None,
    phone_version_id: int | None = None,
    now: datetime | None = None,
) -> IssuedDocument:
    """The confirmation of one address or phone change (exactly one of the two version ids), with the contracts it
    applies to; reissued unchanged, it is the same document with its first number and date."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        change = contact_change_in(
            session,
            customer_id=customer_id,
            address_version_id=address_version_id,
            phone_version_id=phone_version_id,
        )

        def render(number: str, day: date) -> bytes:
            sheet = change_confirmation_sheet_in(session, change, document_number=number, issued_on=day)
            return render_change_confirmation(sheet)

        draft = _Draft(
            kind=DocumentKind.CHANGE_CONFIRMATION,
            subject=change.subject,
            subject_key=change.subject_key,
            customer_id=customer_id,
            subscription_id=None,
            issued_on=shop_today(now),
            render=render,
            keeps_first_issue=True,
        )
        return _issue(session, draft, staff_id=staff_id, now=now)


def issue_subscription_change(
    db: Database, *, staff_id: int, event_id: int, now: datetime | None = None
) -> IssuedDocument:
    """The confirmation of one recorded transition of a contract (pause, early resume, plan change, cancellation
    or renewal); reissued unchanged, it is the same document with its first number and date."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        event = confirmed_event_in(session, event_id)
        subscription = get_or_raise(session, Subscription, event.subscription_id)

        def render(number: str, day: date) -> bytes:
            sheet = subscription_change_sheet_in(session, event, document_number=number, issued_on=day)
            return render_subscription_change(sheet)

        draft = _Draft(
            kind=DocumentKind.SUBSCRIPTION_CHANGE,
            subject=subscription_change_subject(event),
            subject_key=f"subscription_event:{event.id}",
            customer_id=subscription.customer_id,
            subscription_id=subscription.id,
            issued_on=shop_today(now),
            render=render,
            keeps_first_issue=True,
        )
        return _issue(session, draft, staff_id=staff_id, now=now)


def issue_receipt(
    db: Database,
    *,
    staff_id: int,
    payment_id: int,
    paper: ReceiptPaper = ReceiptPaper.A4,
    now: datetime | None = None,
) -> IssuedDocument:
    """The receipt (영수증) of one payment, or of one refund (환불 영수증), on A4 or on an 80 mm roll, recorded;
    printed again on the same paper, it is the same document with its first number and date (each paper is its own
    record: its own file)."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        entry = get_or_raise(session, LedgerEntry, payment_id)
        if entry.kind not in (EntryKind.PAYMENT.value, EntryKind.REFUND.value) or entry.voided_at is not None:
            raise ValidationError.of(
                "payment", QT_TRANSLATE_NOOP("Validation", "A receipt is printed for a payment that stands.")
            )
        is_refund = entry.kind == EntryKind.REFUND.value

        def render(number: str, day: date) -> bytes:
            sheet = refund_receipt_sheet_in if is_refund else receipt_sheet_in
            return render_receipt(sheet(session, entry, document_number=number, issued_on=day), paper)

        subject = f"{format_won(entry.amount)} ({format_date(shop_today(entry.recorded_at))})"
        key = f"{'refund' if is_refund else 'payment'}:{entry.id}"
        draft = _Draft(
            kind=DocumentKind.RECEIPT,
            subject=subject if paper is ReceiptPaper.A4 else f"{subject} {paper.value}",
            subject_key=key if paper is ReceiptPaper.A4 else f"{key}:{paper.value}",
            customer_id=entry.customer_id,
            subscription_id=None,
            issued_on=shop_today(now),
            render=render,
            keeps_first_issue=True,
        )
        return _issue(session, draft, staff_id=staff_id, now=now)


def issue_statement(
    db: Database, *, staff_id: int, customer_id: int, first: date, last: date, now: datetime | None = None
) -> IssuedDocument:
    """The statement (거래 내역서) of the customer's account from *first* to *last*, as the ledger stands now,
    recorded; issued again the same day with nothing changed, it is the same document."""
    now = now or utc_now()
    first, last = check_statement_period(first, last)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        customer = get_or_raise(session, Customer, customer_id)

        def render(number: str, day: date) -> bytes:
            sheet = statement_sheet_in(session, customer, first=first, last=last, document_number=number, issued_on=day)
            return render_statement(sheet)

        draft = _Draft(
            kind=DocumentKind.STATEMENT,
            subject=format_period(first, last),
            subject_key=f"statement:{customer.id}:{first.isoformat()}:{last.isoformat()}",
            customer_id=customer.id,
            subscription_id=None,
            issued_on=shop_today(now),
            render=render,
        )
        return _issue(session, draft, staff_id=staff_id, now=now)


# --- the record ---------------------------------------------------------------------------------------------------


def _listing() -> Select[tuple[PrintedDocument, str]]:
    return select(PrintedDocument, Staff.name).join(Staff, Staff.id == PrintedDocument.printed_by_id)


def list_documents(
    db: Database, *, customer_id: int | None = None, subscription_id: int | None = None
) -> list[DocumentRow]:
    """Printed documents, newest first: a customer's (their contracts' included), a contract's, or all."""
    query = _listing().options(defer(PrintedDocument.pdf))
    if customer_id is not None:
        query = query.where(PrintedDocument.customer_id == customer_id)
    if subscription_id is not None:
        query = query.where(PrintedDocument.subscription_id == subscription_id)
    query = query.order_by(PrintedDocument.printed_at.desc(), PrintedDocument.id.desc())
    with db.reading() as session:
        return [_row(row, name) for row, name in session.execute(query).tuples()]


def document_pdf(db: Database, document_id: int) -> bytes:
    """The document's PDF exactly as issued, after checking it against the recorded SHA-256.

    Raises ``DocumentIntegrityError`` when the stored bytes do not match, ``NotFoundError`` for an unknown id.
    """
    with db.reading() as session:
        row = get_or_raise(session, PrintedDocument, document_id)
        actual = sha256_of(row.pdf)
        if actual != row.sha256:
            raise DocumentIntegrityError(row.document_number or str(row.id), row.sha256, actual)
        return row.pdf


def _record_reprint(
    session: Session, row: PrintedDocument, *, staff_id: int, now: datetime, on_issue: bool = False
) -> None:
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action="document.reprint",
        entity=_ENTITY,
        entity_id=row.id,
        after={"number": row.document_number, "version": row.version, "sha256": row.sha256, "on_issue": on_issue},
    )


def record_reprint(db: Database, *, staff_id: int, document_id: int, now: datetime | None = None) -> None:
    """That *staff_id* printed (or saved) the stored document again; no new document is made."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        _record_reprint(session, get_or_raise(session, PrintedDocument, document_id), staff_id=staff_id, now=now)
