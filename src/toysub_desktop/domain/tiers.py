"""Membership tiers (회원 등급): the shop's ladder of tiers and the rules that place a customer on it.

- The shop measures every customer on one **basis** it chooses: *tenure*, whole months since the customer's first
  subscription started, or *spend*, the won paid net of refunds over the last 12 months.
- Each tier starts at its **threshold** on that basis and runs up to the next tier's threshold; a customer below the
  lowest threshold has no tier. Two tiers never start at the same threshold (they would overlap).
- A tier's **benefits**: a discount percentage (0–50) on cycle fees, and priority in the toy reservation queue.
- A customer's tier is never stored: it is computed from the facts on the day asked.

The tier discount is applied after the contract's own discounts (the long-term and category discounts are already in
the monthly fee): it is the tier's percentage of the cycle's charge, rounded down to the won like every discount
(``money.share_of``), and shown as its own line with the tier's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.money import half_width, parse_won, share_of
from toysub_desktop.domain.months import add_months, cycle_of
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line

TIER_NAME_MAX = 20
MAX_TIERS = 6
MAX_TIER_DISCOUNT_PERCENT = 50
#: Tenure thresholds up to 50 years.
MAX_TENURE_MONTHS = 600
#: Spend is measured over this many months up to the day asked.
SPEND_MONTHS = 12


class TierBasis(StrEnum):
    """What the shop's tiers are measured on."""

    TENURE = "tenure"  # whole months since the first subscription started
    SPEND = "spend"  # won paid net of refunds over the last 12 months


@dataclass(frozen=True)
class MembershipTier:
    name: str
    #: Where the tier starts: months of tenure or won of spend, by the shop's basis.
    threshold: int
    discount_percent: int = 0
    priority_reservations: bool = False


@dataclass(frozen=True)
class TierRules:
    """The shop's tiers, lowest threshold first."""

    basis: TierBasis = TierBasis.TENURE
    tiers: tuple[MembershipTier, ...] = ()

    def tier_for(self, measure: int) -> MembershipTier | None:
        """The tier of a customer measuring *measure* on the basis: the highest threshold at or below it."""
        found = None
        for tier in self.tiers:
            if tier.threshold <= measure:
                found = tier
        return found

    def next_tier(self, measure: int) -> MembershipTier | None:
        """The next tier up from *measure*, if any."""
        return next((tier for tier in self.tiers if tier.threshold > measure), None)

    def standing(self, measure: int) -> TierStanding:
        upcoming = self.next_tier(measure)
        return TierStanding(
            basis=self.basis,
            measure=measure,
            tier=self.tier_for(measure),
            next_tier=upcoming,
            to_next=upcoming.threshold - measure if upcoming is not None else 0,
        )

    @property
    def any_priority(self) -> bool:
        return any(tier.priority_reservations for tier in self.tiers)


@dataclass(frozen=True)
class TierStanding:
    """Where a customer stands: the measure, the tier it gives, and how far the next tier is."""

    basis: TierBasis
    measure: int
    tier: MembershipTier | None
    next_tier: MembershipTier | None
    to_next: int


def tenure_months(first_start: date | None, day: date) -> int:
    """Whole months from the first subscription's start to *day* (0 before a whole month, or with no subscription)."""
    if first_start is None or first_start > day:
        return 0
    return cycle_of(first_start, day)


def tenure_reached_on(first_start: date, months: int) -> date:
    """The day a customer who started on *first_start* reaches *months* months of tenure."""
    return add_months(first_start, months)


def spend_window(day: date) -> tuple[date, date]:
    """The days whose payments count as spend on *day*: the last 12 months, *day* included."""
    return add_months(day, -SPEND_MONTHS) + timedelta(days=1), day


def tier_discount(amount: int, percent: int) -> int:
    """The won a tier of *percent* takes off a charge of *amount*: rounded down, never more than the rule."""
    return share_of(amount, percent) if amount > 0 and percent > 0 else 0


# --- the owner's input ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TierInput:
    """One row of the tier settings as typed."""

    name: str
    threshold: str
    discount_percent: str
    priority_reservations: bool = False

    @property
    def blank(self) -> bool:
        return not (self.name.strip() or self.threshold.strip() or self.discount_percent.strip())


