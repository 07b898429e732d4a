"""A state's database: N FIRs across S police stations on MariaDB, and how the
station-scoped reads, the audit verification and the stations migration fare.

python bench/scale_stations.py [--firs 1000000] [--stations 500] [--events 200000]
    [--url mysql+asyncmy://root@127.0.0.1:3306/afirgen_scale]

It drops and recreates the database named in the URL (``afirgen_scale`` by
default, never the application's), migrates it to 0001, writes the FIRs in
bulk (multi-row INSERTs, FULLTEXT indexes built once afterwards), times the
0002 migration on them, spreads them over the stations, writes hash-chained
audit events, then measures with the cache off: an officer's station list and
full-text search (p95), one FIR by number (p99), the chain verification rate,
and prints the query plans.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.config import Settings
from afirgen.infrastructure.cache import create_cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import AuditEvent
from afirgen.repositories.firs import FirRepository
from afirgen.services.audit_trail import AuditTrail, event_hash
from bench.common import describe, machine, percentile

BATCH = 2000
LISTED = "id, fir_number, fir_ref, status, station, district, acts_sections, created_at"
PLACES = ["Ajmeri Gate", "MI Road", "Sindhi Camp", "Johari Bazaar", "Raja Park", "Malviya Nagar"]
THINGS = ["gold chain", "mobile phone", "motorcycle", "purse", "laptop", "bicycle", "cash"]
ACTS = [
    ("303(2) BNS", "theft"),
    ("304(2) BNS", "snatching"),
    ("331(4) BNS", "house-breaking by night"),
    ("115(2) BNS", "voluntarily causing hurt"),
    ("318(4) BNS", "cheating"),
]
NAMES = ["Ramesh Kumar", "Sita Devi", "Mohd. Salim", "Anita Sharma", "Gurpreet Singh", "Lakshmi"]


def complaint(rng: random.Random, n: int) -> tuple[str, str, str]:
    place, thing, name = rng.choice(PLACES), rng.choice(THINGS), rng.choice(NAMES)
    section, offence = rng.choice(ACTS)
    text = (
        f"I, {name}, state that on the evening of the {n % 28 + 1}th near {place} "
        f"an unknown person took my {thing} worth Rs. {rng.randint(500, 90000)}. "
        f"I request that a case of {offence} be registered and the {thing} recovered."
    )
    narrative = (
        f"The complainant {name} reports the {offence} of a {thing} near {place}; "
        f"the value is stated in the complaint. Case registered under {section}."
    )
    return text, narrative, section


def fir_row(rng: random.Random, n: int, start: datetime) -> dict[str, Any]:
    """A realistic FIR in the 0001 schema (before stations existed)."""
    text, narrative, section = complaint(rng, n)
    created = start + timedelta(seconds=n * 30)
    year = created.year
    finalized = rng.random() < 0.7
    return {
        "fir_number": f"FIR-{year}-{n:07d}"[:32],
        "year": year,
        "sequence": n,
        "session_id": f"{n:036d}",
        "user_id": "bench",
        "station": None,
        "district": None,
        "status": "finalized" if finalized else "pending",
        "law": "BNS",
        "acts_sections": section,
        "complainant_name": text.split(",")[1].strip(),
        "place": None,
        "occurred_from": created - timedelta(days=1),
        "occurred_to": None,
        "complaint_text": text,
        "summary": narrative[:120],
        "fir_content": narrative,
        "fields_json": json.dumps({"fir_number": n, "sections": [section]}),
        "violations_json": json.dumps(
            {"law": "BNS", "sections": [{"act": "BNS", "section": section}]}
        ),
        "missing_fields": '{"fields": []}',
        "status_history": '{"entries": []}',
        "degraded": False,
        "signature": None,
        "created_at": created,
        "updated_at": created,
        "finalized_at": created + timedelta(hours=2) if finalized else None,
        "finalized_by": "bench" if finalized else None,
    }


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


async def load_firs(engine: AsyncEngine, count: int) -> float:
    """Multi-row INSERTs with the FULLTEXT indexes dropped, rebuilt once at the end."""
    started = time.perf_counter()
    async with engine.begin() as conn:
        for index in ("ft_fir_all", "ft_fir_content", "ft_complaint_text"):
            await conn.execute(sa.text(f"ALTER TABLE fir_records DROP INDEX {index}"))
    metadata = sa.MetaData()
    async with engine.connect() as conn:
        table = await conn.run_sync(lambda c: sa.Table("fir_records", metadata, autoload_with=c))
    rng, start = random.Random(9), datetime(2024, 1, 1, tzinfo=UTC)
    for first in range(1, count + 1, BATCH):
        rows = [fir_row(rng, n, start) for n in range(first, min(first + BATCH, count + 1))]
        for row in rows:
            for key in ("created_at", "updated_at", "occurred_from", "finalized_at"):
                if row[key] is not None:
                    row[key] = row[key].replace(tzinfo=None)
        async with engine.begin() as conn:
            await conn.execute(table.insert(), rows)
        if first % 100_000 == 1:
            print(f"  {first - 1} FIRs written, {time.perf_counter() - started:.0f} s", flush=True)
    loaded = time.perf_counter() - started
    print(f"rows written in {loaded:.0f} s ({count / loaded:,.0f}/s)")
    indexed = time.perf_counter()
    async with engine.begin() as conn:
        await conn.execute(
            sa.text("ALTER TABLE fir_records ADD FULLTEXT ft_complaint_text (complaint_text)")
        )
        await conn.execute(
            sa.text("ALTER TABLE fir_records ADD FULLTEXT ft_fir_content (fir_content)")
        )
        await conn.execute(
            sa.text("ALTER TABLE fir_records ADD FULLTEXT ft_fir_all (complaint_text, fir_content)")
        )
    print(f"FULLTEXT indexes built in {time.perf_counter() - indexed:.0f} s")
    return time.perf_counter() - started


GENERATE = (
    "INSERT INTO fir_records (fir_number, fir_ref, station_id, station_tag, year, sequence, "
    "session_id, user_id, station, district, status, law, acts_sections, complainant_name, place, "
    "occurred_from, complaint_text, summary, fir_content, fields_json, violations_json, "
    "missing_fields, status_history, degraded, created_at, updated_at, finalized_at, "
    "finalized_by) "
    "SELECT CONCAT('FIR-2024-', LPAD(n, 6, '0')), CONCAT(s.code, '/FIR-2024-', LPAD(n, 6, '0')), "
    " s.id, CONCAT('stn', s.id, 'x'), 2024, n, LPAD(seq, 36, '0'), 'bench', s.name, s.district, "
    " IF(seq % 10 < 7, 'finalized', 'pending'), 'BNS', ELT(1 + seq % 5, {acts}), "
    " ELT(1 + seq % 6, {names}), ELT(1 + seq % 6, {places}), at - INTERVAL 1 DAY, "
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
    "FROM (SELECT seq, 1 + (seq - 1) DIV :stations AS n, 1 + (seq - 1) % :stations AS sid, "
    "  TIMESTAMP('2024-01-01') + INTERVAL (seq * 30) SECOND AS at "
    "  FROM seq_{first}_to_{last}) g JOIN police_stations s ON s.id = g.sid"
)


def _quoted(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


async def generate_firs(engine: AsyncEngine, count: int, stations: int) -> None:
    """Server-side generation from MariaDB's sequence engine: no rows cross the wire."""
    started = time.perf_counter()
    async with engine.begin() as conn:
        for index in ("ft_fir_all", "ft_fir_content", "ft_complaint_text"):
            await conn.execute(sa.text(f"ALTER TABLE fir_records DROP INDEX {index}"))
    step = 100_000
    for first in range(1, count + 1, step):
        last = min(count, first + step - 1)
        query = GENERATE.format(
            acts=_quoted([a for a, _ in ACTS]),
            names=_quoted(NAMES),
            places=_quoted(PLACES),
            things=_quoted(THINGS),
            first=first,
            last=last,
        )
        async with engine.begin() as conn:
            await conn.execute(sa.text(query), {"stations": stations})
        print(f"  {last} FIRs, {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{count} FIRs generated in {time.perf_counter() - started:.0f} s")
    await build_fulltext(engine)


