"""Migrations on data that exists when they run: 0007's station-scoped search words
and 0008's missing station details, on SQLite and on MariaDB."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from afirgen.infrastructure.migrate import upgrade
from afirgen.repositories.firs import fulltext_search
from afirgen.text.search_words import station_words
from tests.conftest import BACKENDS, MYSQL_URL, ensure_database, mysql_reachable, unreachable

FIR_AT_0003 = (
    "INSERT INTO fir_records (fir_number, fir_ref, station_id, station_tag, year, sequence, "
    "session_id, user_id, station, district, status, law, acts_sections, complaint_text, "
    "summary, fir_content, fields_json, violations_json, missing_fields, status_history, "
    "degraded, created_at, updated_at) VALUES ('FIR-2025-000001', 'LOCAL-001/FIR-2025-000001', "
    ":station, :tag, 2025, 1, :session, 'asha', 'Police station LOCAL-001', "
    "'unspecified district', 'pending', 'BNS', '303(2) BNS', :complaint, '', :content, '{}', "
    "'{}', '{}', '{}', 0, '2025-05-01 10:00:00', '2025-05-01 10:00:00')"
)


@pytest.fixture(params=BACKENDS)
async def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}"
        return
    reason = await mysql_reachable()
    if reason:
        unreachable(reason)
    name = f"{sa.make_url(MYSQL_URL).database}_m{uuid.uuid4().hex[:6]}"
    url = sa.make_url(MYSQL_URL).set(database=name).render_as_string(hide_password=False)
    await ensure_database(url)
    yield url
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(sa.text(f"DROP DATABASE `{name}`"))
    await engine.dispose()


async def test_existing_firs_and_the_default_station_are_carried_forward(
    empty_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("AFIRGEN_STATION", "AFIRGEN_DISTRICT", "AFIRGEN_STATE"):
        monkeypatch.delenv(name, raising=False)  # 0002 then wrote its stand-ins
    await asyncio.to_thread(upgrade, empty_database, "0003")
    engine = create_async_engine(empty_database)
    complaint = "Meri सोने की chain, a gold chain, was snatched."
    async with engine.begin() as conn:
        station = (await conn.execute(sa.text("SELECT id FROM police_stations"))).scalar_one()
        values = {"station": station, "tag": f"stn{station}x", "session": str(uuid.uuid4())}
        values |= {"complaint": complaint, "content": "Chain snatching near the market."}
        await conn.execute(sa.text(FIR_AT_0003), values)

    await asyncio.to_thread(upgrade, empty_database, "head")
    async with engine.connect() as conn:
        fir = (await conn.execute(sa.text("SELECT id, search_words FROM fir_records"))).one()
        details = (
            await conn.execute(sa.text("SELECT code, name, district, state FROM police_stations"))
        ).one()
        if conn.dialect.name != "sqlite":  # the FULLTEXT index holds the words
            search = fulltext_search("सोने chain", [station], 20)
            assert search is not None
            assert list((await conn.execute(search)).scalars()) == [fir.id]
    await engine.dispose()

    assert fir.search_words == station_words(station, complaint, "Chain snatching near the market.")
    assert f"s{station}_सोने" in fir.search_words.split()
    assert tuple(details) == ("LOCAL-001", None, None, None)
