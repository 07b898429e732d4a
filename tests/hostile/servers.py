"""Real ``afirgen serve`` processes on the test's database, to kill and restart.

Each instance is started in a process group of its own (its worker processes
included), so that ``stop`` can clean up whatever a test's kill left.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from afirgen.bootstrap import Services, build_services
from afirgen.config import Settings
from afirgen.infrastructure.migrate import upgrade
from tests.conftest import make_settings, mysql_reachable, reset_database, unreachable
from tests.factories import officer_key
from tests.jobs.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class SharedDatabase:
    settings: Settings  # what the instances are started with
    services: Services  # the test's own view of the database
    key: str  # the API key of an SHO on duty


@contextlib.asynccontextmanager
async def shared_database(backend: str, tmp_path: Path) -> AsyncIterator[SharedDatabase]:
    """The database instances share (an SQLite file, or MariaDB with Redis as the
    cache), migrated and emptied, with an SHO; MariaDB unreachable skips the test."""
    if backend == "mysql" and (reason := await mysql_reachable()):
        unreachable(reason)
    settings = make_settings(backend, tmp_path)
    settings.data_dir.mkdir(parents=True)
    await asyncio.to_thread(upgrade, settings.resolved_database_url)
    services = build_services(settings)
    try:
        if backend == "mysql":
            await reset_database(services)
        key = await officer_key(services, "sho-on-duty", "sho")
        yield SharedDatabase(settings, services, key)
    finally:
        await services.close()


@dataclass
class Instance:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def holds(self, lease_owner: str | None) -> bool:
        """Whether a lease (``host:pid:...``) is this process's."""
        return lease_owner is not None and lease_owner.split(":")[1] == str(self.process.pid)

    def kill(self) -> None:
        """SIGKILL to the server process alone, as the OOM killer or ``kill -9`` would:
        nothing is cleaned up (its worker processes end by themselves,
        ``test_killed_server_children.py``). The time goes into the instance's log,
        to read the takeover against."""
        self.process.kill()
        self.process.wait(10)
        with self.log.open("a") as out:
            out.write(json.dumps({"event": "test.killed", "timestamp": _now()}) + "\n")

    def stop(self) -> None:
        if self.alive:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        with contextlib.suppress(ProcessLookupError):  # anything a failed test left behind
            os.killpg(self.process.pid, signal.SIGKILL)

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def logged(self, event: str, session_id: str) -> bool:
        lines = self.log.read_text(errors="replace").splitlines()
        return any(event in line and session_id in line for line in lines)


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def server_env(settings_env: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFIRGEN_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    return env | settings_env


def instance_settings(settings: Settings, **overrides: str) -> dict[str, str]:
    """The environment of an instance on the test's database and cache; ``overrides`` by
    setting name without its prefix (``LEASE_S="2"``)."""
    values = {
        "ENVIRONMENT": "test",
        "DATA_DIR": str(settings.data_dir),
        "DATABASE_URL": settings.resolved_database_url,
        "REDIS_URL": settings.redis_url or "",
        "LLM_BACKEND": "none",
        "LOG_LEVEL": "INFO",
        "RATE_LIMIT_PER_MINUTE": "100000",
        "STATION": "Kotwali",
        "DISTRICT": "Jaipur",
        "TASK_MODULES": json.dumps(["tests.jobs.probes"]),
    } | overrides
    return {f"AFIRGEN_{k}": v for k, v in values.items() if v}


async def start_instances(settings: Settings, count: int, **overrides: str) -> list[Instance]:
    """``count`` instances serving on the database of ``settings``, with ``overrides``."""
    env = server_env(instance_settings(settings, **overrides))
    instances = []
    for _ in range(count):
        port = free_port()
        log = settings.data_dir / f"instance-{port}.log"
        command = [sys.executable, "-m", "afirgen", "serve", "--port", str(port)]
        with log.open("ab") as out:  # O_APPEND: the test and late children write too
            process = subprocess.Popen(  # noqa: ASYNC220 - started once, then polled
                command,
                env=env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, worker processes included
            )
        instances.append(Instance(process, port, log))
    for instance in instances:
        await wait_until_serving(instance)
    return instances


async def wait_until_serving(instance: Instance) -> None:
    deadline = time.monotonic() + 180  # the knowledge base and indexes load first
    async with httpx.AsyncClient(timeout=2) as http:
        while time.monotonic() < deadline:
            if not instance.alive:
                raise AssertionError(f"the instance exited:\n{instance.tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get(f"{instance.url}/health")).status_code == 200:
                    return
            await asyncio.sleep(0.3)
    raise AssertionError(f"the instance never answered:\n{instance.tail()}")
