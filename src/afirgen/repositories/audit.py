"""Audit events: appended under the chain head's row lock, read in pages and chains.

The head row of a chain is created in its own short transaction on
MySQL/MariaDB (as the FIR counters are), so two first events of a station
cannot deadlock on the insert; SQLite's single writer lock makes that moot.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from afirgen.infrastructure.tables import AuditEvent, AuditHead

GENESIS = "0" * 64
CHAIN_BATCH = 5000


async def ensure_head(db: AsyncSession, engine: AsyncEngine, chain: str) -> None:
    """Create the chain's head row if missing. The plain read first takes no lock, so
    only a station's first event needs the extra connection."""
    if await db.scalar(sa.select(AuditHead.last_seq).where(AuditHead.chain == chain)) is not None:
        return
    values = {"chain": chain, "last_seq": 0, "last_hash": GENESIS}
    if engine.dialect.name == "sqlite":
        await db.execute(sqlite.insert(AuditHead).values(values).on_conflict_do_nothing())
        return
    async with engine.begin() as conn:
        await conn.execute(mysql.insert(AuditHead).values(values).prefix_with("IGNORE"))


async def lock_head(db: AsyncSession, chain: str) -> tuple[int, str]:
    """Take the chain's row lock (held until commit); returns the next seq and previous hash."""
    where = AuditHead.chain == chain
    await db.execute(sa.update(AuditHead).where(where).values(last_seq=AuditHead.last_seq + 1))
    row = (await db.execute(sa.select(AuditHead.last_seq, AuditHead.last_hash).where(where))).one()
    return int(row[0]), str(row[1])


async def reserve(db: AsyncSession, chain: str, count: int) -> tuple[int, str]:
    """Lock the chain's head and take ``count`` seqs; returns the first and the previous hash."""
    where = AuditHead.chain == chain
    await db.execute(sa.update(AuditHead).where(where).values(last_seq=AuditHead.last_seq + count))
    row = (await db.execute(sa.select(AuditHead.last_seq, AuditHead.last_hash).where(where))).one()
    return int(row[0]) - count + 1, str(row[1])


async def append_rows(db: AsyncSession, chain: str, rows: list[dict[str, Any]]) -> None:
    """Events (as column values) already chained after the head's hash, in one executemany;
    the head moves to the last."""
    await db.execute(sa.insert(cast(sa.Table, AuditEvent.__table__)), rows)
    last = rows[-1]["hash"]
    await db.execute(sa.update(AuditHead).where(AuditHead.chain == chain).values(last_hash=last))


async def append(db: AsyncSession, event: AuditEvent) -> None:
    db.add(event)
    await db.flush()
    await db.execute(
        sa.update(AuditHead).where(AuditHead.chain == event.chain).values(last_hash=event.hash)
    )


async def heads(db: AsyncSession, chain: str | None = None) -> dict[str, tuple[int, str]]:
    stmt = sa.select(AuditHead.chain, AuditHead.last_seq, AuditHead.last_hash)
    if chain is not None:
        stmt = stmt.where(AuditHead.chain == chain)
    return {str(c): (int(s), str(h)) for c, s, h in (await db.execute(stmt)).all()}


async def chain_events(db: AsyncSession, chain: str) -> AsyncIterator[AuditEvent]:
    """The chain in seq order, in batches (a chain can hold millions of events)."""
    after = 0
    while True:
        stmt = (
            sa.select(AuditEvent)
            .where(AuditEvent.chain == chain, AuditEvent.seq > after)
            .order_by(AuditEvent.seq)
            .limit(CHAIN_BATCH)
        )
        batch = list((await db.execute(stmt)).scalars())
        for event in batch:
            yield event
        if len(batch) < CHAIN_BATCH:
            return
        after = batch[-1].seq
        db.expunge_all()


async def chains_with_events(db: AsyncSession) -> list[str]:
    stmt = sa.select(AuditEvent.chain).distinct()
    return [str(c) for c in (await db.execute(stmt)).scalars()]


async def events_for(db: AsyncSession, object_type: str, object_id: str, action: str) -> int:
    stmt = sa.select(sa.func.count()).where(
        AuditEvent.object_type == object_type,
        AuditEvent.object_id == object_id,
        AuditEvent.action == action,
    )
    return int(await db.scalar(stmt) or 0)


async def finalized_objects(db: AsyncSession) -> dict[str, int]:
    """FIR refs with a ``fir.finalized`` event, and how many such events each has."""
    stmt = (
        sa.select(AuditEvent.object_id, sa.func.count())
        .where(AuditEvent.action == "fir.finalized")
        .group_by(AuditEvent.object_id)
    )
    return {str(o): int(n) for o, n in (await db.execute(stmt)).all()}


async def page(
    db: AsyncSession,
    station_ids: list[int],
    filters: dict[str, Any],
    before_id: int | None,
    limit: int,
) -> list[AuditEvent]:
    """Newest first, within the stations; the cursor is the id of the last event seen."""
    stmt = sa.select(AuditEvent).where(AuditEvent.station_id.in_(station_ids))
    for name in ("action", "officer", "object_type", "object_id"):
        if filters.get(name):
            stmt = stmt.where(getattr(AuditEvent, name) == filters[name])
    since: datetime | None = filters.get("since")
    until: datetime | None = filters.get("until")
    if since:
        stmt = stmt.where(AuditEvent.at >= since)
    if until:
        stmt = stmt.where(AuditEvent.at < until)
    if before_id:
        stmt = stmt.where(AuditEvent.id < before_id)
    stmt = stmt.order_by(AuditEvent.id.desc()).limit(limit + 1)
    return list((await db.execute(stmt)).scalars())


async def in_period(
    db: AsyncSession, station_ids: list[int], start: datetime, end: datetime, limit: int
) -> list[AuditEvent]:
    """The stations' events in ``[start, end)``, oldest first."""
    stmt = (
        sa.select(AuditEvent)
        .where(AuditEvent.station_id.in_(station_ids), AuditEvent.at >= start, AuditEvent.at < end)
        .order_by(AuditEvent.id)
        .limit(limit)
    )
    return list((await db.execute(stmt)).scalars())