_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the tier's name.")
_NAME_TWICE = QT_TRANSLATE_NOOP("Validation", "Another tier is already called {name}.")
_THRESHOLD_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter where the tier starts.")
_MONTHS_NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter the months as a whole number, e.g. 12.")
_MONTHS_TOO_MANY = QT_TRANSLATE_NOOP("Validation", "A tier starts at {limit} months at most.")
_OVERLAP = QT_TRANSLATE_NOOP("Validation", "This tier starts where {name} starts: each tier needs its own threshold.")
_OVERLAP_ROW = QT_TRANSLATE_NOOP(
    "Validation", "This tier starts where the tier of row {row} starts: each tier needs its own threshold."
)
_PERCENT_NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter the discount as a whole number of percent, e.g. 5.")
_PERCENT_RANGE = QT_TRANSLATE_NOOP("Validation", "A tier's discount is between 0 and {limit} percent.")
_TOO_MANY_TIERS = QT_TRANSLATE_NOOP("Validation", "A shop has at most {limit} tiers.")


def _bounded(digits: str, limit: int) -> int:
    """The number *digits* spell, or one past *limit* when it is longer than any number up to it: a run of
    thousands of digits pasted is too large, not a number Python refuses to read."""
    significant = digits.lstrip("0")
    return limit + 1 if len(significant) > len(str(limit)) else int(significant or "0")


def _threshold(text: str, basis: TierBasis, field: str) -> int:
    cleaned = half_width(text).strip()
    if not cleaned:
        raise ValidationError.of(field, _THRESHOLD_REQUIRED)
    if basis is TierBasis.SPEND:
        return parse_won(cleaned, field=field)
    cleaned = cleaned.removesuffix("개월").strip()
    if not cleaned.isdecimal():
        raise ValidationError.of(field, _MONTHS_NOT_NUMBER)
    months = _bounded(cleaned, MAX_TENURE_MONTHS)
    if months > MAX_TENURE_MONTHS:
        raise ValidationError.of(field, _MONTHS_TOO_MANY, limit=str(MAX_TENURE_MONTHS))
    return months


def _percent(text: str, field: str) -> int:
    cleaned = half_width(text).strip().removesuffix("%").strip()
    if not cleaned:
        return 0
    if not cleaned.isdecimal():
        raise ValidationError.of(field, _PERCENT_NOT_NUMBER)
    percent = _bounded(cleaned, MAX_TIER_DISCOUNT_PERCENT)
    if percent > MAX_TIER_DISCOUNT_PERCENT:
        raise ValidationError.of(field, _PERCENT_RANGE, limit=str(MAX_TIER_DISCOUNT_PERCENT))
    return percent


def validate_tiers(basis: TierBasis, rows: Sequence[TierInput]) -> TierRules:
    """The shop's tiers from the rows typed (blank rows ignored), lowest threshold first; every problem at once,
    each under ``tiers[i].name``, ``tiers[i].threshold`` or ``tiers[i].discount_percent`` of the row it is in."""
    problems = ProblemCollector()
    typed = [(index, row) for index, row in enumerate(rows) if not row.blank]
    if len(typed) > MAX_TIERS:
        problems.add(f"tiers[{typed[MAX_TIERS][0]}].name", _TOO_MANY_TIERS, limit=str(MAX_TIERS))
    tiers: list[tuple[int, MembershipTier]] = []
    names: dict[str, str] = {}
    #: Each threshold taken, with the name of the row that took it (None: a row whose name is missing) and its row.
    starts: dict[int, tuple[str | None, int]] = {}
    for index, row in typed:
        field = f"tiers[{index}]"
        name: str | None = None
        threshold: int | None = None
        percent: int | None = None
        with problems.checking():
            name = clean_line(
                row.name, field=f"{field}.name", limit=TIER_NAME_MAX, required=True, required_message=_NAME_REQUIRED
            )
            key = name.casefold()
            if key in names:
                problems.add(f"{field}.name", _NAME_TWICE, name=names[key])
                name = None
            else:
                names[key] = name
        with problems.checking():
            threshold = _threshold(row.threshold, basis, f"{field}.threshold")
            if threshold in starts:
                other, row_number = starts[threshold]
                if other:
                    problems.add(f"{field}.threshold", _OVERLAP, name=other)
                else:
                    problems.add(f"{field}.threshold", _OVERLAP_ROW, row=str(row_number))
                threshold = None
            else:
                starts[threshold] = (name, index + 1)
        with problems.checking():
            percent = _percent(row.discount_percent, f"{field}.discount_percent")
        if name is not None and threshold is not None and percent is not None:
            tiers.append((index, MembershipTier(name, threshold, percent, row.priority_reservations)))
    problems.raise_if_any()
    return TierRules(TierBasis(basis), tuple(tier for _, tier in sorted(tiers, key=lambda pair: pair[1].threshold)))
