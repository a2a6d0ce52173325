"""Searching Korean names by their initial consonants (chosung search), as every Korean phone book does.

Staff type just the initials of a name they half heard, or the family name and the other initials. A
syllable U+AC00..U+D7A3 is ``0xAC00 + (initial * 21 + medial) * 28 + final``, so its initial consonant is an
integer division away. The database keeps ``initial_consonants(name)`` in a column to prefilter with LIKE;
``name_matches`` then decides.
"""

from __future__ import annotations

import unicodedata

_FIRST_SYLLABLE = 0xAC00
_LAST_SYLLABLE = 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28

#: The 19 initial consonants in syllable order, as compatibility jamo (what a keyboard types).
INITIALS = "".join(
    chr(code)
    for code in (
        0x3131,  # giyeok
        0x3132,  # ssanggiyeok
        0x3134,  # nieun
        0x3137,  # digeut
        0x3138,  # ssangdigeut
        0x3139,  # rieul
        0x3141,  # mieum
        0x3142,  # bieup
        0x3143,  # ssangbieup
        0x3145,  # siot
        0x3146,  # ssangsiot
        0x3147,  # ieung
        0x3148,  # jieut
        0x3149,  # ssangjieut
        0x314A,  # chieut
        0x314B,  # kieuk
        0x314C,  # tieut
        0x314D,  # pieup
        0x314E,  # hieut
    )
)
_INITIAL_SET = frozenset(INITIALS)


def _initial_of(char: str) -> str | None:
    """The initial consonant of a precomposed syllable, or None for any other character."""
    code = ord(char)
    if _FIRST_SYLLABLE <= code <= _LAST_SYLLABLE:
        return INITIALS[(code - _FIRST_SYLLABLE) // _SYLLABLES_PER_INITIAL]
    return None


def _fold(char: str) -> str:
    """Lower case, one character for one (a few letters lower to two, which would break positions)."""
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def _prepared(text: str) -> str:
    """Composed syllables (names pasted from some files arrive decomposed), without whitespace."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if not c.isspace())


def initial_consonants(text: str) -> str:
    """Each syllable replaced by its initial consonant, other characters lower-cased, whitespace dropped."""
    return "".join(_initial_of(c) or _fold(c) for c in _prepared(text))


def is_initials_query(query: str) -> bool:
    """Whether *query* is made only of initial consonants (spaces ignored)."""
    letters = _prepared(query)
    return bool(letters) and all(c in _INITIAL_SET for c in letters)


def _char_matches(name_char: str, query_char: str) -> bool:
    if query_char in _INITIAL_SET and _initial_of(name_char) == query_char:
        return True
    return _fold(name_char) == _fold(query_char)


def name_matches(name: str, query: str) -> bool:
    """Whether *query* matches a contiguous run of *name*, a consonant standing for any syllable it begins.

    Whitespace and control characters are ignored on both sides, Latin letters regardless of case; an empty query
    matches every name.
    """
    name_chars = _search_text(name)
    query_chars = _search_text(query)
    last_start = len(name_chars) - len(query_chars)
    return any(
        all(_char_matches(name_chars[start + i], q) for i, q in enumerate(query_chars))
        for start in range(last_start + 1)
    )


def initials_key_for_query(query: str) -> str:
    """The query with each syllable turned into its initial, to prefilter on the stored initials with LIKE.

    Every name that ``name_matches`` the query has this key inside its ``initial_consonants``. The caller
    escapes LIKE wildcards (``%``, ``_``) in it.
    """
    return initial_consonants(query)


#: Name search keys are every run of up to this many characters of a name, in each mixed form (below).
SEARCH_KEY_LENGTH = 3


def _search_text(text: str) -> str:
    """What search compares: composed, whitespace and control characters dropped, letters folded to lower case."""
    return "".join(_fold(c) for c in _prepared(text) if not unicodedata.category(c).startswith("C"))


def _forms(run: str) -> list[str]:
    """*run* with each syllable either kept or replaced by its initial: every way a query may type it."""
    forms = [""]
    for char in run:
        initial = _initial_of(char)
        choices = (char,) if initial is None else (char, initial)
        forms = [form + choice for form in forms for choice in choices]
    return forms


def name_search_keys(name: str) -> frozenset[str]:
    """The keys a name is found by: each run of 1 to ``SEARCH_KEY_LENGTH`` characters in every mixed form.

    "김민수" gives "김", "민", "김민", "김ㅁ", "ㄱ민", "ㄱㅁ", …, "ㄱㅁㅅ". A query of up to three characters is
    then one exact key, whatever mix of syllables and initials it is, so it is one ordered index range. A single
    initial is left out: it would match most names and is not searched (see ``query_too_short``).
    """
    text = _search_text(name)
    keys: set[str] = set()
    for length in range(1, SEARCH_KEY_LENGTH + 1):
        for start in range(len(text) - length + 1):
            keys.update(_forms(text[start : start + length]))
    return frozenset(key for key in keys if not (len(key) == 1 and key in _INITIAL_SET))


def search_text_of_query(query: str) -> str:
    """The query as the keys spell it (composed, folded, no spaces), so a short one is a key by itself."""
    return _search_text(query)


def query_keys(query: str) -> tuple[str, ...]:
    """The keys every name matching *query* has: the query itself when it is short, else its runs.

    For a longer query these are necessary, not sufficient: ``name_matches`` decides. The most telling key (the
    one with most syllables, which are rarer than initials) comes first.
    """
    text = _search_text(query)
    if len(text) <= SEARCH_KEY_LENGTH:
        return (text,) if text else ()
    runs = [text[start : start + SEARCH_KEY_LENGTH] for start in range(len(text) - SEARCH_KEY_LENGTH + 1)]
    return tuple(sorted(dict.fromkeys(runs), key=lambda run: -sum(c not in _INITIAL_SET for c in run)))


def query_too_short(query: str) -> bool:
    """Whether *query* is a single initial consonant ("ㄱ"), which would list most customers."""
    text = _search_text(query)
    return len(text) == 1 and text in _INITIAL_SET
