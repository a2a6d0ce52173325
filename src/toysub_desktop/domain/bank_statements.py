"""Bank statements in: reading an internet-banking export and matching its deposits to customers' open charges.

Korean banks export a statement as xlsx, xls or csv with a title or the account number above the header and
their own names for the columns (거래일시 or 거래일, 적요, 입금자 or 의뢰인 or 기재내용, 입금액 or 맡기신 금액,
출금액, 잔액). The file is read like a customer list (``domain.imports``: the header found below titles, headers
compared without spaces and brackets); only deposits matter. A bad value refuses the whole file, naming the row.

A deposit is matched to the customer whose registered depositor name (입금자명; the customer's own name when none
is registered) is the name on the transfer — exactly, or else one contained in the other, spaces ignored — and
whose open charges the amount pays: one charge of exactly that amount, or the oldest charges together. A match
whose charges were due by the day of the transfer is preferred; anything still ambiguous stays for the clerk.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.imports import (
    Cell,
    cell_text,
    find_header_by,
    is_blank,
    read_date,
    read_won,
    recognise_header_in,
    spelling_index,
)
from toysub_desktop.domain.person import NAME_MAX
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line, first_refused_character

#: A registered depositor name (입금자명), as long as a person's name may be.
DEPOSITOR_NAME_MAX = NAME_MAX
#: The depositor and the summary (적요) of a bank line as the bank wrote them.
BANK_TEXT_MAX = 100
#: A bank line's identity (``BankDeposit.key``).
LINE_KEY_MAX = 200

_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Validation",
    "{file} is not a bank statement the app can read: it needs a column for the date (거래일), the depositor "
    "(입금자) and the deposit (입금액). Export the account's transactions from internet banking as xlsx or csv.",
)
_BAD_DATE = QT_TRANSLATE_NOOP("Validation", "{file}, row {row}: “{value}” under {column} is not a date.")
_BAD_AMOUNT = QT_TRANSLATE_NOOP("Validation", "{file}, row {row}: “{value}” under {column} is not an amount in won.")
_CONTROL = QT_TRANSLATE_NOOP(
    "Validation", "{file}, row {row}: the text under {column} contains an invisible control character ({code})."
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "{file}, row {row}: the text under {column} is longer than {limit} characters."
)


class BankColumn(StrEnum):
    """What a column of a bank statement holds."""

    DATE = "date"
    TIME = "time"
    SUMMARY = "summary"
    DEPOSITOR = "depositor"
    DEPOSIT = "deposit"
    WITHDRAWAL = "withdrawal"
    BALANCE = "balance"


#: How banks head their columns, compared after ``header_key`` (no spaces, no brackets: "입금액(맡기신 금액)" is
#: "입금액").
BANK_HEADER_SPELLINGS: Mapping[BankColumn, tuple[str, ...]] = {
    BankColumn.DATE: ("거래일시", "거래일", "거래일자", "거래날짜", "거래일시각", "일시", "일자", "날짜"),
    BankColumn.TIME: ("거래시간", "거래시각", "시간", "시각"),
    BankColumn.SUMMARY: ("적요", "내용", "거래내용", "거래구분", "구분"),
    BankColumn.DEPOSITOR: ("입금자", "입금자명", "입금인", "의뢰인", "의뢰인명", "기재내용", "보낸분", "보낸사람",
                           "보낸분받는분", "받는분보낸분", "거래상대", "상대방"),
    BankColumn.DEPOSIT: ("입금액", "입금", "입금금액", "맡기신금액", "받은금액"),
    BankColumn.WITHDRAWAL: ("출금액", "출금", "출금금액", "찾으신금액", "지급액", "보낸금액"),
    BankColumn.BALANCE: ("잔액", "거래후잔액", "잔고", "거래후잔고"),
}  # fmt: skip

REQUIRED_BANK_COLUMNS = (BankColumn.DATE, BankColumn.DEPOSITOR, BankColumn.DEPOSIT)

_BY_SPELLING = spelling_index(BANK_HEADER_SPELLINGS)


def recognise_bank_headers(headers: Sequence[Sequence[str]]) -> dict[int, BankColumn]:
    """Column index → what it holds, each kind once (the first column that names it)."""
    found: dict[int, BankColumn] = {}
    for index, parts in enumerate(headers):
        column = recognise_header_in(parts, _BY_SPELLING)
        if column is not None and column not in found.values():
            found[index] = column
    return found


# --- reading the lines ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BankDeposit:
    """One deposit of a statement as the bank wrote it."""

    #: The row in the file, counted from 1 as a spreadsheet shows it.
    row: int
    on: date
    #: "14:23:05", "14:23" or "" when the bank gave no time.
    time: str
    depositor: str
    summary: str
    amount: int
    #: The balance after the deposit; None when the statement has no balance column.
    balance: int | None
    #: Which of the identical lines (same day, time, depositor and amount) this is, when there is no balance.
    sequence: int = 0

    @property
    def key(self) -> str:
        """What makes the line itself: the same line in another export of the statement has the same key."""
        tail = f"b{self.balance}" if self.balance is not None else f"n{self.sequence}"
        return f"{self.on.isoformat()}|{self.time}|{depositor_key(self.depositor)}|{self.amount}|{tail}"


#: A totals line under the transactions (its date cell says so) is no deposit.
_TOTALS = frozenset({"합계", "총계", "소계", "누계", "total", "합계금액"})

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def _time_of(value: Cell) -> str:
    if isinstance(value, datetime):
        return value.strftime("%H:%M:%S") if (value.hour, value.minute, value.second) != (0, 0, 0) else ""
    found = _TIME.search(cell_text(value))
    if found is None:
        return ""
    hours, minutes, seconds = found.groups()
    return f"{int(hours):02d}:{minutes}" + (f":{seconds}" if seconds else "")


def _signed_won(text: str) -> int | None:
    clean = text.strip()
    negative = clean.startswith("-")
    won = read_won(clean.lstrip("-+"))
    return None if won is None else (-won if negative else won)


def read_bank_rows(rows: Sequence[Sequence[Cell]], *, file_name: str, today: date) -> list[BankDeposit]:
    """The deposits of a statement's rows (header included, titles above it allowed), in file order.

    Withdrawals, totals and empty rows are passed over; a file without the needed columns, or with a value that is not a
    date or an amount where one is needed, is refused as a whole (field ``file``)."""
    found = find_header_by(rows, recognise_bank_headers)
    mapping = found.mapping if found is not None else {}
    missing = [column for column in REQUIRED_BANK_COLUMNS if column not in mapping.values()]
    if found is None or missing:
        raise ValidationError.of("file", _MISSING_COLUMNS, file=file_name)
    where = {column: index for index, column in mapping.items()}
    headers = {column: " ".join(p for p in found.headers[index] if p) for column, index in where.items()}
    deposits: list[BankDeposit] = []
    seen: dict[tuple[date, str, str, int], int] = {}
    for index in range(found.last_row + 1, len(rows)):
        cells = rows[index]
        if is_blank(cells):
            continue
        row = index + 1

        def cell(column: BankColumn, cells: Sequence[Cell] = cells) -> Cell:
            position = where.get(column)
            return cells[position] if position is not None and position < len(cells) else None

        def refuse(template: str, column: BankColumn, row: int = row, **more: str) -> ValidationError:
            return ValidationError.of(
                "file", template, file=file_name, row=str(row), column=headers.get(column, ""), **more
            )

        amount_text = cell_text(cell(BankColumn.DEPOSIT))
        amount = _signed_won(amount_text) if amount_text else 0
        if amount is None:
            raise refuse(_BAD_AMOUNT, BankColumn.DEPOSIT, value=amount_text)
        if amount <= 0:
            continue  # a withdrawal, or a line of totals without a deposit
        raw_date = cell(BankColumn.DATE)
        if depositor_key(cell_text(raw_date)) in _TOTALS:
            continue
        try:
            on = read_date(raw_date, today=today)
        except ValidationError:
            raise refuse(_BAD_DATE, BankColumn.DATE, value=cell_text(raw_date)) from None
        balance_text = cell_text(cell(BankColumn.BALANCE))
        balance = _signed_won(balance_text) if balance_text else None
        if balance_text and balance is None:
            raise refuse(_BAD_AMOUNT, BankColumn.BALANCE, value=balance_text)
        depositor = " ".join(cell_text(cell(BankColumn.DEPOSITOR)).split())
        summary = " ".join(cell_text(cell(BankColumn.SUMMARY)).split())
        for column, text in ((BankColumn.DEPOSITOR, depositor), (BankColumn.SUMMARY, summary)):
            if len(text) > BANK_TEXT_MAX:
                raise refuse(_TOO_LONG, column, limit=str(BANK_TEXT_MAX))
            if (control := first_refused_character(text)) is not None:
                raise refuse(_CONTROL, column, code=f"U+{ord(control):04X}")
        time = _time_of(cell(BankColumn.TIME)) or _time_of(raw_date)
        sequence = 0
        if balance is None:
            same = (on, time, depositor_key(depositor), amount)
            sequence = seen.get(same, 0)
            seen[same] = sequence + 1
        deposits.append(BankDeposit(row, on, time, depositor, summary, amount, balance, sequence))
    return deposits


# --- matching ---------------------------------------------------------------------------------------------------


def check_depositor_name(text: str) -> str | None:
    """A registered depositor name as typed (banks print what the sender wrote, digits and brackets too); empty
    means the customer's own name."""
    return clean_line(text, field="depositor_name", limit=DEPOSITOR_NAME_MAX) or None