async def build_fulltext(engine: AsyncEngine) -> None:
    started = time.perf_counter()
    async with engine.begin() as conn:
        await conn.execute(
            sa.text(
                "ALTER TABLE fir_records ADD FULLTEXT ft_complaint_text (complaint_text), "
                "ADD FULLTEXT ft_fir_content (fir_content), "
                "ADD FULLTEXT ft_fir_all (complaint_text, fir_content, station_tag)"
            )
        )
    print(f"FULLTEXT indexes built in {time.perf_counter() - started:.0f} s", flush=True)


async def add_stations(engine: AsyncEngine, stations: int) -> None:
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


async def spread_over_stations(engine: AsyncEngine, stations: int) -> None:
    """Stations in 50 districts, one SHO each; FIRs dealt round-robin to them."""
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
        await conn.execute(
            sa.text(
                "UPDATE fir_records f JOIN police_stations s ON s.id = 1 + (f.id % :n) "
                "SET f.station_id = s.id, f.fir_ref = CONCAT(s.code, '/', f.fir_number), "
                "f.station = s.name, f.district = s.district"
            ),
            {"n": stations},
        )
    print(f"FIRs spread over {stations} stations in {time.perf_counter() - started:.0f} s")


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
    database = Database(settings)
    cache = create_cache(None, 16)
    engine = database.engine
    async with engine.connect() as conn:
        stations = [
            (int(i), str(c))
            for i, c in (
                await conn.execute(sa.text("SELECT id, code FROM police_stations ORDER BY id"))
            ).all()
        ]
        refs = [
            str(r)
            for r in (
                await conn.execute(
                    sa.text("SELECT fir_ref FROM fir_records ORDER BY RAND() LIMIT :n"),
                    {"n": samples},
                )
            ).scalars()
        ]
    rng = random.Random(3)
    lists, searches, reads = [], [], []
    for n in range(samples):
        station_id = rng.choice(stations)[0]
        async with database.transaction(write=False) as db:
            repo = FirRepository(db, cache)
            t = time.perf_counter()
            await repo._query_page(
                station_ids=[station_id],
                status=None,
                created_from=None,
                created_to=None,
                cursor=None,
                limit=20,
            )
            lists.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await repo.search(rng.choice(THINGS + PLACES), [station_id], 20)
            searches.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await repo.get_record(refs[n % len(refs)])
            reads.append((time.perf_counter() - t) * 1000)
    print(f"station list (20 newest): {describe(lists)}")
    print(f"station full-text search: {describe(searches)}")
    print(f"one FIR by number:        {describe(reads)}")
    print(
        f"p95 list {percentile(lists, 95):.1f} ms, p95 search {percentile(searches, 95):.1f} ms,"
        f" p99 read {percentile(reads, 99):.1f} ms"
    )
    async with database.transaction(write=False) as db:
        t = time.perf_counter()
        reports = await AuditTrail(database).verify(db)
        seconds = time.perf_counter() - t
    checked = sum(r.events for r in reports)
    bad = [r.problem for r in reports if r.problem]
    print(
        f"audit verify: {checked} events in {seconds:.1f} s ({checked / seconds:,.0f}/s), "
        f"problems: {len(bad)}"
    )
    await explain(engine, stations[7][0], refs[0])
    await database.dispose()


