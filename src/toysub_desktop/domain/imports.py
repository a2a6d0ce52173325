"""Reading a shop's own customer spreadsheet: which column is which, and what each row means.

Everything here is plain values: a file reader (``services.imports.reading``) hands over the cells as Python
values (text, numbers, dates), these rules find the header, recognise the Korean column names shops use, read
each row into a customer with their children and running contract, and say every problem with the row number
and the column as it is named in the file. Nothing is written until a dry run is clean and confirmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Generic, TypeVar

from toysub_desktop.domain.address import Address, validate_address
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.months import term_end
from toysub_desktop.domain.person import check_birth_month, validate_email, validate_person_name
from toysub_desktop.domain.phone import Phone, parse_phone
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line
from toysub_desktop.domain.toys import ToyCategory, ToyDetails, parse_barcode, validate_toy
from toysub_desktop.domain.typed_dates import parse_date, parse_month

#: A cell as a reader hands it over: text, a number, a date or nothing.
Cell = str | int | float | bool | date | datetime | None
#: What a column holds, as one kind of file knows it (a customer list's ``Column``, a bank statement's column).
K = TypeVar("K")

#: A file's name as recorded with its import.
FILE_NAME_MAX = 255
#: Rows looked at for the header: titles and notes above it are common, a header further down is not.
HEADER_SEARCH_ROWS = 20
#: A header row names at least this many columns the import knows.
MIN_RECOGNISED = 2
#: Excel's day 0 (serial 1 is 1900-01-01, counting the leap day 1900 never had).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (20_000, 80_000)  # 1954 … 2119: a number in a date column outside this is not a date

_UNKNOWN_PLAN = QT_TRANSLATE_NOOP("Validation", "The shop has no plan of this name. Plans: {plans}.")
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "This is not an amount in won, like 39000 or 39,000원.")
_NOT_A_TERM = QT_TRANSLATE_NOOP("Validation", "This is not a term: write the months, like 24 or 24개월.")
_NOT_A_DAY = QT_TRANSLATE_NOOP("Validation", "This is not a day of the month from 1 to 31.")
_NOT_A_WEEKDAY = QT_TRANSLATE_NOOP("Validation", "This is not a weekday, like 월 or 화요일.")
_NOT_A_METHOD = QT_TRANSLATE_NOOP("Validation", "This is not a way to pay: write 현금, 카드, 계좌이체 or 자동이체.")
_NOT_YES_NO = QT_TRANSLATE_NOOP("Validation", "Write yes (Y, O, 동의) or no (N, X, 미동의).")
_MISSING = QT_TRANSLATE_NOOP("Validation", "This column is empty; it is needed.")
_CONSENT_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "The date the customer consented to the personal-data notice is needed to keep their record."
)
_CONTRACT_ENDED = QT_TRANSLATE_NOOP("Validation", "This contract ended on {date}; only running contracts are imported.")
_START_BEFORE_JOINING = QT_TRANSLATE_NOOP("Validation", "The contract starts before the customer joined ({date}).")
_SWAP_WEEKDAY_NEEDED = QT_TRANSLATE_NOOP("Validation", "A rental plan needs the weekday of the swaps.")
_CONTRACT_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Validation", "A contract needs its plan, start date, term and monthly fee; this one lacks: {missing}."
)
_CHILD_BIRTH_NEEDED = QT_TRANSLATE_NOOP("Validation", "The child's birth month is needed.")
_FUTURE_DATE = QT_TRANSLATE_NOOP("Validation", "{date} has not come yet.")
_TERM_RANGE = QT_TRANSLATE_NOOP("Validation", "A term is from 1 to 60 months.")
_TOYS_NEED_CHILD = QT_TRANSLATE_NOOP("Validation", "Toys out are lent to a child: fill in the child in this row.")
_TOYS_NEED_RENTAL = QT_TRANSLATE_NOOP(
    "Validation", "Toys out need a rental or unlimited contract in the same row; this row has none."
)


class Column(StrEnum):
    """What a column of the shop's spreadsheet holds, as the import knows it."""

    NAME = "name"
    PHONE = "phone"
    PHONE_2 = "phone_2"
    EMAIL = "email"
    POSTAL_CODE = "postal_code"
    ADDRESS = "address"
    ADDRESS_DETAIL = "address_detail"
    REGISTERED_ON = "registered_on"
    CONSENT_ON = "consent_on"
    MARKETING = "marketing"
    MARKETING_ON = "marketing_on"
    CHILD_NAME = "child_name"
    CHILD_BIRTH_MONTH = "child_birth_month"
    PLAN = "plan"
    START_ON = "start_on"
    TERM_MONTHS = "term_months"
    MONTHLY_FEE = "monthly_fee"
    DELIVERY_DAY = "delivery_day"
    SWAP_WEEKDAY = "swap_weekday"
    DEPOSIT = "deposit"
    PAYMENT_METHOD = "payment_method"
    PAID_THROUGH = "paid_through"
    TOYS_OUT = "toys_out"
    NOTES = "notes"
    # A toy catalogue: one toy per row with the barcodes of its items.
    TOY_NAME = "toy_name"
    TOY_CATEGORY = "toy_category"
    TOY_MIN_AGE = "toy_min_age"
    TOY_MAX_AGE = "toy_max_age"
    TOY_BRAND = "toy_brand"
    TOY_VALUE = "toy_value"
    TOY_BARCODES = "toy_barcodes"


