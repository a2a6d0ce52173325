"""Prospects' rules: a reason to close one as lost, and the conversion rate of a source."""

from __future__ import annotations

import pytest

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.prospects import ProspectSource, SourceConversion, check_lost_reason


@pytest.mark.parametrize(
    ("converted", "lost", "open_", "percent"),
    [(0, 0, 0, None), (1, 1, 0, 50), (1, 2, 0, 33), (2, 1, 0, 67), (1, 0, 1, 50), (1, 7, 0, 13), (3, 0, 0, 100)],
)
def test_the_conversion_rate_is_the_share_of_a_sources_prospects_that_joined(
    converted: int, lost: int, open_: int, percent: int | None
) -> None:
    rate = SourceConversion(ProspectSource.BLOG, converted, lost, open_)
    assert rate.total == converted + lost + open_
    assert rate.percent == percent


def test_closing_a_prospect_as_lost_needs_a_reason() -> None:
    assert check_lost_reason("  가격이 부담된다고 함 ") == "가격이 부담된다고 함"
    with pytest.raises(ValidationError) as error:
        check_lost_reason("   ")
    assert error.value.fields == ("outcome_note",)
