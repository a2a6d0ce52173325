"""Toys (장난감) and their physical items (품목): the catalogue entry, the barcode on each unit, and its states.

**Barcodes.** A scanner is a keyboard: it types the code and then Enter. Two kinds of code are accepted:

* **EAN-13**, 13 digits whose last is the check digit (a mistyped or misread digit is caught). A 12-digit UPC-A
  (American toys) is the same number without its leading 0 and is stored as the EAN-13. A maker's EAN-13 names the
  *product*, so two copies of one toy carry the same one; a shop that owns two copies labels them itself. The labels
  the app makes are EAN-13 numbers in GS1's in-store range (first digit 2, never used on products), one per item:
  ``in_store_barcode``.
* **The shop's own codes** from labels it already uses: 4–20 letters, digits and hyphens with at least one letter,
  such as ``TS-000123``; letters are upper-cased. A code of digits only must be a valid EAN-13 or UPC-A.

A counter PC in Korea often has the Korean input method on; a scanner then "types" ``TS-1`` as ``ㅅㄴ-1``. Compatibility
jamo are read back as the Latin keys of the standard 2-set (두벌식) layout, so the scan still finds the item.

**Item states.** An item is available, set aside for a reservation (held), on loan, in cleaning, in repair, or
retired (lost or worn out). Every step it may take is in ``TRANSITIONS``; a held item can only be lent to the
reservation's child (the service checks who). An item on loan is with a child, so it leaves that state only by
its return (``RETURN_TRANSITIONS``), where its condition decides where it goes: the shop cannot clean, repair or
retire what it does not have. ``steps_for`` tells the screens which of the clerk's steps a state allows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from toysub_desktop.domain.dates import DateWindow
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line

TOY_NAME_MAX = 100
BRAND_MAX = 60
#: Ages are in months; a toy for "up to 10 years" is 120.
MAX_AGE_MONTHS = 15 * 12
SHOP_CODE_MIN = 4
SHOP_CODE_MAX = 20


class ToyCategory(StrEnum):
    BABY = "baby"  # 영아 감각·애착
    BLOCKS = "blocks"  # 블록·조립
    ROLE_PLAY = "role_play"  # 역할놀이
    VEHICLES = "vehicles"  # 자동차·탈것 장난감
    RIDE_ON = "ride_on"  # 승용완구
    PUZZLES = "puzzles"  # 퍼즐·보드게임
    MUSIC = "music"  # 악기·음악
    SCIENCE = "science"  # 과학·학습
    ACTIVE = "active"  # 신체활동·대형완구
    DOLLS = "dolls"  # 인형·피규어


class ItemState(StrEnum):
    AVAILABLE = "available"  # on the shelf, free to lend
    HELD = "held"  # set aside for the first waiting reservation
    ON_LOAN = "on_loan"
    CLEANING = "cleaning"
    REPAIR = "repair"
    RETIRED = "retired"  # lost, or worn out; kept for its history


S = ItemState

#: Every step an item may take in the shop's hands. From cleaning or repair an item goes back to the shelf, or
#: straight to a waiting reservation (held); cleaning may find damage (repair) and a repair may end with a wash
#: (cleaning). An item on loan takes none of these: it comes back by a return (``RETURN_TRANSITIONS``).
TRANSITIONS: dict[ItemState, frozenset[ItemState]] = {
    S.AVAILABLE: frozenset({S.ON_LOAN, S.HELD, S.CLEANING, S.REPAIR, S.RETIRED}),
    S.HELD: frozenset({S.ON_LOAN, S.AVAILABLE, S.HELD, S.CLEANING, S.REPAIR, S.RETIRED}),
    S.ON_LOAN: frozenset(),
    S.CLEANING: frozenset({S.AVAILABLE, S.HELD, S.REPAIR, S.RETIRED}),
    S.REPAIR: frozenset({S.AVAILABLE, S.HELD, S.CLEANING, S.RETIRED}),
    S.RETIRED: frozenset(),
}
#: Where a return may send an item, by the state it was in: only an item on loan is returned, and its condition
#: sends it back on the shelf or to a waiting child (clean), to cleaning, to repair, or out of use (lost).
RETURN_TRANSITIONS: dict[ItemState, frozenset[ItemState]] = {
    S.ON_LOAN: frozenset({S.AVAILABLE, S.HELD, S.CLEANING, S.REPAIR, S.RETIRED}),
}

#: States from which an item can be lent (a held one only to its reservation's child).
LENDABLE = frozenset({S.AVAILABLE, S.HELD})
#: States the shop must act on before the item can go out again.
IN_WORK = frozenset({S.CLEANING, S.REPAIR})

#: Why an item cannot be lent, by its state: the counter needs to hear where the item is.
_NOT_LENDABLE: dict[ItemState, str] = {
    S.ON_LOAN: QT_TRANSLATE_NOOP("Validation", "{item} is on loan and has not been returned."),
    S.CLEANING: QT_TRANSLATE_NOOP("Validation", "{item} is in cleaning; finish the cleaning before lending it."),
    S.REPAIR: QT_TRANSLATE_NOOP("Validation", "{item} is in repair; finish the repair before lending it."),
    S.RETIRED: QT_TRANSLATE_NOOP("Validation", "{item} is retired and cannot be lent."),
}
_ON_LOAN = QT_TRANSLATE_NOOP(
    "Validation", "{item} is on loan: record its return first (as lost, damaged or dirty, if it is)."
)
_NOT_ON_LOAN = QT_TRANSLATE_NOOP("Validation", "{item} is not on loan, so it cannot be returned.")
_REFUSED: dict[ItemState, str] = {
    S.AVAILABLE: QT_TRANSLATE_NOOP("Validation", "{item} cannot go back on the shelf from its present state."),
    S.HELD: QT_TRANSLATE_NOOP("Validation", "{item} cannot be set aside for a reservation from its present state."),
    S.CLEANING: QT_TRANSLATE_NOOP("Validation", "{item} cannot go to cleaning from its present state."),
    S.REPAIR: QT_TRANSLATE_NOOP("Validation", "{item} cannot go to repair from its present state."),
    S.RETIRED: QT_TRANSLATE_NOOP("Validation", "{item} is already retired."),
}


def can_transition(current: ItemState, target: ItemState, *, by_return: bool = False) -> bool:
    """Whether *current* may step to *target*: by a return (``RETURN_TRANSITIONS``) or in the shop (``TRANSITIONS``)."""
    table = RETURN_TRANSITIONS if by_return else TRANSITIONS
    return target in table.get(current, frozenset())


def check_transition(
    current: ItemState, target: ItemState, *, item: str, field: str = "item", by_return: bool = False
) -> ItemState:
    """Refuse a step not in the tables; *item* names the item in the message ("자석 블록 (TS-0012)")."""
    if not can_transition(current, target, by_return=by_return):
        if by_return:
            raise ValidationError.of(field, _NOT_ON_LOAN, item=item)
        if target is S.ON_LOAN:
            raise ValidationError.of(field, _NOT_LENDABLE[current], item=item)
        if current is S.ON_LOAN:
            raise ValidationError.of(field, _ON_LOAN, item=item)
        raise ValidationError.of(field, _REFUSED[target], item=item)
    return target


class ItemStep(StrEnum):
    """What the counter can do with one item, as the Rentals tab offers it."""

    LEND = "lend"
    RETURN = "return"
    FINISH_WORK = "finish_work"  # cleaning or repair is done: back on the shelf or to a waiting child
    SEND_TO_CLEANING = "send_to_cleaning"
    SEND_TO_REPAIR = "send_to_repair"
    RETIRE = "retire"


def steps_for(state: ItemState) -> frozenset[ItemStep]:
    """The steps an item in *state* may take, read from the transition tables (the screens offer these only)."""
    steps = set()
    if can_transition(state, S.ON_LOAN):
        steps.add(ItemStep.LEND)
    if any(can_transition(state, target, by_return=True) for target in ItemState):
        steps.add(ItemStep.RETURN)
    if state in IN_WORK and can_transition(state, S.AVAILABLE):
        steps.add(ItemStep.FINISH_WORK)
    # Sending to the work an item is already in is no step.
    if state is not S.CLEANING and can_transition(state, S.CLEANING):
        steps.add(ItemStep.SEND_TO_CLEANING)
    if state is not S.REPAIR and can_transition(state, S.REPAIR):
        steps.add(ItemStep.SEND_TO_REPAIR)
    if can_transition(state, S.RETIRED):
        steps.add(ItemStep.RETIRE)
    return frozenset(steps)


# --- barcodes ---------------------------------------------------------------------------------------------------

_EMPTY_BARCODE = QT_TRANSLATE_NOOP("Validation", "Scan or type the item's barcode.")
_BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Validation", "The barcode's check digit does not match: scan it again or check the digits."
)
_BAD_DIGITS = QT_TRANSLATE_NOOP(
    "Validation", "A barcode of digits only must be an EAN-13 (13 digits) or a UPC-A (12 digits)."
)
_BAD_SHOP_CODE = QT_TRANSLATE_NOOP(
    "Validation",
    "A shop code has {low} to {high} letters, digits and hyphens, with at least one letter (e.g. TS-000123).",
)

#: The 2-set (두벌식) keyboard: which Latin key types each compatibility jamo.
_DUBEOLSIK = {
    "ㅂ": "Q", "ㅈ": "W", "ㄷ": "E", "ㄱ": "R", "ㅅ": "T", "ㅛ": "Y", "ㅕ": "U", "ㅑ": "I", "ㅐ": "O", "ㅔ": "P",
    "ㅁ": "A", "ㄴ": "S", "ㅇ": "D", "ㄹ": "F", "ㅎ": "G", "ㅗ": "H", "ㅓ": "J", "ㅏ": "K", "ㅣ": "L",
    "ㅋ": "Z", "ㅌ": "X", "ㅊ": "C", "ㅍ": "V", "ㅠ": "B", "ㅜ": "N", "ㅡ": "M",
    "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P",
}  # fmt: skip
_SHOP_CODE = re.compile(r"[A-Z0-9-]+")


def ean13_check_digit(first_twelve: str) -> int:
    """GS1's check digit of the first twelve digits of an EAN-13 (python-stdnum's ``ean``)."""
    from stdnum import ean  # python-stdnum loads pydoc: not at start-up, only when a barcode is checked

    return int(ean.calc_check_digit(first_twelve))


def is_valid_ean13(code: str) -> bool:
    from stdnum import ean

    return len(code) == 13 and code.isdigit() and ean.is_valid(code)


def in_store_barcode(serial: int) -> str:
    """The shop's own label for its *serial*-th item: an EAN-13 in GS1's in-store range ("2" + 11 digits + check)."""
    if not 0 < serial < 10**11:
        raise ValueError("serial out of range")
    body = f"2{serial:011d}"
    return body + str(ean13_check_digit(body))


def in_store_serial(code: str) -> int | None:
    """The serial of a label ``in_store_barcode`` made, or None for any other code."""
    if is_valid_ean13(code) and code.startswith("2"):
        return int(code[1:12])
    return None


def _as_typed_in_latin(text: str) -> str:
    """Jamo typed by a scanner while the Korean input method was on, read back as the keys that were pressed."""
    return "".join(_DUBEOLSIK.get(c, c) for c in text)


def looks_like_barcode(text: str) -> bool:
    """Whether a search text is a code rather than a name: no spaces, and digits or a valid code after reading."""
    cleaned = text.strip()
    if not cleaned or any(c.isspace() for c in cleaned):
        return False
    try:
        parse_barcode(cleaned)
    except ValidationError:
        return False
    return any(c.isdigit() for c in cleaned)


def parse_barcode(text: str, *, field: str = "barcode") -> str:
    """What a scanner typed, as the item's stored barcode (see the module's notes); refused with a reason."""
    # Jamo first: NFKC would turn compatibility jamo into conjoining ones.
    cleaned = unicodedata.normalize("NFKC", _as_typed_in_latin(text)).strip().upper()
    if not cleaned:
        raise ValidationError.of(field, _EMPTY_BARCODE)
    if cleaned.isdigit():
        if len(cleaned) == 12:
            cleaned = "0" + cleaned
        if len(cleaned) != 13:
            raise ValidationError.of(field, _BAD_DIGITS)
        if not is_valid_ean13(cleaned):
            raise ValidationError.of(field, _BAD_CHECK_DIGIT)
        return cleaned
    if (
        not SHOP_CODE_MIN <= len(cleaned) <= SHOP_CODE_MAX
        or not _SHOP_CODE.fullmatch(cleaned)
        or not any(c.isalpha() for c in cleaned)
    ):
        raise ValidationError.of(field, _BAD_SHOP_CODE, low=str(SHOP_CODE_MIN), high=str(SHOP_CODE_MAX))
    return cleaned


# --- the catalogue ----------------------------------------------------------------------------------------------

#: The day an item was bought or received: one that has come.
ACQUIRED_ON = DateWindow(
    days_ahead=0, too_late=QT_TRANSLATE_NOOP("Validation", "The date acquired cannot be in the future.")
)
_AGE_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter an age from 0 to {high} months.")
_AGE_ORDER = QT_TRANSLATE_NOOP("Validation", "The oldest age must not be below the youngest.")


@dataclass(frozen=True)
class ToyDetails:
    name: str
    category: ToyCategory
    min_age_months: int
    max_age_months: int
    brand: str
    #: What it costs to replace, in won; the fee for a lost item.
    value: int
    note: str = ""

    @property
    def name_initials(self) -> str:
        return initial_consonants(self.name)

    def fits(self, age_months: int) -> bool:
        return fits_age(self.min_age_months, self.max_age_months, age_months)


def fits_age(min_age_months: int, max_age_months: int, age_months: int) -> bool:
    """Whether a child *age_months* old is within a toy's range (both ends included)."""
    return min_age_months <= age_months <= max_age_months


