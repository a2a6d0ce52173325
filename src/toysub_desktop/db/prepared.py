"""Reads prepared once and run on the driver: a Core ``SELECT`` compiled for the backend the first time it runs, then
executed on the database driver's own cursor.

A lookup that finds one customer (a customer number, a whole phone number) reads a few index pages in tens of
microseconds; SQLAlchemy's execution around it (the compiled cache's key, the execution context, the result object,
the events) costs several times that. For these keystroke reads the statement is compiled once per backend (the same
SQL SQLAlchemy would send), its parameters converted by the columns' own types (a date as SQLite stores it), sent
through the pooled connection's driver cursor, and its rows converted back by the selected columns' types. Errors
are the driver's, which ``db.problems.classify`` reads as it reads SQLAlchemy's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Connection, Dialect


@dataclass(frozen=True)
class _Compiled:
    sql: str
    #: Bind names in the order a positional driver (SQLite's "?") takes them; None for a driver that takes names.
    positions: tuple[str, ...] | None
    #: The values of the statement's own binds (a literal in the query), by name.
    defaults: dict[str, Any]
    #: The binds whose type converts a value for the driver (a date, on SQLite), with the conversion.
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]
    #: The selected columns whose driver value is converted (a date SQLite keeps as text), by position.
    converted: tuple[tuple[int, Callable[[Any], Any]], ...]


class PreparedRead:
    """A ``SELECT`` whose every parameter is a plain bind (no expanding ``IN`` list, no literal-rendered value)."""

    def __init__(self, statement: Select[Any]) -> None:
        self.statement = statement
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is not None:
            return found
        compiled = self.statement.compile(dialect=dialect)
        if compiled.literal_execute_params or compiled.post_compile_params:
            raise ValueError("a prepared read takes plain bind parameters only")
        binds = tuple(
            (name, process)
            for bind, name in compiled.bind_names.items()
            if (process := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None
        )
        defaults = {name: bind.effective_value for bind, name in compiled.bind_names.items() if not bind.required}
        converted = tuple(
            (index, process)
            for index, column in enumerate(self.statement.selected_columns)
            if (process := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
        )
        positions = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup is not None else None
        found = _Compiled(str(compiled), positions, defaults, binds, converted)
        self._by_dialect[dialect.name] = found
        return found

    def rows(self, connection: Connection, parameters: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The statement's rows for *parameters* (by bind name), each column converted as SQLAlchemy would."""
        compiled = self._compiled(connection.dialect)
        values = {**compiled.defaults, **parameters}
        for name, process in compiled.binds:
            if values.get(name) is not None:
                values[name] = process(values[name])
        arguments: Any = values if compiled.positions is None else tuple(map(values.__getitem__, compiled.positions))
        # Both drivers (sqlite3, psycopg) run a statement on the connection itself, through a cursor of their own.
        lines = connection.connection.driver_connection.execute(compiled.sql, arguments).fetchall()  # type: ignore[union-attr]
        converted = compiled.converted
        if not converted:
            return lines  # type: ignore[no-any-return]
        result = []
        for line in lines:
            cells = list(line)
            for index, process in converted:
                if cells[index] is not None:
                    cells[index] = process(cells[index])
            result.append(tuple(cells))
        return result
