"""Writes that guard the cached copies of what they change (see ``infrastructure.cache``).

A repository marks a record's guard before its transaction changes the row, and the
mark is lifted once the transaction ends, committed or not: a reader that read the row
before the commit cannot store it after, and a mark that cannot be made refuses the
write (``CacheUnavailable``) before anything commits.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.database import after_end


async def guard_write(
    db: AsyncSession, cache: Cache, guards: Sequence[str], keys: Sequence[str] = ()
) -> None:
    """Mark ``guards`` written and drop ``keys`` (their copies) now, and again once the
    transaction has ended."""
    guards, keys = tuple(guards), tuple(keys)
    await cache.begin_write(guards, keys)

    async def lift() -> None:
        await cache.end_write(guards, keys)

    after_end(db, lift)
