"""The couriers a Korean shop hands boxes to, and what each one's tracking number (운송장 번호) looks like.

A waybill number is printed with hyphens or spaces (6543-2109-8765) and read back by a scanner without them; only
its digits count. A number that does not look like the chosen courier's is usually a misread or a number typed into
the wrong row, so it is warned about; the clerk may still confirm it (a courier can change its numbering before
this list does). Any other courier ("기타", or a name typed in) has no format: only the shape of the number is
checked (``deliveries.check_tracking_number``). The same number twice in one batch is never right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from toysub_desktop.domain.errors import FieldProblem
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Courier:
    # As offered in the ship dialog and stored on the delivery.
    name: str
    # How many digits its tracking numbers have (hyphens and spaces as printed are not counted).
    digit_counts: tuple[int, ...]
    # Other spellings clerks type for the same courier.
    aliases: tuple[str, ...] = ()

    def digits_text(self) -> str:
        """The accepted lengths, e.g. "10·12"."""
        return "·".join(str(n) for n in self.digit_counts)


CJ = Courier("CJ대한통운", (10, 12), ("CJ", "대한통운", "CJ택배", "CJ대한통운택배"))
EPOST = Courier("우체국택배", (13,), ("우체국", "우체국소포", "우정사업본부"))
HANJIN = Courier("한진택배", (10, 12), ("한진",))
LOTTE = Courier("롯데택배", (12,), ("롯데", "롯데글로벌로지스", "현대택배"))
LOGEN = Courier("로젠택배", (11,), ("로젠",))
# GS Postbox and CU (CVSnet) 편의점택배 print 10 to 13 digits.
CONVENIENCE_STORE = Courier("편의점택배", (10, 11, 12, 13), ("GS편의점택배", "CU편의점택배", "CVS", "CVSnet"))

# In the order the ship dialog offers them (the most used first).
COURIERS: tuple[Courier, ...] = (CJ, EPOST, HANJIN, LOTTE, LOGEN, CONVENIENCE_STORE)
# The choice for any other courier: its numbers are only checked for their shape.
OTHER_COURIER = "기타"

_NOT_DIGITS = QT_TRANSLATE_NOOP("Validation", "A {courier} tracking number has digits only.")
_WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "Validation", "A {courier} tracking number has {digits} digits; this one has {count}. Check it."
)
_DUPLICATE = QT_TRANSLATE_NOOP("Validation", "The same tracking number is on row {row} of this batch.")


def _key(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper()


_BY_NAME: Mapping[str, Courier] = {_key(n): c for c in COURIERS for n in (c.name, *c.aliases)}


def courier_named(name: str) -> Courier | None:
    """The known courier *name* means (its name or a usual spelling, spaces and case aside); None for any other."""
    return _BY_NAME.get(_key(name))


def tracking_digits(number: str) -> str:
    """A tracking number as the courier's systems read it: without the hyphens and spaces it is printed with."""
    return _key(number)


def tracking_number_warning(courier: str, number: str, *, field: str = "tracking_number") -> FieldProblem | None:
    """Why *number* does not look like a tracking number of *courier*; None when it does, when it is empty (a hand
    delivery), or when the courier has no known format."""
    known = courier_named(courier)
    digits = tracking_digits(number)
    if known is None or not digits:
        return None
    if not digits.isdigit():
        return FieldProblem(field, _NOT_DIGITS, {"courier": known.name})
    if len(digits) not in known.digit_counts:
        return FieldProblem(
            field, _WRONG_LENGTH, {"courier": known.name, "digits": known.digits_text(), "count": str(len(digits))}
        )
    return None


def is_format_warning(problem: FieldProblem) -> bool:
    """Whether *problem* is only a number unlike its courier's, which the clerk may confirm (others refuse)."""
    return problem.template in (_NOT_DIGITS, _WRONG_LENGTH)


def same_tracking_number(numbers: Sequence[str], index: int, *, field: str) -> FieldProblem | None:
    """A problem when ``numbers[index]`` is also on another row of the batch (rows counted from 1)."""
    digits = tracking_digits(numbers[index])
    if not digits:
        return None
    for other, number in enumerate(numbers):
        if other != index and tracking_digits(number) == digits:
            return FieldProblem(field, _DUPLICATE, {"row": str(other + 1)})
    return None


def duplicate_tracking_numbers(numbers: Mapping[int, str], *, field: str = "tracking_numbers") -> list[FieldProblem]:
    """A problem for each number (by key, in order) that an earlier one in the batch already has; rows are
    counted from 1 in the order given."""
    seen: dict[str, int] = {}
    problems = []
    for row, (key, number) in enumerate(numbers.items(), start=1):
        digits = tracking_digits(number)
        if not digits:
            continue
        if digits in seen:
            problems.append(FieldProblem(f"{field}[{key}]", _DUPLICATE, {"row": str(seen[digits])}))
        else:
            seen[digits] = row
    return problems
