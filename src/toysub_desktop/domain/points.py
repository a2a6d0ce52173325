"""적립금 (points): a ledger of whole points (1 point = 1 won), never edited, and the rules a shop owner could explain.

- Points are **earned** when a monthly fee becomes fully paid (a share of the fee, the shop's percent, rounded down),
  once per charge, for fees paid off on or after the day the shop turned earning on — never for the months paid
  before it, however long the customer has been paying; **granted** by the shop with a reason; and given for a
  **referral** to both customers.
- Points are **spent** against an open charge like cash, but on statements they are a discount, not a payment.
- Earned points **expire** the shop's number of months after the day they were earned (0: never). Spending uses the
  oldest points first, so what expires is what is left of the oldest lots. The balance read on any day never includes
  points expired by then, whether or not the expiry has been written down yet.
- A mistake is **voided** with a reason (and may be replaced by a grant of the right amount); a void that would
  leave spent points without the points that paid for them is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import half_width
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: A shop's percent of a paid monthly fee, at most.
EARN_PERCENT_MAX = 20
#: A referral reward, at most (points).
REFERRAL_REWARD_MAX = 1_000_000
#: Points expire after at most this many months (0: never).
EXPIRY_MONTHS_MAX = 120
#: One grant, at most.
GRANT_MAX = 10_000_000
POINTS_REASON_MAX = 200


class PointsKind(StrEnum):
    """What a points entry is: the first three add points (lots), the last two take them away."""

    EARNED = "earned"
    REFERRAL = "referral"
    GRANTED = "granted"
    SPENT = "spent"
    EXPIRED = "expired"

    @property
    def adds(self) -> bool:
        return self in (PointsKind.EARNED, PointsKind.REFERRAL, PointsKind.GRANTED)


@dataclass(frozen=True)
class PointsRules:
    """The shop's points settings."""

    #: Percent of a fully paid monthly fee earned as points (0: none).
    earn_percent: int = 0
    #: Points given to the customer whose code was used, and to the new customer, on the new customer's first sign-up.
    referrer_reward: int = 0
    referred_reward: int = 0
    #: Earned points expire this many months after they were earned (0: never).
    expiry_months: int = 0
    #: The day the shop turned earning on (None: off): fees paid off before it earn nothing.
    earning_since: date | None = None

    def earned_for(self, fee: int) -> int:
        """The points a fully paid monthly fee of *fee* won earns."""
        return fee * self.earn_percent // 100

    def earns_when_paid_off_on(self, day: date) -> bool:
        """Whether a monthly fee paid off on *day* earns: earning is on and was turned on by that day."""
        return self.earn_percent > 0 and self.earning_since is not None and day >= self.earning_since

    def expires_on(self, earned_on: date) -> date | None:
        """The first day the points earned on *earned_on* can no longer be used."""
        return add_months(earned_on, self.expiry_months) if self.expiry_months > 0 else None


@dataclass(frozen=True)
class PointsMove:
    """One live entry as the rules read it: a lot (adds) or a spending; written expiries are not moves."""

    id: int
    kind: PointsKind
    points: int
    on: date


@dataclass(frozen=True)
class Expiry:
    """What is left of one lot on its expiry day."""

    lot_id: int
    points: int
    on: date


@dataclass(frozen=True)
class PointsState:
    """The balance on a day and the expiries up to it."""

    balance: int
    expiries: tuple[Expiry, ...]
    #: Spent points no live lot covered (only after a void; a void leading to it is refused).
    uncovered: int = 0

    @property
    def expired(self) -> int:
        return sum(e.points for e in self.expiries)


