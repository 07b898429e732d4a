"""Read-only SQL for reports: dashboard aggregations and the FIR register.

Every number is computed by the database (GROUP BY, AVG), never by loading rows
into Python. Sections are counted from ``violations_json`` with the engine's
JSON table function: SQLite ``json_each``, MariaDB/MySQL ``JSON_TABLE``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import BackgroundTask, FirRecord, SessionRecord
from afirgen.repositories.firs import LIST_COLUMNS

REGISTER_LIMIT = 50_000

_SECTIONS_MYSQL = sa.text(
    "SELECT jt.act, jt.section, jt.subsection, COUNT(DISTINCT f.id) AS n "
    "FROM fir_records f, JSON_TABLE(f.violations_json, '$.sections[*]' COLUMNS ("
    " act VARCHAR(32) PATH '$.act',"
    " section VARCHAR(32) PATH '$.section',"
    " subsection VARCHAR(32) PATH '$.subsection')) AS jt "
    "WHERE f.created_at >= :since AND f.station_id IN :stations "
    "GROUP BY jt.act, jt.section, jt.subsection "
    "ORDER BY n DESC, jt.act, jt.section LIMIT :limit"
).bindparams(sa.bindparam("stations", expanding=True))


def _dialect(db: AsyncSession) -> str:
    return db.get_bind().dialect.name


async def count_by(
    db: AsyncSession, table: Any, column: Any, stations: list[int], since: datetime
) -> dict[str, int]:
    stmt = (
        sa.select(column, sa.func.count())
        .where(table.station_id.in_(stations), table.created_at >= since)
        .group_by(column)
    )
    return {str(key): int(n) for key, n in (await db.execute(stmt)).all()}


async def firs_by_status(db: AsyncSession, stations: list[int], since: datetime) -> dict[str, int]:
    return await count_by(db, FirRecord, FirRecord.status, stations, since)


async def sessions_by_status(
    db: AsyncSession, stations: list[int], since: datetime
) -> dict[str, int]:
    return await count_by(db, SessionRecord, SessionRecord.status, stations, since)


async def tasks_by_status(db: AsyncSession, stations: list[int], since: datetime) -> dict[str, int]:
    return await count_by(db, BackgroundTask, BackgroundTask.status, stations, since)


async def firs_by_day(
    db: AsyncSession, stations: list[int], since: datetime
) -> list[tuple[str, int]]:
    day = sa.func.date(FirRecord.created_at)
    stmt = (
        sa.select(day, sa.func.count())
        .where(FirRecord.station_id.in_(stations), FirRecord.created_at >= since)
        .group_by(day)
    ).order_by(day)
    return [(str(d), int(n)) for d, n in (await db.execute(stmt)).all()]


async def firs_by_section(
    db: AsyncSession, stations: list[int], since: datetime, limit: int
) -> list[tuple[str, str, str | None, int]]:
    """(act, section, subsection, FIRs citing it), most cited first."""
    if _dialect(db) == "sqlite":
        return await _sections_sqlite(db, stations, since, limit)
    naive = since.replace(tzinfo=None)
    params = {"since": naive, "limit": limit, "stations": stations}
    rows = await db.execute(_SECTIONS_MYSQL, params)
    return [(a, s, sub or None, int(n)) for a, s, sub, n in rows.all()]


async def _sections_sqlite(
    db: AsyncSession, stations: list[int], since: datetime, limit: int
) -> list[tuple[str, str, str | None, int]]:
    cited = sa.func.json_each(FirRecord.violations_json, "$.sections").table_valued("value")
    act = sa.func.json_extract(cited.c.value, "$.act")
    section = sa.func.json_extract(cited.c.value, "$.section")
    sub = sa.func.json_extract(cited.c.value, "$.subsection")
    n = sa.func.count(sa.distinct(FirRecord.id))
    stmt = (
        sa.select(act, section, sub, n)
        .select_from(FirRecord)
        .join(cited, sa.true())
        .where(FirRecord.station_id.in_(stations), FirRecord.created_at >= since)
        .group_by(act, section, sub)
        .order_by(n.desc(), act, section)
        .limit(limit)
    )
    return [
        (str(a), str(s), sub or None, int(c)) for a, s, sub, c in (await db.execute(stmt)).all()
    ]


async def average_delays(
    db: AsyncSession, stations: list[int], since: datetime
) -> tuple[float | None, float | None]:
    """Mean seconds from complaint (session start) to registration and to finalization."""
    registered = _seconds_between(db, SessionRecord.created_at, FirRecord.created_at)
    finalized = _seconds_between(db, SessionRecord.created_at, FirRecord.finalized_at)
    stmt = (
        sa.select(sa.func.avg(registered), sa.func.avg(finalized))
        .select_from(FirRecord)
        .join(SessionRecord, SessionRecord.session_id == FirRecord.session_id)
        .where(FirRecord.station_id.in_(stations), FirRecord.created_at >= since)
    )
    to_registration, to_finalization = (await db.execute(stmt)).one()
    return _float(to_registration), _float(to_finalization)


def _seconds_between(db: AsyncSession, start: Any, end: Any) -> Any:
    if _dialect(db) == "sqlite":
        return (sa.func.julianday(end) - sa.func.julianday(start)) * 86400.0
    return sa.func.timestampdiff(sa.text("MICROSECOND"), start, end) / 1_000_000.0


def _float(value: Any) -> float | None:
    return round(float(value), 3) if value is not None else None


# who finalized a FIR: the login, and the name and rank it was signed with (format 2 on)
SIGNER_COLUMNS = (
    FirRecord.finalized_by,
    FirRecord.finalized_by_name,
    FirRecord.finalized_by_rank,
    FirRecord.signature_format,
)


async def register_rows(
    db: AsyncSession,
    station_ids: list[int],
    start: datetime,
    end: datetime,
    limit: int = REGISTER_LIMIT,
) -> list[dict[str, Any]]:
    """FIRs of the stations registered in ``[start, end)``, oldest first."""
    stmt = (
        sa.select(*LIST_COLUMNS, *SIGNER_COLUMNS)
        .where(
            FirRecord.station_id.in_(station_ids),
            FirRecord.created_at >= start,
            FirRecord.created_at < end,
        )
        .order_by(FirRecord.created_at, FirRecord.id)
        .limit(limit)
    )
    return [dict(r._mapping) for r in (await db.execute(stmt)).all()]
