"""Fixtures for the background-job tests: a real SMTP server on loopback
(aiosmtpd), a real Redis broker (db 13 by default, AFIRGEN_TEST_BROKER_URL) and
real Celery workers started as ``python -m afirgen worker`` subprocesses.

An unreachable Redis skips these tests, except with CI=true, where it fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import redis
from aiosmtpd.controller import Controller

from afirgen.config import Settings
from afirgen.infrastructure.cache import create_cache
from afirgen.infrastructure.celery_app import QUEUES, Queue
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.migrate import upgrade
from afirgen.infrastructure.tables import BackgroundTask, Base
from afirgen.tasks import Tasks, build_tasks
from tests.conftest import BACKENDS, MYSQL_URL, REDIS_URL, mysql_reachable, unreachable

ROOT = Path(__file__).resolve().parents[2]
BROKER_URL = os.environ.get("AFIRGEN_TEST_BROKER_URL", "redis://127.0.0.1:6379/13")
MAIL_FROM = "fir-desk@kotwali.police.example"
STATION_EMAIL = "sho@kotwali.police.example"
# what a worker of background tasks consumes: every queue but the sessions' steps
TASK_QUEUES = tuple(q for q in QUEUES if q != Queue.GENERATION)


# SMTP -------------------------------------------------------------------------


@dataclass
class Received:
    at: float
    recipients: list[str]
    message: EmailMessage


@dataclass
class Mailbox:
    """An aiosmtpd handler that keeps what it accepts; it can defer or reject."""

    received: list[Received] = field(default_factory=list)
    defer: int = 0  # answer 451 to this many messages first
    reject: bool = False  # answer 550
    refused: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.reject:
            self.refused += 1
            return "550 5.7.1 message refused by policy"
        if self.defer > 0:
            self.defer -= 1
            self.refused += 1
            return "451 4.3.0 try again later"
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(Received(time.monotonic(), list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return "250 2.0.0 accepted"

    def reset(self) -> None:
        self.received.clear()
        self.defer, self.reject, self.refused = 0, False, 0

    async def wait_for(self, count: int, limit_s: float = 20.0) -> list[Received]:
        deadline = time.monotonic() + limit_s
        while len(self.received) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.received)} of {count} messages arrived")
            await asyncio.sleep(0.02)
        return list(self.received)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Mailbox, int]]:
    with smtp_server() as server:
        yield server


@pytest.fixture
def mailbox(smtp: tuple[Mailbox, int]) -> Mailbox:
    smtp[0].reset()
    return smtp[0]


def mail_settings(port: int) -> dict[str, Any]:
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_tls": "none",
        "mail_from": MAIL_FROM,
        "station_email": STATION_EMAIL,
    }


# Redis and Celery workers -------------------------------------------------------


def broker_reachable() -> str:
    client = redis.Redis.from_url(BROKER_URL)
    try:
        client.ping()
        client.flushdb()
    except redis.RedisError as exc:
        unreachable(f"Redis broker {BROKER_URL} not reachable: {exc}")
    finally:
        client.close()
    return BROKER_URL


def job_settings(data_dir: Path, **overrides: Any) -> dict[str, Any]:
    """Settings shared by the test process and its workers (as keyword values)."""
    return {
        "environment": "test",
        "data_dir": data_dir,
        "database_url": f"sqlite+aiosqlite:///{data_dir / 'jobs.db'}",
        "llm_backend": "none",
        "log_level": "INFO",
        "task_retry_base_s": 0.2,
        "task_retry_max_s": 2.0,
        "task_hard_limit_grace_s": 1.0,
        "lease_s": 2.0,  # a killed worker's task is free again after this
        "lease_sweep_s": 0.5,
        "task_modules": ["tests.jobs.probes"],
        **overrides,
    }


def to_env(values: dict[str, Any]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFIRGEN_")}
    for key, value in values.items():
        text = value if isinstance(value, str) else _json(value)
        env[f"AFIRGEN_{key.upper()}"] = text
    return env


def _json(value: Any) -> str:
    import json

    return json.dumps(value) if isinstance(value, list | bool) else str(value)


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    log: Path

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes, as a crash or OOM kill would."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.kill()


async def start_worker(
    values: dict[str, Any],
    log: Path,
    *,
    pool: str = "prefork",
    concurrency: int = 1,
    queues: tuple[str, ...] = QUEUES,
) -> WorkerProcess:
    """``python -m afirgen worker`` in its own process group; waits until it is ready."""
    command = [sys.executable, "-m", "afirgen", "worker", f"--pool={pool}"]
    command += [f"--concurrency={concurrency}", f"--queues={','.join(queues)}"]
    command += ["--loglevel=WARNING"]
    with log.open("ab") as out:
        process = subprocess.Popen(  # noqa: ASYNC220 - started once, then polled
            command,
            env=to_env(values),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    worker = WorkerProcess(process, log)
    deadline = time.monotonic() + 60
    while "worker.ready" not in await asyncio.to_thread(log.read_text, errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            worker.stop()
            raise AssertionError(f"the worker did not start:\n{worker.tail()}")
        await asyncio.sleep(0.1)
    return worker


@dataclass
class CeleryStack:
    """The test process's side: settings, services wired to the broker."""

    values: dict[str, Any]
    settings: Settings
    tasks: Tasks
    mailbox: Mailbox
    workers: list[WorkerProcess] = field(default_factory=list)

    async def start_worker(self, name: str, **options: Any) -> WorkerProcess:
        """A worker of background tasks: it generates no steps, so it loads no
        knowledge base as it starts."""
        log = self.settings.data_dir / f"{name}.log"
        worker = await start_worker(self.values, log, queues=TASK_QUEUES, **options)
        self.workers.append(worker)
        return worker

    async def task(self, task_id: str) -> BackgroundTask | None:
        async with self.tasks.database.transaction(write=False) as db:
            return await db.get(BackgroundTask, task_id, populate_existing=True)

    async def wait_task(
        self, task_id: str, states: tuple[str, ...] = ("success", "failed"), limit_s: float = 30
    ) -> BackgroundTask:
        def logs() -> str:
            return "\n".join(w.tail() for w in self.workers)

        return await wait_for_task(self.tasks.database, task_id, states, limit_s, logs)


