"""What the shop may keep about a family, on whose consent, and for how long.

The personal-data notice (PIPA §15②) tells the customer the purpose, every item collected, how long each is kept and
that they may refuse. A child's allergy and health notes are sensitive data (PIPA §23): they are recorded only under
a separate consent, and withdrawing it erases them. When a contract ends its personal data is to be destroyed (PIPA
§21), except the records the law asks to keep longer; those periods are stated here, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from toysub_desktop.domain.contacts import ConsentKind
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

_HEALTH_NOTES_NEED_CONSENT = QT_TRANSLATE_NOOP(
    "Validation",
    "Allergy and health notes are sensitive data: record the guardian's separate consent to them first.",
)
HEALTH_NOTES_MAX = 500


class KeptRecord(StrEnum):
    """Records the law asks a seller to keep after the contract ends (전자상거래법 §6, 시행령 §6)."""

    CONTRACTS = "contracts"  # 계약 또는 청약철회 등에 관한 기록
    PAYMENTS = "payments"  # 대금결제 및 재화 등의 공급에 관한 기록
    COMPLAINTS = "complaints"  # 소비자의 불만 또는 분쟁처리에 관한 기록


#: Years each kept record stays after the contract ends, before it is destroyed.
RETENTION_YEARS: Mapping[KeptRecord, int] = MappingProxyType(
    {KeptRecord.CONTRACTS: 5, KeptRecord.PAYMENTS: 5, KeptRecord.COMPLAINTS: 3}
)

#: The consents a contract states, in the order it states them; only the first is needed to sign up.
CONSENT_KINDS: tuple[ConsentKind, ...] = (ConsentKind.PERSONAL_DATA, ConsentKind.MARKETING, ConsentKind.SENSITIVE)
REQUIRED_CONSENTS: frozenset[ConsentKind] = frozenset({ConsentKind.PERSONAL_DATA})
#: Consents asked on the customer's card when the shop needs them, not on the contract: advertising at night
#: (정보통신망법 §50③) matters only to a shop that sends advertising between 21:00 and 08:00.
CARD_CONSENTS: tuple[ConsentKind, ...] = (ConsentKind.NIGHT_ADS,)


def check_health_notes_allowed(notes: str, *, consented: bool, field: str) -> str:
    """*notes* (already cleaned) when they may be kept: empty, or under the sensitive-data consent."""
    if notes and not consented:
        raise ValidationError.of(field, _HEALTH_NOTES_NEED_CONSENT)
    return notes
