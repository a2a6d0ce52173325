"""Alembic environment: runs on the engine the app hands over (see ``db/migrate.py``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from toysub_desktop.db.models import Base

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("migrations run from toysub_desktop.db.migrate, which passes the engine")

is_sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if is_sqlite:
        # Batch migrations copy tables, so foreign keys are off while they run. The pragma only works outside
        # a transaction, so it goes to the driver's connection before SQLAlchemy begins one.
        driver_connection = connection.connection.driver_connection
        assert driver_connection is not None
        driver_connection.execute("PRAGMA foreign_keys = OFF")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
    )
    try:
        with context.begin_transaction():
            context.run_migrations()
            if is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left rows with broken foreign keys: {broken[:5]}")
        connection.commit()
    finally:
        if is_sqlite:
            # The engine keeps its connections for later sessions: this one must enforce foreign keys again.
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
