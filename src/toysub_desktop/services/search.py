"""Finding customers: by any part of the name, by 초성, by customer number, by any number they ever had.

Every query returns one page of rows, read from an index range in list order that stops after the page, so the
list costs what one screen costs at 100,000 customers, and no match is ever left out. Pages follow each other by
a keyset (the last row's name and id). Which address and phone are current is resolved in SQL for the page only;
a search by number is one statement from the match to the page's rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import BindParameter, ColumnElement, Date, Integer, Select, and_, bindparam, func, join, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Customer, CustomerNameKey, PhoneVersion
from toysub_desktop.db.prepared import PreparedRead
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.hangul import name_matches, query_keys, query_too_short
from toysub_desktop.domain.person import parse_customer_number
from toysub_desktop.domain.phone import digits_for_search, phone_from_e164
from toysub_desktop.domain.text_input import clean_search
from toysub_desktop.domain.timeline import periods_in_effect
from toysub_desktop.services.queries.contact_versions import in_effect_column
from toysub_desktop.services.queries.segments import saved_segment_condition
from toysub_desktop.services.views import CustomerRow

_T = TypeVar("_T")

PAGE_SIZE = 100
#: Fewer digits than this match too many numbers to be useful.
MIN_PHONE_DIGITS = 4
#: A phone search counts its matching numbers up to this many, to choose between sorting them and walking the list.
PHONE_COUNT_AT_MOST = 20_000
#: So many digits match at most a few numbers in 10,000: always sorted.
PHONE_DENSE_BELOW = 7
#: List order: by name (compared by code point on both backends: "C" collation on PostgreSQL), then by id for
#: namesakes. Initials derive from the name, so naming them changes nothing but lets ``ix_customer_list`` serve
#: the whole list.
LIST_ORDER = (Customer.name, Customer.name_initials, Customer.id)
#: The same order inside one search key's range of ``customer_name_key``.
_KEY_ORDER = (CustomerNameKey.name, CustomerNameKey.customer_id)
#: After the keyset row (``after_name``, ``after_id``) in list order. Within one name the order is by id (the
#: initials follow from the name), so the names from ``after_name`` on are one index range; "" and 0 (no row) let
#: every customer through.
_AFTER = and_(
    Customer.name >= bindparam("after_name"),
    or_(Customer.name > bindparam("after_name"), Customer.id > bindparam("after_id")),
)
_KEY_AFTER = and_(
    CustomerNameKey.name >= bindparam("after_name"),
    or_(CustomerNameKey.name > bindparam("after_name"), CustomerNameKey.customer_id > bindparam("after_id")),
)
_OFFSET = bindparam("offset", type_=Integer)
_LIMIT = bindparam("limit", type_=Integer)
#: A page of one key's customers, built once (a query of up to three characters is one key).
_ONE_KEY = (
    select(CustomerNameKey.customer_id)
    .where(CustomerNameKey.key == bindparam("key"), _KEY_AFTER)
    .order_by(*_KEY_ORDER)
    .offset(_OFFSET)
    .limit(_LIMIT)
)
#: A page of everyone.
_EVERYONE = select(Customer.id).where(_AFTER).order_by(*LIST_ORDER).offset(_OFFSET).limit(_LIMIT)
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
    #: Whether the next page (after the last row, or ``offset + len(rows)``) holds more: true exactly when more
    #: match.
    has_more: bool
    #: Set when the query was not searched because it is too short to mean anything yet.
    hint: SearchHint | None = None


def search_customers(
    db: Database,
    query: str,
    *,
    after: CustomerRow | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
    segment_id: int | None = None,
) -> SearchPage:
    """One page of customers matching *query* (all customers, by name, when it is empty): the first, the one
    after the row *after* (a keyset: a deep page costs what the first does, and a customer registered meanwhile at
    another counter shifts no row), or from an *offset* (past *after*, if given).

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
    page: dict[str, Any] = {
        "after_name": after.name if after is not None else "",
        "after_id": after.id if after is not None else 0,
        "offset": offset,
        "limit": limit + 1,
        "today": today,
    }
    # Plain columns only: a Core connection, without a session's bookkeeping (a third of a lookup by number).
    with db.reading_connection() as connection:
        in_segment = (
            saved_segment_condition(connection, segment_id, today, walking=True) if segment_id is not None else None
        )
        if number is not None:
            lines = _BY_NUMBER.rows(connection, {**page, "number": number})
            if in_segment is not None:
                lines = _kept(connection, lines, in_segment, lambda line: int(line[0]))
            return SearchPage(tuple(_row(line) for line in lines[:limit]), len(lines) > limit)
        if digit_count:
            # Names hold no digits, so only a number can match.
            digits = digits_for_search(text)
            if digits is None or len(digits) < MIN_PHONE_DIGITS:
                return SearchPage((), False)
            matches = _customers_by_phone(connection, digits, page)
            if in_segment is not None:
                matches = _kept(connection, matches, in_segment, lambda match: int(match.line[0]))
            return SearchPage(tuple(_phone_rows(matches[:limit])), len(matches) > limit)
        ids = _customers_by_name(connection, text, page, in_segment)
        return SearchPage(tuple(_rows(connection, ids[:limit], today)), len(ids) > limit)


