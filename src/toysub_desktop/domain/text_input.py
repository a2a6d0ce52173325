"""The one boundary every typed or pasted text passes before a service uses it.

A paste from a web page, a spreadsheet or a messenger can carry characters nobody sees: a NUL, an escape, a
lone surrogate. PostgreSQL refuses some of them outright and SQLite stores them, so the same input would crash
one counter and be kept by another. Here every text is put in one form (Unicode NFC), characters that cannot be
typed are refused with a message beside the field (in a search they are dropped), and its length is checked
against the same limit the database column has (``db/models.py`` takes its lengths from these constants), so
both backends give the same answer before anything is written.
"""

from __future__ import annotations

import unicodedata

from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Validation",
    "This text contains an invisible control character ({code}), usually from a paste. Delete it or type the text "
    "again.",
)
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Keep this to {limit} characters or fewer (it has {length}).")

#: A one-line note on a step or a change (a move, a pause, a state change), and a reason for a correction.
NOTE_MAX = 300
#: Free notes kept in a ``Text`` column (a customer's notes): about a page, enough for any real note.
LONG_NOTE_MAX = 2000

#: Whitespace that a one-line field turns into a space (a line break pasted into a one-line field is harmless).
_ONE_LINE_SPACES = frozenset("\t\n\r\x0b\x0c\x85\u2028\u2029")
#: Whitespace a multi-line note keeps (carriage returns are first made line breaks).
_MULTI_LINE_SPACES = frozenset("\t\n")


def is_refused_character(char: str, *, allowed: frozenset[str] = frozenset()) -> bool:
    """A character no keyboard types: a control character (C0, DEL, C1) or half of a surrogate pair."""
    return char not in allowed and unicodedata.category(char) in ("Cc", "Cs")


def first_refused_character(text: str, *, allowed: frozenset[str] = frozenset()) -> str | None:
    return next((c for c in text if is_refused_character(c, allowed=allowed)), None)


def _refuse_controls(text: str, allowed: frozenset[str], field: str) -> None:
    found = first_refused_character(text, allowed=allowed)
    if found is not None:
        raise ValidationError.of(field, CONTROL_CHARACTER, code=f"U+{ord(found):04X}")


def check_length(text: str, limit: int, *, field: str) -> str:
    if len(text) > limit:
        raise ValidationError.of(field, TOO_LONG, limit=str(limit), length=str(len(text)))
    return text


def clean_line(text: str, *, field: str, limit: int, required: bool = False, required_message: str = REQUIRED) -> str:
    """One line of text as typed: NFC, runs of spaces and line breaks made one space, ends trimmed.

    Control characters other than line breaks and tabs are refused; so is more than *limit* characters, and an
    empty text when *required* (with *required_message*).
    """
    normal = unicodedata.normalize("NFC", text)
    _refuse_controls(normal, _ONE_LINE_SPACES, field)
    clean = " ".join(normal.split())
    if required and not clean:
        raise ValidationError.of(field, required_message)
    return check_length(clean, limit, field=field)


def clean_lines(text: str, *, field: str, limit: int, required: bool = False, required_message: str = REQUIRED) -> str:
    """A note that may span lines: NFC, line breaks made ``\\n``, trailing spaces of each line and blank lines at
    either end removed. Control characters other than line breaks and tabs are refused, and so is more than
    *limit* characters."""
    normal = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    _refuse_controls(normal, _MULTI_LINE_SPACES, field)
    clean = "\n".join(line.rstrip() for line in normal.split("\n")).strip()
    if required and not clean:
        raise ValidationError.of(field, required_message)
    return check_length(clean, limit, field=field)


def clean_search(text: str) -> str:
    """What a search looks for: NFC, control characters dropped (a search never refuses), spaces made one.

    A search of nothing but invisible characters is the empty search."""
    normal = unicodedata.normalize("NFC", text)
    if normal.isprintable():  # no control character, line break or tab (all unprintable): the usual keystroke
        return " ".join(normal.split())
    kept = "".join(
        " " if c in _ONE_LINE_SPACES else c for c in normal if not is_refused_character(c, allowed=_ONE_LINE_SPACES)
    )
    return " ".join(kept.split())
