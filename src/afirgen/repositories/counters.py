"""FIR number counters: one row per scope and year, incremented under its row lock."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from afirgen.infrastructure.tables import FirCounter


async def ensure_counter(db: AsyncSession, engine: AsyncEngine, scope: str, year: int) -> None:
    """Create the counter row if it is missing.

    On MySQL/MariaDB this runs in its own short transaction, so two first
    registrations of a year cannot deadlock on the insert. SQLite serialises
    writers on one lock that the caller's transaction already holds, so there
    the insert joins the caller's transaction instead.
    """
    values = {"scope": scope, "year": year, "last_value": 0}
    if engine.dialect.name == "sqlite":
        await db.execute(sqlite.insert(FirCounter).values(values).on_conflict_do_nothing())
        return
    async with engine.begin() as conn:
        await conn.execute(mysql.insert(FirCounter).values(values).prefix_with("IGNORE"))


async def next_value(session: AsyncSession, scope: str, year: int) -> int:
    """Increment and read the counter inside the caller's transaction.

    The UPDATE comes first, so the row lock is held until the caller commits:
    concurrent registrations queue behind it and numbers have no gaps.
    """
    where = (FirCounter.scope == scope) & (FirCounter.year == year)
    await session.execute(
        sa.update(FirCounter).where(where).values(last_value=FirCounter.last_value + 1)
    )
    value = await session.scalar(sa.select(FirCounter.last_value).where(where))
    if value is None:
        raise LookupError(f"no FIR counter for {scope!r} {year}")
    return int(value)
