"""Migration 0008 back-fills the name search keys of the customers a shop already has."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from toysub_desktop.db.open import open_database
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.search import search_customers


def test_customers_registered_before_the_name_keys_are_found_after_the_upgrade(
    db: Database, owner_id: int, database_location: DatabaseLocation, tmp_path: Path
) -> None:
    for name in ("장하은", "이지수", "Kim Ana"):
        register_customer(db, staff_id=owner_id, new=new_customer(name), now=NOW)
    command.downgrade(alembic_config(db.engine), "0007")
    assert not inspect(db.engine).has_table("customer_name_key")
    db.dispose()

    upgraded = open_database(database_location, backup_folder=tmp_path / "backups")
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION

        def found(query: str) -> list[str]:
            return [row.name for row in search_customers(upgraded, query, today=date(2026, 3, 2)).rows]

        assert found("장ㅎ") == ["장하은"]
        assert found("ㅇㅈㅅ") == found("이지") == ["이지수"]
        assert found("ana") == ["Kim Ana"]
        assert found("") == ["Kim Ana", "이지수", "장하은"]
    finally:
        upgraded.dispose()
