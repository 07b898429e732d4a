"""A state's database: N FIRs across S police stations on MariaDB: the migrations
on that data, the station-scoped reads and the audit verification.

python bench/scale_stations.py [--firs 1000000] [--stations 500] [--events 200000]
    [--samples 500] [--url mysql+asyncmy://root@127.0.0.1:3306/afirgen_scale]
python bench/scale_stations.py --upgrade-only   # time what a database lacks, measure
python bench/scale_stations.py --measure-only   # measure the database it left

It drops and recreates the database named in the URL (``afirgen_scale`` by
default, never the application's), migrates it to 0001 (the seed's schema: one
register), has MariaDB write the FIRs from its sequence engine (100,000 rows a
statement, FULLTEXT indexes dropped during the load and built once after it),
then times each later migration on them one at a time; after 0002 (which puts
every FIR in the default station) the FIRs are dealt round-robin to the
stations. It writes hash-chained audit events, then measures with the cache
off, through the code the API runs: an officer's station list and full-text
search (p95), ``GET`` one FIR through ``FirService.read`` (p99: the row, its
signature check, the JSON the API answers, the audited read), a ``SELECT 1``
round trip as the floor under them all, the chain verification rate, and the
query plans (``ANALYZE``: rows estimated and rows really read).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy.dialects import mysql
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.api.routes.firs import render_fir
from afirgen.bootstrap import build_fir_service
from afirgen.config import Settings
from afirgen.infrastructure.cache import create_cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import alembic_config, upgrade
from afirgen.infrastructure.tables import AuditEvent
from afirgen.repositories.firs import FirRepository, fulltext_search
from afirgen.services.access import Actor, Role
from afirgen.services.audit_trail import event_hash
from bench.common import describe, machine, percentile

LISTED = "id, fir_number, fir_ref, status, station, district, acts_sections, created_at"
YEAR_ONE = 525_600  # minutes in 2023: the first year's numbers run up to it
PLACES = ["Ajmeri Gate", "MI Road", "Sindhi Camp", "Johari Bazaar", "Raja Park", "Malviya Nagar"]
THINGS = ["gold chain", "mobile phone", "motorcycle", "purse", "laptop", "bicycle", "cash"]
ACTS = ["303(2) BNS", "304(2) BNS", "331(4) BNS", "115(2) BNS", "318(4) BNS"]
NAMES = ["Ramesh Kumar", "Sita Devi", "Mohd. Salim", "Anita Sharma", "Gurpreet Singh", "Lakshmi"]

# A FIR a minute from 2023-01-01 in the seed's schema (0001: one register, numbered per
# year), written by MariaDB itself from its sequence engine: no rows cross the wire.
GENERATE = (
    "INSERT INTO fir_records (fir_number, year, sequence, session_id, user_id, station, "
    "district, status, law, acts_sections, complainant_name, place, occurred_from, "
    "complaint_text, summary, fir_content, fields_json, violations_json, missing_fields, "
    "status_history, degraded, created_at, updated_at, finalized_at, finalized_by) "
    "SELECT CONCAT('FIR-', YEAR(at), '-', LPAD(n, 6, '0')), YEAR(at), n, LPAD(seq, 36, '0'), "
    " 'bench', NULL, NULL, IF(seq % 10 < 7, 'finalized', 'pending'), 'BNS', "
    " ELT(1 + seq % 5, {acts}), ELT(1 + seq % 6, {names}), ELT(1 + seq % 6, {places}), "
    " at - INTERVAL 1 DAY, "
    " CONCAT('I, ', ELT(1 + seq % 6, {names}), ', state that near ', "
    "  ELT(1 + (seq DIV 7) % 6, {places}), ' an unknown person took my ', "
    "  ELT(1 + (seq DIV 3) % 7, {things}), ' worth Rs. ', 500 + seq % 89000, "
    "  '. I request that a case be registered and it be recovered. Ref ', seq, '.'), "
    " 'Complaint recorded.', "
    " CONCAT('The complainant reports the loss of a ', ELT(1 + (seq DIV 3) % 7, {things}), "
    "  ' near ', ELT(1 + (seq DIV 7) % 6, {places}), '. Case registered under ', "
    "  ELT(1 + seq % 5, {acts}), '.'), "
    ' \'{{"sections": []}}\', \'{{"law": "BNS", "sections": []}}\', '
    " '{{\"fields\": []}}', '{{\"entries\": []}}', 0, at, at, "
    " IF(seq % 10 < 7, at + INTERVAL 2 HOUR, NULL), IF(seq % 10 < 7, 'bench', NULL) "
    "FROM (SELECT seq, IF(seq < {year_one}, seq, seq - {year_one} + 1) AS n, "
    "  TIMESTAMP('2023-01-01') + INTERVAL (seq * 60) SECOND AS at "
    "  FROM seq_{first}_to_{last}) g"
)


def _quoted(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


async def recreate(url: str) -> None:
    server, name = url.rsplit("/", 1)
    name = name.split("?")[0]
    assert name != "afirgen", "the bench never touches the application database"
    engine = create_async_engine(server + "/?charset=utf8mb4")
    async with engine.begin() as conn:
        await conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        await conn.execute(
            sa.text(f"CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        )
    await engine.dispose()


async def fulltext_indexes(engine: AsyncEngine) -> dict[str, list[str]]:
    """The FULLTEXT indexes of ``fir_records``, by name, with their columns in order."""
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.text(
                    "SELECT index_name, column_name FROM information_schema.statistics "
                    "WHERE table_schema = DATABASE() AND table_name = 'fir_records' "
                    "AND index_type = 'FULLTEXT' ORDER BY index_name, seq_in_index"
                )
            )
        ).all()
    found: dict[str, list[str]] = {}
    for index, column in rows:
        found.setdefault(str(index), []).append(str(column))
    return found


async def generate_firs(engine: AsyncEngine, count: int) -> None:
    """100,000 rows a statement with the FULLTEXT indexes dropped, rebuilt once at the end."""
    started = time.perf_counter()
    indexes = await fulltext_indexes(engine)
    async with engine.begin() as conn:
        for index in indexes:
            await conn.execute(sa.text(f"ALTER TABLE fir_records DROP INDEX {index}"))
    step = 100_000
    for first in range(1, count + 1, step):
        last = min(count, first + step - 1)
        query = GENERATE.format(
            acts=_quoted(ACTS),
            names=_quoted(NAMES),
            places=_quoted(PLACES),
            things=_quoted(THINGS),
            year_one=YEAR_ONE,
            first=first,
            last=last,
        )
        async with engine.begin() as conn:
            await conn.execute(sa.text(query))
        print(f"  {last} FIRs, {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{count} FIRs generated in {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    added = ", ".join(f"ADD FULLTEXT {i} ({', '.join(c)})" for i, c in indexes.items())
    async with engine.begin() as conn:
        await conn.execute(sa.text(f"ALTER TABLE fir_records {added}"))
    print(f"FULLTEXT indexes {sorted(indexes)} built in {time.perf_counter() - started:.0f} s")


async def spread_over_stations(engine: AsyncEngine, stations: int) -> None:
    """Stations in 50 districts; the FIRs of the default station dealt round-robin to them."""
    started = time.perf_counter()
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = [
        {
            "code": f"ST-{n:04d}",
            "name": f"Police Station {n}",
            "district": f"District {n % 50}",
            "state": "Rajasthan",
            "created_at": now,
        }
        for n in range(2, stations + 1)
    ]
    async with engine.begin() as conn:
        await conn.execute(
            sa.text(
                "INSERT INTO police_stations (code, name, district, state, created_at) "
                "VALUES (:code, :name, :district, :state, :created_at)"
            ),
            rows,
        )
        last = int((await conn.execute(sa.text("SELECT MAX(id) FROM fir_records"))).scalar_one())
    for first in range(1, last + 1, 100_000):
        async with engine.begin() as conn:
            await conn.execute(
                sa.text(
                    "UPDATE fir_records f JOIN police_stations s ON s.id = 1 + (f.id % :n) "
                    "SET f.station_id = s.id, f.fir_ref = CONCAT(s.code, '/', f.fir_number), "
                    "f.station = s.name, f.district = s.district "
                    "WHERE f.id BETWEEN :a AND :b"
                ),
                {"n": stations, "a": first, "b": first + 99_999},
            )
    print(f"FIRs spread over {stations} stations in {time.perf_counter() - started:.0f} s")


async def current_revision(engine: AsyncEngine) -> str | None:
    async with engine.connect() as conn:
        found = await conn.execute(sa.text("SELECT version_num FROM alembic_version"))
        return found.scalar_one_or_none()


async def upgrade_each(url: str, stations: int) -> None:
    """Every revision after the database's own, timed one at a time; after 0002 (which
    puts every FIR in the default station) the FIRs are dealt to the stations."""
    script = ScriptDirectory.from_config(alembic_config(url))
    order = [r.revision for r in reversed(list(script.walk_revisions()))]
    engine = create_async_engine(url)
    current = await current_revision(engine)
    for revision in order[order.index(current) + 1 if current else 0 :]:
        started = time.perf_counter()
        await asyncio.to_thread(upgrade, url, revision)
        print(f"migration {revision}: {time.perf_counter() - started:.0f} s", flush=True)
        if revision == "0002":
            await spread_over_stations(engine, stations)
    await engine.dispose()


async def write_audit(engine: AsyncEngine, stations: list[tuple[int, str]], events: int) -> None:
    """Hash-chained events, each chain built in memory and written in bulk."""
    started = time.perf_counter()
    per_station = max(1, events // len(stations))
    at = datetime(2025, 1, 1, tzinfo=UTC)
    for station_id, code in stations:
        rows, prev = [], "0" * 64
        for seq in range(1, per_station + 1):
            event = AuditEvent(
                chain=code,
                seq=seq,
                at=at + timedelta(seconds=seq),
                officer="bench",
                role="sho",
                station_id=station_id,
                action="fir.viewed",
                object_type="fir",
                object_id=f"{code}/FIR-2024-{seq:07d}",
                before_digest=None,
                after_digest=None,
                detail="valid",
                correlation_id=None,
                client="10.0.0.1",
                prev_hash=prev,
            )
            event.hash = event_hash(event)
            prev = event.hash
            row = {c.key: getattr(event, c.key) for c in sa.inspect(AuditEvent).columns}
            row.pop("id")
            row["at"] = row["at"].replace(tzinfo=None)
            rows.append(row)
        async with engine.begin() as conn:
            await conn.execute(sa.insert(AuditEvent.__table__), rows)
            await conn.execute(
                sa.text("INSERT INTO audit_heads VALUES (:c, :s, :h)"),
                {"c": code, "s": per_station, "h": prev},
            )
    total = per_station * len(stations)
    print(f"{total} audit events written in {time.perf_counter() - started:.0f} s")


async def measure(settings: Settings, samples: int) -> None:
    """With the cache off: every read goes to the database, as after a restart."""
    database = Database(settings)
    firs = build_fir_service(settings, database, create_cache(None, 16))
    async with database.engine.connect() as conn:
        stations = (
            await conn.execute(
                sa.text("SELECT id, code, name, district, state FROM police_stations ORDER BY id")
            )
        ).all()
        refs = [
            str(r)
            for r in (
                await conn.execute(
                    sa.text("SELECT fir_ref FROM fir_records ORDER BY RAND() LIMIT :n"),
                    {"n": samples},
                )
            ).scalars()
        ]
    by_code = {s.code: s for s in stations}
    rng = random.Random(3)
    lists, searches, reads, floor = [], [], [], []
    for n in range(samples):
        station = rng.choice(stations)
        async with database.transaction(write=False) as db:
            t = time.perf_counter()
            await db.execute(sa.text("SELECT 1"))  # the round trip every query pays
            floor.append((time.perf_counter() - t) * 1000)
            repo = FirRepository(db, firs.cache)
            t = time.perf_counter()
            await repo._query_page(
                station_ids=[station.id],
                status=None,
                created_from=None,
                created_to=None,
                cursor=None,
                limit=20,
            )
            lists.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await repo.search(rng.choice(THINGS + PLACES), [station.id], 20)
            searches.append((time.perf_counter() - t) * 1000)
        code, number = refs[n % len(refs)].split("/")
        async with database.transaction(write=False) as db:
            t = time.perf_counter()
            await firs.read(db, sho_of(by_code[code]), number, render_fir)
            reads.append((time.perf_counter() - t) * 1000)
        if n % 50 == 49:
            await firs.audit.flush()  # the read events, written apart as the app does
    await firs.audit.flush()
    print(f"SELECT 1 (the floor):     {describe(floor)}")
    print(f"station list (20 newest): {describe(lists)}")
    print(f"station full-text search: {describe(searches)}")
    print(f"GET one FIR (service):    {describe(reads)}")
    print(
        f"p95 list {percentile(lists, 95):.1f} ms, p95 search {percentile(searches, 95):.1f} ms,"
        f" p99 read {percentile(reads, 99):.1f} ms"
    )
    async with database.transaction(write=False) as db:
        t = time.perf_counter()
        reports = await firs.audit.verify(db)
        seconds = time.perf_counter() - t
    checked = sum(r.events for r in reports)
    bad = [r.problem for r in reports if r.problem]
    print(
        f"audit verify: {checked} events in {seconds:.1f} s ({checked / seconds:,.0f}/s), "
        f"problems: {len(bad)}"
    )
    await explain(database.engine, stations[7].id, refs[0])
    await database.dispose()


def searched_sql(station_id: int) -> str:
    """The repository's own full-text statement for one station, as MariaDB receives it."""
    stmt = fulltext_search("chain", [station_id], 20)
    assert stmt is not None
    compiled = stmt.compile(dialect=mysql.dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled).replace("%%", "%")


