"""A state's database: N FIRs across S police stations on MariaDB: the migrations
on that data, the station-scoped reads and the audit verification.

python bench/scale_stations.py [--firs 1000000] [--stations 500] [--events 200000]
    [--samples 500] [--url mysql+asyncmy://root@127.0.0.1:3306/afirgen_scale]
python bench/scale_stations.py --at-head        # the rows written at the head schema
python bench/scale_stations.py --upgrade-only   # time what a database lacks, measure
python bench/scale_stations.py --measure-only   # measure the database it left

``--at-head`` (minutes): the database migrated empty to the newest revision, then
the stations and FIRs written by MariaDB at that schema, each FIR with its
station and the station-scoped ``search_words`` the repository would have
written for its text (computed in SQL, checked against ``station_words`` on a
sample), the FULLTEXT index built once after the load.

Otherwise (an hour and more: the migrations' own timing) it drops and recreates
the database named in the URL (``afirgen_scale`` by
default, never the application's), migrates it to 0001 (the seed's schema: one
register), has MariaDB write the FIRs from its sequence engine (100,000 rows a
statement, FULLTEXT indexes dropped during the load and built once after it),
then times each later migration on them one at a time; after 0002 (which puts
every FIR in the default station) the FIRs are dealt round-robin to the
stations. It writes hash-chained audit events, then measures with the cache
off, through the code the API runs: an officer's station list and full-text
search (p95), ``GET`` one FIR through ``FirService.read`` (p99: the row, its
signature check, the JSON the API answers, the audited read), a ``SELECT 1``
round trip as the floor under them all and an empty read transaction (the
pool's ping, ``SELECT 1``, ``COMMIT``) as the floor under a read, the chain
verification rate, and the query plans (``ANALYZE``: rows estimated and rows
really read; the pages a search touches and reads). ``--buffer-pool`` and
``--warm`` measure with MariaDB's pool sized as a deployment would size it.
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
from alembic.script import ScriptDirectory
from sqlalchemy.dialects import mysql
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.api.routes.firs import render_fir
from afirgen.bootstrap import build_fir_service
from afirgen.config import Settings
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import alembic_config, upgrade
from afirgen.infrastructure.tables import AuditEvent
from afirgen.repositories.firs import FirRepository, fulltext_search
from afirgen.services.access import Actor, Role
from afirgen.services.audit_trail import event_hash
from afirgen.text.search_words import query_words, station_words
from bench.common import describe, machine, percentile

LISTED = "id, fir_number, fir_ref, status, station, district, acts_sections, created_at"
YEAR_ONE = 525_600  # minutes in 2023: the first year's numbers run up to it
PLACES = ["Ajmeri Gate", "MI Road", "Sindhi Camp", "Johari Bazaar", "Raja Park", "Malviya Nagar"]
THINGS = ["gold chain", "mobile phone", "motorcycle", "purse", "laptop", "bicycle", "cash"]
ACTS = ["303(2) BNS", "304(2) BNS", "331(4) BNS", "115(2) BNS", "318(4) BNS"]
NAMES = ["Ramesh Kumar", "Sita Devi", "Mohd. Salim", "Anita Sharma", "Gurpreet Singh", "Lakshmi"]

# The generated text, written by MariaDB from the sequence number ``seq`` of each FIR.
COMPLAINT = (
    "CONCAT('I, ', ELT(1 + seq % 6, {names}), ', state that near ', "
    "  ELT(1 + (seq DIV 7) % 6, {places}), ' an unknown person took my ', "
    "  ELT(1 + (seq DIV 3) % 7, {things}), ' worth Rs. ', 500 + seq % 89000, "
    "  '. I request that a case be registered and it be recovered. Ref ', seq, '.')"
)
CONTENT = (
    "CONCAT('The complainant reports the loss of a ', ELT(1 + (seq DIV 3) % 7, {things}), "
    "  ' near ', ELT(1 + (seq DIV 7) % 6, {places}), '. Case registered under ', "
    "  ELT(1 + seq % 5, {acts}), '.')"
)
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
    f" {COMPLAINT}, 'Complaint recorded.', {CONTENT}, "
    ' \'{{"sections": []}}\', \'{{"law": "BNS", "sections": []}}\', '
    " '{{\"fields\": []}}', '{{\"entries\": []}}', 0, at, at, "
    " IF(seq % 10 < 7, at + INTERVAL 2 HOUR, NULL), IF(seq % 10 < 7, 'bench', NULL) "
    "FROM (SELECT seq, IF(seq < {year_one}, seq, seq - {year_one} + 1) AS n, "
    "  TIMESTAMP('2023-01-01') + INTERVAL (seq * 60) SECOND AS at "
    "  FROM seq_{first}_to_{last}) g"
)
# The same FIRs at the head schema: each in station 1 + seq % S, numbered within its
# station and year, with the station-scoped words ``FirRepository`` writes for its text.
# The distinct words of the text in order, the repeated ones left out: ``words_sql``.
GENERATE_AT_HEAD = (
    "INSERT INTO fir_records (fir_number, fir_ref, station_id, year, sequence, session_id, "
    "user_id, station, district, status, law, acts_sections, complainant_name, place, "
    "occurred_from, complaint_text, summary, fir_content, fields_json, violations_json, "
    "missing_fields, status_history, degraded, created_at, updated_at, finalized_at, "
    "finalized_by, search_words) "
    "SELECT number, CONCAT(s.code, '/', number), s.id, YEAR(at), n, LPAD(seq, 36, '0'), "
    " 'bench', s.name, s.district, IF(seq % 10 < 7, 'finalized', 'pending'), 'BNS', "
    " ELT(1 + seq % 5, {acts}), ELT(1 + seq % 6, {names}), ELT(1 + seq % 6, {places}), "
    " at - INTERVAL 1 DAY, "
    f" {COMPLAINT}, 'Complaint recorded.', {CONTENT}, "
    ' \'{{"sections": []}}\', \'{{"law": "BNS", "sections": []}}\', '
    " '{{\"fields\": []}}', '{{\"entries\": []}}', 0, at, at, "
    " IF(seq % 10 < 7, at + INTERVAL 2 HOUR, NULL), IF(seq % 10 < 7, 'bench', NULL), "
    " CONCAT('s', s.id, '_', REPLACE(words, ' ', CONCAT(' s', s.id, '_'))) "
    "FROM (SELECT seq, at, n, CONCAT('FIR-', YEAR(at), '-', LPAD(n, 6, '0')) AS number, "
    "  {words} AS words "
    "  FROM (SELECT seq, TIMESTAMP('2023-01-01') + INTERVAL (seq * 60) SECOND AS at, "
    "    1 + (IF(seq < {year_one}, seq, seq - {year_one} + 1) - 1) DIV {stations} AS n "
    "    FROM seq_{first}_to_{last}) y) g "
    "JOIN police_stations s ON s.id = 1 + g.seq % {stations} ORDER BY g.seq"
)


def _quoted(values: list[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _words(values: list[str]) -> list[str]:
    """Each value's distinct words of two letters or more, case-folded, as indexed."""
    found = [dict.fromkeys(w.casefold() for w in query_words(v) if len(w) >= 2) for v in values]
    return [" ".join(words) for words in found]


