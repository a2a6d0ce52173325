"""The one text boundary: what every typed or pasted text becomes before a service uses it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text_input import (
    CONTROL_CHARACTER,
    TOO_LONG,
    clean_line,
    clean_lines,
    clean_search,
    is_refused_character,
)


def test_a_line_is_trimmed_with_its_spaces_and_pasted_line_breaks_made_one() -> None:
    assert clean_line("  현관 \t 비밀번호\r\n1234#  ", field="note", limit=300) == "현관 비밀번호 1234#"


def test_a_line_is_put_in_one_unicode_form() -> None:
    decomposed = unicodedata.normalize("NFD", "김민수")
    assert decomposed != "김민수"
    assert clean_line(decomposed, field="name", limit=50) == "김민수"


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x1f", "\x7f", "\x85\x00", "\x9b", "\ud800"])
def test_a_control_character_is_refused_naming_its_code(character: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_line(f"메모{character}", field="note", limit=300)
    problem = caught.value.for_field("note")
    assert problem is not None and problem.template == CONTROL_CHARACTER
    assert problem.arguments["code"].startswith("U+")


def test_the_length_is_counted_after_cleaning_and_the_limit_named() -> None:
    assert clean_line(" " + "가" * 300 + " ", field="note", limit=300) == "가" * 300
    with pytest.raises(ValidationError) as caught:
        clean_line("가" * 301, field="note", limit=300)
    assert caught.value.problems[0].template == TOO_LONG
    assert caught.value.problems[0].arguments == {"limit": "300", "length": "301"}


def test_a_required_line_says_so_in_its_own_words() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_line(" \n ", field="reason", limit=300, required=True, required_message="Say why.")
    assert caught.value.problems[0].template == "Say why."


def test_a_multi_line_note_keeps_its_lines_and_tabs() -> None:
    text = "\n첫 줄  \r\n\t둘째 줄\r셋째 줄\n\n"
    assert clean_lines(text, field="notes", limit=2000) == "첫 줄\n\t둘째 줄\n셋째 줄"


@pytest.mark.parametrize("character", ["\x00", "\x0b", "\x0c", "\x1b"])
def test_a_multi_line_note_refuses_other_control_characters(character: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_lines(f"첫 줄\n둘째{character}줄", field="notes", limit=2000)
    assert caught.value.problems[0].template == CONTROL_CHARACTER


def test_a_search_drops_control_characters_and_never_refuses() -> None:
    assert clean_search("김\x00민수") == "김민수"
    assert clean_search("\x00") == ""
    assert clean_search(" 010\t1234\n") == "010 1234"


@given(st.text())
def test_any_text_is_a_clean_line_or_a_message_beside_the_field(text: str) -> None:
    try:
        clean = clean_line(text, field="note", limit=300)
    except ValidationError as error:
        assert error.fields == ("note",)
    else:
        assert len(clean) <= 300
        assert clean == unicodedata.normalize("NFC", clean) == " ".join(clean.split())
        assert not any(is_refused_character(c) for c in clean)
        assert "\n" not in clean and "\t" not in clean


@given(st.text())
def test_any_text_is_a_search_without_control_characters(text: str) -> None:
    clean = clean_search(text)
    assert not any(is_refused_character(c) for c in clean)
    assert clean == clean.strip()
    # What passes the boundary unchanged is searched as typed.
    assert clean_search(clean) == clean
