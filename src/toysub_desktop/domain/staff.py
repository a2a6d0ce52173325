"""Who may do what at the counter, and the PINs staff sign in with.

A PIN guards the counter, not the file (the database file is protected by the Windows account). It is kept only as
a salted, deliberately slow scrypt hash, so a copied database does not give away the PINs cheaply.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

PIN_MIN = 4
PIN_MAX = 8
#: After this many wrong PINs in a row the account is locked for ``LOCKOUT``.
MAX_WRONG_PINS = 5
LOCKOUT = timedelta(minutes=5)
#: The window locks back to the sign-in screen after this much idle time unless the owner sets another.
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_MINUTES_RANGE = (1, 120)

_PIN_FORMAT = QT_TRANSLATE_NOOP("Validation", "Enter a PIN of 4 to 8 digits.")
_RECOVERY_FORMAT = QT_TRANSLATE_NOOP("Validation", "Enter the recovery code as printed, e.g. ABCD-EFGH-JKLM-NPQR.")


class Permission(StrEnum):
    """An action that not every role may take; counter work is open to everyone and has no entry here."""

    STAFF_AND_ROLES = "staff_and_roles"
    SHOP_SETTINGS = "shop_settings"
    FEE_RULES = "fee_rules"
    RESTORE = "restore"
    PRICES_AND_PLANS = "prices_and_plans"
    IMPORT = "import"
    EXPORT = "export"
    VOID = "void"
    #: The owner's money view: what was billed, collected and is outstanding per month.
    MONEY_FIGURES = "money_figures"
    REOPEN_DAY = "reopen_day"
    OVERDUE_SETTINGS = "overdue_settings"
    #: The membership tiers, their basis and benefits.
    TIERS = "tiers"
    CHURN_WEIGHTS = "churn_weights"


#: The lowest role that may take each action.
_LOWEST_ROLE = {
    Permission.STAFF_AND_ROLES: StaffRole.OWNER,
    Permission.SHOP_SETTINGS: StaffRole.OWNER,
    Permission.FEE_RULES: StaffRole.OWNER,
    Permission.RESTORE: StaffRole.OWNER,
    Permission.PRICES_AND_PLANS: StaffRole.MANAGER,
    Permission.IMPORT: StaffRole.MANAGER,
    Permission.EXPORT: StaffRole.MANAGER,
    Permission.VOID: StaffRole.MANAGER,
    Permission.MONEY_FIGURES: StaffRole.MANAGER,
    Permission.REOPEN_DAY: StaffRole.OWNER,
    Permission.OVERDUE_SETTINGS: StaffRole.MANAGER,
    Permission.TIERS: StaffRole.MANAGER,
    Permission.CHURN_WEIGHTS: StaffRole.OWNER,
}
_RANK = {StaffRole.CLERK: 0, StaffRole.MANAGER: 1, StaffRole.OWNER: 2}


def lowest_role_for(permission: Permission) -> StaffRole:
    return _LOWEST_ROLE[permission]


def role_may(role: StaffRole, permission: Permission) -> bool:
    """Whether a staff member in *role* may take the action without anyone's approval."""
    return _RANK[role] >= _RANK[_LOWEST_ROLE[permission]]


def check_pin_format(pin: str, *, field: str = "pin") -> str:
    """A PIN as typed: 4 to 8 ASCII digits, nothing else."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise ValidationError.of(field, _PIN_FORMAT)
    return pin


@dataclass(frozen=True)
class HashCost:
    """scrypt's work factors; the production cost takes tens of milliseconds per try on a counter PC."""

    n: int = 2**14
    r: int = 8
    p: int = 1


PRODUCTION_COST = HashCost()
#: The cost new hashes are made with; tests lower it (a stored hash carries its own cost, so both verify).
hash_cost = PRODUCTION_COST


def hash_secret(secret: str, *, cost: HashCost | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex), with a fresh random salt each time."""
    cost = cost or hash_cost
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32)
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    """Whether *secret* is the one *stored* was made from (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = hashlib.scrypt(
            secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


# Letters that cannot be misread on paper (no I, O, 0, 1).
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_recovery_code() -> str:
    """A code the owner prints and keeps, to set a new owner PIN when theirs is forgotten: 16 characters."""
    letters = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(16))
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


def normalise_recovery_code(text: str, *, field: str = "recovery_code") -> str:
    """The code as printed, whatever the spacing, dashes or case it was typed with."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(letters) != 16 or any(ch not in _RECOVERY_ALPHABET for ch in letters):
        raise ValidationError.of(field, _RECOVERY_FORMAT)
    return "-".join(letters[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class PinTries:
    """Wrong PINs in a row and the lock they led to."""

    wrong: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_wrong_pin(self, now: datetime) -> PinTries:
        """One more wrong PIN: the fifth in a row locks the account for five minutes and starts the count again."""
        wrong = self.wrong + 1
        if wrong >= MAX_WRONG_PINS:
            return PinTries(0, now + LOCKOUT)
        return PinTries(wrong, None)

    @property
    def tries_left(self) -> int:
        return MAX_WRONG_PINS - self.wrong