def _kept(
    connection: Connection, found: Sequence[_T], in_segment: ColumnElement[bool], customer_of: Callable[[_T], int]
) -> list[_T]:
    """Of a number's few matches, those in the segment (one statement over their ids)."""
    ids = {customer_of(item) for item in found}
    members = set(connection.scalars(select(Customer.id).where(Customer.id.in_(ids), in_segment))) if ids else set()
    return [item for item in found if customer_of(item) in members]


def _customers_by_name(
    connection: Connection, text: str, page: dict[str, Any], in_segment: ColumnElement[bool] | None = None
) -> list[int]:
    """Customers whose name matches *text*, in list order, through the name keys.

    Up to three characters the query is a key itself: one range of the key table's primary key, already in list
    order, read from the keyset to one page. A longer query reads the range of its most telling run, keeps the
    names that have its other runs too (primary-key probes), and lets ``name_matches`` decide on the rest.
    """
    keys = query_keys(text)
    if in_segment is not None and not keys:
        return list(connection.scalars(_EVERYONE.where(in_segment), page))
    if not keys:
        return list(connection.scalars(_EVERYONE, page))
    if len(keys) == 1 and in_segment is None:
        return list(connection.scalars(_ONE_KEY, {**page, "key": keys[0]}))
    first = CustomerNameKey
    query = select(first.customer_id, first.name).where(first.key == keys[0], _KEY_AFTER).order_by(*_KEY_ORDER)
    if in_segment is not None:
        query = query.join(Customer, Customer.id == first.customer_id).where(in_segment)
    for key in keys[1 : 1 + _EXTRA_KEYS]:
        other = aliased(CustomerNameKey)
        query = query.where(
            select(other.key)
            .where(other.key == key, other.name == first.name, other.customer_id == first.customer_id)
            .exists()
        )
    found: list[int] = []
    skipped = 0
    offset, limit = page["offset"], page["limit"]
    for customer_id, name in connection.execute(query, page).tuples():
        if not name_matches(name, text):
            continue
        if skipped < offset:
            skipped += 1
            continue
        found.append(customer_id)
        if len(found) >= limit:
            break
    return found


#: The page's parameter for today, compared with the versions' dates.
_TODAY: BindParameter[date] = bindparam("today", type_=Date)


def _in_effect_today(model: Any, column: Any, *conditions: Any, correlate: tuple[Any, ...] = (Customer,)) -> Any:
    """SQL, per customer: *column* of the version in effect today as known now (``in_effect_column``)."""
    return in_effect_column(model, column, _TODAY, *conditions, correlate=correlate)


#: What a row shows: number, name, the primary number and the address in effect today.
_ROW_COLUMNS = (
    Customer.id, Customer.number, Customer.name,
    _in_effect_today(PhoneVersion, PhoneVersion.e164, PhoneVersion.role == PhoneRole.PRIMARY.value),
    AddressVersion.id, AddressVersion.postal_code, AddressVersion.road_address, AddressVersion.detail,
    AddressVersion.entry_notes, AddressVersion.delivery_memo,
)  # fmt: skip
_ADDRESS_IN_EFFECT = AddressVersion.id == _in_effect_today(AddressVersion, AddressVersion.id)