def sho_of(station: Any) -> Actor:
    return Actor(
        officer_id=0,
        username="bench",
        full_name="Bench SHO",
        role=Role.SHO,
        station_id=station.id,
        station_code=station.code,
        station_name=station.name,
        district=station.district,
        state=station.state,
    )


async def explain(engine: AsyncEngine, station_id: int, ref: str) -> None:
    """``ANALYZE`` runs each query and reports the rows each step really read."""
    queries = {
        "station list": f"SELECT {LISTED} FROM fir_records WHERE station_id = :s "
        "ORDER BY created_at DESC, id DESC LIMIT 21",
        "station search": searched_sql(station_id),
        "one FIR": "SELECT * FROM fir_records WHERE fir_ref = :r",
        "district list": f"SELECT {LISTED} FROM fir_records WHERE station_id IN (:s, :s2) "
        "ORDER BY created_at DESC, id DESC LIMIT 21",
    }
    async with engine.connect() as conn:
        for name, query in queries.items():
            rows = (
                await conn.execute(
                    sa.text("ANALYZE " + query), {"s": station_id, "s2": station_id + 1, "r": ref}
                )
            ).all()
            for row in rows:
                m = row._mapping
                print(
                    f"plan {name}: type={m['type']} key={m['key']} rows={m['rows']} "
                    f"r_rows={m['r_rows']} extra={m['Extra']}"
                )


