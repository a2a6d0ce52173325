"""Money: whole won as ``int`` (the won has no minor unit in use), never floats.

Shares of an amount (a 10 % fee, a 5 % discount, a day-prorated fee) are computed with integers and rounded in one
stated direction, so the figure on the contract is the figure the rule gives, on every machine.
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: A price above this is a typing mistake (an extra zero), not a toy subscription.
MAX_PRICE_WON = 10_000_000
#: More digits than this is a paste gone wrong, not an amount; Python would refuse to read 4,301 or more.
_MAX_AMOUNT_DIGITS = 30


def format_won(amount: int) -> str:
    """``39000`` → ``"39,000원"``; negative amounts (a discount) keep their sign: ``"-3,900원"``."""
    return f"{amount:,}원"


def format_amount(amount: int) -> str:
    """The number alone with thousands separators, for tables whose header says the unit: ``"39,000"``."""
    return f"{amount:,}"


def share_of(amount: int, numerator: int, denominator: int = 100) -> int:
    """``amount × numerator ÷ denominator`` rounded down to the won: a fee or discount never exceeds its rule."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    return int(Fraction(amount) * numerator // denominator)


def half_width(text: str) -> str:
    """A number as typed with the Korean keyboard's full-width mode on ("３９，０００", "５％") read as the ASCII it
    stands for; every field that reads a typed number reads it through this, so each takes the same keys."""
    return unicodedata.normalize("NFKC", text)


def parse_won(text: str, *, field: str, allow_zero: bool = True) -> int:
    """What a clerk types for an amount ("39000", "39,000", "39,000원") as whole won."""
    cleaned = half_width(text).strip().replace(",", "").removesuffix("원").strip()
    if not cleaned:
        raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "Enter an amount in won."))
    if not cleaned.isdecimal():
        raise ValidationError.of(
            field, QT_TRANSLATE_NOOP("Validation", "Enter the amount as a whole number of won, e.g. 39,000.")
        )
    if len(cleaned) > _MAX_AMOUNT_DIGITS:
        raise _too_much(field)
    return check_amount(int(cleaned), field=field, allow_zero=allow_zero)


def check_amount(amount: int, *, field: str, allow_zero: bool = True) -> int:
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "The amount must be more than 0 won."))
    if amount > MAX_PRICE_WON:
        raise _too_much(field)
    return amount


def _too_much(field: str) -> ValidationError:
    return ValidationError.of(
        field,
        QT_TRANSLATE_NOOP("Validation", "The amount is more than {limit}; check for an extra zero."),
        limit=format_won(MAX_PRICE_WON),
    )
