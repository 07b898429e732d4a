"""Review sessions: the database is the truth, the cache a copy for polling.

Writes use an optimistic version check so two API processes working on the
same session cannot overwrite each other's decisions. The generation of a
``processing`` session is held under a lease (``repositories/leases.py``);
lease changes do not move the version the officer reviews. Every change of
what the status shows guards the session's cached copy (``cache_guard``), so a
poll that read the row before a change committed never stores it after.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from afirgen.infrastructure.cache import SESSION_TTL, Cache, cache_key
from afirgen.infrastructure.tables import SessionRecord, utcnow
from afirgen.repositories import leases
from afirgen.repositories.cache_guard import guard_write


def session_cache_key(session_id: str) -> str:
    return cache_key("session", "data", session_id)


def session_guard(session_id: str) -> str:
    return f"session:{session_id}"


def snapshot(record: SessionRecord) -> dict[str, Any]:
    return {
        "session_id": record.session_id,
        "status": record.status,
        "current_step": record.current_step,
        "version": record.version,
        "error": record.error,
        "user_id": record.user_id,
        "station_id": record.station_id,
        "data": record.data,
        "created_at": record.created_at.isoformat(),
        "updated_at": record.updated_at.isoformat(),
    }


class SessionRepository:
    def __init__(self, db: AsyncSession, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    async def add(self, record: SessionRecord) -> None:
        """A new session: no copy of it can exist (a poll before the commit finds none)."""
        self.db.add(record)
        await self.db.flush()

    async def get(self, session_id: str, *, for_update: bool = False) -> SessionRecord | None:
        stmt = sa.select(SessionRecord).where(SessionRecord.session_id == session_id)
        if for_update:
            stmt = stmt.with_for_update()
        return (await self.db.execute(stmt)).scalar_one_or_none()

    async def get_snapshot(self, session_id: str) -> dict[str, Any] | None:
        """Cache-aside read of the session as the status endpoint shows it.

        A process-local cache never sees what another instance on the same
        database wrote (a step it generated, a generation it took over), so its
        copy is served only while the row's version is still the copy's.
        """
        key = session_cache_key(session_id)
        cached = await self.cache.get(key)
        if cached is not None and (self.cache.shared or await self._is_current(cached)):
            return dict(cached)
        ticket = await self.cache.ticket(session_guard(session_id))
        record = await self.get(session_id)
        if record is None:
            return None
        data = snapshot(record)
        await self.cache.set_if_unchanged(ticket, key, data, SESSION_TTL)
        return data

    async def _is_current(self, cached: dict[str, Any]) -> bool:
        stmt = sa.select(SessionRecord.version).where(
            SessionRecord.session_id == cached["session_id"]
        )
        return bool((await self.db.execute(stmt)).scalar_one_or_none() == cached["version"])

    async def save(
        self, record: SessionRecord, *, holder: str | None = None, **changes: Any
    ) -> bool:
        """Write ``changes`` if nobody else changed the session since it was read
        (and, with ``holder``, if that lease still holds its generation)."""
        changes.setdefault("updated_at", utcnow())
        await self._guard(record.session_id)
        unchanged = SessionRecord.version == record.version
        if holder is not None:
            unchanged &= leases.held_by(SessionRecord, holder)
        stmt = (
            sa.update(SessionRecord)
            .where(SessionRecord.session_id == record.session_id, unchanged)
            .values(version=record.version + 1, **changes)
            .execution_options(synchronize_session=False)
        )
        result = await self.db.execute(stmt)
        if getattr(result, "rowcount", 0) != 1:
            return False
        # the row is written already: update the loaded object without dirtying it
        for name, value in changes.items():
            set_committed_value(record, name, value)
        set_committed_value(record, "version", record.version + 1)
        return True

    async def claim_generation(
        self, session_id: str, sent_as: str, owner: str, until: datetime
    ) -> bool:
        """Hold a ``processing`` session's generation as ``owner``: its lease is still the
        one it was sent under (``sent_as``), or lapsed."""
        free = leases.held_by(SessionRecord, sent_as) | leases.lapsed(SessionRecord, utcnow())
        return await leases.update_leased(
            self.db,
            SessionRecord,
            session_id,
            (SessionRecord.status == "processing") & free,
            lease_owner=owner,
            lease_expires_at=until,
        )

    async def renew_lease(self, session_id: str, owner: str, until: datetime) -> bool:
        return await leases.renew(self.db, SessionRecord, session_id, owner, until)

    async def lapsed_generations(
        self, now: datetime, limit: int = 100
    ) -> list[tuple[str, str | None]]:
        """``processing`` sessions whose generation nobody holds, with their last holder."""
        stmt = (
            sa.select(SessionRecord.session_id, SessionRecord.lease_owner)
            .where(SessionRecord.status == "processing", leases.lapsed(SessionRecord, now))
            .order_by(SessionRecord.lease_expires_at)
            .limit(limit)
        )
        return [(session_id, owner) for session_id, owner in await self.db.execute(stmt)]

    async def held_generations(self, now: datetime, limit: int = 100) -> list[tuple[str, str]]:
        """``processing`` sessions whose generation is held (its lease has not lapsed),
        with their holder."""
        stmt = (
            sa.select(SessionRecord.session_id, SessionRecord.lease_owner)
            .where(SessionRecord.status == "processing", leases.held(SessionRecord, now))
            .order_by(SessionRecord.lease_expires_at)
            .limit(limit)
        )
        return [(session_id, str(owner)) for session_id, owner in await self.db.execute(stmt)]

    async def take_over_generation(
        self,
        session_id: str,
        lease: dict[str, Any],
        now: datetime,
        stopped_holder: str | None = None,
        *,
        counted: bool = True,
    ) -> int | None:
        """Take over a generation nobody runs (its lease lapsed, or its holder is
        ``stopped_holder``) under ``lease``: the takeovers so far (``counted``: this one
        included), or None when it is held."""
        abandoned = leases.abandoned(SessionRecord, now, stopped_holder)
        takeovers = SessionRecord.takeovers + (1 if counted else 0)
        won = await leases.update_leased(
            self.db,
            SessionRecord,
            session_id,
            (SessionRecord.status == "processing") & abandoned,
            takeovers=takeovers,
            **lease,
        )
        if not won:
            return None
        stmt = sa.select(SessionRecord.takeovers).where(SessionRecord.session_id == session_id)
        return int((await self.db.execute(stmt)).scalar_one())

    async def expire_idle(
        self, statuses: tuple[str, ...], before: datetime, note: str
    ) -> list[str]:
        """Mark open sessions idle since ``before`` expired; their cached copies go."""
        idle = (SessionRecord.status.in_(statuses)) & (SessionRecord.updated_at < before)
        ids = list(
            (await self.db.execute(sa.select(SessionRecord.session_id).where(idle))).scalars()
        )
        if not ids:
            return []
        await self._guard(*ids)
        stmt = (
            sa.update(SessionRecord)
            .where(SessionRecord.session_id.in_(ids), idle)
            .values(
                status="expired",
                error=note,
                version=SessionRecord.version + 1,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        await self.db.execute(stmt)
        return ids

    async def awaiting_since(
        self, before: datetime, after: datetime, limit: int = 200
    ) -> list[SessionRecord]:
        """Sessions waiting for the officer since between ``after`` and ``before``."""
        stmt = (
            sa.select(SessionRecord)
            .where(
                SessionRecord.status == "awaiting_validation",
                SessionRecord.updated_at < before,
                SessionRecord.updated_at >= after,
            )
            .order_by(SessionRecord.updated_at)
            .limit(limit)
        )
        return list((await self.db.execute(stmt)).scalars())

    async def open_for_stations(
        self, station_ids: list[int], step: str | None = None, limit: int = 50
    ) -> list[SessionRecord]:
        """Open sessions of these stations (optionally at one step), newest first."""
        stmt = sa.select(SessionRecord).where(
            SessionRecord.station_id.in_(station_ids),
            SessionRecord.status.in_(("processing", "awaiting_validation")),
        )
        if step is not None:
            stmt = stmt.where(SessionRecord.current_step == step)
        stmt = stmt.order_by(SessionRecord.updated_at.desc()).limit(limit)
        return list((await self.db.execute(stmt)).scalars())

    async def _guard(self, *session_ids: str) -> None:
        """Before a change of these sessions: their copies go, and none read before the
        commit is stored after it (``CacheUnavailable`` when that cannot be made sure)."""
        guards = [session_guard(i) for i in session_ids]
        await guard_write(self.db, self.cache, guards, [session_cache_key(i) for i in session_ids])