def points_state(moves: Iterable[PointsMove], today: date, rules: PointsRules) -> PointsState:
    """Live lots and spendings replayed day by day up to *today*: each day expiries first, then new lots, then
    spendings from the oldest lot still valid. Expiries written to the ledger are not moves: they are what this
    computes."""
    events: list[tuple[date, int, int, PointsMove]] = []
    for move in moves:
        if move.on > today:
            continue
        if move.kind.adds:
            events.append((move.on, 1, move.id, move))
            ends = rules.expires_on(move.on)
            if ends is not None and ends <= today:
                events.append((ends, 0, move.id, move))
        elif move.kind is PointsKind.SPENT:
            events.append((move.on, 2, move.id, move))
    events.sort(key=lambda event: event[:3])
    lots: dict[int, int] = {}
    order: list[int] = []
    expiries: list[Expiry] = []
    uncovered = 0
    for on, step, _, move in events:
        if step == 0:
            left = lots.pop(move.id, 0)
            if left > 0:
                expiries.append(Expiry(move.id, left, on))
        elif step == 1:
            lots[move.id] = move.points
            order.append(move.id)
        else:
            need = move.points
            for lot_id in order:
                if need == 0:
                    break
                share = min(lots.get(lot_id, 0), need)
                if share > 0:
                    lots[lot_id] -= share
                    need -= share
            uncovered += need
    return PointsState(sum(lots.values()) - uncovered, tuple(expiries), uncovered)


_NOT_ENOUGH = QT_TRANSLATE_NOOP("Validation", "Only {balance} points are left.")
_MORE_THAN_OPEN = QT_TRANSLATE_NOOP("Validation", "At most {open} of this charge is unpaid.")
_VOID_NEGATIVE = QT_TRANSLATE_NOOP(
    "Validation", "These points are already spent: voiding them would leave the balance below zero."
)
#: The reason an earning is voided when the fee it was earned for is no longer paid.
# Paid again, the fee earns again; an earning voided for any other reason (a mistake) is never earned again.
EARNING_UNPAID = QT_TRANSLATE_NOOP("Ledger", "The fee it was earned for is no longer paid.")


def check_spend(points: int, *, balance: int, open_amount: int) -> int:
    """Points spent on a charge: more than 0, within the balance and within what is unpaid of the charge."""
    if points <= 0:
        raise ValidationError.of("points", QT_TRANSLATE_NOOP("Validation", "Enter a number of points above 0."))
    if points > balance:
        raise ValidationError.of("points", _NOT_ENOUGH, balance=f"{max(balance, 0):,}")
    if points > open_amount:
        raise ValidationError.of("points", _MORE_THAN_OPEN, open=f"{open_amount:,}원")
    return points


_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Points used cannot be below 0.")
_MORE_THAN_OWED = QT_TRANSLATE_NOOP("Validation", "Only {owed} is owed: use at most that many points.")


def points_to_use(text: str, *, field: str = "points") -> int:
    """The points a customer uses at 수납, as typed: empty is none; digits, commas and spaces allowed."""
    cleaned = text.replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return 0
    if cleaned.startswith("-") and cleaned[1:].removesuffix("P").removesuffix("p").isdigit():
        raise ValidationError.of(field, _NEGATIVE)
    return parse_points(text, field=field, allow_zero=True)


def check_points_not_negative(points: int, *, field: str = "points") -> int:
    if points < 0:
        raise ValidationError.of(field, _NEGATIVE)
    return points


def check_points_for_payment(points: int, *, balance: int, owed: int, field: str = "points") -> int:
    """Points a customer uses at 수납 towards their open charges: 0 or more, within the balance and within what the
    open charges come to (points are never kept as credit)."""
    check_points_not_negative(points, field=field)
    if points > max(balance, 0):
        raise ValidationError.of(field, _NOT_ENOUGH, balance=f"{max(balance, 0):,}")
    if points > max(owed, 0):
        raise ValidationError.of(field, _MORE_THAN_OWED, owed=f"{max(owed, 0):,}원")
    return points


def check_void(moves: Sequence[PointsMove], void_id: int, today: date, rules: PointsRules) -> PointsState:
    """The state once *void_id* is voided; refused when spendings would be left without points to cover them."""
    state = points_state((m for m in moves if m.id != void_id), today, rules)
    if state.uncovered > 0 or state.balance < 0:
        raise ValidationError.of("reason", _VOID_NEGATIVE)
    return state


