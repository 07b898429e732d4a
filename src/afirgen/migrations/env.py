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
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


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
