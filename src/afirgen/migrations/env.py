"""Alembic environment: async engine from settings, FULLTEXT/FTS5 objects ignored
by autogenerate because they are written by hand in the migrations."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic import context
from sqlalchemy.engine import Connection

from afirgen.config import get_settings
from afirgen.infrastructure.database import create_engine
from afirgen.infrastructure.tables import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj: Any, name: str | None, type_: str, *_: Any) -> bool:
    if type_ == "index" and name and name.startswith("ft_"):
        return False
    return not (type_ == "table" and name and name.startswith("fir_records_fts"))


def run_migrations(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite changes a column by rebuilding its table (batch mode), and with foreign
        # keys on, a table others point at cannot be dropped: they are off during the
        # migrations and checked after them, as SQLite's procedure for schema changes says
        _sqlite_pragma(connection, "PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=sqlite,
    )
    with context.begin_transaction():
        context.run_migrations()
    if sqlite:
        broken = _sqlite_pragma(connection, "PRAGMA foreign_key_check")
        _sqlite_pragma(connection, "PRAGMA foreign_keys=ON")
        if broken:
            raise RuntimeError(f"the migrations left rows with no parent: {broken[:5]}")


def _sqlite_pragma(connection: Connection, pragma: str) -> list[Any]:
    """Run outside any transaction (inside one, SQLite ignores ``foreign_keys``)."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(pragma)
        return list(cursor.fetchall())
    finally:
        cursor.close()


async def run_async() -> None:
    settings = get_settings()
    url = config.get_main_option("sqlalchemy.url")
    if url:
        settings = settings.model_copy(update={"database_url": url})
    engine = create_engine(settings)
    async with engine.connect() as connection:
        await connection.run_sync(run_migrations)
    await engine.dispose()


asyncio.run(run_async())
