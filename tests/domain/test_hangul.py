"""Finding a customer by a name half heard: whole syllables, initial consonants, or a mix."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from toysub_desktop.domain.hangul import (
    INITIALS,
    initial_consonants,
    initials_key_for_query,
    is_initials_query,
    name_matches,
    name_search_keys,
    query_keys,
    query_too_short,
    search_text_of_query,
)

syllables = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
#: What names are made of in this shop: Hangul syllables, Latin letters, spaces.
name_characters = st.one_of(syllables, st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'"))


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("김민수", "ㄱㅁㅅ"),
        ("꽃님", "ㄲㄴ"),
        ("또치", "ㄸㅊ"),
        ("빵순", "ㅃㅅ"),
        ("쑥쑥", "ㅆㅆ"),
        ("짱구", "ㅉㄱ"),
        ("남궁 민수", "ㄴㄱㅁㅅ"),
        ("Kim Minsu", "kimminsu"),
        ("김 Anna", "ㄱanna"),
        ("ㄱㅁㅅ", "ㄱㅁㅅ"),
        ("", ""),
    ],
)
def test_initial_consonants(text: str, initials: str) -> None:
    assert initial_consonants(text) == initials


def test_decomposed_hangul_from_pasted_text_is_composed_first() -> None:
    decomposed = "\u1100\u1175\u11b7\u1106\u1175\u11ab\u1109\u116e"  # 김민수 as conjoining jamo
    assert initial_consonants(decomposed) == "ㄱㅁㅅ"
    assert name_matches(decomposed, "ㄱㅁ")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ㄱㅁㅅ", True), ("ㄱ ㅁ ㅅ", True), ("ㄲ", True), ("김ㅁㅅ", False), ("kms", False), ("", False), ("  ", False)],
)
def test_is_initials_query(query: str, expected: bool) -> None:
    assert is_initials_query(query) is expected


@pytest.mark.parametrize(
    "query",
    ["김민수", "김ㅁㅅ", "ㄱ민", "ㄱ민ㅅ", "민수", "ㅁㅅ", "ㄱㅁㅅ", "ㄱ", "수", "김 민수", "ㄱ ㅁ ㅅ", ""],
)
def test_queries_that_find_kim_min_su(query: str) -> None:
    assert name_matches("김민수", query)


@pytest.mark.parametrize("query", ["ㅅㅁ", "김수", "김민수야", "ㄴ", "ㄱㅅ", "긴", "ㅁ수ㅅ", "kim"])
def test_queries_that_do_not_find_kim_min_su(query: str) -> None:
    assert not name_matches("김민수", query)


def test_latin_names_match_regardless_of_case_and_spaces() -> None:
    assert name_matches("Kim Minsu", "minsu")
    assert name_matches("Kim Minsu", "KIMMIN")
    assert name_matches("Anna 김", "na김")
    assert not name_matches("Kim Minsu", "mink")


def test_a_double_initial_is_not_its_single_twin() -> None:
    assert name_matches("김꽃님", "ㄲ")
    assert not name_matches("김꽃님", "ㄱㄱ")
    assert not name_matches("김민수", "ㄲ")


def test_the_query_key_prefilters_on_the_stored_initials() -> None:
    assert initials_key_for_query("김ㅁㅅ") == "ㄱㅁㅅ"
    assert initials_key_for_query("ㄱ 민") == "ㄱㅁ"
    assert initials_key_for_query("Min") == "min"
    assert initials_key_for_query("ㄱㅁ") in initial_consonants("김민수")


def test_the_initials_are_the_nineteen_keyboard_consonants() -> None:
    assert INITIALS == "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


@given(st.text(alphabet=syllables))
def test_each_syllable_gives_one_consonant(text: str) -> None:
    initials = initial_consonants(text)

    assert len(initials) == len(text)
    assert all(c in INITIALS for c in initials)
    assert is_initials_query(initials) == bool(text)


@given(st.text(alphabet=name_characters, max_size=12), st.data())
def test_any_part_of_a_name_finds_it_spelled_out_or_as_initials(name: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(name)))
    end = data.draw(st.integers(start, len(name)))
    part = name[start:end]

    assert name_matches(name, part)
    assert name_matches(name, initial_consonants(part))
    assert name_matches(name, part.upper())


@given(
    st.text(alphabet=name_characters, max_size=12),
    st.text(alphabet=st.one_of(name_characters, st.sampled_from(INITIALS)), max_size=4),
)
def test_every_match_passes_the_database_prefilter(name: str, query: str) -> None:
    if name_matches(name, query):
        assert initials_key_for_query(query) in initial_consonants(name)


@given(
    name=st.text(name_characters, min_size=1, max_size=8),
    query=st.text(st.one_of(name_characters, st.sampled_from(INITIALS)), min_size=1, max_size=3),
)
def test_a_short_query_matches_exactly_the_names_that_have_it_as_a_key(name: str, query: str) -> None:
    text = search_text_of_query(query)
    assume(text and not query_too_short(query))
    assert query_keys(query) == (text,)
    assert (text in name_search_keys(name)) == name_matches(name, query)


@given(name=st.text(name_characters, min_size=1, max_size=10), data=st.data())
def test_a_long_query_s_keys_are_all_keys_of_every_name_it_matches(name: str, data: st.DataObject) -> None:
    text = search_text_of_query(name)
    assume(len(text) > 3)
    start = data.draw(st.integers(0, len(text) - 4))
    run = text[start : start + data.draw(st.integers(4, len(text) - start))]
    query = "".join(initial_consonants(c) if data.draw(st.booleans()) else c for c in run)
    assert name_matches(name, query)
    assert set(query_keys(query)) <= name_search_keys(name)


def test_name_keys_mix_syllables_and_initials_but_leave_out_a_lone_initial() -> None:
    keys = name_search_keys("김민수")
    assert {"김", "민", "김민", "김ㅁ", "ㄱ민", "ㄱㅁ", "ㄱㅁㅅ", "김ㅁ수", "민수"} <= keys
    assert not keys & {"ㄱ", "ㅁ", "ㅅ", "수김"}
    assert name_search_keys("Kim Ana") >= {"k", "kim", "ima", "ana"}
    assert (
        query_too_short("ㄱ") and query_too_short(" ㄱ ") and not query_too_short("김") and not query_too_short("ㄱㅁ")
    )