def depositor_key(text: str) -> str:
    """A name as compared: NFKC, lower case, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


class NameMatch(IntEnum):
    """How well the name on a transfer matches a customer's; lower is better."""

    EXACT = 0
    CONTAINED = 1


def name_match(depositor: str, registered: str) -> NameMatch | None:
    """Exact (spaces ignored), or one name contained in the other ("김민수엄마" and "김민수"); a single letter is
    never taken for a name."""
    paid_by, name = depositor_key(depositor), depositor_key(registered)
    if not paid_by or not name:
        return None
    if paid_by == name:
        return NameMatch.EXACT
    if (len(name) >= 2 and name in paid_by) or (len(paid_by) >= 2 and paid_by in name):
        return NameMatch.CONTAINED
    return None


class LineStatus(StrEnum):
    """Where an imported bank line stands."""

    OPEN = "open"
    MATCHED = "matched"
    IGNORED = "ignored"


@dataclass(frozen=True)
class OpenCharge:
    """A customer's charge with what of it is unpaid."""

    id: int
    due_on: date
    open: int


@dataclass(frozen=True)
class PayerCandidate:
    """A customer a deposit might come from: the names they pay under and their open charges."""

    customer_id: int
    #: The registered depositor name and the customer's own name.
    names: tuple[str, ...]
    open_charges: tuple[OpenCharge, ...]


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    #: The charges the deposit pays in full, oldest first.
    charges: tuple[OpenCharge, ...]
    name: NameMatch
    #: Every charge was due by the day of the transfer.
    on_time: bool