def _row(line: Sequence[Any]) -> CustomerRow:
    customer_id, number, name, primary, address_id, postal, road, detail, entry, memo = line[:10]
    return CustomerRow(
        id=customer_id,
        number=number or "",
        name=name,
        primary_phone=phone_from_e164(primary) if primary else None,
        address=Address(postal, road, detail, entry, memo) if address_id is not None else None,
    )


#: Customers found by their ids, one row each (the page's ids are one expanding parameter: no statement building
#: or cache-key work per id).
_BY_IDS = (
    select(*_ROW_COLUMNS)
    .outerjoin(AddressVersion, _ADDRESS_IN_EFFECT)
    .where(Customer.id.in_(bindparam("ids", expanding=True)))
)
#: The customer with a customer number, as a page (the keyset and offset still apply: page two is empty). Prepared:
#: the lookup itself is an index probe or two, a fraction of what the engine's execution around it costs.
_BY_NUMBER = PreparedRead(
    select(*_ROW_COLUMNS)
    .outerjoin(AddressVersion, _ADDRESS_IN_EFFECT)
    .where(Customer.id == bindparam("number"), _AFTER)
    .order_by(*LIST_ORDER)
    .offset(_OFFSET)
    .limit(_LIMIT)
)


def _rows(connection: Connection, ids: Sequence[int], today: date) -> list[CustomerRow]:
    if not ids:
        return []
    lines = {line[0]: line for line in connection.execute(_BY_IDS, {"ids": list(ids), "today": today}).all()}
    return [_row(lines[customer_id]) for customer_id in ids]


# --- phone numbers ----------------------------------------------------------------------------------------------

_PHONE_MATCHING = and_(
    PhoneVersion.voided_at.is_(None),
    or_(
        PhoneVersion.national_digits.between(bindparam("start"), bindparam("start_end")),
        PhoneVersion.digits_reversed.between(bindparam("tail"), bindparam("tail_end")),
    ),
)
_LATEST_FIRST = (PhoneVersion.effective_from.desc(), PhoneVersion.id.desc())
#: Per customer, the number found: the latest in effect of their matching numbers.
_LATEST_MATCH = (
    select(PhoneVersion.id)
    .where(PhoneVersion.customer_id == Customer.id, _PHONE_MATCHING)
    .order_by(*_LATEST_FIRST)
    .limit(1)
    .correlate(Customer)
    .scalar_subquery()
)
_FOUND = aliased(PhoneVersion, name="found")
#: A row, and the number found with the one in effect today in the same role: unequal, it is a former number.
_PHONE_PAGE = (
    select(
        *_ROW_COLUMNS,
        _FOUND.id,
        _FOUND.role,
        _FOUND.e164,
        _in_effect_today(
            PhoneVersion, PhoneVersion.e164, PhoneVersion.role == _FOUND.role, correlate=(Customer, _FOUND)
        ),
    )
    .select_from(join(Customer, _FOUND, _FOUND.id == _LATEST_MATCH).outerjoin(AddressVersion, _ADDRESS_IN_EFFECT))
    .where(_AFTER)
    .order_by(*LIST_ORDER)
    .offset(_OFFSET)
    .limit(_LIMIT)
)
_HISTORY = aliased(PhoneVersion, name="history")


def _with_former_history(page_statement: Select[Any]) -> Select[Any]:
    """The page's rows, each found by a former number repeated once per live number in that role, to label it
    with the dates it was the customer's (``domain.timeline.periods_in_effect``): one statement, one snapshot."""
    page = page_statement.subquery("page")
    columns = list(page.c)
    customer_id, name, found_role, found_e164, role_e164 = (columns[i] for i in (0, 2, 11, 12, 13))
    history = _HISTORY
    return (
        select(*columns, history.id, history.effective_from, history.effective_until, history.recorded_at)
        .outerjoin(
            history,
            and_(
                found_e164.is_distinct_from(role_e164),
                history.customer_id == customer_id,
                history.role == found_role,
                history.voided_at.is_(None),
            ),
        )
        .order_by(name, customer_id, history.id)  # list order: the initials follow from the name
    )


