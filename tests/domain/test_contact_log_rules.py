"""The contact log's rules: which entries stay open, when a follow-up is due, what a note or resolution needs."""

from __future__ import annotations

from datetime import date

import pytest

from toysub_desktop.domain.contact_log import (
    CONTACT_NOTE_MAX,
    ContactKind,
    check_contact_note,
    check_follow_up_on,
    check_follow_up_owner,
    check_resolution,
    check_resolvable,
    days_overdue,
    is_follow_up_due,
    is_open_complaint,
    stays_open,
)
from toysub_desktop.domain.errors import ValidationError

TODAY = date(2026, 3, 2)


def test_only_a_complaint_stays_open_until_resolved() -> None:
    assert [kind for kind in ContactKind if stays_open(kind)] == [ContactKind.COMPLAINT]
    assert is_open_complaint(ContactKind.COMPLAINT, resolved=False)
    assert not is_open_complaint(ContactKind.COMPLAINT, resolved=True)
    assert not is_open_complaint(ContactKind.REQUEST, resolved=False)


@pytest.mark.parametrize(
    ("follow_up_on", "done", "due"),
    [
        (None, False, False),
        (date(2026, 3, 3), False, False),  # tomorrow: not yet
        (TODAY, False, True),
        (date(2026, 2, 20), False, True),  # overdue stays due
        (date(2026, 2, 20), True, False),  # answered
    ],
)
def test_a_follow_up_is_due_on_its_day_and_after_until_answered(
    follow_up_on: date | None, done: bool, due: bool
) -> None:
    assert is_follow_up_due(follow_up_on, done, TODAY) is due


def test_days_overdue_counts_from_the_follow_up_day() -> None:
    assert days_overdue(TODAY, TODAY) == 0
    assert days_overdue(date(2026, 2, 27), TODAY) == 3


def test_a_follow_up_in_the_past_or_over_a_year_ahead_is_refused() -> None:
    assert check_follow_up_on(TODAY, today=TODAY) == TODAY
    assert check_follow_up_on(date(2027, 3, 2), today=TODAY) == date(2027, 3, 2)
    with pytest.raises(ValidationError) as past:
        check_follow_up_on(date(2026, 3, 1), today=TODAY)
    assert past.value.fields == ("follow_up_on",)
    assert "not one that has passed" in past.value.problems[0].message
    with pytest.raises(ValidationError):
        check_follow_up_on(date(2027, 3, 5), today=TODAY)


def test_a_follow_up_needs_an_owner() -> None:
    check_follow_up_owner(None, None)
    check_follow_up_owner(TODAY, 3)
    with pytest.raises(ValidationError) as error:
        check_follow_up_owner(TODAY, None)
    assert error.value.fields == ("follow_up_owner",)


def test_a_note_and_a_resolution_need_text_and_keep_their_lines() -> None:
    assert check_contact_note("  배송 지연 문의\r\n다음 주 재연락  ") == "배송 지연 문의\n다음 주 재연락"
    for empty in ("", "   ", "\n\n"):
        with pytest.raises(ValidationError) as error:
            check_contact_note(empty)
        assert error.value.fields == ("note",)
        with pytest.raises(ValidationError) as resolution:
            check_resolution(empty)
        assert resolution.value.fields == ("resolution",)
    with pytest.raises(ValidationError):
        check_contact_note("가" * (CONTACT_NOTE_MAX + 1))


def test_only_an_open_complaint_can_be_resolved() -> None:
    check_resolvable(ContactKind.COMPLAINT, resolved_when=None, resolved_by="")
    with pytest.raises(ValidationError) as not_complaint:
        check_resolvable(ContactKind.CALL, resolved_when=None, resolved_by="")
    assert "Only a complaint" in not_complaint.value.problems[0].message
    with pytest.raises(ValidationError) as twice:
        check_resolvable(ContactKind.COMPLAINT, resolved_when="2026-03-02 10:00", resolved_by="박지영")
    assert "박지영" in twice.value.problems[0].message