def words_sql() -> str:
    """The distinct words of a generated FIR's complaint, then of its contents, in order
    (``station_words`` without the station): the template's words once each, a
    reference number left out where it equals the amount, a number of one digit left
    out (a word of one letter is never indexed)."""
    acts = [w.split()[0] for w in _words(ACTS)]  # "303(2) BNS": 303 here, bns below
    return (
        f"CONCAT_WS(' ', ELT(1 + seq % 6, {_quoted(_words(NAMES))}), 'state that near', "
        f"ELT(1 + (seq DIV 7) % 6, {_quoted(_words(PLACES))}), 'an unknown person took my', "
        f"ELT(1 + (seq DIV 3) % 7, {_quoted(_words(THINGS))}), 'worth rs', 500 + seq % 89000, "
        "'request case be registered and it recovered ref', "
        "IF(seq = 500 + seq % 89000 OR seq < 10, NULL, seq), "
        "'the complainant reports loss of under', "
        f"NULLIF(ELT(1 + seq % 5, {_quoted(acts)}), seq), 'bns')"
    )


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


async def drop_fulltext(engine: AsyncEngine) -> dict[str, list[str]]:
    """The FULLTEXT indexes dropped for a bulk load, to be built once after it."""
    indexes = await fulltext_indexes(engine)
    async with engine.begin() as conn:
        for index in indexes:
            await conn.execute(sa.text(f"ALTER TABLE fir_records DROP INDEX {index}"))
    return indexes