async def explain(engine: AsyncEngine, station_id: int, ref: str) -> None:
    queries = {
        "station list": f"SELECT {LISTED} FROM fir_records WHERE station_id = :s "
        "ORDER BY created_at DESC, id DESC LIMIT 21",
        "station search": "SELECT id FROM fir_records WHERE "
        "MATCH(complaint_text, fir_content, station_tag) "
        "AGAINST (CONCAT('+chain* +(stn', :s, 'x)') IN BOOLEAN MODE) LIMIT 20",
        "one FIR": "SELECT id FROM fir_records WHERE fir_ref = :r",
        "district list": f"SELECT {LISTED} FROM fir_records WHERE station_id IN (:s, :s2) "
        "ORDER BY created_at DESC, id DESC LIMIT 21",
    }
    async with engine.connect() as conn:
        for name, query in queries.items():
            rows = (
                await conn.execute(
                    sa.text("EXPLAIN " + query), {"s": station_id, "s2": station_id + 1, "r": ref}
                )
            ).all()
            for row in rows:
                m = row._mapping
                print(
                    f"plan {name}: type={m['type']} key={m['key']} rows={m['rows']} "
                    f"extra={m['Extra']}"
                )


async def run(args: argparse.Namespace) -> None:
    print(machine())
    if args.measure_only:
        await measure(bench_settings(args.url), args.samples)
        return
    await recreate(args.url)
    if not args.migrate:
        await run_generated(args)
        return
    settings = bench_settings(args.url)
    await asyncio.to_thread(upgrade, args.url, "0001")
    engine = create_async_engine(args.url)
    await load_firs(engine, args.firs)
    started = time.perf_counter()
    await asyncio.to_thread(upgrade, args.url, "head")
    print(f"migration 0002 (stations) on {args.firs} FIRs: {time.perf_counter() - started:.0f} s")
    await spread_over_stations(engine, args.stations)
    async with engine.connect() as conn:
        stations = [
            (int(i), str(c))
            for i, c in (await conn.execute(sa.text("SELECT id, code FROM police_stations"))).all()
        ]
        await conn.execute(sa.text("ANALYZE TABLE fir_records"))
    await write_audit(engine, stations, args.events)
    await engine.dispose()
    await measure(settings, args.samples)


def bench_settings(url: str) -> Settings:
    return Settings(
        environment="test",
        database_url=url,
        data_dir=Path(tempfile.mkdtemp()),
        llm_backend="none",
        log_level="ERROR",
    )


async def run_generated(args: argparse.Namespace) -> None:
    """The scale run: schema at head, FIRs generated in the database."""
    await asyncio.to_thread(upgrade, args.url, "head")
    engine = create_async_engine(args.url)
    await add_stations(engine, args.stations)
    await generate_firs(engine, args.firs, args.stations)
    async with engine.connect() as conn:
        stations = [
            (int(i), str(c))
            for i, c in (await conn.execute(sa.text("SELECT id, code FROM police_stations"))).all()
        ]
        await conn.execute(sa.text("ANALYZE TABLE fir_records"))
    await write_audit(engine, stations, args.events)
    await engine.dispose()
    settings = bench_settings(args.url)
    await measure(settings, args.samples)


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
        "--migrate",
        action="store_true",
        help="write the FIRs in the 0001 schema and time the stations migration on them",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
