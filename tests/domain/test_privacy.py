"""What the shop may keep about a family and for how long, without a database."""

from __future__ import annotations

import pytest

from toysub_desktop.domain.contacts import ConsentKind
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.privacy import (
    CARD_CONSENTS,
    CONSENT_KINDS,
    REQUIRED_CONSENTS,
    RETENTION_YEARS,
    KeptRecord,
    check_health_notes_allowed,
)


def test_the_law_keeps_contract_and_payment_records_five_years_and_complaints_three() -> None:
    assert dict(RETENTION_YEARS) == {KeptRecord.CONTRACTS: 5, KeptRecord.PAYMENTS: 5, KeptRecord.COMPLAINTS: 3}


def test_every_consent_is_stated_on_the_contract_or_asked_on_the_card_and_only_personal_data_is_required() -> None:
    assert set(CONSENT_KINDS) | set(CARD_CONSENTS) == set(ConsentKind)
    assert not set(CONSENT_KINDS) & set(CARD_CONSENTS)
    assert CONSENT_KINDS[0] is ConsentKind.PERSONAL_DATA
    assert set(REQUIRED_CONSENTS) == {ConsentKind.PERSONAL_DATA}


def test_health_notes_need_the_sensitive_data_consent() -> None:
    assert check_health_notes_allowed("땅콩 알레르기", consented=True, field="health") == "땅콩 알레르기"
    assert check_health_notes_allowed("", consented=False, field="health") == ""
    with pytest.raises(ValidationError) as raised:
        check_health_notes_allowed("땅콩 알레르기", consented=False, field="children[0].health_notes")
    assert raised.value.fields == ("children[0].health_notes",)
