"""Churn risk's rules without a database: each reason present or absent at its threshold, the score as the sum of
the weights shown, the weights' validation, and the backtest's top-tenth arithmetic."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from toysub_desktop.domain.churn import (
    RULE_FIELDS,
    Catch,
    ChurnFacts,
    ChurnReason,
    ChurnRules,
    caught_in_top,
    check_churn_rules,
    churn_reasons,
    churn_score,
    fact_template,
    parse_setting,
    top_count,
)
from toysub_desktop.domain.errors import ValidationError

D = date(2026, 9, 15)
RULES = ChurnRules()
#: A subscriber with nothing against them: joined long ago, talked to last week, no term ending soon.
QUIET = ChurnFacts(last_contact_on=date(2026, 9, 8), customer_since=date(2025, 1, 10))


def reasons_of(facts: ChurnFacts, rules: ChurnRules = RULES) -> list[ChurnReason]:
    return [r.reason for r in churn_reasons(facts, rules, D)]


def test_a_quiet_subscriber_has_no_reason_and_scores_nothing() -> None:
    assert churn_reasons(QUIET, RULES, D) == ()
    assert churn_score(churn_reasons(QUIET, RULES, D)) == 0


@pytest.mark.parametrize(
    ("ends_on", "talked", "present"),
    [
        (date(2026, 11, 14), False, True),  # 60 days ahead: the last day of the window
        (date(2026, 11, 15), False, False),  # 61 days ahead
        (D, False, True),  # ends today
        (date(2026, 10, 1), True, False),  # a renewal talk was logged
    ],
)
def test_a_term_ending_within_the_window_without_a_renewal_talk(ends_on: date, talked: bool, present: bool) -> None:
    facts = replace(QUIET, term_ends_on=ends_on, renewal_talk=talked)
    assert (ChurnReason.TERM_ENDING in reasons_of(facts)) is present


def test_the_term_ending_reason_says_when_and_in_how_many_days() -> None:
    (reason,) = churn_reasons(replace(QUIET, term_ends_on=date(2026, 10, 15)), RULES, D)
    assert (reason.weight, dict(reason.arguments)) == (30, {"ends_on": "2026-10-15", "days": 30})


@pytest.mark.parametrize(
    ("facts", "reason"),
    [
        (ChurnFacts(pauses=1, last_pause_on=date(2026, 5, 1)), ChurnReason.PAUSED),
        (ChurnFacts(skips=2, last_skip_on=date(2026, 8, 10)), ChurnReason.SKIPPED),
        (ChurnFacts(late_returns=1, last_late_due_on=date(2026, 9, 1)), ChurnReason.LATE_RETURNS),
        (ChurnFacts(overdue_amount=39_000, overdue_since=date(2026, 8, 16)), ChurnReason.OVERDUE),
        (ChurnFacts(open_complaints=1, oldest_complaint_on=date(2026, 9, 14)), ChurnReason.OPEN_COMPLAINT),
        (ChurnFacts(low_ratings=1, last_low_rating=2, last_low_rating_on=date(2026, 9, 1)), ChurnReason.LOW_RATING),
    ],
)
def test_each_counted_fact_is_a_reason_with_its_weight(facts: ChurnFacts, reason: ChurnReason) -> None:
    facts = replace(facts, last_contact_on=QUIET.last_contact_on, customer_since=QUIET.customer_since)
    (found,) = churn_reasons(facts, RULES, D)
    assert (found.reason, found.weight) == (reason, RULES.weight(reason))
    assert churn_reasons(replace(facts, **_none_of(reason)), RULES, D) == ()


def _none_of(reason: ChurnReason) -> dict[str, int]:
    counts = {
        ChurnReason.PAUSED: "pauses",
        ChurnReason.SKIPPED: "skips",
        ChurnReason.LATE_RETURNS: "late_returns",
        ChurnReason.OVERDUE: "overdue_amount",
        ChurnReason.OPEN_COMPLAINT: "open_complaints",
        ChurnReason.LOW_RATING: "low_ratings",
    }
    return {counts[reason]: 0}


@pytest.mark.parametrize(
    ("last_contact", "present"),
    [
        (date(2026, 6, 15), False),  # exactly three months back: not yet
        (date(2026, 6, 14), True),  # a day more
        (None, True),  # never, and a customer since January 2025
    ],
)
def test_no_contact_for_the_months_set(last_contact: date | None, present: bool) -> None:
    facts = replace(QUIET, last_contact_on=last_contact)
    assert (ChurnReason.NO_CONTACT in reasons_of(facts)) is present


def test_the_silence_counts_from_the_last_contact_or_from_joining_when_never_contacted() -> None:
    """A customer never contacted is silent since they joined, said as such: "since {day}" alone read as if a
    contact was logged that day."""
    [called] = churn_reasons(replace(QUIET, last_contact_on=date(2026, 5, 2)), RULES, D)
    assert called.arguments == {"last": "2026-05-02"}
    assert fact_template(called) == "No contact logged since {last}."
    [never] = churn_reasons(replace(QUIET, last_contact_on=None), RULES, D)
    assert never.arguments == {"joined": "2025-01-10"}
    assert fact_template(never) == "No contact logged since joining on {joined}."


def test_a_new_customer_never_called_is_not_silent_yet() -> None:
    assert reasons_of(ChurnFacts(customer_since=date(2026, 8, 1))) == []


def test_the_score_is_the_sum_of_the_weights_shown_heaviest_first() -> None:
    facts = replace(
        QUIET,
        term_ends_on=date(2026, 10, 1),
        skips=1,
        last_skip_on=date(2026, 9, 1),
        open_complaints=1,
        oldest_complaint_on=date(2026, 9, 1),
    )
    reasons = churn_reasons(facts, RULES, D)
    assert [r.reason for r in reasons] == [ChurnReason.TERM_ENDING, ChurnReason.OPEN_COMPLAINT, ChurnReason.SKIPPED]
    assert churn_score(reasons) == 30 + 25 + 10


def test_a_reason_the_owner_weighs_zero_is_left_out() -> None:
    facts = replace(QUIET, skips=1, last_skip_on=date(2026, 9, 1))
    assert reasons_of(facts, replace(RULES, skipped=0)) == []
    assert churn_score(churn_reasons(facts, replace(RULES, skipped=7), D)) == 7


def test_weights_are_whole_numbers_not_negative() -> None:
    assert parse_setting(" 20 ", field="paused") == 20
    assert parse_setting("２０", field="paused") == 20  # the Korean keyboard's full-width mode
    for text, message in (("abc", "whole number"), ("", "whole number"), ("1.5", "whole number"), ("-3", "negative")):
        with pytest.raises(ValidationError) as caught:
            parse_setting(text, field="paused")
        assert caught.value.problems[0].field == "paused"
        assert message in caught.value.problems[0].template


@pytest.mark.parametrize(
    ("field", "text", "low", "high"),
    [("term_days", "-5", "1", "365"), ("silence_months", "-1", "1", "24"), ("paused", "9999999", "0", "1000")],
)
def test_a_whole_number_out_of_range_says_the_range_not_that_it_is_no_number(
    field: str, text: str, low: str, high: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_setting(text, field=field)
    (problem,) = caught.value.problems
    assert (problem.field, problem.arguments) == (field, {"low": low, "high": high})
    assert "from {low} to {high}" in problem.template


def test_the_settings_are_checked_each_beside_its_field() -> None:
    values = {name: 10 for name in RULE_FIELDS} | {"overdue": -1, "term_days": 0, "low_rating": 1001}
    with pytest.raises(ValidationError) as caught:
        check_churn_rules(values)
    assert {p.field for p in caught.value.problems} == {"overdue", "term_days", "low_rating"}
    good = check_churn_rules({name: 10 for name in RULE_FIELDS})
    assert ChurnRules.from_json(good.to_json()) == good


def test_stored_settings_missing_a_name_keep_its_default() -> None:
    assert ChurnRules.from_json({"paused": 3}) == replace(ChurnRules(), paused=3)
    assert ChurnRules.from_json(None) == ChurnRules()


def test_the_top_tenth_is_rounded_up_and_the_share_is_of_the_cancellations() -> None:
    assert [top_count(n) for n in (0, 1, 9, 10, 11, 250)] == [0, 1, 1, 1, 2, 25]
    ranked = list(range(1, 21))  # 20 subscribers: the top tenth is 1 and 2
    catch = caught_in_top(ranked, {2, 5, 19})
    assert catch == Catch(caught=1, cancelled=3)
    assert catch.percent == 33
    assert Catch(0, 0).percent is None
    assert Catch(2, 3).percent == 67