async def run(args: argparse.Namespace) -> None:
    print(machine())
    if not args.measure_only:
        engine = create_async_engine(args.url)
        if not args.upgrade_only:
            await recreate(args.url)
            await asyncio.to_thread(upgrade, args.url, "0001")
            await generate_firs(engine, args.firs)
        await upgrade_each(args.url, args.stations)
        async with engine.connect() as conn:
            await conn.execute(sa.text("ANALYZE TABLE fir_records"))
            stations = [
                (int(i), str(c))
                for i, c in (
                    await conn.execute(sa.text("SELECT id, code FROM police_stations"))
                ).all()
            ]
            events = (await conn.execute(sa.text("SELECT COUNT(*) FROM audit_events"))).scalar()
        if not events:
            await write_audit(engine, stations, args.events)
        await engine.dispose()
    await measure(bench_settings(args.url), args.samples)


def bench_settings(url: str) -> Settings:
    return Settings(
        environment="test",
        database_url=url,
        data_dir=Path(tempfile.mkdtemp()),
        llm_backend="none",
        log_level="ERROR",
    )


def main() -> None:
    # the stations migration makes its default station from these
    os.environ |= {
        "AFIRGEN_STATION_CODE": "ST-0001",
        "AFIRGEN_STATION": "Police Station 1",
        "AFIRGEN_DISTRICT": "District 1",
        "AFIRGEN_STATE": "Rajasthan",
    }
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--url", default="mysql+asyncmy://root@127.0.0.1:3306/afirgen_scale?charset=utf8mb4"
    )
    parser.add_argument("--firs", type=int, default=1_000_000)
    parser.add_argument("--stations", type=int, default=500)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--measure-only", action="store_true", help="measure an existing database")
    parser.add_argument(
        "--upgrade-only",
        action="store_true",
        help="time the migrations an existing database lacks, then measure",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
