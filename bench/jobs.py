"""Tasks jobs, measured: PDF generation per FIR, tasks per second through one
Celery worker with 2 processes, and the time from finalize to the complainant's
email arriving at a loopback SMTP server.

    python bench/jobs.py [--mysql URL | --sqlite] [--broker URL]
                         [--pdfs 20] [--tasks 400] [--emails 10]

Uses MariaDB + Redis (the production path) by default; the broker database is
emptied first, so give it one of its own (default redis://127.0.0.1:6379/12).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import redis
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import client_for, reset_database
from tests.factories import officer_key
from tests.jobs.conftest import (
    Mailbox,
    WorkerProcess,
    mail_settings,
    smtp_server,
    start_worker,
)
from tests.jobs.factories import create_fir

from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.logging import configure_logging
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import BackgroundTask
from afirgen.reports import find_fonts, render_fir_pdf
from afirgen.repositories.firs import FirRepository, record_to_dict
from afirgen.tasks import Tasks, build_tasks
from bench.common import describe, machine


async def bench_pdfs(count: int, folder: Path) -> None:
    """Render time alone, and the whole task (load, render, write)."""
    settings = Settings(environment="test", data_dir=folder / "pdf", llm_backend="none")
    settings.data_dir.mkdir(parents=True)
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    database = Database(settings)
    tasks = build_tasks(settings, database, MemoryCache(100))
    numbers = []
    async with database.transaction() as db:
        for n in range(1, count + 1):
            numbers.append((await create_fir(db, n, hindi=n % 2 == 0)).fir_ref)
    fonts = find_fonts()
    render, whole = [], []
    for number in numbers:
        async with database.transaction(write=False) as db:
            record = record_to_dict(await FirRepository(db, tasks.cache).get_record(number))  # type: ignore[arg-type]
        started = time.perf_counter()
        render_fir_pdf(record, fonts)
        render.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        await tasks.reports.ensure_pdf(number)
        whole.append((time.perf_counter() - started) * 1000)
    print(f"PDF render, {count} FIRs (half Hindi): {describe(render)}")
    print(f"PDF task body (load + render + write): {describe(whole)}")
    await tasks.close()
    await database.dispose()


async def wait_done(tasks: Tasks, count: int, limit_s: float) -> None:
    done = sa.select(sa.func.count()).where(BackgroundTask.status.in_(("success", "failed")))
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        async with tasks.database.transaction(write=False) as db:
            if int(await db.scalar(done) or 0) >= count:
                return
        await asyncio.sleep(0.05)
    raise TimeoutError(f"{count} tasks not done in {limit_s} s")


async def bench_throughput(values: dict[str, Any], count: int) -> None:
    settings = Settings(**values)
    database = Database(settings)
    tasks = build_tasks(settings, database, MemoryCache(100))
    async with database.engine.begin() as conn:
        await conn.execute(sa.delete(BackgroundTask))
    worker = await start_worker(values, settings.data_dir / "tps.log", concurrency=2)
    try:
        started = time.perf_counter()
        for batch in range(0, count, 50):
            async with database.transaction() as db:
                for n in range(batch, min(count, batch + 50)):
                    await tasks.service.enqueue(db, "bench.noop", {"n": n})
        await wait_done(tasks, count, 300)
        elapsed = time.perf_counter() - started
    finally:
        worker.stop()
    print(
        f"{count} tasks through one worker (prefork, 2 processes): {elapsed:.2f} s, "
        f"{count / elapsed:.0f} tasks/s (enqueue to recorded success)"
    )
    await tasks.close()
    await database.dispose()


async def bench_email(values: dict[str, Any], count: int, mailbox: Mailbox) -> None:
    settings = Settings(**values)
    services = build_services(settings)
    await reset_database(services)
    worker: WorkerProcess = await start_worker(
        values, settings.data_dir / "email.log", concurrency=2
    )
    key = await officer_key(services, "bench", "sho")
    async with services.database.transaction() as db:
        numbers = [
            (await create_fir(db, n, status="pending")).fir_number for n in range(1, count + 1)
        ]
    waits = []
    try:
        async with await client_for(services, key) as client:
            for number in numbers:
                before = len(mailbox.received)
                started = time.monotonic()
                response = await client.post(f"/api/v1/fir/{number}/finalize")
                assert response.status_code == 200, response.text
                received = await mailbox.wait_for(before + 1, 60)
                waits.append((received[-1].at - started) * 1000)
    finally:
        worker.stop()
        await services.close()
    print(
        f"finalize -> complainant's email received (PDF attached), {count} FIRs: {describe(waits)}"
    )


def base_values(folder: Path, args: argparse.Namespace, smtp_port: int) -> dict[str, Any]:
    values: dict[str, Any] = {
        "environment": "test",
        "data_dir": folder,
        "llm_backend": "none",
        "log_level": "INFO",  # the worker logs to a file; its readiness is an INFO event
        "celery_broker_url": args.broker,
        "task_modules": ["bench.job_tasks"],
        **mail_settings(smtp_port),
    }
    if not args.sqlite:
        values |= {"database_url": args.mysql, "redis_url": args.broker}
    return values


async def prepare(values: dict[str, Any]) -> None:
    """Empty the broker database; create and migrate the MariaDB database."""
    client = redis.Redis.from_url(values["celery_broker_url"])
    client.flushdb()
    client.close()
    url = Settings(**values).resolved_database_url
    if url.startswith("mysql"):
        server, name = url.split("?")[0].rsplit("/", 1)
        engine = create_async_engine(server)
        async with engine.begin() as conn:
            await conn.execute(
                sa.text(f"CREATE DATABASE IF NOT EXISTS {name} CHARACTER SET utf8mb4")
            )
        await engine.dispose()
    await asyncio.to_thread(upgrade, url)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--mysql", default="mysql+asyncmy://root@127.0.0.1:3306/afirgen_bench_jobs?charset=utf8mb4"
    )
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of MariaDB")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--pdfs", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=400)
    parser.add_argument("--emails", type=int, default=10)
    args = parser.parse_args()
    configure_logging(Settings(log_level="WARNING"))
    warnings.filterwarnings("ignore", message=".*database exists")
    print(machine())
    with tempfile.TemporaryDirectory() as tmp, smtp_server() as (mailbox, port):
        folder = Path(tmp)
        await bench_pdfs(args.pdfs, folder)
        values = base_values(folder / "celery", args, port)
        (folder / "celery").mkdir()
        await prepare(values)
        print("database:", "SQLite" if args.sqlite else "MariaDB", "| broker:", args.broker)
        await bench_throughput(values, args.tasks)
        await bench_email(values, args.emails, mailbox)


if __name__ == "__main__":
    asyncio.run(main())
