"""Police stations and officers: lookups by code, username and district."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import Officer, PoliceStation


async def add_station(db: AsyncSession, station: PoliceStation) -> PoliceStation:
    db.add(station)
    await db.flush()
    return station


async def station_by_code(db: AsyncSession, code: str) -> PoliceStation | None:
    stmt = sa.select(PoliceStation).where(PoliceStation.code == code)
    return (await db.execute(stmt)).scalar_one_or_none()


async def station_by_id(db: AsyncSession, station_id: int) -> PoliceStation | None:
    return await db.get(PoliceStation, station_id)


async def all_stations(db: AsyncSession) -> list[PoliceStation]:
    stmt = sa.select(PoliceStation).order_by(PoliceStation.code)
    return list((await db.execute(stmt)).scalars())


async def district_station_ids(db: AsyncSession, state: str, district: str) -> list[int]:
    stmt = sa.select(PoliceStation.id).where(
        PoliceStation.state == state, PoliceStation.district == district
    )
    return [int(i) for i in (await db.execute(stmt)).scalars()]


async def add_officer(db: AsyncSession, officer: Officer) -> Officer:
    db.add(officer)
    await db.flush()
    return officer


async def officer_by_username(
    db: AsyncSession, username: str, *, for_update: bool = False
) -> Officer | None:
    stmt = sa.select(Officer).where(Officer.username == username)
    if for_update:
        stmt = stmt.with_for_update()
    return (await db.execute(stmt)).scalar_one_or_none()


async def officer_with_station(
    db: AsyncSession, officer_id: int
) -> tuple[Officer, PoliceStation] | None:
    stmt = (
        sa.select(Officer, PoliceStation)
        .join(PoliceStation, PoliceStation.id == Officer.station_id)
        .where(Officer.id == officer_id)
    )
    row = (await db.execute(stmt)).one_or_none()
    return (row[0], row[1]) if row is not None else None


async def all_officers(db: AsyncSession) -> list[tuple[Officer, PoliceStation]]:
    stmt = (
        sa.select(Officer, PoliceStation)
        .join(PoliceStation, PoliceStation.id == Officer.station_id)
        .order_by(PoliceStation.code, Officer.username)
    )
    return [(o, s) for o, s in (await db.execute(stmt)).all()]
