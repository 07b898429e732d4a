"""Dashboard statistics, computed by the database and cached for five minutes.

Counts of FIRs and sessions by status, FIRs by section of law and by day, the
background tasks by status, and the mean time from complaint to FIR (to
registration and to finalization), over the last ``days`` days.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.cache import DASHBOARD_TTL, Cache, cache_key
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.tables import utcnow
from afirgen.pipeline.assemble import cite
from afirgen.repositories import reports as queries

log = structlog.get_logger(__name__)

TOP_SECTIONS = 20


def dashboard_key(days: int) -> str:
    return cache_key("stats", "dashboard", f"all:{days}d")


class StatsService:
    def __init__(self, database: Database, cache: Cache) -> None:
        self.database = database
        self.cache = cache

    async def dashboard(self, db: AsyncSession, days: int) -> dict[str, Any]:
        """Cache-aside: the cached figures while fresh, else computed and cached."""
        cached = await self.cache.get(dashboard_key(days))
        if cached is not None:
            return dict(cached)
        return await self._compute_and_cache(db, days)

    async def refresh(self, days: int) -> dict[str, Any]:
        """Recompute now (the periodic analytics task keeps the cache warm)."""
        async with self.database.transaction(write=False) as db:
            stats = await self._compute_and_cache(db, days)
        return {"days": days, "firs": sum(stats["firs_by_status"].values())}

    async def _compute_and_cache(self, db: AsyncSession, days: int) -> dict[str, Any]:
        stats = await compute_dashboard(db, days)
        await self.cache.set(dashboard_key(days), stats, DASHBOARD_TTL)
        log.info("stats.dashboard_computed", days=days)
        return stats


async def compute_dashboard(db: AsyncSession, days: int) -> dict[str, Any]:
    now = utcnow()
    since = now - timedelta(days=days)
    sections = await queries.firs_by_section(db, since, TOP_SECTIONS)
    to_registration, to_finalization = await queries.average_delays(db, since)
    return {
        "generated_at": now.isoformat(),
        "days": days,
        "since": since.isoformat(),
        "firs_by_status": await queries.firs_by_status(db, since),
        "sessions_by_status": await queries.sessions_by_status(db, since),
        "tasks_by_status": await queries.tasks_by_status(db, since),
        "firs_by_section": [
            {"section": cite({"act": a, "section": s, "subsection": sub}), "count": n}
            for a, s, sub, n in sections
        ],
        "firs_by_day": [{"day": d, "count": n} for d, n in await queries.firs_by_day(db, since)],
        "avg_seconds_complaint_to_registration": to_registration,
        "avg_seconds_complaint_to_finalization": to_finalization,
    }
