"""Run one database transaction from a synchronous CLI command."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.infrastructure.database import Database, standalone_transaction
from afirgen.infrastructure.migrate import upgrade

T = TypeVar("T")


def run_in_transaction(
    settings: Settings, work: Callable[[AsyncSession], Awaitable[T]], *, write: bool = True
) -> T:
    """Migrate the embedded SQLite database if needed, then run ``work`` in one transaction."""
    if settings.is_sqlite:
        upgrade(settings.resolved_database_url)

    async def run() -> T:
        async with standalone_transaction(settings, write=write) as db:
            return await work(db)

    return asyncio.run(run())


def run_with_database(settings: Settings, work: Callable[[Database], Awaitable[T]]) -> T:
    """Like :func:`run_in_transaction`, for work that opens its own transactions."""
    if settings.is_sqlite:
        upgrade(settings.resolved_database_url)

    async def run() -> T:
        database = Database(settings)
        try:
            return await work(database)
        finally:
            await database.dispose()

    return asyncio.run(run())
