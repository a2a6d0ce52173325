"""Issuing a document and showing it: every issue is recorded by the service first, then previewed; printing or
saving it again from the preview, or from the list of printed documents, is recorded as a reprint of the same file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.documents import (
    DocumentIntegrityError,
    DocumentRow,
    IssuedDocument,
    document_pdf,
    issue_change_confirmation,
    issue_contract,
    issue_pre_contract,
    issue_receipt,
    issue_statement,
    issue_subscription_change,
    record_reprint,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.seller_details import offer_shop_details
from toysub_desktop.ui.settings import MachineSettings
from toysub_desktop.ui.text import moment_text, problem_text

_CONTEXT = "Printing"
#: What a clerk needs to tell one printed paper from another (the file's hash stays in the audit, not on screen).
_CAPTION = QT_TRANSLATE_NOOP("Printing", "{number} · version {version} · issued {when} by {who}")
_CONTRACT = QT_TRANSLATE_NOOP("Printing", "Contract")
_PRE_CONTRACT = QT_TRANSLATE_NOOP("Printing", "Pre-contract information sheet")
_CHANGE = QT_TRANSLATE_NOOP("Printing", "Change confirmation")
_SUBSCRIPTION_CHANGE = QT_TRANSLATE_NOOP("Printing", "Contract change confirmation")
_RECEIPT = QT_TRANSLATE_NOOP("Printing", "Receipt")
_STATEMENT = QT_TRANSLATE_NOOP("Printing", "Account statement")
_DOCUMENT = QT_TRANSLATE_NOOP("Printing", "Printed document")
_NOT_ISSUED = QT_TRANSLATE_NOOP("Printing", "The document was not issued")
_ALTERED = QT_TRANSLATE_NOOP(
    "Printing",
    "The stored copy of {number} no longer matches the file that was issued, so it is not shown as the original. "
    "Issue the document again; the damaged record stays for review.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _reprint_recorder(counter: Counter, document_id: int, *, first_is_the_issue: bool) -> Callable[[str], None]:
    outputs = 0

    def recorded(_what: str) -> None:
        nonlocal outputs
        outputs += 1
        if outputs > 1 or not first_is_the_issue:
            record_reprint(counter.db, staff_id=counter.staff.id, document_id=document_id, now=counter.now())

    return recorded


def _caption(document: DocumentRow) -> str:
    return _tr(_CAPTION).format(
        number=document.number,
        version=document.version,
        when=moment_text(document.printed_at),
        who=document.printed_by,
    )


def preview(
    counter: Counter,
    document: DocumentRow,
    pdf: bytes,
    *,
    title: str,
    fresh: bool,
    parent: QWidget | None,
    receipt_printer: str | None = None,
) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(
        pdf,
        title=title,
        file_name=f"{document.number} {document.subject}.pdf".replace("/", "-"),
        caption=_caption(document),
        on_output=_reprint_recorder(counter, document.id, first_is_the_issue=fresh),
        receipt_printer=receipt_printer,
        parent=parent,
    )
    return dialog


def _run(
    parent: QWidget | None,
    issue: Callable[[], IssuedDocument],
    counter: Counter,
    title: str,
    *,
    receipt_printer: str | None = None,
) -> None:
    try:
        document = issue()
    except SellerDetailsMissing as missing:
        if offer_shop_details(counter, missing, parent):
            # The details are in: issue the document the clerk asked for.
            _run(parent, issue, counter, title, receipt_printer=receipt_printer)
        return
    except ValidationError as error:
        QMessageBox.warning(parent, _tr(_NOT_ISSUED), "\n".join(problem_text(p) for p in error.problems))
        return
    except DatabaseProblem as problem:
        show_problem(problem, parent)
        return
    preview(
        counter, document, document.pdf, title=title, fresh=True, parent=parent, receipt_printer=receipt_printer
    ).exec()


def show_contract(counter: Counter, subscription_id: int, parent: QWidget | None = None) -> None:
    title = _tr(_CONTRACT)
    _run(
        parent,
        lambda: issue_contract(
            counter.db, staff_id=counter.staff.id, subscription_id=subscription_id, now=counter.now()
        ),
        counter,
        title,
    )


def show_pre_contract(
    counter: Counter,
    *,
    plan_id: int,
    term_months: int,
    discount_category_ids: tuple[int, ...],
    customer_id: int | None,
    parent: QWidget | None = None,
) -> None:
    title = _tr(_PRE_CONTRACT)
    _run(
        parent,
        lambda: issue_pre_contract(
            counter.db,
            staff_id=counter.staff.id,
            plan_id=plan_id,
            term_months=term_months,
            discount_category_ids=discount_category_ids,
            customer_id=customer_id,
            now=counter.now(),
        ),
        counter,
        title,
    )


def show_document(counter: Counter, document: DocumentRow, parent: QWidget | None = None) -> None:
    """A recorded document, exactly as it was issued (its bytes are checked against the recorded hash)."""
    try:
        pdf = document_pdf(counter.db, document.id)
    except DocumentIntegrityError:
        QMessageBox.warning(parent, _tr(_DOCUMENT), _tr(_ALTERED).format(number=document.number))
        return
    except DatabaseProblem as problem:
        show_problem(problem, parent)
        return
    title = _tr(_DOCUMENT)
    preview(counter, document, pdf, title=title, fresh=False, parent=parent).exec()


def show_change_confirmation(
    counter: Counter,
    customer_id: int,
    *,
    address_version_id: int | None = None,
    phone_version_id: int | None = None,
    parent: QWidget | None = None,
) -> None:
    _run(
        parent,
        lambda: issue_change_confirmation(
            counter.db,
            staff_id=counter.staff.id,
            customer_id=customer_id,
            address_version_id=address_version_id,
            phone_version_id=phone_version_id,
            now=counter.now(),
        ),
        counter,
        _tr(_CHANGE),
    )


def show_subscription_change(counter: Counter, event_id: int, parent: QWidget | None = None) -> None:
    """The confirmation of a recorded pause, early resume, plan change, cancellation or renewal."""
    _run(
        parent,
        lambda: issue_subscription_change(counter.db, staff_id=counter.staff.id, event_id=event_id, now=counter.now()),
        counter,
        _tr(_SUBSCRIPTION_CHANGE),
    )


def show_receipt(
    counter: Counter, payment_id: int, parent: QWidget | None = None, *, settings: MachineSettings | None = None
) -> None:
    """The payment's receipt on the paper this PC prints receipts on (A4 or the 80 mm roll), for its printer."""
    settings = settings or MachineSettings()
    paper = settings.receipt_paper
    _run(
        parent,
        lambda: issue_receipt(
            counter.db, staff_id=counter.staff.id, payment_id=payment_id, paper=paper, now=counter.now()
        ),
        counter,
        _tr(_RECEIPT),
        receipt_printer=settings.receipt_printer,
    )


def show_statement(counter: Counter, customer_id: int, first: date, last: date, parent: QWidget | None = None) -> None:
    """The customer's statement (거래 내역서) of the period, recorded, in the preview."""
    _run(
        parent,
        lambda: issue_statement(
            counter.db, staff_id=counter.staff.id, customer_id=customer_id, first=first, last=last, now=counter.now()
        ),
        counter,
        _tr(_STATEMENT),
    )