#: The clerk-facing name of each column (translated by the UI, context "Import").
COLUMN_LABELS: Mapping[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("Import", "Guardian name"),
    Column.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    Column.PHONE_2: QT_TRANSLATE_NOOP("Import", "Second phone"),
    Column.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    Column.POSTAL_CODE: QT_TRANSLATE_NOOP("Import", "Postal code"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("Import", "Address"),
    Column.ADDRESS_DETAIL: QT_TRANSLATE_NOOP("Import", "Address detail"),
    Column.REGISTERED_ON: QT_TRANSLATE_NOOP("Import", "Joined on"),
    Column.CONSENT_ON: QT_TRANSLATE_NOOP("Import", "Personal-data consent date"),
    Column.MARKETING: QT_TRANSLATE_NOOP("Import", "Marketing consent"),
    Column.MARKETING_ON: QT_TRANSLATE_NOOP("Import", "Marketing consent date"),
    Column.CHILD_NAME: QT_TRANSLATE_NOOP("Import", "Child's name"),
    Column.CHILD_BIRTH_MONTH: QT_TRANSLATE_NOOP("Import", "Child's birth month"),
    Column.PLAN: QT_TRANSLATE_NOOP("Import", "Plan"),
    Column.START_ON: QT_TRANSLATE_NOOP("Import", "Start date"),
    Column.TERM_MONTHS: QT_TRANSLATE_NOOP("Import", "Term (months)"),
    Column.MONTHLY_FEE: QT_TRANSLATE_NOOP("Import", "Monthly fee as signed"),
    Column.DELIVERY_DAY: QT_TRANSLATE_NOOP("Import", "Delivery day"),
    Column.SWAP_WEEKDAY: QT_TRANSLATE_NOOP("Import", "Swap weekday"),
    Column.DEPOSIT: QT_TRANSLATE_NOOP("Import", "Deposit held"),
    Column.PAYMENT_METHOD: QT_TRANSLATE_NOOP("Import", "Payment method"),
    Column.PAID_THROUGH: QT_TRANSLATE_NOOP("Import", "Paid through"),
    Column.TOYS_OUT: QT_TRANSLATE_NOOP("Import", "Toys out (barcodes)"),
    Column.NOTES: QT_TRANSLATE_NOOP("Import", "Notes"),
    Column.TOY_NAME: QT_TRANSLATE_NOOP("Import", "Toy"),
    Column.TOY_CATEGORY: QT_TRANSLATE_NOOP("Import", "Toy category"),
    Column.TOY_MIN_AGE: QT_TRANSLATE_NOOP("Import", "From age (months)"),
    Column.TOY_MAX_AGE: QT_TRANSLATE_NOOP("Import", "To age (months)"),
    Column.TOY_BRAND: QT_TRANSLATE_NOOP("Import", "Brand"),
    Column.TOY_VALUE: QT_TRANSLATE_NOOP("Import", "Toy value (won)"),
    Column.TOY_BARCODES: QT_TRANSLATE_NOOP("Import", "Item barcodes"),
}

#: How shops head their columns, compared after ``header_key`` (no spaces, no brackets, lower case).
HEADER_SPELLINGS: Mapping[Column, tuple[str, ...]] = {
    Column.NAME: ("이름", "성함", "보호자", "보호자명", "보호자이름", "보호자성함", "고객명", "고객이름", "회원명",
                  "회원이름", "성명", "계약자", "계약자명", "name"),
    Column.PHONE: ("연락처", "휴대폰", "휴대전화", "전화번호", "핸드폰", "휴대폰번호", "연락처1", "보호자연락처",
                   "보호자휴대폰", "phone", "mobile"),
    Column.PHONE_2: ("연락처2", "비상연락처", "보조연락처", "추가연락처", "배우자연락처", "집전화", "전화번호2"),
    Column.EMAIL: ("이메일", "email", "e-mail", "메일"),
    Column.POSTAL_CODE: ("우편번호", "우편", "우편번호5자리", "zip"),
    Column.ADDRESS: ("주소", "도로명주소", "배송지", "배송주소", "주소1", "기본주소", "address"),
    Column.ADDRESS_DETAIL: ("상세주소", "주소2", "동호수", "나머지주소"),
    Column.REGISTERED_ON: ("가입일", "가입일자", "등록일", "회원가입일"),
    Column.CONSENT_ON: ("개인정보동의일", "개인정보수집동의일", "개인정보동의", "동의일", "개인정보수집이용동의일"),
    Column.MARKETING: ("마케팅동의", "마케팅수신동의", "광고수신동의", "수신동의", "마케팅"),
    Column.MARKETING_ON: ("마케팅동의일", "수신동의일", "광고수신동의일"),
    Column.CHILD_NAME: ("자녀", "자녀이름", "자녀명", "자녀성함", "아이", "아이이름", "아이명", "아동명"),
    Column.CHILD_BIRTH_MONTH: ("생년월", "자녀생년월", "생년월일", "자녀생년월일", "자녀생일", "출생월", "아이생년월",
                               "생일"),
    Column.PLAN: ("요금제", "상품", "상품명", "플랜", "이용상품", "구독상품"),
    Column.START_ON: ("시작일", "계약시작일", "구독시작일", "이용시작일", "계약일"),
    Column.TERM_MONTHS: ("약정", "약정기간", "약정개월", "계약기간", "약정개월수"),
    Column.MONTHLY_FEE: ("월요금", "월이용료", "월회비", "월납입액", "월구독료", "요금", "이용료"),
    Column.DELIVERY_DAY: ("배송일", "정기배송일", "배송일자", "매월배송일"),
    Column.SWAP_WEEKDAY: ("교환요일", "교체요일", "교환일", "수거요일"),
    Column.DEPOSIT: ("보증금", "예치금"),
    Column.PAYMENT_METHOD: ("결제방법", "결제수단", "납부방법", "결제"),
    Column.PAID_THROUGH: ("결제완료일", "납부완료일", "선납기간", "납부기한", "결제기간", "납부한달"),
    Column.TOYS_OUT: ("대여중바코드", "대여바코드", "대여중", "대여중인장난감", "대여장난감", "장난감바코드", "바코드",
                      "대여품목"),
    Column.NOTES: ("메모", "비고", "특이사항"),
    Column.TOY_NAME: ("장난감명", "장난감이름", "완구명", "품명", "제품명", "장난감"),
    Column.TOY_CATEGORY: ("분류", "카테고리", "종류", "장난감분류"),
    Column.TOY_MIN_AGE: ("최소연령", "최소개월", "시작연령", "사용연령", "대상연령", "연령"),
    Column.TOY_MAX_AGE: ("최대연령", "최대개월", "연령까지"),
    Column.TOY_BRAND: ("브랜드", "제조사", "메이커"),
    Column.TOY_VALUE: ("가격", "정가", "구입가", "가치", "분실가", "금액"),
    Column.TOY_BARCODES: ("품목바코드", "품목"),
}  # fmt: skip

_BRACKETED = re.compile(r"[(\[{<（［].*?[)\]}>）］]")
_NOISE = re.compile(r"[\s*:：.·_/\-]+")


def header_key(text: str) -> str:
    """A header as compared: NFKC, what is in brackets dropped ("월 요금(원)"), no spaces or punctuation."""
    clean = unicodedata.normalize("NFKC", text).lower()
    without_brackets = _BRACKETED.sub("", clean)
    return _NOISE.sub("", without_brackets or clean) or _NOISE.sub("", clean)


def spelling_index(spellings: Mapping[K, Sequence[str]]) -> dict[str, K]:
    """Each known spelling of a header, as compared (``header_key``), and the column it names."""
    return {header_key(spelling): column for column, spellings_of in spellings.items() for spelling in spellings_of}


_BY_SPELLING: dict[str, Column] = spelling_index(HEADER_SPELLINGS)


def recognise_header_in(parts: Sequence[str], by_spelling: Mapping[str, K]) -> K | None:
    """The column a header names among *by_spelling* (``spelling_index``). *parts* are the texts of a header cell
    from the top header row down (a merged group heading such as "자녀" over "이름" and "생년월"): the whole is
    tried first, then the lowest part, then the longest known spelling the whole contains."""
    texts = [part for part in parts if part.strip()]
    if not texts:
        return None
    joined = header_key("".join(dict.fromkeys(texts)))
    for key in (joined, header_key(texts[-1])):
        if key in by_spelling:
            return by_spelling[key]
    contained = [spelling for spelling in by_spelling if len(spelling) >= 2 and spelling in joined]
    return by_spelling[max(contained, key=len)] if contained else None


def recognise_header(parts: Sequence[str]) -> Column | None:
    """The customer-list column a header names (``recognise_header_in``)."""
    return recognise_header_in(parts, _BY_SPELLING)


def recognise_headers(headers: Sequence[Sequence[str]]) -> dict[int, Column]:
    """Column index → what it holds, for the headers of a sheet. Each kind is used once; a second phone column
    becomes the second phone."""
    found: dict[int, Column] = {}
    used: set[Column] = set()
    for index, parts in enumerate(headers):
        column = recognise_header(parts)
        if column is Column.PHONE and Column.PHONE in used:
            column = Column.PHONE_2
        if column is None or column in used:
            continue
        found[index] = column
        used.add(column)
    if is_toy_mapping(found):  # in a toy list, "바코드" is the items' barcodes, not toys someone has out
        found = {i: Column.TOY_BARCODES if c is Column.TOYS_OUT else c for i, c in found.items()}
    return found


def is_toy_mapping(mapping: Mapping[int, Column]) -> bool:
    """Whether the columns describe the toy catalogue (a toy per row) rather than customers."""
    kinds = set(mapping.values())
    return Column.TOY_NAME in kinds and Column.NAME not in kinds


@dataclass(frozen=True)
class HeaderFound(Generic[K]):
    """Where the header is: the data start after ``last_row`` (0-based indexes into the rows looked at)."""

    first_row: int
    last_row: int
    #: The header texts of each column, from the top header row down.
    headers: tuple[tuple[str, ...], ...]
    mapping: dict[int, K]


def cell_text(value: Cell) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Y" if value else "N"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


def find_header(rows: Sequence[Sequence[Cell]]) -> HeaderFound[Column] | None:
    """The header of a customer list or toy catalogue among the first rows (``find_header_by``)."""
    return find_header_by(rows, recognise_headers)


def find_header_by(
    rows: Sequence[Sequence[Cell]], recognise: Callable[[Sequence[Sequence[str]]], dict[int, K]]
) -> HeaderFound[K] | None:
    """The header among the first rows: the row, or the pair of rows (a merged group heading over its parts), that
    names the most columns *recognise* knows. Cells of a merged heading must already carry its text (the reader
    fills them).

    A pair is only considered when its lower row is a header by itself, so the first row of data under a header is
    never taken for part of it (a note such as "메모: …" in a cell would otherwise name a column)."""
    best: HeaderFound[K] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        width = max(len(row), len(rows[index - 1]) if index else 0)
        single: list[tuple[str, ...]] = [(cell_text(c),) for c in _padded(row, width)]
        candidates: list[tuple[int, list[tuple[str, ...]]]] = [(index, single)]
        if index and len(recognise(single)) >= MIN_RECOGNISED:
            above = _padded(rows[index - 1], width)
            # Under a heading merged across (a title over the whole table), an empty cell names no column: a
            # heading merged down into it would have filled it.
            pairs: list[tuple[str, ...]] = [
                (cell_text(top), cell_text(cell)) if cell_text(cell) else ("",)
                for top, cell in zip(above, _padded(row, width), strict=True)
            ]
            candidates.append((index - 1, pairs))
        for first, headers in candidates:
            mapping = recognise(headers)
            if len(mapping) < MIN_RECOGNISED:
                continue
            if best is None or len(mapping) > len(best.mapping):
                best = HeaderFound(first, index, tuple(tuple(h) for h in headers), mapping)
    return best


def _padded(row: Sequence[Cell], width: int) -> list[Cell]:
    return [*row, *([None] * (width - len(row)))]


# --- one row ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row, at the column as the file names it ("" for the row as a whole)."""

    row: int
    column: str
    problem: FieldProblem
    #: The cell's text as the file has it ("" when the problem is its absence).
    value: str = ""


@dataclass(frozen=True)
class ImportedChild:
    name: str
    birth_month: date


@dataclass(frozen=True)
class ImportedContract:
    plan_key: str
    start_on: date
    term_months: int
    monthly_fee: int
    ends_on: date
    delivery_day: int | None
    swap_weekday: int | None
    deposit: int
    payment_method: PaymentMethod
    paid_through: date | None


@dataclass(frozen=True)
class ImportedCustomer:
    """What one row of the file says, read and checked."""

    row: int
    name: str
    phones: tuple[Phone, ...]
    email: str | None
    address: Address
    registered_on: date
    consent_on: date
    marketing: bool
    marketing_on: date | None
    children: tuple[ImportedChild, ...]
    contract: ImportedContract | None
    notes: str
    #: Barcodes of the items the child has out now (lent under the row's rental or unlimited contract).
    toys_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanChoice:
    """A plan the shop offers, as the import matches it by name."""

    name: str
    kind: PlanKind


@dataclass
class RowReading:
    """The outcome of reading a row: the customer it describes, or its problems (never both)."""

    row: int
    customer: ImportedCustomer | None = None
    problems: list[RowProblem] = field(default_factory=list)


def plan_key(name: str) -> str:
    """A plan name as matched: NFKC, no spaces, lower case ("렌털 프리미엄" = "렌털프리미엄")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


class _Row:
    """One row's cells by column, with the problems found so far."""

    def __init__(
        self, row: int, cells: Sequence[Cell], mapping: Mapping[int, Column], headers: Mapping[Column, str]
    ) -> None:
        self.row = row
        self.values: dict[Column, Cell] = {}
        for index, column in mapping.items():
            value = cells[index] if index < len(cells) else None
            if cell_text(value):
                self.values[column] = value
        self.headers = headers
        self.problems: list[RowProblem] = []

    def has(self, column: Column) -> bool:
        return column in self.values

    def text(self, column: Column) -> str:
        return cell_text(self.values.get(column))

    def add(self, column: Column | None, template: str, **arguments: str) -> None:
        label = self.headers.get(column, "") if column is not None else ""
        value = self.text(column) if column is not None else ""
        problem = FieldProblem(column or "", template, arguments)
        self.problems.append(RowProblem(self.row, label, problem, value))

    def add_error(self, column: Column, error: ValidationError) -> None:
        for problem in error.problems:
            self.add(column, problem.template, **problem.arguments)


def is_blank(cells: Sequence[Cell]) -> bool:
    return not any(cell_text(cell) for cell in cells)


def excel_serial_date(number: float) -> date | None:
    """The date an Excel serial number stands for, when the number is one a date column plausibly holds."""
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(number))


