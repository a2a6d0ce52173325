"""Read models the services hand out: frozen, complete, no lazy loading behind them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import ChangeReason, ConsentKind, ConsentMethod, PhoneRole
from toysub_desktop.domain.phone import Phone
from toysub_desktop.domain.timeline import Period


@dataclass(frozen=True)
class VersionRecord:
    """When and by whom a version was recorded, and whether it was voided."""

    version_id: int
    effective_from: date
    effective_until: date | None
    reason: ChangeReason
    note: str
    recorded_at: datetime
    recorded_by: str
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None
    supersedes_id: int | None
    last_confirmed_on: date
    #: When this version is in effect, as known now (empty for a voided one).
    periods: tuple[Period, ...]

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None

    def unconfirmed_since(self, today: date, max_days: int) -> bool:
        return self.last_confirmed_on < today - timedelta(days=max_days)


@dataclass(frozen=True)
class AddressEntry(VersionRecord):
    address: Address
    is_temporary: bool


@dataclass(frozen=True)
class PhoneEntry(VersionRecord):
    role: PhoneRole
    #: ``None`` when this version says the role has no number any more.
    phone: Phone | None


@dataclass(frozen=True)
class ChildCorrection:
    """A child's record as it was before a correction voided it: what it said, and who corrected it, when, why."""

    name: str
    birth_month: date
    voided_at: datetime
    voided_by: str
    reason: str


@dataclass(frozen=True)
class ChildView:
    id: int
    name: str
    birth_month: date
    age_in_months: int
    notes: str
    version: int = 1
    #: Allergies and health, kept only under the sensitive-data consent.
    health_notes: str = ""
    #: The records this one replaced, latest first.
    corrections: tuple[ChildCorrection, ...] = ()


@dataclass(frozen=True)
class ConsentView:
    kind: ConsentKind
    granted: bool
    given_on: date
    method: ConsentMethod
    notice_version: str
    recorded_by: str


@dataclass(frozen=True)
class CustomerCard:
    """Everything the customer panel shows, resolved for *today*."""

    id: int
    number: str
    name: str
    email: str | None
    notes: str
    #: The name their bank transfers come under (입금자명); None: their own name.
    depositor_name: str | None
    registered_on: date
    version: int
    today: date
    contact_check_days: int
    children: tuple[ChildView, ...]
    current_address: AddressEntry | None
    scheduled_addresses: tuple[AddressEntry, ...]
    address_history: tuple[AddressEntry, ...]
    current_phones: tuple[PhoneEntry, ...]
    scheduled_phones: tuple[PhoneEntry, ...]
    phone_history: tuple[PhoneEntry, ...]
    consents: tuple[ConsentView, ...]

    @property
    def primary_phone(self) -> PhoneEntry | None:
        return next((p for p in self.current_phones if p.role is PhoneRole.PRIMARY), None)

    @property
    def contacts_due_for_check(self) -> tuple[VersionRecord, ...]:
        current: list[VersionRecord] = [*self.current_phones]
        if self.current_address is not None:
            current.insert(0, self.current_address)
        return tuple(c for c in current if c.unconfirmed_since(self.today, self.contact_check_days))


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list or of search results."""

    id: int
    number: str
    name: str
    primary_phone: Phone | None
    address: Address | None
    #: Set when the customer was found by a number that is no longer theirs (or not yet): which, and when.
    former_phone: Phone | None = None
    former_period: Period | None = None
