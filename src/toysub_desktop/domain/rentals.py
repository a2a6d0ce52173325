"""Rentals (대여): due dates, returns and what each condition means, fees, late fees, suspension, reservations.

**Returns.** Every returned item is checked: *clean* goes back on the shelf (or straight to the first child waiting
for the toy), *needs cleaning* goes to cleaning, *damaged* and *missing parts* go to repair, *lost* retires the item.
Nothing goes out again until the shop has finished the cleaning or repair.

**Fees.** A lost item costs the toy's value; a damaged one, or one with missing parts, a share of it that the owner
sets (30 % unless changed). The clerk sees the suggested fee before saving and may lower it (a goodwill waiver is a
fee of 0, with a note). A late return costs ``late_fee_per_day`` won per item per day late, for at most
``late_fee_cap_days`` days: toy libraries commonly charge 500 won a day per item, capped at 15 days (7,500 won).
A lost item costs its value and no late fee on top.

**Suspension.** Once the late fee has stopped growing, a fee no longer brings a toy back; so by default a customer
with any item overdue by more than 15 days (the cap) cannot borrow until the overdue items come back. The owner may
set another threshold; 0 refuses lending as soon as anything is overdue. Returning the items lifts it at once: the
shop wants the toys back, not to punish.

**Reservations.** A popular toy can be reserved for a child. The queue is first come, first served: when an item of
the toy is back on the shelf (returned clean, cleaned, repaired, or added), it is set aside for the first waiting
reservation, which becomes *ready*; lending that item to the child fulfils it; cancelling a ready one passes the item
to the next in the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.money import MAX_PRICE_WON, format_won, share_of
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.toys import ItemState

MAX_LATE_FEE_PER_DAY = 10_000
MAX_CAP_DAYS = 365
MAX_SUSPENSION_DAYS = 365
MAX_LOAN_DAYS = 180
#: A loan may be backdated this far (a toy handed over on a busy Saturday, recorded on Monday).
MAX_BACKDATE_DAYS = 14


class ReturnCondition(StrEnum):
    CLEAN = "clean"
    NEEDS_CLEANING = "needs_cleaning"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"
    LOST = "lost"


class ChargeKind(StrEnum):
    LOST = "lost"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"
    LATE = "late"


class ReservationState(StrEnum):
    WAITING = "waiting"
    READY = "ready"  # an item is set aside for the child
    FULFILLED = "fulfilled"  # the item was lent to the child
    CANCELLED = "cancelled"


#: Reservations still in the queue.
OPEN_RESERVATIONS = frozenset({ReservationState.WAITING, ReservationState.READY})

#: A charge on the customer for each condition that costs something.
CHARGE_FOR: dict[ReturnCondition, ChargeKind] = {
    ReturnCondition.LOST: ChargeKind.LOST,
    ReturnCondition.DAMAGED: ChargeKind.DAMAGED,
    ReturnCondition.MISSING_PARTS: ChargeKind.MISSING_PARTS,
}


@dataclass(frozen=True)
class RentalRules:
    """The shop's rental settings (owner only)."""

    late_fee_per_day: int = 500
    late_fee_cap_days: int = 15
    #: Lending is refused while any item of the customer is overdue by more than this many days.
    suspension_after_days: int = 15
    #: Days from lending to the due date, unless the clerk sets another date.
    loan_days: int = 14
    #: Suggested fee for damage or missing parts, as a percentage of the toy's value.
    damage_fee_percent: int = 30

    @property
    def late_fee_cap(self) -> int:
        """The most one item's late return can cost."""
        return self.late_fee_per_day * self.late_fee_cap_days


_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}.")


