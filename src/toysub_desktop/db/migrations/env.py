"""Alembic environment: runs on the engine the app hands over (see ``db/migrate.py``).

The whole upgrade (or downgrade) is one transaction, on SQLite too: SQLite's DDL is transactional, but Alembic
assumes it is not and would commit after each migration, so a failure or a kill in the fifth one left the file
at the fourth. ``transactional_ddl=True`` makes it wrap every step in one transaction. The engine hands BEGIN
and COMMIT to SQLAlchemy alone (the driver's own transaction handling is off, ``isolation_level = None``, see
``db/engine.py``), so nothing commits behind Alembic's back; the transaction begins IMMEDIATE, holding the write
lock from the start, so a second copy of the app starting at the same moment waits for it instead of migrating
the same file again.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from toysub_desktop.db.engine import write_options
from toysub_desktop.db.models import Base

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("migrations run from toysub_desktop.db.migrate, which passes the engine")

is_sqlite = engine.dialect.name == "sqlite"

with engine.connect() as plain_connection:
    connection = plain_connection.execution_options(**write_options(engine))
    if is_sqlite:
        # Batch migrations copy tables, so foreign keys are off while they run. The pragma has no effect inside a
        # transaction, so it goes to the driver's connection before SQLAlchemy begins one.
        driver_connection = connection.connection.driver_connection
        assert driver_connection is not None
        driver_connection.execute("PRAGMA foreign_keys = OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
        transactional_ddl=True,
        transaction_per_migration=False,
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
            if is_sqlite:
                # Checked before COMMIT: rows a migration left pointing nowhere undo the whole upgrade.
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left rows with broken foreign keys: {broken[:5]}")
    finally:
        if is_sqlite:
            # The engine keeps its connections for later sessions: this one must enforce foreign keys again.
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