async def wait_for_task(
    database: Database,
    task_id: str,
    states: tuple[str, ...],
    limit_s: float,
    logs: Callable[[], str],
) -> BackgroundTask:
    """The task's row once it is in one of ``states``; past ``limit_s``, fails with ``logs()``."""
    deadline = time.monotonic() + limit_s
    while True:
        async with database.transaction(write=False) as db:
            row = await db.get(BackgroundTask, task_id, populate_existing=True)
        if row is not None and row.status in states:
            return row
        if time.monotonic() > deadline:
            raise AssertionError(f"task {task_id} is {row and row.status}:\n{logs()}")
        await asyncio.sleep(0.05)


async def production_pairing() -> dict[str, Any]:
    """MariaDB and Redis (the cache) for the workers and the test process, emptied."""
    reason = await mysql_reachable()
    if reason:
        unreachable(reason)
    await asyncio.to_thread(upgrade, MYSQL_URL)
    database = Database(Settings(environment="test", database_url=MYSQL_URL))
    async with database.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            await conn.execute(table.delete())
    await database.dispose()
    cache = redis.Redis.from_url(REDIS_URL)
    cache.flushdb()
    cache.close()
    return {"database_url": MYSQL_URL, "redis_url": REDIS_URL}


@contextlib.asynccontextmanager
async def celery_stack(
    data_dir: Path, smtp: tuple[Mailbox, int], backend: str = "sqlite", **overrides: Any
) -> AsyncIterator[CeleryStack]:
    """Workers and the test process on SQLite, or on MariaDB and Redis (``mysql``)."""
    paired = await production_pairing() if backend == "mysql" else {}
    values = job_settings(
        data_dir,
        celery_broker_url=broker_reachable(),
        **{"celery_visibility_timeout_s": 3, **overrides},
        **mail_settings(smtp[1]),
        **paired,
    )
    settings = Settings(**values)
    await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    database = Database(settings)
    tasks = build_tasks(settings, database, create_cache(settings, 1000))
    stack = CeleryStack(values, settings, tasks, smtp[0])
    try:
        yield stack
    finally:
        for worker in stack.workers:
            worker.stop()
        await tasks.close()
        await tasks.cache.close()
        await database.dispose()
        broker_reachable()  # empty the broker database again


def stack_per_backend(folder: str, worker_concurrency: int = 0, **overrides: Any) -> Any:
    """A module's ``stack`` fixture: a CeleryStack on each backend, with one worker of
    ``worker_concurrency`` processes started (none for 0)."""

    @pytest.fixture(scope="module", params=BACKENDS)
    async def stack(
        request: pytest.FixtureRequest,
        tmp_path_factory: pytest.TempPathFactory,
        smtp: tuple[Mailbox, int],
    ) -> AsyncIterator[CeleryStack]:
        data_dir = tmp_path_factory.mktemp(folder)
        async with celery_stack(data_dir, smtp, request.param, **overrides) as running:
            if worker_concurrency:
                await running.start_worker("worker", concurrency=worker_concurrency)
            yield running

    return stack