def validate_rental_rules(
    *,
    late_fee_per_day: int,
    late_fee_cap_days: int,
    suspension_after_days: int,
    loan_days: int,
    damage_fee_percent: int,
) -> RentalRules:
    problems = ProblemCollector()
    for field, number, low, high in (
        ("late_fee_per_day", late_fee_per_day, 0, MAX_LATE_FEE_PER_DAY),
        ("late_fee_cap_days", late_fee_cap_days, 0, MAX_CAP_DAYS),
        ("suspension_after_days", suspension_after_days, 0, MAX_SUSPENSION_DAYS),
        ("loan_days", loan_days, 1, MAX_LOAN_DAYS),
        ("damage_fee_percent", damage_fee_percent, 0, 100),
    ):
        if not low <= number <= high:
            problems.add(field, _RANGE, low=str(low), high=f"{high:,}")
    problems.raise_if_any()
    return RentalRules(late_fee_per_day, late_fee_cap_days, suspension_after_days, loan_days, damage_fee_percent)


# --- due dates and late fees ------------------------------------------------------------------------------------

_DUE_BEFORE_LENT = QT_TRANSLATE_NOOP("Validation", "The due date must be after the day the item is lent.")
_DUE_TOO_FAR = QT_TRANSLATE_NOOP("Validation", "A loan can last at most {days} days.")
_LENT_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "An item cannot be recorded as lent on a future day.")
_LENT_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "A loan can be recorded at most {days} days after the day.")
_RETURNED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "An item cannot be recorded as returned on a future day.")
_RETURNED_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "A return can be recorded at most {days} days after the day.")
_RETURNED_BEFORE_LENT = QT_TRANSLATE_NOOP(
    "Validation", "{item} was lent on {date}; it cannot have come back before that."
)


def default_due_date(lent_on: date, rules: RentalRules) -> date:
    return lent_on + timedelta(days=rules.loan_days)


def check_due_on(due_on: date, *, today: date, lent_on: date | None = None, field: str = "due_on") -> date:
    """A due date after the day the item is lent (today unless said) and within the longest loan."""
    lent = lent_on or today
    if due_on <= lent:
        raise ValidationError.of(field, _DUE_BEFORE_LENT)
    if due_on > lent + timedelta(days=MAX_LOAN_DAYS):
        raise ValidationError.of(field, _DUE_TOO_FAR, days=str(MAX_LOAN_DAYS))
    return due_on


def check_loan_dates(lent_on: date, due_on: date | None, *, today: date) -> None:
    """The day items went out and the day they are due; a due date of None (not yet worked out) is not checked."""
    problems = ProblemCollector()
    if lent_on > today:
        problems.add("lent_on", _LENT_IN_FUTURE)
    elif lent_on < today - timedelta(days=MAX_BACKDATE_DAYS):
        problems.add("lent_on", _LENT_TOO_EARLY, days=str(MAX_BACKDATE_DAYS))
    if due_on is not None:
        with problems.checking():
            check_due_on(due_on, today=today, lent_on=lent_on)
    problems.raise_if_any()


def check_return_date(returned_on: date, *, today: date, field: str = "returned_on") -> date:
    """The day items came back: by today, and recorded at most ``MAX_BACKDATE_DAYS`` late, like a loan."""
    if returned_on > today:
        raise ValidationError.of(field, _RETURNED_IN_FUTURE)
    if returned_on < today - timedelta(days=MAX_BACKDATE_DAYS):
        raise ValidationError.of(field, _RETURNED_TOO_EARLY, days=str(MAX_BACKDATE_DAYS))
    return returned_on


def check_returned_after_lent(returned_on: date, lent_on: date, *, item: str, field: str = "returned_on") -> date:
    """An item comes back on or after the day it went out."""
    if returned_on < lent_on:
        raise ValidationError.of(field, _RETURNED_BEFORE_LENT, item=item, date=lent_on.isoformat())
    return returned_on


def days_late(due_on: date, on: date) -> int:
    """Whole days after the due date; returning on the due date itself is on time."""
    return max((on - due_on).days, 0)


def late_fee(rules: RentalRules, due_on: date, on: date) -> int:
    """Per day late × the days late, counted up to the cap, for one item."""
    return rules.late_fee_per_day * min(days_late(due_on, on), rules.late_fee_cap_days)