async def drop_doc_ids(engine: AsyncEngine) -> None:
    """An empty table rebuilt without the hidden ``FTS_DOC_ID`` its dropped FULLTEXT index
    left: rows loaded with that column and indexed later were never found by a search
    (MariaDB 10.11), while an index built with the column, from the rows, is sound."""
    async with engine.begin() as conn:
        await conn.execute(sa.text("ALTER TABLE fir_records FORCE"))


async def add_fulltext(engine: AsyncEngine, indexes: dict[str, list[str]]) -> None:
    started = time.perf_counter()
    added = ", ".join(f"ADD FULLTEXT {i} ({', '.join(c)})" for i, c in indexes.items())
    async with engine.begin() as conn:
        await conn.execute(sa.text(f"ALTER TABLE fir_records {added}"))
    print(f"FULLTEXT indexes {sorted(indexes)} built in {time.perf_counter() - started:.0f} s")


async def generate_firs(engine: AsyncEngine, count: int) -> None:
    """100,000 rows a statement with the FULLTEXT indexes dropped, rebuilt once at the end."""
    started = time.perf_counter()
    indexes = await drop_fulltext(engine)
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
    await add_fulltext(engine, indexes)


async def add_stations(engine: AsyncEngine, stations: int) -> None:
    """Stations 2 to ``stations`` (the first is the migration's default) in 50 districts."""
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
    """The FIRs of the default station dealt round-robin to the stations."""
    started = time.perf_counter()
    await add_stations(engine, stations)
    async with engine.begin() as conn:
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


async def generate_at_head(url: str, count: int, stations: int) -> None:
    """The database migrated empty to the head, then its stations and FIRs written at
    that schema (100,000 a statement), the words checked, the FULLTEXT index built."""
    started = time.perf_counter()
    await recreate(url)
    await asyncio.to_thread(upgrade, url, "head")
    print(f"migrated empty to the head in {time.perf_counter() - started:.0f} s", flush=True)
    engine = create_async_engine(url)
    await add_stations(engine, stations)
    indexes = await drop_fulltext(engine)
    await drop_doc_ids(engine)
    started = time.perf_counter()
    for first in range(1, count + 1, 100_000):
        query = GENERATE_AT_HEAD.format(
            acts=_quoted(ACTS),
            names=_quoted(NAMES),
            places=_quoted(PLACES),
            things=_quoted(THINGS),
            words=words_sql(),
            year_one=YEAR_ONE,
            stations=stations,
            first=first,
            last=min(count, first + 99_999),
        )
        async with engine.begin() as conn:
            await conn.execute(sa.text(query))
        print(f"  {min(count, first + 99_999)} FIRs, {time.perf_counter() - started:.0f} s")
    print(f"{count} FIRs written at the head in {time.perf_counter() - started:.0f} s")
    await check_words(engine, count)
    await set_counters(engine)
    await add_fulltext(engine, indexes)
    await engine.dispose()


async def check_words(engine: AsyncEngine, count: int) -> None:
    """The words written in SQL are the words the repository writes for the same text:
    the first FIRs (one-digit references), the edges of the amount's range, a sample
    (by sequence number, the ``session_id``: ids have gaps between statements)."""
    seqs = [*range(1, 21), *range(490, 511), *range(89_490, 89_511)]
    seqs += random.Random(5).sample(range(1, count + 1), 300)
    async with engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.text(
                    "SELECT id, station_id, complaint_text, fir_content, search_words "
                    "FROM fir_records WHERE session_id IN :seqs"
                ).bindparams(sa.bindparam("seqs", expanding=True)),
                {"seqs": [f"{n:036d}" for n in seqs if n <= count]},
            )
        ).all()
    wrong = [r.id for r in rows if r.search_words != station_words(*r[1:4])]
    assert rows and not wrong, f"search_words differ from station_words for FIRs {wrong[:10]}"
    print(f"search_words of {len(rows)} FIRs checked against station_words: equal")