def validate_toy(
    *,
    name: str,
    category: ToyCategory,
    min_age_months: int,
    max_age_months: int,
    brand: str,
    value: int,
    note: str = "",
) -> ToyDetails:
    problems = ProblemCollector()
    clean_name = clean_brand = clean_text = ""
    with problems.checking():
        clean_name = clean_line(name, field="name", limit=TOY_NAME_MAX, required=True)
    with problems.checking():
        clean_brand = clean_line(brand, field="brand", limit=BRAND_MAX)
    for field, months in (("min_age_months", min_age_months), ("max_age_months", max_age_months)):
        if not 0 <= months <= MAX_AGE_MONTHS:
            problems.add(field, _AGE_RANGE, high=str(MAX_AGE_MONTHS))
    if 0 <= min_age_months <= MAX_AGE_MONTHS and max_age_months < min_age_months:
        problems.add("max_age_months", _AGE_ORDER)
    with problems.checking():
        check_amount(value, field="value", allow_zero=False)
    with problems.checking():
        clean_text = clean_line(note, field="note", limit=NOTE_MAX)
    problems.raise_if_any()
    return ToyDetails(clean_name, category, min_age_months, max_age_months, clean_brand, value, clean_text)


def clean_note(text: str, *, field: str = "note") -> str:
    """A one-line note as typed, within ``NOTE_MAX``."""
    return clean_line(text, field=field, limit=NOTE_MAX)
