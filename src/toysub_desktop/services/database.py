"""The database as the UI sees it: where it is, opening it, the handle every service takes, and its problems.

The UI imports nothing from ``toysub_desktop.db``: it names the database, opens it and catches what can go wrong
with it through this module, so the services stay the one way in.
"""

from __future__ import annotations

from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation, location_from
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind

__all__ = [
    "Database",
    "DatabaseLocation",
    "DatabaseProblem",
    "ProblemKind",
    "location_from",
    "open_database",
]
