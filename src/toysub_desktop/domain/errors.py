"""The one error type that validation raises: which field is wrong and why, in words staff can act on."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: Translation context of every validation message (see ``domain/text.py``).
MESSAGE_CONTEXT = "Validation"


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field.

    ``template`` is the English source text (translated by the UI), with ``{name}`` placeholders filled from
    ``arguments`` after translation.
    """

    field: str
    template: str
    arguments: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        """The source-language message with its arguments filled in."""
        return self.template.format(**self.arguments)


class ValidationError(Exception):
    """Input that cannot be accepted. Nothing has been written when this is raised."""

    def __init__(self, *problems: FieldProblem) -> None:
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems: tuple[FieldProblem, ...] = problems

    @classmethod
    def of(cls, field_name: str, template: str, **arguments: str) -> ValidationError:
        return cls(FieldProblem(field_name, template, arguments))

    def for_field(self, field_name: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field_name), None)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.problems)

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems with field names under *prefix* (``phones[0].number``)."""
        return ValidationError(*(FieldProblem(f"{prefix}.{p.field}", p.template, p.arguments) for p in self.problems))


class ProblemCollector:
    """Collects the problems of several fields so the user sees all of them at once."""

    def __init__(self) -> None:
        self._problems: list[FieldProblem] = []

    @contextmanager
    def checking(self) -> Iterator[None]:
        try:
            yield
        except ValidationError as error:
            self._problems.extend(error.problems)

    def add(self, field_name: str, template: str, **arguments: str) -> None:
        self._problems.append(FieldProblem(field_name, template, arguments))

    def raise_if_any(self) -> None:
        if self._problems:
            raise ValidationError(*self._problems)


REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
