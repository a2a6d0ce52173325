"""Delivery addresses: a 5-digit postal code, a road address starting with its province or metropolitan city
(si/do), and the notes couriers need.

A box sent to a half-typed address comes back, and the next one is late; so an address is refused with every
problem listed at once, and stored in one tidy spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from toysub_desktop.domain.errors import REQUIRED, ProblemCollector
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

ROAD_ADDRESS_MAX = 200
DETAIL_MAX = 100
ENTRY_NOTES_MAX = 200
DELIVERY_MEMO_MAX = 200
#: 시/군/구 names are short; more is a typing mistake.
DISTRICT_MAX = 20

_POSTAL_SHAPE = QT_TRANSLATE_NOOP("Validation", "The postal code has exactly 5 digits, like 03925.")
_POSTAL_OLD = QT_TRANSLATE_NOOP(
    "Validation",
    "This is an old 6-digit postal code. Look up the new 5-digit postal code for this address.",
)
_POSTAL_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "{code} is not a Korean postal code; they run from 01000 to 63999. Check the digits."
)
_NO_REGION = QT_TRANSLATE_NOOP(
    "Validation",
    "Start the address with the province or metropolitan city, like Seoul or Gyeonggi-do.",
)
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Validation", "Include the road name and the building number after the province or city."
)
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Keep this to {limit} characters or fewer (it has {length}).")
_ONE_LINE = QT_TRANSLATE_NOOP("Validation", "Keep this on one line, without line breaks or special characters.")
_CONTROL = QT_TRANSLATE_NOOP("Validation", "Remove the special (invisible) characters from this text.")

#: Every spelling of a si/do seen on forms -> its short name (old and new names: Gangwon and Jeonbuk became
#: "special self-governing provinces" in 2023/2024). Gwangju-si is left out on purpose: it is also a city in
#: Gyeonggi-do, so an address starting with it is ambiguous and staff are asked to write the si/do in front.
REGION_SPELLINGS: dict[str, str] = {
    "서울특별시": "서울",
    "서울시": "서울",
    "서울": "서울",
    "부산광역시": "부산",
    "부산시": "부산",
    "부산": "부산",
    "대구광역시": "대구",
    "대구시": "대구",
    "대구": "대구",
    "인천광역시": "인천",
    "인천시": "인천",
    "인천": "인천",
    "광주광역시": "광주",
    "광주": "광주",
    "대전광역시": "대전",
    "대전시": "대전",
    "대전": "대전",
    "울산광역시": "울산",
    "울산시": "울산",
    "울산": "울산",
    "세종특별자치시": "세종",
    "세종시": "세종",
    "세종": "세종",
    "경기도": "경기",
    "경기": "경기",
    "강원특별자치도": "강원",
    "강원도": "강원",
    "강원": "강원",
    "충청북도": "충북",
    "충북": "충북",
    "충청남도": "충남",
    "충남": "충남",
    "전북특별자치도": "전북",
    "전라북도": "전북",
    "전북": "전북",
    "전라남도": "전남",
    "전남": "전남",
    "경상북도": "경북",
    "경북": "경북",
    "경상남도": "경남",
    "경남": "경남",
    "제주특별자치도": "제주",
    "제주도": "제주",
    "제주시": "제주",  # Jeju-si lies inside Jeju-do, so this one is not ambiguous
    "제주": "제주",
}


@dataclass(frozen=True)
class Address:
    postal_code: str
    road_address: str
    detail: str = ""
    entry_notes: str = ""  # lobby door code, where the box may be left
    delivery_memo: str = ""

    @property
    def one_line(self) -> str:
        """Postal code in parentheses, road address, then the detail after a comma: for lists and labels."""
        line = f"({self.postal_code}) {self.road_address}"
        return f"{line}, {self.detail}" if self.detail else line

    @property
    def region(self) -> str | None:
        """The short si/do name (a value of ``REGION_SPELLINGS``), or None if the address starts with none."""
        return region_of(self.road_address)

    @property
    def district(self) -> str:
        return district_of(self.road_address)


def region_of(road_address: str) -> str | None:
    first_word = road_address.split(maxsplit=1)[0] if road_address.strip() else ""
    return REGION_SPELLINGS.get(first_word)


def district_of(road_address: str) -> str:
    """The 시/군/구 a road address names after its 시/도 ("서울특별시 강남구 테헤란로 1" → "강남구"), or "" when it
    names none (세종, or a road right after the 시/도)."""
    words = road_address.split()
    if len(words) < 2 or words[0] not in REGION_SPELLINGS:
        return ""
    second = words[1]
    return second if second[-1] in "시군구" and not any(c.isdigit() for c in second) else ""


def validate_address(
    *,
    postal_code: str,
    road_address: str,
    detail: str = "",
    entry_notes: str = "",
    delivery_memo: str = "",
) -> Address:
    """An Address from what was typed, or one ValidationError listing every problem."""
    problems = ProblemCollector()
    postal = unicodedata.normalize("NFKC", postal_code).strip()
    road_address, detail, entry_notes, delivery_memo = (
        unicodedata.normalize("NFC", text) for text in (road_address, detail, entry_notes, delivery_memo)
    )
    road = _single_line(road_address)
    detail_line = _single_line(detail)
    notes = _multi_line(entry_notes)
    memo = _multi_line(delivery_memo)

    _check_postal_code(problems, postal)
    _check_road_address(problems, road_address, road)
    _check_one_line(problems, "detail", detail, detail_line, DETAIL_MAX)
    _check_notes(problems, "entry_notes", notes, ENTRY_NOTES_MAX)
    _check_notes(problems, "delivery_memo", memo, DELIVERY_MEMO_MAX)
    problems.raise_if_any()
    return Address(postal, road, detail_line, notes, memo)


def _single_line(text: str) -> str:
    """Stripped, with runs of spaces made one, so the same address is always spelled the same."""
    return re.sub(r"[ \u3000]+", " ", text.strip())


def _multi_line(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _has_control(text: str, *, allow_line_breaks: bool = False) -> bool:
    allowed = "\n\t" if allow_line_breaks else ""
    return any(unicodedata.category(c).startswith("C") and c not in allowed for c in text)


def _check_postal_code(problems: ProblemCollector, postal: str) -> None:
    if not postal:
        problems.add("postal_code", REQUIRED)
    elif re.fullmatch(r"[0-9]{3}-?[0-9]{3}", postal):  # the pre-2015 format, still on old forms
        problems.add("postal_code", _POSTAL_OLD)
    elif not re.fullmatch(r"[0-9]{5}", postal):
        problems.add("postal_code", _POSTAL_SHAPE)
    elif not "01" <= postal[:2] <= "63":  # zones run 01000 (Seoul) to 63xxx (Jeju)
        problems.add("postal_code", _POSTAL_RANGE, code=postal)


def _check_road_address(problems: ProblemCollector, raw: str, road: str) -> None:
    field = "road_address"
    if not road:
        problems.add(field, REQUIRED)
    elif _has_control(raw.strip()):
        problems.add(field, _ONE_LINE)
    elif len(road) > ROAD_ADDRESS_MAX:
        problems.add(field, _TOO_LONG, limit=str(ROAD_ADDRESS_MAX), length=str(len(road)))
    elif region_of(road) is None:
        problems.add(field, _NO_REGION)
    else:
        rest = road.split(maxsplit=1)[1] if " " in road else ""
        # A road (or town) name and a building number; without both a courier cannot find the door.
        if not re.search(r"\d", rest) or not any(c.isalpha() for c in rest):
            problems.add(field, _INCOMPLETE)


def _check_one_line(problems: ProblemCollector, field: str, raw: str, value: str, limit: int) -> None:
    if _has_control(raw.strip()):
        problems.add(field, _ONE_LINE)
    elif len(value) > limit:
        problems.add(field, _TOO_LONG, limit=str(limit), length=str(len(value)))


def _check_notes(problems: ProblemCollector, field: str, value: str, limit: int) -> None:
    # Notes may span lines (where to leave the box / the lobby door code), but not carry invisible characters.
    if _has_control(value, allow_line_breaks=True):
        problems.add(field, _CONTROL)
    elif len(value) > limit:
        problems.add(field, _TOO_LONG, limit=str(limit), length=str(len(value)))
