"""The §50 rules (정보통신망법) of the message lists, on generated lists, without a database."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.messages import (
    ADVERTISING_LISTS,
    FIELD_CHILD,
    FIELD_CONSENT_DATE,
    FIELD_NAME,
    AdvertisingRules,
    Candidate,
    Exclusion,
    MessageList,
    Reach,
    ReminderState,
    Sorted,
    check_sendable,
    check_template,
    compose,
    consent_reminder_state,
    is_compliant_advertisement,
    is_night,
    may_receive_advertising,
    message_bytes,
    parse_opt_out_number,
    reach_of,
    sort_candidates,
)

RULES = AdvertisingRules("토이구독 마포점", "02-123-4567", "080-123-4567")
DAY = datetime(2026, 5, 4, 14, 0)
NIGHT = datetime(2026, 5, 4, 22, 30)

candidates = st.builds(
    Candidate,
    customer_id=st.integers(1, 10_000),
    name=st.sampled_from(["김민수", "이서연", "박지훈", "최유나"]),
    mobile=st.one_of(st.none(), st.just("010-1234-5678")),
    marketing=st.one_of(st.none(), st.booleans()),
    night_ads=st.one_of(st.none(), st.booleans()),
    recent_transaction=st.booleans(),
)
send_times = st.builds(
    datetime.combine, st.just(date(2026, 5, 4)), st.builds(time, st.integers(0, 23), st.integers(0, 59))
)


@given(
    st.sampled_from(sorted(ADVERTISING_LISTS)),
    st.lists(candidates, unique_by=lambda c: c.customer_id, max_size=30),
    send_times,
    st.booleans(),
)
def test_no_customer_without_consent_is_on_an_advertising_list(
    kind: MessageList, found: list[Candidate], send_at: datetime, recent_allowed: bool
) -> None:
    result = sort_candidates(kind, found, send_at=send_at, recent_customers_allowed=recent_allowed)
    for candidate in result.recipients:
        assert candidate.mobile is not None
        assert candidate.marketing is True or (
            candidate.marketing is None and recent_allowed and candidate.recent_transaction
        )
        if is_night(send_at):
            assert candidate.night_ads is True
    # Nobody is lost: everyone found is either a recipient or excluded with a reason.
    assert len(result.recipients) + len(result.excluded) == len(found)


@given(st.lists(candidates, unique_by=lambda c: c.customer_id, max_size=30), st.booleans())
def test_a_withdrawal_or_refusal_excludes_at_once_even_with_a_recent_transaction(
    found: list[Candidate], recent_allowed: bool
) -> None:
    result = sort_candidates(MessageList.NEWSLETTER, found, send_at=DAY, recent_customers_allowed=recent_allowed)
    declined = {c.customer_id for c in found if c.marketing is False and c.mobile is not None}
    assert not declined & {c.customer_id for c in result.recipients}
    assert all(reason is Exclusion.NO_CONSENT for c, reason in result.excluded if c.customer_id in declined)


def test_recent_customers_never_asked_receive_advertising_only_where_the_shop_allows_it() -> None:
    never_asked = Candidate(1, "김민수", "010-1234-5678", marketing=None, recent_transaction=True)
    assert may_receive_advertising(never_asked, recent_customers_allowed=True)
    assert not may_receive_advertising(never_asked, recent_customers_allowed=False)
    old = Candidate(2, "이서연", "010-1234-5678", marketing=None, recent_transaction=False)
    assert not may_receive_advertising(old, recent_customers_allowed=True)


@given(
    st.sampled_from([MessageList.RENEWALS, MessageList.PRICE_CHANGES]),
    st.lists(candidates, unique_by=lambda c: c.customer_id, max_size=30),
)
def test_a_notice_reaches_everyone_with_a_mobile_number_whatever_their_consent(
    kind: MessageList, found: list[Candidate]
) -> None:
    result = sort_candidates(kind, found, send_at=NIGHT)
    assert {c.customer_id for c in result.recipients} == {c.customer_id for c in found if c.mobile is not None}
    assert all(reason is Exclusion.NO_MOBILE for _c, reason in result.excluded)


@given(st.text(alphabet="가나다라마 abc{}이름", max_size=80).filter(lambda t: t.strip()))
def test_every_advertisement_starts_with_the_prefix_and_name_and_ends_with_contact_and_opt_out(body: str) -> None:
    message = compose(body, {FIELD_NAME: "김민수"}, advertising=True, rules=RULES)
    assert message.startswith("(광고)토이구독 마포점\n")
    assert message.endswith("\n02-123-4567\n무료수신거부 080-123-4567")
    assert is_compliant_advertisement(message, RULES)


def test_a_notice_is_sent_as_written_with_its_fields_merged() -> None:
    message = compose(
        "{이름}님, {아이이름}의 계약이 곧 끝납니다.",
        {FIELD_NAME: "김민수", FIELD_CHILD: "하늘"},
        advertising=False,
        rules=RULES,
    )
    assert message == "김민수님, 하늘의 계약이 곧 끝납니다."


@pytest.mark.parametrize(
    ("clock", "night"),
    [(time(20, 59), False), (time(21, 0), True), (time(23, 59), True), (time(7, 59), True), (time(8, 0), False)],
)
def test_the_night_is_from_21_to_8(clock: time, night: bool) -> None:
    assert is_night(clock) is night


@given(st.lists(candidates, unique_by=lambda c: c.customer_id, min_size=1, max_size=20))
def test_a_night_time_advertisement_is_refused_unless_everyone_agreed_to_night_messages(
    found: list[Candidate],
) -> None:
    consenting = [
        Candidate(c.customer_id, c.name, "010-1234-5678", marketing=True, night_ads=c.night_ads) for c in found
    ]
    result = sort_candidates(MessageList.BIRTHDAYS, consenting, send_at=NIGHT)
    if all(c.night_ads is True for c in consenting):
        check_sendable(result, recent_customers_allowed=False)
    else:
        with pytest.raises(ValidationError) as refused:
            check_sendable(result, recent_customers_allowed=False)
        assert refused.value.fields == ("send_at",)


def test_the_same_list_by_day_goes_to_everyone_who_agreed() -> None:
    found = [Candidate(1, "김민수", "010-1234-5678", marketing=True, night_ads=False)]
    check_sendable(sort_candidates(MessageList.BIRTHDAYS, found, send_at=DAY), recent_customers_allowed=False)
    with pytest.raises(ValidationError) as refused:
        check_sendable(sort_candidates(MessageList.BIRTHDAYS, found, send_at=NIGHT), recent_customers_allowed=False)
    assert refused.value.fields == ("send_at",)


def test_a_list_holding_a_customer_without_consent_is_refused_even_if_it_was_sorted_wrongly() -> None:
    forced = Sorted(MessageList.NEWSLETTER, (Candidate(1, "김민수", "010-1234-5678", marketing=False),), (), DAY)
    with pytest.raises(ValidationError) as refused:
        check_sendable(forced, recent_customers_allowed=True)
    assert refused.value.fields == ("list",)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("080-123-4567", "080-123-4567"), ("0801234567", "080-123-4567"), ("080 1234 5678", "080-1234-5678"), ("", "")],
)
def test_the_opt_out_number_is_an_080_number(typed: str, stored: str) -> None:
    assert parse_opt_out_number(typed) == stored


@pytest.mark.parametrize("typed", ["02-123-4567", "010-1234-5678", "080-12-345", "080-12345-67890", "080-abc-defg"])
def test_any_other_number_is_refused_as_the_opt_out_number(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_opt_out_number(typed)
    assert refused.value.fields == ("opt_out_number",)


def test_the_length_is_counted_in_euc_kr_bytes_and_decides_sms_or_lms() -> None:
    assert message_bytes("안녕 hi") == 7
    assert reach_of("가" * 45) is Reach.SMS
    assert reach_of("가" * 45 + "a") is Reach.LMS


def test_a_template_may_use_only_the_known_fields_and_a_reminder_says_when() -> None:
    assert check_template(" {이름}님 안녕하세요 ", MessageList.NEWSLETTER) == "{이름}님 안녕하세요"
    with pytest.raises(ValidationError):
        check_template("{고객명}님", MessageList.NEWSLETTER)
    with pytest.raises(ValidationError):
        check_template("수신 동의를 안내합니다", MessageList.CONSENT_REMINDERS)
    assert FIELD_CONSENT_DATE in check_template(f"{FIELD_CONSENT_DATE}에 동의", MessageList.CONSENT_REMINDERS)


def test_a_consent_is_reminded_two_years_on_and_listed_30_days_before() -> None:
    consented = date(2024, 5, 10)
    assert consent_reminder_state(consented, None, date(2026, 4, 1)) is None
    assert consent_reminder_state(consented, None, date(2026, 4, 10)) is ReminderState.DUE_SOON
    assert consent_reminder_state(consented, None, date(2026, 5, 10)) is ReminderState.DUE
    # Once reminded, the next reminder is two years after that one.
    assert consent_reminder_state(consented, date(2026, 5, 12), date(2026, 6, 1)) is None
    assert consent_reminder_state(consented, date(2026, 5, 12), date(2028, 5, 12)) is ReminderState.DUE
