"""Generate a migration from the difference between db/models.py and the newest migration.

    .venv/bin/python scripts/new_migration.py "add the plan table"

Builds a scratch SQLite database at the current head, lets Alembic compare it with the models, and writes the new
revision into src/toysub_desktop/db/migrations/versions/. Read and tidy the file before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.migrate import alembic_config
from toysub_desktop.db.open import open_database


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_file(Path(folder) / "head.sqlite3"), backup_folder=None)
        try:
            command.revision(alembic_config(db.engine), message=argv[0], autogenerate=True)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