#: Few matches: the customers with a matching number, sorted into list order (prepared, as ``_BY_NUMBER``: a whole
#: number is a probe or two).
_PHONE_SORTED = PreparedRead(
    _with_former_history(_PHONE_PAGE.where(Customer.id.in_(select(PhoneVersion.customer_id).where(_PHONE_MATCHING))))
)
#: Many matches: the customer list walked in order from the keyset, each customer checked by an index probe,
#: stopping at the page.
_PHONE_WALK = PreparedRead(_with_former_history(_PHONE_PAGE))


def _customers_by_phone(connection: Connection, digits: str, page: dict[str, Any]) -> list[_PhoneMatch]:
    """The page of customers with any number, current or former, that starts or ends with *digits*: each row with
    the matching number (the latest in effect of a customer's matching numbers) and, for a former one, the
    customer's live numbers in its role.

    Few matching numbers ("…5678", a whole number) are index range scans (national digits for "010-1234…", the
    reversed digits for "…5678") sorted into list order. Many ("010-2", typed on the way to a whole number) would
    be a sort of tens of thousands: then the customer list is walked in order, each customer checked by an index
    probe, and the walk stops at the page.
    """
    tail = digits[::-1]
    ranges = {"start": digits, "start_end": digits + "\uffff", "tail": tail, "tail_end": tail + "\uffff"}
    # Every national number starts with 0, so only a short query starting with 0 can match very many.
    walk = (
        digits.startswith("0")
        and len(digits) < PHONE_DENSE_BELOW
        and _walk_beats_sort(connection, digits, page["offset"] + page["limit"])
    )
    matches: list[_PhoneMatch] = []
    for line in (_PHONE_WALK if walk else _PHONE_SORTED).rows(connection, {**page, **ranges}):
        if not matches or matches[-1].line[0] != line[0]:
            matches.append(_PhoneMatch(line, []))
        if line[14] is not None:
            matches[-1].history.append(_PhoneLine(line[14], line[15], line[16], line[17]))
    return matches


#: How many numbers (voided ones too) start with the digits, counted up to ``PHONE_COUNT_AT_MOST``: one index range.
_NUMBERS_STARTING = select(func.count()).select_from(
    select(PhoneVersion.national_digits)
    .where(PhoneVersion.national_digits.between(bindparam("start"), bindparam("start_end")))
    .limit(PHONE_COUNT_AT_MOST)
    .subquery()
)
_LAST_CUSTOMER = select(func.max(Customer.id))


def _walk_beats_sort(connection: Connection, digits: str, page_end: int) -> bool:
    """Whether walking the list probes fewer customers (about page end × customers / matches) than sorting reads.

    Only the start of a number can match that many (every mobile number starts "010"); the estimate counts that
    index range alone, voided numbers included, so it costs no table rows.
    """
    numbers = connection.scalar(_NUMBERS_STARTING, {"start": digits, "start_end": digits + "\uffff"}) or 0
    if numbers * numbers <= page_end * PHONE_COUNT_AT_MOST:
        return False  # cheap to sort whatever the number of customers: no need to ask it
    customers = connection.scalar(_LAST_CUSTOMER) or 0
    return page_end * customers < numbers * numbers


@dataclass(frozen=True, slots=True)
class _PhoneLine:
    """A live number in a role, as ``domain.timeline`` reads a version."""

    id: int
    effective_from: date
    effective_until: date | None
    recorded_at: datetime
    voided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class _PhoneMatch:
    #: The page's columns, the number found and the one in effect in its role (``_PHONE_PAGE``).
    line: Sequence[Any]
    #: The live numbers in the role of a former number found (empty for a current one).
    history: list[_PhoneLine]


def _phone_rows(matches: Sequence[_PhoneMatch]) -> list[CustomerRow]:
    """The rows of a search by number; a number found that is not the customer's now (in its role) is labelled
    with the dates it was theirs."""
    rows = []
    for match in matches:
        line = match.line
        row = _row(line)
        if line[12] != line[13]:
            matched = next(v for v in match.history if v.id == line[10])
            periods = periods_in_effect(match.history, matched)
            row = replace(row, former_phone=phone_from_e164(line[12]), former_period=periods[-1] if periods else None)
        rows.append(row)
    return rows
