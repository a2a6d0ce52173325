"""Message lists from the shop's records: who gets a message and who not, the bulk-SMS CSV, and its records."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from support import NOW, enter_shop_details, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, ConsentReminder, ContactLogEntry
from toysub_desktop.domain.contacts import ConsentMethod
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.messages import Exclusion, MessageList, ReminderState, Sorted
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services import message_lists
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.message_lists import ListRequest, export_message_list, message_list
from toysub_desktop.services.shop import shop_settings, update_shop_details
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

#: 2 p.m. and 10:30 p.m. in Seoul on the day of the tests.
AFTERNOON = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
LATE_EVENING = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)
BIRTHDAYS_IN_MAY = ListRequest(MessageList.BIRTHDAYS, month=5, send_at=AFTERNOON)
GREETING = "{이름}님, {아이이름}의 {생일} 생일을 축하합니다! 이번 달 대여료 10% 할인."


def _set_opt_out(db: Database, owner_id: int, number: str = "080-123-4567") -> None:
    settings = shop_settings(db)
    update_shop_details(
        db, by_staff_id=owner_id, name=settings.name, business_number=settings.business_number,
        address=settings.address, phone=settings.phone, expected_version=settings.version, opt_out_number=number,
        now=NOW,
    )  # fmt: skip


def _family(db: Database, owner_id: int, name: str, phone: str, *, marketing: bool, born: tuple[int, int]) -> int:
    new = new_customer(name, phone=phone, marketing=marketing, children=(ChildInput(f"{name[0]}하늘", *born),))
    return register_customer(db, staff_id=owner_id, new=new, now=NOW)


@pytest.fixture
def families(db: Database, owner_id: int) -> dict[str, int]:
    """Four families with a child born in May or July; three agreed to marketing, one of them has only a landline."""
    enter_shop_details(db)
    _set_opt_out(db, owner_id)
    return {
        "declined": _family(db, owner_id, "김민수", "010-1234-5678", marketing=False, born=(2023, 5)),
        "agreed": _family(db, owner_id, "이서연", "010-2222-3333", marketing=True, born=(2022, 5)),
        "july": _family(db, owner_id, "박지훈", "010-4444-5555", marketing=True, born=(2021, 7)),
        "landline": _family(db, owner_id, "최유나", "02-333-4444", marketing=True, born=(2024, 5)),
    }


def _log(db: Database) -> list[tuple[int | None, str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(ContactLogEntry.customer_id, ContactLogEntry.kind, ContactLogEntry.note).order_by(ContactLogEntry.id)
        ).tuples()
        return [(customer, kind, note) for customer, kind, note in rows]


def _csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, as the bulk-SMS services and Excel read it"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))


def test_a_birthday_list_goes_only_to_consenting_customers_with_a_mobile(
    db: Database, families: dict[str, int]
) -> None:
    view = message_list(db, BIRTHDAYS_IN_MAY, today=date(2026, 3, 2))
    assert [c.customer_id for c in view.recipients] == [families["agreed"]]
    assert {(c.customer_id, reason) for c, reason in view.sorted.excluded} == {
        (families["declined"], Exclusion.NO_CONSENT),
        (families["landline"], Exclusion.NO_MOBILE),
    }
    assert view.advertising


def test_the_birthday_export_is_the_bulk_sms_csv_with_the_50_wording_and_is_recorded(
    db: Database, owner_id: int, families: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "생일.csv"
    result = export_message_list(
        db, staff_id=owner_id, request=BIRTHDAYS_IN_MAY, template=GREETING, list_name="5월 생일",
        path=path, now=NOW,
    )  # fmt: skip
    assert result.rows == 1
    rows = _csv(path)
    assert rows[0] == ["이름", "휴대폰번호", "메시지"]
    assert len(rows) == 2
    name, number, message = rows[1]
    assert (name, number) == ("이서연", "010-2222-3333")
    assert message == (
        "(광고)토이구독 마포점\n이서연님, 이하늘의 5월 생일을 축하합니다! 이번 달 대여료 10% 할인.\n"
        "02-123-4567\n무료수신거부 080-123-4567"
    )
    assert _log(db) == [(families["agreed"], "message", f"5월 생일\n{message}")]
    with db.reading() as session:
        after = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "export.message_list")).one()
    assert after is not None
    assert (after["list"], after["rows"], after["customers"]) == ("birthdays", 1, [families["agreed"]])


def test_a_withdrawal_is_honoured_by_the_next_list(db: Database, owner_id: int, families: dict[str, int]) -> None:
    customer = families["agreed"]
    card = customer_card(db, customer)
    update_customer_details(
        db, staff_id=owner_id, customer_id=customer, expected_version=card.version, name=card.name,
        email=card.email or "", notes=card.notes, marketing=(False, ConsentMethod.VERBAL), now=NOW,
    )  # fmt: skip
    view = message_list(db, BIRTHDAYS_IN_MAY, today=date(2026, 3, 2))
    assert view.recipients == ()
    assert (customer, Exclusion.NO_CONSENT) in {(c.customer_id, r) for c, r in view.sorted.excluded}


def test_an_advertising_export_holding_a_customer_without_consent_is_refused_and_writes_nothing(
    db: Database, owner_id: int, families: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def everyone(kind: MessageList, candidates: list[message_lists.Candidate], **_: object) -> Sorted:
        found = tuple(c for c in candidates if c.mobile is not None)
        return Sorted(kind, found, (), AFTERNOON)

    monkeypatch.setattr(message_lists, "sort_candidates", everyone)
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "생일.csv"
    with pytest.raises(ValidationError) as refused:
        export_message_list(db, staff_id=owner_id, request=BIRTHDAYS_IN_MAY, template=GREETING, list_name="생일",
                            path=path, now=NOW)  # fmt: skip
    assert refused.value.fields == ("list",)
    assert not list(folder.iterdir())
    assert _log(db) == []


def test_a_night_time_send_is_refused_until_the_recipient_agrees_to_night_messages(
    db: Database, owner_id: int, families: dict[str, int], tmp_path: Path
) -> None:
    at_night = ListRequest(MessageList.BIRTHDAYS, month=5, send_at=LATE_EVENING)
    view = message_list(db, at_night, today=date(2026, 3, 2))
    assert (families["agreed"], Exclusion.NIGHT_TIME) in {(c.customer_id, r) for c, r in view.sorted.excluded}
    with pytest.raises(ValidationError) as refused:
        export_message_list(db, staff_id=owner_id, request=at_night, template=GREETING, list_name="생일",
                            path=tmp_path / "a.csv", now=NOW)  # fmt: skip
    assert refused.value.fields == ("send_at",)
    card = customer_card(db, families["agreed"])
    update_customer_details(
        db, staff_id=owner_id, customer_id=card.id, expected_version=card.version, name=card.name,
        email=card.email or "", notes=card.notes, night_ads=(True, ConsentMethod.ELECTRONIC), now=NOW,
    )  # fmt: skip
    result = export_message_list(db, staff_id=owner_id, request=at_night, template=GREETING, list_name="생일",
                                 path=tmp_path / "b.csv", now=NOW)  # fmt: skip
    assert result.rows == 1


def test_advertising_needs_the_shops_opt_out_number(db: Database, owner_id: int, tmp_path: Path) -> None:
    enter_shop_details(db)
    _family(db, owner_id, "이서연", "010-2222-3333", marketing=True, born=(2022, 5))
    with pytest.raises(ValidationError) as refused:
        export_message_list(db, staff_id=owner_id, request=BIRTHDAYS_IN_MAY, template=GREETING, list_name="생일",
                            path=tmp_path / "a.csv", now=NOW)  # fmt: skip
    assert refused.value.fields == ("template",)


def test_only_an_080_number_is_accepted_as_the_opt_out_number(db: Database, owner_id: int) -> None:
    enter_shop_details(db)
    with pytest.raises(ValidationError) as refused:
        _set_opt_out(db, owner_id, "02-123-4567")
    assert refused.value.fields == ("opt_out_number",)
    assert shop_settings(db).opt_out_number == ""
    _set_opt_out(db, owner_id, "0801234567")
    assert shop_settings(db).opt_out_number == "080-123-4567"


def test_renewals_due_are_a_notice_for_everyone_reachable(db: Database, owner_id: int, tmp_path: Path) -> None:
    ids = sample_shop(db, owner_id)  # 김민수 declined marketing
    new = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 5), PaymentMethod.CARD, delivery_day=5)
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    request = ListRequest(MessageList.RENEWALS, within_days=30)
    assert message_list(db, request, today=date(2026, 12, 1)).recipients == ()
    view = message_list(db, request, today=date(2027, 2, 20))
    assert [c.customer_id for c in view.recipients] == [ids["customer"]]
    assert not view.advertising
    later = datetime(2027, 2, 20, 1, 0, tzinfo=UTC)
    export_message_list(
        db, staff_id=owner_id, request=request, template="{이름}님, 계약이 {종료일}에 끝납니다.",
        list_name="갱신 안내", path=tmp_path / "renewals.csv", now=later,
    )  # fmt: skip
    assert _csv(tmp_path / "renewals.csv")[1][2] == "김민수님, 계약이 2027-03-04에 끝납니다."


def test_consents_two_years_old_are_listed_for_the_reminder_and_leave_the_list_once_reminded(
    db: Database, owner_id: int, families: dict[str, int], tmp_path: Path
) -> None:
    request = ListRequest(MessageList.CONSENT_REMINDERS)
    assert message_list(db, request, today=date(2028, 1, 15)).recipients == ()
    soon = message_list(db, request, today=date(2028, 2, 15))
    agreed = {families["agreed"], families["july"]}
    assert {c.customer_id for c in soon.recipients} == agreed
    assert set(soon.reminders.values()) == {ReminderState.DUE_SOON}
    assert soon.reminders[families["landline"]] is ReminderState.DUE_SOON  # listed, but excluded: no mobile
    assert not soon.advertising
    later = datetime(2028, 3, 3, 1, 0, tzinfo=UTC)
    template = "[토이구독] {이름}님은 {동의일}에 광고성 정보 수신에 동의하셨습니다. 수신거부: 080-123-4567"
    export_message_list(db, staff_id=owner_id, request=request, template=template, list_name="수신동의 안내",
                        path=tmp_path / "reminders.csv", now=later)  # fmt: skip
    rows = _csv(tmp_path / "reminders.csv")
    assert rows[1][2] == "[토이구독] 박지훈님은 2026-03-02에 광고성 정보 수신에 동의하셨습니다. 수신거부: 080-123-4567"
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ConsentReminder)) == 2
    after = message_list(db, request, today=date(2028, 3, 3))
    assert {c.customer_id for c in after.recipients} == set()
    assert set(after.reminders) == {families["landline"]}
