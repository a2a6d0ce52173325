"""The contract (계약서): one PDF holding a copy for the shop and a copy for the customer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Table

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_month, format_months, format_period
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    build_pdf,
    data_table,
    field_grid,
    heading,
    keep_together,
    paragraph,
    shop_and_customer_signatures,
    signature_block,
    styles,
    subheading,
    title_block,
)
from toysub_desktop.documents.sections import fee_table, payment_fields, plan_rows, shop_fields, terms_story
from toysub_desktop.documents.standard_terms import consent_notice_rows
from toysub_desktop.documents.values import ConsentLine, ContractSheet, Copy, ShopDetails

COPY_LABELS: Mapping[Copy, str] = {"shop": wording.COPY_SHOP, "customer": wording.COPY_CUSTOMER}


def render_contract(sheet: ContractSheet, copies: Sequence[Copy] = ("shop", "customer")) -> bytes:
    """The contract as PDF bytes: each copy in *copies* starts on a new page, labelled and numbered on its own.

    The copies are the same contract; only the label at the top of each page and the footer tell them apart, and
    the customer's copy ends with the termination request form, which is the customer's to fill in and send.
    """
    if not copies:
        raise ValueError("print at least one copy")
    unknown = [copy for copy in copies if copy not in COPY_LABELS]
    if unknown:
        raise ValueError(f"unknown copies: {unknown}")
    labels = [COPY_LABELS[copy] for copy in copies]
    info = DocumentInfo(
        title=f"{wording.CONTRACT_TITLE} {sheet.contract_number}",
        author=sheet.shop.name,
        subject=wording.CONTRACT_SUBJECT.format(copies=wording.LIST_SEPARATOR.join(labels)),
        keywords=wording.CONTRACT_KEYWORDS.format(number=sheet.contract_number, customer_number=sheet.customer_number),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    number = f"{wording.CONTRACT_NUMBER} {sheet.contract_number}"
    form = tuple(termination_form(sheet))
    copies_printed = [
        PrintedCopy(
            badge=COPY_LABELS[copy],
            footer=wording.FOOTER_SEPARATOR.join((number, COPY_LABELS[copy])),
            appendix=form if copy == "customer" else (),
        )
        for copy in copies
    ]
    return build_pdf(info, contract_story(sheet), copies_printed)


def contract_story(sheet: ContractSheet) -> list[Flowable]:
    """The body of the contract, the same for every copy."""
    plan = sheet.plan
    term = f"{format_months(plan.term_months)} ({format_period(sheet.start_date, sheet.end_date)})"
    # Toys lent (not a box's, which become the customer's) have their own terms, after the refund section.
    rental = [heading(8, wording.RENTAL_TERMS_HEADING), paragraph(plan.rental_terms)] if plan.rental_terms else []
    after_rental = 9 if rental else 8
    contact = _shop_contact(sheet.shop)
    return [
        title_block(
            wording.CONTRACT_TITLE,
            [
                (wording.CONTRACT_NUMBER, sheet.contract_number),
                (wording.CONTRACT_ISSUED_ON, format_date(sheet.issued_on)),
            ],
            qr_value=sheet.contract_number,
        ),
        heading(1, wording.SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.CUSTOMER_HEADING),
        field_grid(_customer_rows(sheet)),
        heading(3, wording.PLAN_HEADING),
        field_grid(plan_rows(plan, term)),
        heading(4, wording.FEES_HEADING),
        fee_table(plan),
        payment_fields(plan),
        *terms_story(plan, 5),
        *rental,
        heading(after_rental, wording.DEFECT_HEADING),
        paragraph(wording.DEFECT_TEXT),
        keep_together(
            heading(after_rental + 1, wording.COMPLAINT_HEADING),
            paragraph(
                wording.COMPLAINT_TEXT.format(
                    shop=sheet.shop.name,
                    contact=contact,
                )
            ),
        ),
        heading(after_rental + 2, wording.CONSENT_HEADING),
        paragraph(wording.CONSENT_RIGHT_TO_REFUSE, styles().small),
        *_consents(wording.CONSENT_REQUIRED_HEADING, [c for c in sheet.consents if c.required]),
        *_consents(wording.CONSENT_OPTIONAL_HEADING, [c for c in sheet.consents if not c.required]),
        *_consent_notices(sheet.consents),
        keep_together(
            heading(after_rental + 3, wording.SIGNATURE),
            paragraph(wording.CONTRACT_PRE_CONTRACT_NOTE),
            paragraph(wording.CONTRACT_AGREEMENT),
            shop_and_customer_signatures(
                shop_name=sheet.shop.name,
                shop_signer=sheet.shop_signer,
                customer_number=sheet.customer_number,
                customer_name=sheet.customer_name,
                signed_on=sheet.issued_on,
            ),
        ),
    ]


def _customer_rows(sheet: ContractSheet) -> list[FieldRow]:
    children = wording.LIST_SEPARATOR.join(
        wording.CHILD_LINE.format(name=child.name, birth_month=format_month(child.birth_month))
        for child in sheet.children
    )
    return [
        ((wording.CUSTOMER_NUMBER, sheet.customer_number), (wording.CUSTOMER_NAME, sheet.customer_name)),
        ((wording.CUSTOMER_PHONE, sheet.phone),),
        ((wording.CUSTOMER_ADDRESS, sheet.delivery_address),),
        ((wording.CHILDREN, children or wording.NONE),),
    ]


def _consents(title: str, consents: Sequence[ConsentLine]) -> list[Flowable]:
    """The consents of one kind (required or optional) under their own subheading, as a table."""
    s = styles()
    if not consents:
        return [subheading(title), paragraph(wording.CONSENT_NONE, s.small)]
    rows = []
    for consent in consents:
        if consent.given_on is None:
            answer, given_on = wording.CONSENT_UNANSWERED, ""
        else:
            answer = wording.CONSENT_GRANTED if consent.granted else wording.CONSENT_REFUSED
            given_on = format_date(consent.given_on)
        rows.append(
            [
                paragraph(consent.kind_label, s.cell_label),
                answer,
                given_on,
                consent.notice_version,
                consent.method_label,
            ]
        )
    widths = (24 * mm, 27 * mm, 20 * mm, 19 * mm)
    table: Table = data_table(
        (
            wording.CONSENT_KIND,
            wording.CONSENT_ANSWER,
            wording.CONSENT_GIVEN_ON,
            wording.CONSENT_NOTICE_VERSION,
            wording.CONSENT_METHOD,
        ),
        rows,
        (CONTENT_WIDTH - sum(widths), *widths),
        center=(1, 2, 3, 4),
    )
    return [subheading(title), table]


def _consent_notices(consents: Sequence[ConsentLine]) -> list[Flowable]:
    """What each consent's notice told the customer: purpose, items, how long they are kept, the right to refuse."""
    flowables: list[Flowable] = []
    for consent in consents:
        if consent.notice is None:
            continue
        rows: list[FieldRow] = [((label, text),) for label, text in consent_notice_rows(consent.notice)]
        flowables.append(
            keep_together(
                subheading(
                    wording.CONSENT_NOTICE_OF_VERSION.format(kind=consent.kind_label, version=consent.notice_version)
                ),
                field_grid(rows),
            )
        )
    return flowables


