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
from afirgen.repositories.stations import all_stations, station_by_id
from afirgen.services.access import Actor, stations_in_scope

log = structlog.get_logger(__name__)

TOP_SECTIONS = 20


def dashboard_key(stations: list[int], days: int) -> str:
    scope = ",".join(str(s) for s in sorted(stations))
    return cache_key("stats", "dashboard", f"{scope}:{days}d")


class StatsService:
    def __init__(self, database: Database, cache: Cache) -> None:
        self.database = database
        self.cache = cache

    async def dashboard(
        self, db: AsyncSession, actor: Actor, days: int, station: str | None = None
    ) -> dict[str, Any]:
        """Cache-aside figures of the officer's stations (or the one named)."""
        stations = await stations_in_scope(db, actor, station)
        cached = await self.cache.get(dashboard_key(stations, days))
        if cached is not None:
            return dict(cached)
        return await self._compute_and_cache(db, stations, days)

    async def refresh(self, days: int) -> dict[str, Any]:
        """Recompute each station's figures now (the periodic analytics task)."""
        firs = 0
        async with self.database.transaction(write=False) as db:
            for station in await all_stations(db):
                stats = await self._compute_and_cache(db, [station.id], days)
                firs += sum(stats["firs_by_status"].values())
        return {"days": days, "firs": firs}

    async def _compute_and_cache(
        self, db: AsyncSession, stations: list[int], days: int
    ) -> dict[str, Any]:
        stats = await compute_dashboard(db, stations, days)
        await self.cache.set(dashboard_key(stations, days), stats, DASHBOARD_TTL)
        log.info("stats.dashboard_computed", days=days, stations=len(stations))
        return stats


async def compute_dashboard(db: AsyncSession, stations: list[int], days: int) -> dict[str, Any]:
    now = utcnow()
    since = now - timedelta(days=days)
    sections = await queries.firs_by_section(db, stations, since, TOP_SECTIONS)
    to_registration, to_finalization = await queries.average_delays(db, stations, since)
    return {
        "generated_at": now.isoformat(),
        "days": days,
        "since": since.isoformat(),
        "stations": await station_names(db, stations),
        "firs_by_status": await queries.firs_by_status(db, stations, since),
        "sessions_by_status": await queries.sessions_by_status(db, stations, since),
        "tasks_by_status": await queries.tasks_by_status(db, stations, since),
        "firs_by_section": [
            {"section": cite({"act": a, "section": s, "subsection": sub}), "count": n}
            for a, s, sub, n in sections
        ],
        "firs_by_day": [
            {"day": d, "count": n} for d, n in await queries.firs_by_day(db, stations, since)
        ],
        "avg_seconds_complaint_to_registration": to_registration,
        "avg_seconds_complaint_to_finalization": to_finalization,
    }


async def station_names(db: AsyncSession, stations: list[int]) -> list[dict[str, str | None]]:
    """The stations the figures cover, as their records name them."""
    found = [await station_by_id(db, s) for s in stations[:50]]
    return [
        {"code": s.code, "name": s.name, "district": s.district} for s in found if s is not None
    ]