def charges_paid_by(amount: int, charges: Sequence[OpenCharge], on: date) -> tuple[OpenCharge, ...] | None:
    """The open charges *amount* pays exactly: the oldest N together, else one charge of exactly that amount (one
    due by *on* preferred, the oldest first); None when it pays none exactly."""
    ordered = sorted(charges, key=lambda c: (c.due_on, c.id))
    total = 0
    for count, charge in enumerate(ordered, start=1):
        total += charge.open
        if total == amount:
            return tuple(ordered[:count])
        if total > amount:
            break
    singles = [charge for charge in ordered if charge.open == amount]
    if not singles:
        return None
    due = [charge for charge in singles if charge.due_on <= on]
    return ((due or singles)[0],)


def suggest_match(on: date, depositor: str, amount: int, candidates: Sequence[PayerCandidate]) -> Suggestion | None:
    """The one customer a deposit most likely pays, or None when no one fits or more than one fits equally."""
    by_rank: dict[NameMatch, list[Suggestion]] = {}
    for candidate in candidates:
        ranks = [rank for name in candidate.names if (rank := name_match(depositor, name)) is not None]
        if not ranks:
            continue
        charges = charges_paid_by(amount, candidate.open_charges, on)
        if charges is None:
            continue
        rank = min(ranks)
        on_time = all(charge.due_on <= on for charge in charges)
        by_rank.setdefault(rank, []).append(Suggestion(candidate.customer_id, charges, rank, on_time))
    for rank in sorted(by_rank):
        fits = {s.customer_id: s for s in by_rank[rank]}
        timely = [s for s in fits.values() if s.on_time]
        choice = timely if timely else list(fits.values())
        return choice[0] if len(choice) == 1 else None
    return None
