"""일마감, the daily close: the day's money movements per staff member and payment method, the cash the drawer
should hold against the cash counted, and the lock on a closed day.

- A day's movements are the payments, refunds and write-offs dated that day, and the voids made that day of
  payments, refunds and write-offs (a void reverses on the day it was voided, whatever the day of the entry).
  Charges are dated by their cycle and are no movement of money: they are neither listed nor locked.
- The drawer should hold the opening float plus the day's cash payments, less its cash refunds (and a voided cash
  payment or refund undone the same way). A difference from the cash counted is recorded with a reason.
- A closed day is locked: no payment, refund, write-off or void is recorded with its date. A correction goes on a
  later day with its reason. Re-opening a closed day is the owner's step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from toysub_desktop.domain.dates import PLAUSIBLE_YEARS_BACK, DateWindow
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.money import format_won
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

CLOSE_REASON_MAX = 300

_DAY_CLOSED = QT_TRANSLATE_NOOP(
    "Validation",
    "{day} is closed (daily close): no payment, refund, write-off or void can be recorded on it. Record the "
    "correction on a later day with its reason.",
)
_NOT_YET = QT_TRANSLATE_NOOP("Validation", "A day that has not come yet cannot be closed (latest: {latest}).")
_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "Check the year: enter a date from {earliest} to {latest}.")
_SAY_WHY_DIFFERENT = QT_TRANSLATE_NOOP(
    "Validation", "The cash counted differs from what the drawer should hold by {difference}: say why."
)

#: The kinds of entry that move money (or give it up) and so are listed at the close and locked on a closed day.
MONEY_KINDS = frozenset({EntryKind.PAYMENT, EntryKind.REFUND, EntryKind.WRITE_OFF})

#: The days a close can be made for: today or a day gone by (one left open by mistake), within reason.
DAY_TO_CLOSE = DateWindow(too_early=_TOO_EARLY, too_late=_NOT_YET, years_back=PLAUSIBLE_YEARS_BACK, days_ahead=0)


class DayClosedError(ValidationError):
    """A money movement dated on a closed day: refused, nothing written."""

    def __init__(self, day: date, *, field_name: str = "entry_on") -> None:
        self.day = day
        error = ValidationError.of(field_name, _DAY_CLOSED, day=day.isoformat())
        super().__init__(*error.problems)


def is_money_movement(kind: EntryKind) -> bool:
    """Whether an entry of *kind* (or its void) is listed at the close and locked on a closed day."""
    return kind in MONEY_KINDS


def check_day_open(day: date, *, closed: bool, field_name: str = "entry_on") -> date:
    """The lock: a money movement may be dated on *day* only while the day is not closed."""
    if closed:
        raise DayClosedError(day, field_name=field_name)
    return day


def check_day_to_close(day: date, *, today: date) -> date:
    return DAY_TO_CLOSE(day, today=today, field="day")


@dataclass(frozen=True)
class Movement:
    """One entry dated on the day, or one void made on the day, as the close counts it."""

    staff: str
    kind: EntryKind
    amount: int
    #: How the money moved; None for a write-off (no money changes hands).
    means: PaymentMeans | None
    #: A void made on the day, of an entry of *kind*: it undoes that entry's effect.
    void: bool = False


@dataclass(frozen=True)
class CloseLine:
    """One staff member's movements by one payment method (``means`` None: write-offs), in won."""

    staff: str
    means: PaymentMeans | None
    payments: int = 0
    refunds: int = 0
    write_offs: int = 0
    #: What the day's voids of payments and refunds did to the money: a voided payment takes its amount away, a
    #: voided refund gives it back. A voided write-off is taken off ``write_offs``.
    voids: int = 0
    #: How many entries and voids the line counts.
    count: int = 0

    @property
    def net(self) -> int:
        """The money in (below 0: out) by this staff member and method."""
        return self.payments - self.refunds + self.voids


@dataclass
class _Sums:
    payments: int = 0
    refunds: int = 0
    write_offs: int = 0
    voids: int = 0
    count: int = 0

    def add(self, movement: Movement) -> None:
        self.count += 1
        amount = movement.amount
        if movement.kind is EntryKind.PAYMENT:
            if movement.void:
                self.voids -= amount
            else:
                self.payments += amount
        elif movement.kind is EntryKind.REFUND:
            if movement.void:
                self.voids += amount
            else:
                self.refunds += amount
        elif movement.kind is EntryKind.WRITE_OFF:
            self.write_offs += -amount if movement.void else amount


_MEANS_ORDER = {means: index for index, means in enumerate(PaymentMeans)}


def _line_order(key: tuple[str, PaymentMeans | None]) -> tuple[str, int]:
    staff, means = key
    return staff, _MEANS_ORDER[means] if means is not None else len(_MEANS_ORDER)


def close_lines(movements: Iterable[Movement]) -> tuple[CloseLine, ...]:
    """The day's movements summed per staff member and method (staff by name, methods in their usual order,
    write-offs last)."""
    sums: dict[tuple[str, PaymentMeans | None], _Sums] = {}
    for movement in movements:
        if not is_money_movement(movement.kind):
            continue
        means = None if movement.kind is EntryKind.WRITE_OFF else movement.means
        sums.setdefault((movement.staff, means), _Sums()).add(movement)
    return tuple(
        CloseLine(staff, means, s.payments, s.refunds, s.write_offs, s.voids, s.count)
        for (staff, means), s in sorted(sums.items(), key=lambda item: _line_order(item[0]))
    )


def close_total(lines: Iterable[CloseLine]) -> CloseLine:
    """All lines added up (no staff member, no method)."""
    total = CloseLine("", None)
    for line in lines:
        total = CloseLine(
            "",
            None,
            total.payments + line.payments,
            total.refunds + line.refunds,
            total.write_offs + line.write_offs,
            total.voids + line.voids,
            total.count + line.count,
        )
    return total


def totals_by_means(lines: Iterable[CloseLine]) -> dict[PaymentMeans, int]:
    """The day's net money per payment method, every staff member together, methods in their usual order."""
    net: dict[PaymentMeans, int] = {}
    for line in lines:
        if line.means is not None:
            net[line.means] = net.get(line.means, 0) + line.net
    return dict(sorted(net.items(), key=lambda item: _MEANS_ORDER[item[0]]))


def expected_cash(opening_float: int, lines: Iterable[CloseLine]) -> int:
    """What the drawer should hold: the opening float and the day's cash in, less the cash paid out."""
    return opening_float + sum(line.net for line in lines if line.means is PaymentMeans.CASH)


def check_counted(counted: int, *, expected: int, reason: str) -> str:
    """A difference between the cash counted and the cash expected is kept only with its reason."""
    if counted != expected and not reason:
        raise ValidationError.of("reason", _SAY_WHY_DIFFERENT, difference=signed_won(counted - expected))
    return reason


def signed_won(amount: int) -> str:
    """A difference as people write it: "+1,000원", "-500원", "0원"."""
    if amount > 0:
        return "+" + format_won(amount)
    if amount < 0:
        return "-" + format_won(-amount)
    return format_won(0)
