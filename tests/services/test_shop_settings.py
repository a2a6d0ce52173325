"""The owner's shop settings: the seller's details on every contract and the rules new contracts are signed under."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.shop import (
    ShopSettings,
    SubscriptionSettings,
    add_staff,
    label_settings,
    shop_settings,
    subscription_settings,
    update_label_settings,
    update_shop_details,
    update_subscription_settings,
)


def audit_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def last_audit(db: Database) -> tuple[str, int | None, dict[str, Any] | None, dict[str, Any] | None]:
    """Action, staff, before and after of the latest audit record."""
    query = select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.before, AuditEntry.after)
    with db.reading() as session:
        return session.execute(query.order_by(AuditEntry.id.desc()).limit(1)).tuples().one()


def rules(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "price_notice_days": 45,
        "pause_end_rule": PauseEndRule.KEEP_END,
        "max_pause_days": 60,
        "early_termination_percent": 8,
        "early_termination_cap": 100_000,
        "pause_terms": "  일시정지는 월 1회까지 신청할 수 있습니다.  \n\n두 번째 문단.\n\n",
        "cancellation_terms": "",
        "refund_terms": "",
    }
    return {**values, **changes}


def details(**changes: str) -> dict[str, str]:
    values = {
        "name": "  토이구독   마포점 ",
        "business_number": "2208162517",
        "address": "서울특별시 마포구 월드컵북로 396, 1층",
        "phone": "0212345678",
        "email": " Hello@ToySub.KR ",
    }
    return {**values, **changes}


def test_a_new_shop_starts_with_the_standard_rules(db: Database, owner_id: int) -> None:
    settings = subscription_settings(db)
    assert settings == SubscriptionSettings(
        price_notice_days=30,
        pause_end_rule=PauseEndRule.EXTEND_TERM,
        max_pause_days=90,
        early_termination_percent=10,
        early_termination_cap=None,
        pause_terms="",
        cancellation_terms="",
        refund_terms="",
        version=settings.version,
    )


def test_the_owner_changes_the_rules_and_the_change_is_audited(db: Database, owner_id: int) -> None:
    before = subscription_settings(db)
    update_subscription_settings(db, by_staff_id=owner_id, **rules(), expected_version=before.version, now=NOW)
    after = subscription_settings(db)
    assert (after.price_notice_days, after.pause_end_rule, after.max_pause_days) == (45, PauseEndRule.KEEP_END, 60)
    assert (after.early_termination_percent, after.early_termination_cap) == (8, 100_000)
    assert after.pause_terms == "일시정지는 월 1회까지 신청할 수 있습니다.\n\n두 번째 문단."
    assert after.version > before.version
    action, staff_id, audit_before, audit_after = last_audit(db)
    assert (action, staff_id) == ("shop.settings", owner_id)
    assert audit_before is not None and audit_after is not None
    assert audit_before["price_notice_days"] == 30 and audit_after["price_notice_days"] == 45
    assert "cancellation_terms" not in audit_after  # only what changed


def test_saving_the_same_rules_again_records_nothing(db: Database, owner_id: int) -> None:
    version = subscription_settings(db).version
    update_subscription_settings(db, by_staff_id=owner_id, **rules(), expected_version=version, now=NOW)
    audits = audit_count(db)
    version = subscription_settings(db).version
    update_subscription_settings(db, by_staff_id=owner_id, **rules(), expected_version=version, now=NOW)
    assert audit_count(db) == audits
    assert subscription_settings(db).version == version


def test_out_of_range_rules_are_all_refused_and_nothing_is_written(db: Database, owner_id: int) -> None:
    before = subscription_settings(db)
    audits = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        update_subscription_settings(
            db,
            by_staff_id=owner_id,
            **rules(price_notice_days=366, max_pause_days=0, early_termination_percent=11, refund_terms="가" * 3001),
            expected_version=before.version,
            now=NOW,
        )
    assert set(refused.value.fields) == {
        "price_notice_days",
        "max_pause_days",
        "early_termination_percent",
        "refund_terms",
    }
    assert subscription_settings(db) == before
    assert audit_count(db) == audits


def test_a_negative_cap_is_refused(db: Database, owner_id: int) -> None:
    version = subscription_settings(db).version
    with pytest.raises(ValidationError) as refused:
        update_subscription_settings(
            db, by_staff_id=owner_id, **rules(early_termination_cap=-1), expected_version=version, now=NOW
        )
    assert refused.value.fields == ("early_termination_cap",)


def test_only_the_owner_changes_settings(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="이수빈", now=NOW)
    settings = shop_settings(db)
    with pytest.raises(ValidationError) as refused:
        update_subscription_settings(db, by_staff_id=clerk.id, **rules(), expected_version=settings.version, now=NOW)
    assert refused.value.fields == ("staff",)
    with pytest.raises(ValidationError) as refused:
        update_shop_details(db, by_staff_id=clerk.id, **details(), expected_version=settings.version, now=NOW)
    assert refused.value.fields == ("staff",)
    assert shop_settings(db) == settings


def test_a_change_made_at_another_counter_meanwhile_is_not_overwritten(db: Database, owner_id: int) -> None:
    seen = subscription_settings(db).version
    update_subscription_settings(db, by_staff_id=owner_id, **rules(), expected_version=seen, now=NOW)
    with pytest.raises(ConcurrentEditError):
        update_subscription_settings(
            db, by_staff_id=owner_id, **rules(price_notice_days=10), expected_version=seen, now=NOW
        )
    assert subscription_settings(db).price_notice_days == 45


def test_the_shop_details_are_stored_as_a_contract_prints_them(db: Database, owner_id: int) -> None:
    version = shop_settings(db).version
    update_shop_details(db, by_staff_id=owner_id, **details(), expected_version=version, now=NOW)
    settings = shop_settings(db)
    assert settings == ShopSettings(
        name="토이구독 마포점",
        business_number="220-81-62517",
        address="서울특별시 마포구 월드컵북로 396, 1층",
        phone="02-1234-5678",
        contact_check_days=365,
        version=settings.version,
        email="Hello@toysub.kr",  # the domain in lower case, as every e-mail is kept
    )
    assert last_audit(db)[3] == {  # the name was already this
        "business_number": "220-81-62517",
        "address": "서울특별시 마포구 월드컵북로 396, 1층",
        "phone": "02-1234-5678",
        "email": "Hello@toysub.kr",
    }
    # The e-mail is optional: cleared, none is printed.
    update_shop_details(db, by_staff_id=owner_id, **details(email=""), expected_version=settings.version, now=NOW)
    assert shop_settings(db).email == ""


def test_a_representative_number_is_a_shop_phone(db: Database, owner_id: int) -> None:
    version = shop_settings(db).version
    update_shop_details(db, by_staff_id=owner_id, **details(phone="1588 1234"), expected_version=version, now=NOW)
    assert shop_settings(db).phone == "1588-1234"


def test_bad_shop_details_are_refused_beside_each_field(db: Database, owner_id: int) -> None:
    before = shop_settings(db)
    audits = audit_count(db)
    with pytest.raises(ValidationError) as refused:
        update_shop_details(
            db,
            by_staff_id=owner_id,
            **details(name=" ", business_number="220-81-62518", address="", phone="12345", email="매장@toysub"),
            expected_version=before.version,
            now=NOW,
        )
    assert set(refused.value.fields) == {"name", "business_number", "address", "phone", "email"}
    assert shop_settings(db) == before
    assert audit_count(db) == audits


def test_entry_notes_on_labels_start_off_and_only_the_owner_turns_them_on(db: Database, owner_id: int) -> None:
    settings = label_settings(db)
    assert settings.entry_notes_on_labels is False
    clerk = add_staff(db, by_staff_id=owner_id, name="이수빈", now=NOW)
    with pytest.raises(ValidationError) as refused:
        update_label_settings(
            db, by_staff_id=clerk.id, entry_notes_on_labels=True, expected_version=settings.version, now=NOW
        )
    assert refused.value.fields == ("staff",)
    assert label_settings(db).entry_notes_on_labels is False
    update_label_settings(
        db, by_staff_id=owner_id, entry_notes_on_labels=True, expected_version=settings.version, now=NOW
    )
    assert label_settings(db).entry_notes_on_labels is True
    assert last_audit(db) == (
        "shop.settings",
        owner_id,
        {"entry_notes_on_labels": False},
        {"entry_notes_on_labels": True},
    )