def is_suspended(rules: RentalRules, most_days_overdue: int) -> bool:
    """Whether lending is refused to a customer whose longest-overdue item is *most_days_overdue* days late."""
    return most_days_overdue > rules.suspension_after_days


_SUSPENDED = QT_TRANSLATE_NOOP(
    "Validation",
    "Lending is suspended: an item is {days} days overdue (the limit is {limit} days). Take the overdue items back "
    "first.",
)


def check_not_suspended(rules: RentalRules, most_days_overdue: int, *, field: str = "customer") -> None:
    if is_suspended(rules, most_days_overdue):
        raise ValidationError.of(field, _SUSPENDED, days=str(most_days_overdue), limit=str(rules.suspension_after_days))


# --- returns ----------------------------------------------------------------------------------------------------


def state_after_return(condition: ReturnCondition, *, someone_waiting: bool) -> ItemState:
    """Where a returned item goes. Only a clean one can go straight to the next child waiting for the toy."""
    if condition is ReturnCondition.CLEAN:
        return ItemState.HELD if someone_waiting else ItemState.AVAILABLE
    if condition is ReturnCondition.NEEDS_CLEANING:
        return ItemState.CLEANING
    if condition in (ReturnCondition.DAMAGED, ReturnCondition.MISSING_PARTS):
        return ItemState.REPAIR
    return ItemState.RETIRED


def suggested_fee(condition: ReturnCondition, *, toy_value: int, rules: RentalRules) -> int:
    """The fee the counter proposes for an item's condition: the value if lost, the damage share if damaged."""
    if condition is ReturnCondition.LOST:
        return toy_value
    if condition in (ReturnCondition.DAMAGED, ReturnCondition.MISSING_PARTS):
        return share_of(toy_value, rules.damage_fee_percent)
    return 0


_FEE_WITHOUT_CAUSE = QT_TRANSLATE_NOOP("Validation", "Only a lost or damaged item, or missing parts, carry a fee.")
_FEE_ABOVE_VALUE = QT_TRANSLATE_NOOP("Validation", "The fee cannot be more than the toy's value ({value}).")
_FEE_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The fee cannot be negative.")


def check_fee(condition: ReturnCondition, fee: int, *, toy_value: int, field: str = "fee") -> int:
    """A fee the clerk confirmed: none for a clean or dirty item, never above the toy's value."""
    if fee < 0:
        raise ValidationError.of(field, _FEE_NEGATIVE)
    if condition not in CHARGE_FOR and fee:
        raise ValidationError.of(field, _FEE_WITHOUT_CAUSE)
    if fee > min(toy_value, MAX_PRICE_WON):
        raise ValidationError.of(field, _FEE_ABOVE_VALUE, value=format_won(toy_value))
    return fee


@dataclass(frozen=True)
class ReturnFigures:
    """What one returned item costs and where it goes, shown before saving."""

    condition: ReturnCondition
    days_late: int
    late_fee: int
    fee: int
    next_state: ItemState

    @property
    def total(self) -> int:
        return self.late_fee + self.fee


def return_figures(
    condition: ReturnCondition,
    *,
    due_on: date,
    returned_on: date,
    toy_value: int,
    rules: RentalRules,
    someone_waiting: bool,
    fee: int | None = None,
) -> ReturnFigures:
    """The figures of one return; *fee* is the clerk's amount, or None for the suggested one."""
    chosen = suggested_fee(condition, toy_value=toy_value, rules=rules) if fee is None else fee
    # A lost item costs its value; a late fee on top would charge twice for the same toy.
    late = 0 if condition is ReturnCondition.LOST else late_fee(rules, due_on, returned_on)
    return ReturnFigures(
        condition=condition,
        days_late=days_late(due_on, returned_on),
        late_fee=late,
        fee=check_fee(condition, chosen, toy_value=toy_value),
        next_state=state_after_return(condition, someone_waiting=someone_waiting),
    )