def parse_points(text: str, *, field: str, allow_zero: bool = False, maximum: int = GRANT_MAX) -> int:
    """A number of points as typed: digits, commas and spaces allowed."""
    cleaned = half_width(text).replace(",", "").replace(" ", "").removesuffix("P").removesuffix("p").strip()
    if not (cleaned.isascii() and cleaned.isdigit()):
        raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "Enter a whole number of points."))
    value = int(cleaned)
    if value == 0 and not allow_zero:
        raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "Enter a number of points above 0."))
    if value > maximum:
        raise ValidationError.of(
            field, QT_TRANSLATE_NOOP("Validation", "At most {maximum} points."), maximum=f"{maximum:,}"
        )
    return value


def check_rules(earn_percent: int, referrer_reward: int, referred_reward: int, expiry_months: int) -> PointsRules:
    """The owner's points settings, each within its bounds."""
    if not 0 <= earn_percent <= EARN_PERCENT_MAX:
        raise ValidationError.of(
            "earn_percent",
            QT_TRANSLATE_NOOP("Validation", "Enter a percent from 0 to {maximum}."),
            maximum=str(EARN_PERCENT_MAX),
        )
    for field, value in (("referrer_reward", referrer_reward), ("referred_reward", referred_reward)):
        if not 0 <= value <= REFERRAL_REWARD_MAX:
            raise ValidationError.of(
                field,
                QT_TRANSLATE_NOOP("Validation", "At most {maximum} points."),
                maximum=f"{REFERRAL_REWARD_MAX:,}",
            )
    if not 0 <= expiry_months <= EXPIRY_MONTHS_MAX:
        raise ValidationError.of(
            "expiry_months",
            QT_TRANSLATE_NOOP("Validation", "Enter a number of months from 0 to {maximum}."),
            maximum=str(EXPIRY_MONTHS_MAX),
        )
    return PointsRules(earn_percent, referrer_reward, referred_reward, expiry_months)


def earning_since_after_change(
    *, percent_before: int, percent_after: int, since: date | None, today: date
) -> date | None:
    """The day fees earn from once the owner sets the percent: turning earning on starts it today (not the months
    already paid); turning it off ends it, so fees paid while off never earn and turning it on again starts again
    from that day; a new percent while it stays on keeps the day."""
    if percent_after <= 0:
        return None
    if percent_before <= 0 or since is None:
        return today
    return since


# --- referral codes ---------------------------------------------------------------------------------------------

#: A referral code is the customer's number, zero-padded to at least this many digits, and a check digit.
REFERRAL_CODE_DIGITS = 6
#: What the referral code field takes, spaces and dashes included.
REFERRAL_CODE_TEXT_MAX = 24
_BAD_CODE = QT_TRANSLATE_NOOP("Validation", "There is no customer with this referral code.")


def _luhn_digit(digits: str) -> int:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return (10 - total % 10) % 10


def referral_code(customer_id: int) -> str:
    """The customer's referral code: digits only (a scanner types it), unique, with a check digit against typos."""
    body = f"{customer_id:0{REFERRAL_CODE_DIGITS}d}"
    return body + str(_luhn_digit(body))


def customer_of_code(text: str, *, field: str = "referral_code") -> int:
    """The customer id a typed or scanned code names (spaces and dashes dropped); a malformed code is refused."""
    digits = "".join(ch for ch in text if ch not in " -")
    if not (
        digits.isascii()
        and digits.isdigit()
        and len(digits) > REFERRAL_CODE_DIGITS
        and _luhn_digit(digits[:-1]) == int(digits[-1])
        and int(digits[:-1]) > 0
    ):
        raise ValidationError.of(field, _BAD_CODE)
    return int(digits[:-1])


def unknown_code(field: str = "referral_code") -> ValidationError:
    return ValidationError.of(field, _BAD_CODE)


def own_code(field: str = "referral_code") -> ValidationError:
    return ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "This is the customer's own referral code."))
