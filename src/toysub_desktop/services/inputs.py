"""What a clerk types, as plain values handed to services (raw text; services validate it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from toysub_desktop.domain.contacts import ConsentMethod, PhoneRole


@dataclass(frozen=True)
class AddressInput:
    postal_code: str
    road_address: str
    detail: str = ""
    entry_notes: str = ""
    delivery_memo: str = ""


@dataclass(frozen=True)
class PhoneInput:
    role: PhoneRole
    number: str


@dataclass(frozen=True)
class ChildInput:
    name: str
    birth_year: int | None
    birth_month: int | None
    notes: str = ""
    #: Allergies and health (sensitive data); None leaves a corrected child's notes as they were.
    health_notes: str | None = None


@dataclass(frozen=True)
class ConsentInput:
    """The customer's answers to the personal-data notice, given on one day in one way."""

    personal_data: bool
    marketing: bool
    given_on: date
    method: ConsentMethod
    notice_version: str
    #: The separate consent to children's allergy and health notes (sensitive data).
    sensitive: bool = False


@dataclass(frozen=True)
class NewCustomer:
    name: str
    phones: tuple[PhoneInput, ...]
    address: AddressInput
    consent: ConsentInput
    email: str = ""
    notes: str = ""
    children: tuple[ChildInput, ...] = field(default_factory=tuple)
