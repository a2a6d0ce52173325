"""Finding customers: by any part of the name, by 초성, by customer number, by any number they ever had.

Every query returns one page of rows, read from an index range in list order that stops after the page, so the
list costs what one screen costs at 100,000 customers, and no match is ever left out. Which address and phone
are current is resolved for the page only.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import BindParameter, Date, Integer, Select, and_, bindparam, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Customer, CustomerNameKey, PhoneVersion
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.hangul import name_matches, query_keys, query_too_short
from toysub_desktop.domain.person import parse_customer_number
from toysub_desktop.domain.phone import digits_for_search, phone_from_e164
from toysub_desktop.domain.text_input import clean_search
from toysub_desktop.domain.timeline import in_effect_on, periods_in_effect
from toysub_desktop.services.views import CustomerRow

PAGE_SIZE = 100
#: Fewer digits than this match too many numbers to be useful.
MIN_PHONE_DIGITS = 4
#: A phone search counts its matching numbers up to this many, to choose between sorting them and walking the list.
PHONE_COUNT_AT_MOST = 20_000
#: So many digits match at most a few numbers in 10,000: always sorted.
PHONE_DENSE_BELOW = 7
#: List order: by name (compared by code point on both backends), then by id for namesakes. Initials derive
#: from the name, so naming them changes nothing but lets ``ix_customer_list`` serve the whole list.
LIST_ORDER = (Customer.name, Customer.name_initials, Customer.id)
#: The same order inside one search key's range of ``customer_name_key``.
_KEY_ORDER = (CustomerNameKey.name, CustomerNameKey.customer_id)
#: A page of one key's customers, built once (a query of up to three characters is one key).
_ONE_KEY = (
    select(CustomerNameKey.customer_id)
    .where(CustomerNameKey.key == bindparam("key"))
    .order_by(*_KEY_ORDER)
    .offset(bindparam("offset", type_=Integer))
    .limit(bindparam("limit", type_=Integer))
)
#: A long query also checks up to this many of its other three-character runs in SQL (each one primary-key
#: probe per candidate), so nearly every candidate read is a match.
_EXTRA_KEYS = 3


class SearchHint(Enum):
    """Why a query was not searched: it would list most customers. The UI says what to type instead."""

    #: A single initial consonant ("ㄱ"): add a syllable or another initial.
    SINGLE_INITIAL = "single_initial"
    #: Fewer than ``MIN_PHONE_DIGITS`` digits: type the last four digits or more.
    TOO_FEW_DIGITS = "too_few_digits"


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[CustomerRow, ...]
    #: Whether asking for the next page (``offset + len(rows)``) returns more: true exactly when more match.
    has_more: bool
    #: Set when the query was not searched because it is too short to mean anything yet.
    hint: SearchHint | None = None


def search_customers(
    db: Database, query: str, *, offset: int = 0, limit: int = PAGE_SIZE, today: date | None = None
) -> SearchPage:
    """One page of customers matching *query* (all customers, by name, when it is empty).

    A customer number finds that customer; a query with digits is a phone number, current or former, matched
    at its start or its end; anything else matches names (``domain.hangul.name_matches``): syllables, initials
    or a mix, anywhere in the name. Every kind lists its matches in one order, page after page.
    """
    today = today or shop_today()
    text = clean_search(query)
    number = parse_customer_number(text)
    digit_count = sum(c.isdigit() for c in unicodedata.normalize("NFKC", text))
    if number is None and digit_count and digit_count < MIN_PHONE_DIGITS:
        return SearchPage((), False, SearchHint.TOO_FEW_DIGITS)
    if number is None and not digit_count and query_too_short(text):
        return SearchPage((), False, SearchHint.SINGLE_INITIAL)
    with db.reading() as session:
        matched_phones: dict[int, int] = {}
        if number is not None:
            ids = _page(session, select(Customer.id).where(Customer.id == number), offset, limit + 1)
        elif digit_count:
            # Names hold no digits, so only a number can match.
            digits = digits_for_search(text)
            if digits is not None and len(digits) >= MIN_PHONE_DIGITS:
                matched_phones = _customers_by_phone(session, digits, offset, limit + 1)
            ids = list(matched_phones)
        else:
            ids = _customers_by_name(session, text, offset, limit + 1)
        has_more = len(ids) > limit
        rows = _rows(session, ids[:limit], today, matched_phones)
    return SearchPage(tuple(rows), has_more)


def _page(session: Session, query: Select[tuple[int]], offset: int, limit: int) -> list[int]:
    ordered = query.order_by(*LIST_ORDER).offset(offset).limit(limit)
    return list(session.connection().scalars(ordered))


def _customers_by_name(session: Session, text: str, offset: int, limit: int) -> list[int]:
    """Customers whose name matches *text*, in list order, through the name keys.

    Up to three characters the query is a key itself: one range of the key table's primary key, already in list
    order, read from *offset* to one page. A longer query reads the range of its most telling run, keeps the
    names that have its other runs too (primary-key probes), and lets ``name_matches`` decide on the rest.
    """
    keys = query_keys(text)
    if not keys:
        return _page(session, select(Customer.id), offset, limit)
    if len(keys) == 1:
        return list(session.connection().scalars(_ONE_KEY, {"key": keys[0], "offset": offset, "limit": limit}))
    first = CustomerNameKey
    query = select(first.customer_id, first.name).where(first.key == keys[0]).order_by(*_KEY_ORDER)
    for key in keys[1 : 1 + _EXTRA_KEYS]:
        other = aliased(CustomerNameKey)
        query = query.where(
            select(other.key)
            .where(other.key == key, other.name == first.name, other.customer_id == first.customer_id)
            .exists()
        )
    found: list[int] = []
    skipped = 0
    for customer_id, name in session.connection().execute(query).tuples():
        if not name_matches(name, text):
            continue
        if skipped < offset:
            skipped += 1
            continue
        found.append(customer_id)
        if len(found) >= limit:
            break
    return found


_PHONE_MATCHING = and_(
    PhoneVersion.voided_at.is_(None),
    or_(
        PhoneVersion.national_digits.between(bindparam("start"), bindparam("start_end")),
        PhoneVersion.digits_reversed.between(bindparam("tail"), bindparam("tail_end")),
    ),
)
_LATEST_FIRST = (PhoneVersion.effective_from.desc(), PhoneVersion.id.desc())
#: Few matches: the matching numbers, joined to their customers and sorted into list order.
_PHONE_SORTED = (
    select(PhoneVersion.customer_id, PhoneVersion.id)
    .join(Customer, Customer.id == PhoneVersion.customer_id)
    .where(_PHONE_MATCHING)
    .order_by(*LIST_ORDER, *_LATEST_FIRST)
)
#: Many matches: the customer list in order, each customer's latest matching number by an index probe.
_MATCHING_VERSION = (
    select(PhoneVersion.id)
    .where(PhoneVersion.customer_id == Customer.id, _PHONE_MATCHING)
    .order_by(*_LATEST_FIRST)
    .limit(1)
)
_PHONE_WALK = (
    select(Customer.id, _MATCHING_VERSION.scalar_subquery())
    .where(_MATCHING_VERSION.exists())
    .order_by(*LIST_ORDER)
    .offset(bindparam("offset", type_=Integer))
    .limit(bindparam("limit", type_=Integer))
)


def _customers_by_phone(session: Session, digits: str, offset: int, limit: int) -> dict[int, int]:
    """Customers with any number, current or former, that starts or ends with *digits* → the matching version
    (the latest in effect of a customer's matching numbers).

    Few matching numbers ("…5678", a whole number) are index range scans (national digits for "010-1234…", the
    reversed digits for "…5678") sorted into list order. Many ("010-2", typed on the way to a whole number) would
    be a sort of tens of thousands: then the customer list is walked in order, each customer checked by an index
    probe, and the walk stops at the page.
    """
    tail = digits[::-1]
    ranges = {"start": digits, "start_end": digits + "\uffff", "tail": tail, "tail_end": tail + "\uffff"}
    connection = session.connection()
    # Every national number starts with 0, so only a short query starting with 0 can match very many.
    if (
        digits.startswith("0")
        and len(digits) < PHONE_DENSE_BELOW
        and _walk_beats_sort(connection, digits, offset + limit)
    ):
        walk = connection.execute(_PHONE_WALK, {**ranges, "offset": offset, "limit": limit}).tuples()
        return {customer_id: version_id for customer_id, version_id in walk}
    found: dict[int, int] = {}
    for customer_id, version_id in connection.execute(_PHONE_SORTED, ranges).tuples():
        found.setdefault(customer_id, version_id)
        if len(found) >= offset + limit:
            break
    return dict(list(found.items())[offset:])


def _walk_beats_sort(connection: Connection, digits: str, page_end: int) -> bool:
    """Whether walking the list probes fewer customers (about page end × customers / matches) than sorting reads.

    Only the start of a number can match that many (every mobile number starts "010"); the estimate counts that
    index range alone, voided numbers included, so it costs no table rows.
    """
    v = PhoneVersion
    in_range = select(v.national_digits).where(v.national_digits.between(digits, digits + "\uffff"))
    numbers = connection.scalar(select(func.count()).select_from(in_range.limit(PHONE_COUNT_AT_MOST).subquery())) or 0
    if numbers * numbers <= page_end * PHONE_COUNT_AT_MOST:
        return False  # cheap to sort whatever the number of customers: no need to ask it
    customers = connection.scalar(select(func.max(Customer.id))) or 0
    return page_end * customers < numbers * numbers


# Every query here selects plain columns, so it runs on the session's connection: the ORM's result layer would
# only add its per-row overhead (about a third of each statement's time at a page of 100).


@dataclass(frozen=True, slots=True)
class _PhoneLine:
    id: int
    effective_from: date
    effective_until: date | None
    recorded_at: datetime
    voided_at: datetime | None
    role: str
    e164: str | None


#: The page's statements, built once: the ids are one expanding parameter, so a page costs no statement building
#: or cache-key work per id.
_PAGE_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_TODAY: BindParameter[date] = bindparam("today", type_=Date)


def _in_effect_today(model: type[AddressVersion] | type[PhoneVersion], column: Any, *conditions: Any) -> Any:
    """SQL, per customer: *column* of the version in effect today as known now, the rule of
    ``domain.timeline.in_effect_on`` (latest ``effective_from``, then ``recorded_at``, then id), one index probe."""
    return (
        select(column)
        .where(
            model.customer_id == Customer.id,
            *conditions,
            model.voided_at.is_(None),
            model.effective_from <= _TODAY,
            or_(model.effective_until.is_(None), model.effective_until >= _TODAY),
        )
        .order_by(model.effective_from.desc(), model.recorded_at.desc(), model.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )


#: One row per customer of the page, with the address and primary number in effect resolved in SQL.
_PAGE = (
    select(
        Customer.id, Customer.number, Customer.name,
        _in_effect_today(PhoneVersion, PhoneVersion.e164, PhoneVersion.role == PhoneRole.PRIMARY.value),
        AddressVersion.id, AddressVersion.postal_code, AddressVersion.road_address, AddressVersion.detail,
        AddressVersion.entry_notes, AddressVersion.delivery_memo,
    )
    .outerjoin(AddressVersion, AddressVersion.id == _in_effect_today(AddressVersion, AddressVersion.id))
    .where(Customer.id.in_(_PAGE_IDS))
)  # fmt: skip
#: Every live number of the customers found by a number, to label a former one with its dates.
_PAGE_PHONES = select(
    PhoneVersion.customer_id, PhoneVersion.id, PhoneVersion.effective_from, PhoneVersion.effective_until,
    PhoneVersion.recorded_at, PhoneVersion.role, PhoneVersion.e164,
).where(PhoneVersion.customer_id.in_(_PAGE_IDS), PhoneVersion.voided_at.is_(None))  # fmt: skip


def _phone_lines(session: Session, ids: Sequence[int]) -> dict[int, list[_PhoneLine]]:
    lines: dict[int, list[_PhoneLine]] = defaultdict(list)
    for customer_id, id_, first, last, recorded, role, e164 in (
        session.connection().execute(_PAGE_PHONES, {"ids": list(ids)}).all()
    ):
        lines[customer_id].append(_PhoneLine(id_, first, last, recorded, None, role, e164))
    return lines


def _rows(session: Session, ids: Sequence[int], today: date, matched_phones: dict[int, int]) -> list[CustomerRow]:
    if not ids:
        return []
    page = {row[0]: row for row in session.connection().execute(_PAGE, {"ids": list(ids), "today": today}).all()}
    phones = _phone_lines(session, list(matched_phones)) if matched_phones else {}
    rows = []
    for customer_id in ids:
        _id, number, name, primary, address_id, postal, road, detail, entry, memo = page[customer_id]
        row = CustomerRow(
            id=customer_id,
            number=number or "",
            name=name,
            primary_phone=phone_from_e164(primary) if primary else None,
            address=Address(postal, road, detail, entry, memo) if address_id is not None else None,
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