def _shop_contact(shop: ShopDetails) -> str:
    """How to reach the shop, as the complaint section and the termination form name it."""
    template = wording.COMPLAINT_CONTACT_EMAIL if shop.email else wording.COMPLAINT_CONTACT
    return template.format(phone=shop.phone, email=shop.email, address=shop.address)


def termination_form(sheet: ContractSheet) -> list[Flowable]:
    """The termination request (계약 해지 신청서) for the customer's copy, on a page of its own to cut off and hand
    or send to the shop: the contract and customer filled in, the date, reason and signature left blank."""
    contact = _shop_contact(sheet.shop)
    return [
        paragraph(wording.TERMINATION_FORM_CUT, styles().small),
        HRFlowable(width="100%", thickness=0.6, dash=(3, 3), spaceBefore=2 * mm, spaceAfter=6 * mm),
        title_block(
            wording.TERMINATION_FORM_TITLE,
            [(wording.TERMINATION_FORM_TO.format(shop=sheet.shop.name, contact=contact), "")],
        ),
        field_grid(
            [
                ((wording.CONTRACT_NUMBER, sheet.contract_number), (wording.CUSTOMER_NUMBER, sheet.customer_number)),
                ((wording.CUSTOMER_NAME, sheet.customer_name),),
                ((wording.TERMINATION_FORM_WISHED_DATE, wording.TERMINATION_FORM_DATE_BLANK),),
                ((wording.TERMINATION_FORM_REASON, wording.TERMINATION_FORM_REASON_BLANK),),
            ]
        ),
        paragraph(wording.TERMINATION_FORM_TEXT),
        signature_block([(wording.TERMINATION_FORM_APPLICANT, [(wording.CUSTOMER_NAME, sheet.customer_name)])], None),
    ]
