"""The SQL of leases (``infrastructure/leases.py``), for any table that has the
``lease_owner`` and ``lease_expires_at`` columns: sessions and background tasks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from afirgen.infrastructure.tables import BackgroundTask, SessionRecord

Leased = type[SessionRecord] | type[BackgroundTask]


def lapsed(table: Leased, now: datetime) -> ColumnElement[bool]:
    """Nobody holds it: never leased, or its holder stopped renewing."""
    return table.lease_expires_at.is_(None) | (table.lease_expires_at < now)


def held_by(table: Leased, owner: str) -> ColumnElement[bool]:
    return table.lease_owner == owner


def held(table: Leased, now: datetime) -> ColumnElement[bool]:
    """Someone holds it: a lease that has not lapsed."""
    return table.lease_owner.is_not(None) & (table.lease_expires_at >= now)


def abandoned(table: Leased, now: datetime, stopped_holder: str | None) -> ColumnElement[bool]:
    """Nobody runs it: lapsed, or still held by ``stopped_holder``, a holder known to
    have stopped (``infrastructure.leases.holder_stopped``)."""
    if stopped_holder is None:
        return lapsed(table, now)
    return lapsed(table, now) | held_by(table, stopped_holder)


def released() -> dict[str, Any]:
    return {"lease_owner": None, "lease_expires_at": None}


async def update_leased(
    db: AsyncSession, table: Leased, key: str, condition: ColumnElement[bool], **values: Any
) -> bool:
    """UPDATE one row by key when ``condition`` holds; True when it did."""
    primary = table.session_id if table is SessionRecord else BackgroundTask.task_id
    stmt = (
        sa.update(table)
        .where(primary == key, condition)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return getattr(await db.execute(stmt), "rowcount", 0) == 1


async def renew(db: AsyncSession, table: Leased, key: str, owner: str, until: datetime) -> bool:
    """Extend the lease if ``owner`` still holds it; False when it was taken over."""
    return await update_leased(db, table, key, held_by(table, owner), lease_expires_at=until)
