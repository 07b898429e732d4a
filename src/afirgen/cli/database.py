"""Run one database transaction from a synchronous CLI command."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.infrastructure.database import standalone_transaction
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