async def set_counters(engine: AsyncEngine) -> None:
    """Each station's FIR counter at its last number, as registration would leave it."""
    async with engine.begin() as conn:
        await conn.execute(
            sa.text(
                "INSERT INTO fir_counters (scope, year, last_value) "
                "SELECT CONCAT(s.code, '/FIR'), f.year, MAX(f.sequence) FROM fir_records f "
                "JOIN police_stations s ON s.id = f.station_id GROUP BY s.code, f.year"
            )
        )


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
    firs = build_fir_service(settings, database, MemoryCache(16))
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
    lists, searches, reads, floor, empty = [], [], [], [], []
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
        t = time.perf_counter()  # what any read transaction costs: checkout, SELECT, COMMIT
        async with database.transaction(write=False) as db:
            await db.execute(sa.text("SELECT 1"))
        empty.append((time.perf_counter() - t) * 1000)
        code, number = refs[n % len(refs)].split("/")
        t = time.perf_counter()  # the read opens its own transaction, as the API's does
        await firs.read(sho_of(by_code[code]), number, render_fir)
        reads.append((time.perf_counter() - t) * 1000)
        if n % 50 == 49:
            await firs.audit.flush()  # the read events, written apart as the app does
    await firs.audit.flush()
    print(f"SELECT 1 (the floor):     {describe(floor)}")
    print(f"read transaction, empty:  {describe(empty)}")
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
        # another station's search for "chain": the pages it touches and reads
        plan = await conn.execute(sa.text("ANALYZE FORMAT=JSON " + searched_sql(station_id - 1)))
        found = json.loads(plan.scalar_one())
        print(
            f"station search, pages: {json.dumps(found_key(found, 'r_engine_stats'))}, "
            f"{found['query_block']['r_total_time_ms']:.1f} ms"
        )


def found_key(tree: Any, key: str) -> Any:
    """The first value under ``key`` in a JSON plan, depth first."""
    if isinstance(tree, dict):
        if key in tree:
            return tree[key]
        tree = list(tree.values())
    if isinstance(tree, list):
        for value in tree:
            if (found := found_key(value, key)) is not None:
                return found
    return None


async def run(args: argparse.Namespace) -> None:
    print(machine())
    if args.at_head:
        await generate_at_head(args.url, args.firs, args.stations)
    if not args.measure_only:
        engine = create_async_engine(args.url)
        if not (args.upgrade_only or args.at_head):
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
    engine = create_async_engine(args.url)
    original = await resize_pool(engine, args.buffer_pool) if args.buffer_pool else None
    try:
        if args.warm:
            await warm(engine)
        print(f"buffer pool {await pool_size(engine) // 2**20} MB, {load()}", flush=True)
        await measure(bench_settings(args.url), args.samples)
        print(f"measured; {load()}")
    finally:
        if original is not None:  # the server's own setting back, whatever happened
            await resize_pool(engine, original)
            print(f"buffer pool back to {await pool_size(engine) // 2**20} MB")
        await engine.dispose()


def load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


async def pool_size(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(sa.text("SELECT @@innodb_buffer_pool_size"))).scalar_one())


async def resize_pool(engine: AsyncEngine, size: int) -> int:
    """``innodb_buffer_pool_size`` set (dynamic in MariaDB 10.11: the pool grows or shrinks
    in the background, awaited here); returns the size it had."""
    original = await pool_size(engine)
    async with engine.connect() as conn:
        await conn.execute(sa.text(f"SET GLOBAL innodb_buffer_pool_size = {int(size)}"))
        for _ in range(600):
            status = (
                await conn.execute(sa.text("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'"))
            ).one()[1]
            if await pool_size(engine) == size and not str(status).startswith("Resizing"):
                break
            await asyncio.sleep(0.5)
    print(f"buffer pool {original // 2**20} MB -> {size // 2**20} MB ({status or 'done'})")
    return original


async def warm(engine: AsyncEngine) -> None:
    """The FIR rows and the indexes the reads use brought into the pool, as a server that
    has run a while holds them (the FULLTEXT index warms with the searches)."""
    started = time.perf_counter()
    async with engine.connect() as conn:
        for index in ("PRIMARY", "uq_fir_records_fir_ref", "idx_fir_station_created"):
            await conn.execute(
                sa.text(f"SELECT COUNT(*) FROM fir_records FORCE INDEX ({index}) WHERE id > 0")
            )
    print(f"rows and indexes read into the pool in {time.perf_counter() - started:.0f} s")


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
    parser.add_argument(
        "--buffer-pool",
        type=lambda v: int(float(v[:-1]) * 2**30) if v.upper().endswith("G") else int(v),
        help="innodb_buffer_pool_size while measuring (bytes, or 2G), set back after",
    )
    parser.add_argument("--warm", action="store_true", help="read the rows into the pool first")
    parser.add_argument("--measure-only", action="store_true", help="measure an existing database")
    parser.add_argument(
        "--at-head",
        action="store_true",
        help="write the FIRs at the newest schema (minutes, not the migrations' hour), measure",
    )
    parser.add_argument(
        "--upgrade-only",
        action="store_true",
        help="time the migrations an existing database lacks, then measure",
    )
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