def read_date(value: Cell, *, today: date, field: str = "date") -> date:
    """A date cell: a real date, an Excel serial number (also stored as text), or text people write."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = excel_serial_date(value)
        if serial is not None:
            return serial
    text = cell_text(value)
    if text.isdigit() and len(text) == 5:
        serial = excel_serial_date(int(text))
        if serial is not None:
            return serial
    # "2024-03-01 00:00:00" from a text export of a date-time
    text = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", text)
    return parse_date(text, today=today, field=field)


def read_month(value: Cell, *, today: date, field: str = "month") -> date:
    """A month cell ("2024-03", 202403, a date, an Excel serial): the first day of that month."""
    if isinstance(value, datetime | date):
        return read_date(value, today=today, field=field).replace(day=1)
    text = cell_text(value)
    if text.isdigit() and len(text) == 5:
        return read_date(value, today=today, field=field).replace(day=1)
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:.2f}"  # 2024.03 typed as a number
    return parse_month(text, today=today, field=field)


def read_phone(value: Cell, *, field: str = "phone") -> Phone:
    """A phone cell; a number cell lost its leading 0 (Excel reads 010… as 10…), so it gets it back."""
    text = cell_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and not text.startswith("0"):
        text = "0" + text
    return parse_phone(text, field=field)


def read_won(text: str) -> int | None:
    """Won written as 39000, 39,000, 39,000원 or ₩39,000; None when it is not a whole amount."""
    clean = re.sub(r"[\s,원₩\\]", "", unicodedata.normalize("NFKC", text))
    if clean.endswith(".0"):
        clean = clean[:-2]
    return int(clean) if clean.isdigit() else None


def read_term(text: str) -> int | None:
    """A term written as 24, 24개월, 24M or 2년."""
    clean = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
    if match := re.fullmatch(r"(\d{1,3})(?:개월|months?|m)?", clean):
        return int(match[1])
    if match := re.fullmatch(r"(\d{1,2})(?:년|years?|y)", clean):
        return int(match[1]) * 12
    return None


def read_day_of_month(text: str) -> int | None:
    clean = re.sub(r"\s+|매월|일$", "", unicodedata.normalize("NFKC", text))
    if clean.isdigit() and 1 <= int(clean) <= 31:
        return int(clean)
    return None


_WEEKDAYS = {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
_WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def read_weekday(text: str) -> int | None:
    clean = re.sub(r"\s+|매주|요일$", "", unicodedata.normalize("NFKC", text)).lower()
    if clean in _WEEKDAYS:
        return _WEEKDAYS[clean]
    return next((i for i, name in enumerate(_WEEKDAYS_EN) if clean.startswith(name)), None)


_PAYMENT_WORDS: Mapping[str, PaymentMethod] = {
    "현금": PaymentMethod.CASH,
    "cash": PaymentMethod.CASH,
    "카드": PaymentMethod.CARD,
    "신용카드": PaymentMethod.CARD,
    "체크카드": PaymentMethod.CARD,
    "card": PaymentMethod.CARD,
    "계좌이체": PaymentMethod.BANK_TRANSFER,
    "이체": PaymentMethod.BANK_TRANSFER,
    "무통장": PaymentMethod.BANK_TRANSFER,
    "무통장입금": PaymentMethod.BANK_TRANSFER,
    "송금": PaymentMethod.BANK_TRANSFER,
    "자동이체": PaymentMethod.AUTO_DEBIT,
    "cms": PaymentMethod.AUTO_DEBIT,
    "자동납부": PaymentMethod.AUTO_DEBIT,
    "자동결제": PaymentMethod.AUTO_DEBIT,
}


def read_payment_method(text: str) -> PaymentMethod | None:
    return _PAYMENT_WORDS.get(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower())


_YES = frozenset({"y", "yes", "o", "○", "동의", "예", "1", "true", "v", "✓", "ㅇ"})
_NO = frozenset({"n", "no", "x", "×", "미동의", "비동의", "아니오", "거부", "0", "false", "-"})


def read_yes_no(text: str) -> bool | None:
    clean = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
    if clean in _YES:
        return True
    if clean in _NO:
        return False
    return None


_POSTAL_IN_ADDRESS = re.compile(r"^\(?\[?(\d{5})\]?\)?\s+")


def read_row(
    row: int,
    cells: Sequence[Cell],
    mapping: Mapping[int, Column],
    *,
    headers: Mapping[Column, str],
    plans: Mapping[str, PlanChoice],
    today: date,
) -> RowReading:
    """Read one data row (*row* is its number in the file) into a customer, or say every problem it has."""
    r = _Row(row, cells, mapping, headers)
    name = _checked(r, Column.NAME, lambda t: validate_person_name(t, field="name"), required=True)
    phones: list[Phone] = []
    for column in (Column.PHONE, Column.PHONE_2):
        if r.has(column):
            try:
                phones.append(read_phone(r.values[column], field=column.value))
            except ValidationError as error:
                r.add_error(column, error)
        elif column is Column.PHONE:
            r.add(column, _MISSING)
    if len(phones) == 2 and phones[0].e164 == phones[1].e164:
        phones.pop()
    email = _checked(r, Column.EMAIL, lambda t: validate_email(t, field="email") or "") or None
    address = _read_address(r)
    registered_on = _date(r, Column.REGISTERED_ON, today)
    consent_on = _date(r, Column.CONSENT_ON, today)
    if not r.has(Column.CONSENT_ON):
        r.add(Column.CONSENT_ON, _CONSENT_NEEDED)
    marketing = False
    if r.has(Column.MARKETING):
        answer = read_yes_no(r.text(Column.MARKETING))
        if answer is None:
            r.add(Column.MARKETING, _NOT_YES_NO)
        marketing = bool(answer)
    marketing_on = _date(r, Column.MARKETING_ON, today) if marketing else None
    children = _read_child(r, today)
    contract = _read_contract(r, plans, today)
    toys_out = _read_toys_out(r, children, contract, plans)
    notes = _checked(r, Column.NOTES, lambda t: clean_line(t, field="notes", limit=NOTE_MAX)) or ""
    if r.problems:
        return RowReading(row, problems=r.problems)
    assert name is not None and address is not None and consent_on is not None
    joined = min(d for d in (registered_on, consent_on, contract.start_on if contract else None) if d is not None)
    if registered_on is not None and contract is not None and contract.start_on < registered_on:
        r.add(Column.START_ON, _START_BEFORE_JOINING, date=registered_on.isoformat())
        return RowReading(row, problems=r.problems)
    return RowReading(
        row,
        customer=ImportedCustomer(
            row=row,
            name=name,
            phones=tuple(phones),
            email=email,
            address=address,
            registered_on=registered_on or joined,
            consent_on=consent_on,
            marketing=marketing,
            marketing_on=marketing_on or (consent_on if marketing else None),
            children=children,
            contract=contract,
            notes=notes,
            toys_out=toys_out,
        ),
    )


def _checked(r: _Row, column: Column, check: Callable[[str], str], *, required: bool = False) -> str | None:
    if not r.has(column):
        if required:
            r.add(column, _MISSING)
        return None
    try:
        return check(r.text(column))
    except ValidationError as error:
        r.add_error(column, error)
        return None


def _date(r: _Row, column: Column, today: date) -> date | None:
    if not r.has(column):
        return None
    try:
        day = read_date(r.values[column], today=today, field=column.value)
    except ValidationError as error:
        r.add_error(column, error)
        return None
    if column in (Column.REGISTERED_ON, Column.CONSENT_ON, Column.MARKETING_ON) and day > today:
        r.add(column, _FUTURE_DATE, date=day.isoformat())
        return None
    return day


def _read_address(r: _Row) -> Address | None:
    road = r.text(Column.ADDRESS)
    postal = r.text(Column.POSTAL_CODE)
    if postal.isdigit() and len(postal) == 4:
        postal = "0" + postal  # 03925 stored as the number 3925
    if not postal and (match := _POSTAL_IN_ADDRESS.match(road)):
        postal, road = match[1], road[match.end() :]
    if not road:
        r.add(Column.ADDRESS, _MISSING)
        return None
    try:
        return validate_address(postal_code=postal, road_address=road, detail=r.text(Column.ADDRESS_DETAIL))
    except ValidationError as error:
        by_field = {"postal_code": Column.POSTAL_CODE, "detail": Column.ADDRESS_DETAIL}
        for problem in error.problems:
            r.add(by_field.get(problem.field, Column.ADDRESS), problem.template, **problem.arguments)
        return None


def _read_child(r: _Row, today: date) -> tuple[ImportedChild, ...]:
    if not r.has(Column.CHILD_NAME):
        return ()
    name = _checked(r, Column.CHILD_NAME, lambda t: validate_person_name(t, field="child_name"))
    birth: date | None = None
    if not r.has(Column.CHILD_BIRTH_MONTH):
        r.add(Column.CHILD_BIRTH_MONTH, _CHILD_BIRTH_NEEDED)
    else:
        try:
            month = read_month(r.values[Column.CHILD_BIRTH_MONTH], today=today, field="child_birth_month")
            birth = check_birth_month(month, today=today, field="child_birth_month")
        except ValidationError as error:
            r.add_error(Column.CHILD_BIRTH_MONTH, error)
    if name is None or birth is None:
        return ()
    return (ImportedChild(name, birth),)


_BARCODE_SEPARATORS = re.compile(r"[,;/\s]+")


def _read_toys_out(
    r: _Row, children: tuple[ImportedChild, ...], contract: ImportedContract | None, plans: Mapping[str, PlanChoice]
) -> tuple[str, ...]:
    if not r.has(Column.TOYS_OUT):
        return ()
    barcodes: list[str] = []
    for text in _BARCODE_SEPARATORS.split(r.text(Column.TOYS_OUT)):
        if not text:
            continue
        try:
            barcode = parse_barcode(text, field="toys_out")
        except ValidationError as error:
            for problem in error.problems:
                r.problems.append(RowProblem(r.row, r.headers.get(Column.TOYS_OUT, ""), problem, text))
            continue
        if barcode not in barcodes:
            barcodes.append(barcode)
    # A child or a contract that is there but could not be read has its own problem already.
    if not children and not r.has(Column.CHILD_NAME):
        r.add(Column.TOYS_OUT, _TOYS_NEED_CHILD)
    lending = contract is not None and plans[contract.plan_key].kind in (PlanKind.RENTAL, PlanKind.UNLIMITED)
    if not lending and (contract is not None or not r.has(Column.PLAN)):
        r.add(Column.TOYS_OUT, _TOYS_NEED_RENTAL)
    return tuple(barcodes)


_CONTRACT_COLUMNS = (Column.PLAN, Column.START_ON, Column.TERM_MONTHS, Column.MONTHLY_FEE)


def _read_contract(r: _Row, plans: Mapping[str, PlanChoice], today: date) -> ImportedContract | None:
    if not any(r.has(c) for c in (*_CONTRACT_COLUMNS, Column.DEPOSIT, Column.PAYMENT_METHOD, Column.PAID_THROUGH)):
        return None
    missing = [c for c in _CONTRACT_COLUMNS if not r.has(c)]
    if missing:
        label = ", ".join(r.headers.get(c) or c.value for c in missing)
        r.add(None, _CONTRACT_INCOMPLETE, missing=label)
    plan: PlanChoice | None = None
    if r.has(Column.PLAN):
        plan = plans.get(plan_key(r.text(Column.PLAN)))
        if plan is None:
            offered = ", ".join(sorted(choice.name for choice in plans.values()))
            r.add(Column.PLAN, _UNKNOWN_PLAN, plans=offered or "-")
    start_on = _date(r, Column.START_ON, today)
    term = _number(r, Column.TERM_MONTHS, read_term, _NOT_A_TERM)
    if term is not None and not 1 <= term <= 60:
        r.add(Column.TERM_MONTHS, _TERM_RANGE)
        term = None
    fee = _number(r, Column.MONTHLY_FEE, read_won, _NOT_A_NUMBER)
    deposit = _number(r, Column.DEPOSIT, read_won, _NOT_A_NUMBER)
    delivery_day = _number(r, Column.DELIVERY_DAY, read_day_of_month, _NOT_A_DAY)
    swap_weekday = _number(r, Column.SWAP_WEEKDAY, read_weekday, _NOT_A_WEEKDAY)
    method: PaymentMethod | None = None
    if not r.has(Column.PAYMENT_METHOD):
        r.add(Column.PAYMENT_METHOD, _MISSING)
    else:
        method = read_payment_method(r.text(Column.PAYMENT_METHOD))
        if method is None:
            r.add(Column.PAYMENT_METHOD, _NOT_A_METHOD)
    paid_through = _date(r, Column.PAID_THROUGH, today)
    if plan is not None and plan.kind is PlanKind.RENTAL and swap_weekday is None and not r.has(Column.SWAP_WEEKDAY):
        r.add(Column.SWAP_WEEKDAY, _SWAP_WEEKDAY_NEEDED)
    if plan is None or start_on is None or term is None or fee is None or method is None:
        return None
    ends_on = term_end(start_on, term)
    if ends_on < today:
        r.add(Column.START_ON, _CONTRACT_ENDED, date=ends_on.isoformat())
        return None
    return ImportedContract(
        plan_key=plan_key(plan.name),
        start_on=start_on,
        term_months=term,
        monthly_fee=fee,
        ends_on=ends_on,
        delivery_day=(delivery_day or start_on.day) if plan.kind is PlanKind.BOX else None,
        swap_weekday=swap_weekday if plan.kind is PlanKind.RENTAL else None,
        deposit=deposit or 0,
        payment_method=method,
        paid_through=paid_through,
    )


def _number(r: _Row, column: Column, read: Callable[[str], int | None], message: str) -> int | None:
    if not r.has(column):
        return None
    value = read(r.text(column))
    if value is None:
        r.add(column, message)
    return value


# --- duplicates -------------------------------------------------------------------------------------------------


class Resolution(StrEnum):
    """What the clerk decides for a row that looks like a customer already on record or earlier in the file."""

    SKIP = "skip"
    MERGE = "merge"  # the row's child and contract go to the customer found; their contacts stay as they are
    NEW = "new"  # a different person after all: imported as a new customer


RESOLUTION_LABELS: Mapping[Resolution, str] = {
    Resolution.SKIP: QT_TRANSLATE_NOOP("Import", "Skip this row"),
    Resolution.MERGE: QT_TRANSLATE_NOOP("Import", "Add to the customer found"),
    Resolution.NEW: QT_TRANSLATE_NOOP("Import", "Import as a new customer"),
}


class DuplicateReason(StrEnum):
    SAME_PERSON = "same_person"  # same name and same phone: the same customer, most likely a second contract
    SAME_PHONE = "same_phone"  # the phone of someone with another name
    SAME_NAME_AND_ADDRESS = "same_name_and_address"


DUPLICATE_LABELS: Mapping[DuplicateReason, str] = {
    DuplicateReason.SAME_PERSON: QT_TRANSLATE_NOOP("Import", "same name and phone"),
    DuplicateReason.SAME_PHONE: QT_TRANSLATE_NOOP("Import", "same phone, another name"),
    DuplicateReason.SAME_NAME_AND_ADDRESS: QT_TRANSLATE_NOOP("Import", "same name and address"),
}


@dataclass(frozen=True)
class PersonKeys:
    """What two records are compared by to tell whether they are one person."""

    name: str
    phones: frozenset[str]
    address: str


def person_keys(name: str, phones_e164: Sequence[str], address: Address) -> PersonKeys:
    spoken = re.sub(r"\s+", "", unicodedata.normalize("NFC", name))
    place = re.sub(r"[\s,.\-]+", "", unicodedata.normalize("NFKC", f"{address.road_address}{address.detail}"))
    return PersonKeys(spoken, frozenset(phones_e164), place.lower())


def duplicate_reason(row: PersonKeys, other: PersonKeys) -> DuplicateReason | None:
    """Why *row* looks like *other*: a shared phone (with the same name or not), or the same name at the same
    address; None when nothing says they are one person."""
    if row.phones & other.phones:
        return DuplicateReason.SAME_PERSON if row.name == other.name else DuplicateReason.SAME_PHONE
    if row.name == other.name and row.address and row.address == other.address:
        return DuplicateReason.SAME_NAME_AND_ADDRESS
    return None


def proposed_resolution(reason: DuplicateReason) -> Resolution | None:
    """The same name and phone is the same customer (a row per contract is how most shops keep lists); anything
    less certain waits for the clerk."""
    return Resolution.MERGE if reason is DuplicateReason.SAME_PERSON else None


# --- a toy catalogue --------------------------------------------------------------------------------------------

_NOT_A_CATEGORY = QT_TRANSLATE_NOOP(
    "Validation",
    "This is not a toy category: write one of 영아, 블록, 역할놀이, 자동차, 승용, 퍼즐, 악기, 과학, 신체활동, 인형.",
)
_NOT_AN_AGE_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "This is not an age range: write it like 12~36개월 or 3세~7세, or give the ages in two columns."
)
_NOT_MONTHS = QT_TRANSLATE_NOOP("Validation", "This is not an age: write months like 12 or 12개월, or years like 3세.")

#: Words shops use for each category, matched inside the cell (the first that matches wins).
_CATEGORY_WORDS: tuple[tuple[str, ToyCategory], ...] = (
    ("영아", ToyCategory.BABY), ("애착", ToyCategory.BABY), ("감각", ToyCategory.BABY), ("baby", ToyCategory.BABY),
    ("블록", ToyCategory.BLOCKS), ("조립", ToyCategory.BLOCKS), ("block", ToyCategory.BLOCKS),
    ("역할", ToyCategory.ROLE_PLAY), ("주방", ToyCategory.ROLE_PLAY), ("role", ToyCategory.ROLE_PLAY),
    ("승용", ToyCategory.RIDE_ON), ("ride", ToyCategory.RIDE_ON),
    ("자동차", ToyCategory.VEHICLES), ("탈것", ToyCategory.VEHICLES), ("기차", ToyCategory.VEHICLES),
    ("vehicle", ToyCategory.VEHICLES),
    ("퍼즐", ToyCategory.PUZZLES), ("보드", ToyCategory.PUZZLES), ("puzzle", ToyCategory.PUZZLES),
    ("악기", ToyCategory.MUSIC), ("음악", ToyCategory.MUSIC), ("music", ToyCategory.MUSIC),
    ("과학", ToyCategory.SCIENCE), ("학습", ToyCategory.SCIENCE), ("science", ToyCategory.SCIENCE),
    ("신체", ToyCategory.ACTIVE), ("대형", ToyCategory.ACTIVE), ("active", ToyCategory.ACTIVE),
    ("인형", ToyCategory.DOLLS), ("피규어", ToyCategory.DOLLS), ("doll", ToyCategory.DOLLS),
)  # fmt: skip


def read_category(text: str) -> ToyCategory | None:
    clean = unicodedata.normalize("NFKC", text).lower()
    if clean.strip() in {category.value for category in ToyCategory}:
        return ToyCategory(clean.strip())
    return next((category for word, category in _CATEGORY_WORDS if word in clean), None)


def read_months(text: str) -> int | None:
    """An age as months: 12, 12개월, 12m; years as 3세, 3살, 3년 or 3y."""
    clean = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()
    if match := re.fullmatch(r"(\d{1,3})(?:개월|months?|m)?", clean):
        return int(match[1])
    if match := re.fullmatch(r"(\d{1,2})(?:세|살|년|years?|y)", clean):
        return int(match[1]) * 12
    return None


def read_age_range(text: str) -> tuple[int, int] | None:
    """An age range in one cell: "12~36개월", "12-36", "3세~7세"."""
    parts = re.split(r"\s*[~\-–～]\s*", unicodedata.normalize("NFKC", text).strip())
    if len(parts) != 2:
        return None
    unit = re.sub(r"^\d+", "", parts[1])  # "12~36개월": the unit written once, at the end
    low = read_months(parts[0] if re.sub(r"^\d+", "", parts[0]) else parts[0] + unit)
    high = read_months(parts[1])
    return (low, high) if low is not None and high is not None else None


@dataclass(frozen=True)
class ImportedToy:
    row: int
    details: ToyDetails
    barcodes: tuple[str, ...]


@dataclass
class ToyReading:
    row: int
    toy: ImportedToy | None = None
    problems: list[RowProblem] = field(default_factory=list)


def read_toy_row(
    row: int, cells: Sequence[Cell], mapping: Mapping[int, Column], *, headers: Mapping[Column, str]
) -> ToyReading:
    """Read one row of a toy list into a toy with the barcodes of its items, or say every problem it has."""
    r = _Row(row, cells, mapping, headers)
    if not r.has(Column.TOY_NAME):
        r.add(Column.TOY_NAME, _MISSING)
    category: ToyCategory | None = None
    if not r.has(Column.TOY_CATEGORY):
        r.add(Column.TOY_CATEGORY, _MISSING)
    elif (category := read_category(r.text(Column.TOY_CATEGORY))) is None:
        r.add(Column.TOY_CATEGORY, _NOT_A_CATEGORY)
    ages = _read_ages(r)
    value = _number(r, Column.TOY_VALUE, read_won, _NOT_A_NUMBER)
    if not r.has(Column.TOY_VALUE):
        r.add(Column.TOY_VALUE, _MISSING)
    barcodes: list[str] = []
    for text in _BARCODE_SEPARATORS.split(r.text(Column.TOY_BARCODES)):
        if not text:
            continue
        try:
            barcode = parse_barcode(text, field="toy_barcodes")
        except ValidationError as error:
            for problem in error.problems:
                r.problems.append(RowProblem(r.row, r.headers.get(Column.TOY_BARCODES, ""), problem, text))
            continue
        if barcode not in barcodes:
            barcodes.append(barcode)
    details: ToyDetails | None = None
    if r.has(Column.TOY_NAME) and category is not None and ages is not None and value is not None:
        try:
            details = validate_toy(
                name=r.text(Column.TOY_NAME), category=category, min_age_months=ages[0], max_age_months=ages[1],
                brand=r.text(Column.TOY_BRAND), value=value,
            )  # fmt: skip
        except ValidationError as error:
            by_field = {"name": Column.TOY_NAME, "brand": Column.TOY_BRAND, "value": Column.TOY_VALUE,
                        "min_age_months": Column.TOY_MIN_AGE, "max_age_months": Column.TOY_MAX_AGE}  # fmt: skip
            for problem in error.problems:
                r.add(by_field.get(problem.field, Column.TOY_NAME), problem.template, **problem.arguments)
    if r.problems or details is None:
        return ToyReading(row, problems=r.problems)
    return ToyReading(row, toy=ImportedToy(row, details, tuple(barcodes)))


def _read_ages(r: _Row) -> tuple[int, int] | None:
    """The age range: from and to columns, or a range in the one age column ("12~36개월")."""
    if not r.has(Column.TOY_MIN_AGE):
        r.add(Column.TOY_MIN_AGE, _MISSING)
        return None
    text = r.text(Column.TOY_MIN_AGE)
    if not r.has(Column.TOY_MAX_AGE):
        both = read_age_range(text)
        if both is None:
            r.add(Column.TOY_MIN_AGE, _NOT_AN_AGE_RANGE)
        return both
    low = read_months(text)
    if low is None:
        r.add(Column.TOY_MIN_AGE, _NOT_MONTHS)
    high = read_months(r.text(Column.TOY_MAX_AGE))
    if high is None:
        r.add(Column.TOY_MAX_AGE, _NOT_MONTHS)
    return (low, high) if low is not None and high is not None else None


def toy_key(name: str, brand: str) -> tuple[str, str]:
    """A toy as matched against the catalogue: the same name and brand, spaces and case aside."""
    return plan_key(name), plan_key(brand)
