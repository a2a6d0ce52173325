"""Finding customers: by any part of the name, by 초성, by customer number, by any number they ever had.

Every query returns one page of rows, fetched with indexed or bounded queries, so the list costs what one screen
costs at 100,000 customers. Which address and phone are current is resolved for the page only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Customer, PhoneVersion
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.hangul import initials_key_for_query, is_initials_query, name_matches
from toysub_desktop.domain.person import parse_customer_number
from toysub_desktop.domain.phone import digits_for_search, phone_from_e164
from toysub_desktop.domain.text_input import clean_search
from toysub_desktop.domain.timeline import in_effect_on, periods_in_effect
from toysub_desktop.services.views import CustomerRow

PAGE_SIZE = 100
#: A mixed query ("김ㅁㅅ") is prefiltered by initials in SQL and checked in Python; this bounds the check.
MIXED_QUERY_CANDIDATES = 5000
#: Fewer digits than this match too many numbers to be useful.
MIN_PHONE_DIGITS = 4
#: List order. Initials derive from the name, so this is name order; naming them lets one index
#: (``ix_customer_list``) serve both the order and the 초성 match without reading the table.
LIST_ORDER = (Customer.name, Customer.name_initials, Customer.id)


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[CustomerRow, ...]
    #: Whether asking for the next page (``offset + len(rows)``) can return more.
    has_more: bool


def search_customers(
    db: Database, query: str, *, offset: int = 0, limit: int = PAGE_SIZE, today: date | None = None
) -> SearchPage:
    """One page of customers matching *query* (all customers, by name, when it is empty)."""
    today = today or shop_today()
    text = clean_search(query)
    with db.reading() as session:
        number = parse_customer_number(text)
        digits = digits_for_search(text)
        matched_phones: dict[int, int] = {}
        if number is not None:
            ids = _page(session, select(Customer.id).where(Customer.id == number), offset, limit + 1)
        elif digits is not None:
            if len(digits) < MIN_PHONE_DIGITS:
                return SearchPage((), False)
            matched_phones = _customers_by_phone(session, digits, offset, limit + 1)
            ids = list(matched_phones)
        elif not text:
            ids = _page(session, select(Customer.id), offset, limit + 1)
        elif is_initials_query(text):
            key = _like_fragment(initials_key_for_query(text))
            ids = _page(
                session,
                select(Customer.id).where(Customer.name_initials.like(key, escape="\\")),
                offset,
                limit + 1,
            )
        elif initials_key_for_query(text) != text.replace(" ", "").lower() and _has_jamo(text):
            ids = _mixed_query(session, text, offset, limit + 1)
        else:
            compact = text.replace(" ", "")
            ids = _page(
                session,
                select(Customer.id).where(
                    or_(
                        Customer.name.like(_like_fragment(text), escape="\\"),
                        Customer.name.like(_like_fragment(compact), escape="\\"),
                    )
                ),
                offset,
                limit + 1,
            )
        has_more = len(ids) > limit
        rows = _rows(session, ids[:limit], today, matched_phones)
    return SearchPage(tuple(rows), has_more)


def _has_jamo(text: str) -> bool:
    return any("\u3131" <= ch <= "\u314e" for ch in text)


def _like_fragment(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(session: Session, query: Select[tuple[int]], offset: int, limit: int) -> list[int]:
    ordered = query.order_by(*LIST_ORDER).offset(offset).limit(limit)
    return list(session.scalars(ordered))


def _mixed_query(session: Session, text: str, offset: int, limit: int) -> list[int]:
    key = _like_fragment(initials_key_for_query(text))
    candidates = session.execute(
        select(Customer.id, Customer.name)
        .where(Customer.name_initials.like(key, escape="\\"))
        .order_by(*LIST_ORDER)
        .limit(MIXED_QUERY_CANDIDATES)
    ).tuples()
    matching = [customer_id for customer_id, name in candidates if name_matches(name, text)]
    return matching[offset : offset + limit]


def _customers_by_phone(session: Session, digits: str, offset: int, limit: int) -> dict[int, int]:
    """Customers with any number, current or former, that starts or ends with *digits* → the matching version.

    Both are index range scans: national digits for "010-1234…", the reversed digits for "…5678".
    """
    reversed_digits = digits[::-1]
    query = (
        select(PhoneVersion.customer_id, PhoneVersion.id)
        .join(Customer, Customer.id == PhoneVersion.customer_id)
        .where(
            PhoneVersion.voided_at.is_(None),
            or_(
                PhoneVersion.national_digits.between(digits, digits + "\uffff"),
                PhoneVersion.digits_reversed.between(reversed_digits, reversed_digits + "\uffff"),
            ),
        )
        .order_by(*LIST_ORDER, PhoneVersion.effective_from.desc())
    )
    found: dict[int, int] = {}
    for customer_id, version_id in session.execute(query).tuples():
        found.setdefault(customer_id, version_id)
        if len(found) >= offset + limit:
            break
    return dict(list(found.items())[offset:])


@dataclass(frozen=True, slots=True)
class _AddressLine:
    """What the list needs of an address version: plain tuples, so a page costs no ORM objects."""

    id: int
    effective_from: date
    effective_until: date | None
    recorded_at: datetime
    voided_at: datetime | None
    address: Address


@dataclass(frozen=True, slots=True)
class _PhoneLine:
    id: int
    effective_from: date
    effective_until: date | None
    recorded_at: datetime
    voided_at: datetime | None
    role: str
    e164: str | None


def _address_lines(session: Session, ids: Sequence[int]) -> dict[int, list[_AddressLine]]:
    v = AddressVersion
    query = select(
        v.customer_id, v.id, v.effective_from, v.effective_until, v.recorded_at, v.postal_code, v.road_address,
        v.detail, v.entry_notes, v.delivery_memo,
    ).where(v.customer_id.in_(ids), v.voided_at.is_(None))  # fmt: skip
    lines: dict[int, list[_AddressLine]] = defaultdict(list)
    for customer_id, id_, first, last, recorded, postal, road, detail, entry, memo in session.execute(query):
        lines[customer_id].append(
            _AddressLine(id_, first, last, recorded, None, Address(postal, road, detail, entry, memo))
        )
    return lines


def _phone_lines(session: Session, ids: Sequence[int]) -> dict[int, list[_PhoneLine]]:
    v = PhoneVersion
    query = select(v.customer_id, v.id, v.effective_from, v.effective_until, v.recorded_at, v.role, v.e164).where(
        v.customer_id.in_(ids), v.voided_at.is_(None)
    )
    lines: dict[int, list[_PhoneLine]] = defaultdict(list)
    for customer_id, id_, first, last, recorded, role, e164 in session.execute(query):
        lines[customer_id].append(_PhoneLine(id_, first, last, recorded, None, role, e164))
    return lines


def _rows(session: Session, ids: Sequence[int], today: date, matched_phones: dict[int, int]) -> list[CustomerRow]:
    if not ids:
        return []
    customers = {
        customer_id: (number, name)
        for customer_id, number, name in session.execute(
            select(Customer.id, Customer.number, Customer.name).where(Customer.id.in_(ids))
        ).tuples()
    }
    addresses = _address_lines(session, ids)
    phones = _phone_lines(session, ids)
    rows = []
    for customer_id in ids:
        number, name = customers[customer_id]
        address = in_effect_on(addresses[customer_id], today)
        own = [v for v in phones[customer_id] if v.role == PhoneRole.PRIMARY.value]
        primary = in_effect_on(own, today)
        row = CustomerRow(
            id=customer_id,
            number=number or "",
            name=name,
            primary_phone=phone_from_e164(primary.e164) if primary and primary.e164 else None,
            address=address.address if address else None,
        )
        matched_id = matched_phones.get(customer_id)
        if matched_id is not None:
            row = _with_former_match(row, phones[customer_id], matched_id, today)
        rows.append(row)
    return rows


def _with_former_match(row: CustomerRow, versions: list[_PhoneLine], matched_id: int, today: date) -> CustomerRow:
    """Label a match on a number that is not the customer's now, with the dates it was theirs."""
    matched = next(v for v in versions if v.id == matched_id)
    same_role = [v for v in versions if v.role == matched.role]
    current = in_effect_on(same_role, today)
    if current is not None and current.e164 == matched.e164:
        return row
    periods = periods_in_effect(same_role, matched)
    assert matched.e164 is not None
    return CustomerRow(
        id=row.id,
        number=row.number,
        name=row.name,
        primary_phone=row.primary_phone,
        address=row.address,
        former_phone=phone_from_e164(matched.e164),
        former_period=periods[-1] if periods else None,
    )
