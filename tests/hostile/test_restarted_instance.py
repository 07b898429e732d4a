"""Issue 12, item 9: the only instance, killed (``kill -9``) in the middle of a step and
of a task and started again, resumes its own work at once, not when its leases lapse.

One ``afirgen serve`` on a database (an SQLite file; MariaDB with Redis as the
cache) with leases of ten minutes (``AFIRGEN_LEASE_S=600``): no lapse can explain
a takeover within this test's limits. The restarted instance's first sweep finds
the holder named in both leases, a process of this machine and pid namespace
whose pid is free, and takes the work over. Before, it waited for the leases to
lapse (40 s with the default settings).
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from afirgen.bootstrap import Services
from afirgen.config import Settings
from afirgen.infrastructure.tables import BackgroundTask, SessionRecord
from afirgen.repositories.tasks import TaskRepository
from tests.conftest import BACKENDS
from tests.factories import THEFT_COMPLAINT, wait_for
from tests.hostile.servers import Instance, shared_database, start_instances
from tests.jobs.conftest import wait_for_task

LEASE_S, SWEEP_S, STAGE_S, TASK_S = 600.0, 0.5, 4.0, 3.0
RESUMED_WITHIN_S = 60.0  # a step or a task run again in full, on two busy shared cores
FINISHED = ("success", "failed")
SETTINGS = {
    "LEASE_S": str(LEASE_S),
    "LEASE_SWEEP_S": str(SWEEP_S),
    "TEST_STAGE_DELAY_S": str(STAGE_S),
}


@dataclass
class Stack:
    settings: Settings
    services: Services  # the test's own view of the database
    key: str

    async def session(self, session_id: str) -> SessionRecord:
        async with self.services.database.transaction(write=False) as db:
            row = await db.get(SessionRecord, session_id, populate_existing=True)
        assert row is not None
        return row

    def client(self, instance: Instance) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=instance.url, headers={"X-API-Key": self.key}, timeout=30)


@pytest.fixture(params=BACKENDS)
async def stack(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Stack]:
    async with shared_database(str(request.param), tmp_path) as shared:
        yield Stack(shared.settings, shared.services, shared.key)


async def start_probe(stack: Stack, instance: Instance, mark: Path) -> BackgroundTask:
    """A ``probe.sleep`` task left to the sweep, once the instance has started running it."""
    now = datetime.now(UTC)
    async with stack.services.database.transaction() as db:
        await TaskRepository(db).insert_if_absent(
            task_id="probe-restart",
            name="probe.sleep",
            priority=3,
            params={"seconds": TASK_S, "mark": str(mark)},
            lease={"lease_owner": "nobody", "lease_expires_at": now - timedelta(1)},
        )
    return await wait_for_task(
        stack.services.database, "probe-restart", ("running",), RESUMED_WITHIN_S, instance.tail
    )


def lease_left(expires_at: datetime | None) -> timedelta:
    assert expires_at is not None
    return expires_at.replace(tzinfo=UTC) - datetime.now(UTC)  # stored in UTC


def takeovers(instance: Instance) -> list[dict[str, Any]]:
    lines = instance.log.read_text(errors="replace").splitlines()
    events = [json.loads(line) for line in lines if line.startswith("{")]
    return [e for e in events if e["event"].endswith("taken_over")]


async def test_a_restarted_instance_resumes_its_own_work_at_once(
    stack: Stack, tmp_path: Path
) -> None:
    [first] = await start_instances(stack.settings, 1, **SETTINGS)
    second = None
    try:
        async with stack.client(first) as http:
            submitted = await http.post("/api/v1/process", data={"text": THEFT_COMPLAINT})
        assert submitted.status_code == 202, submitted.text
        session_id = submitted.json()["session_id"]
        mark = tmp_path / "marks"  # a line per completed run: "task_id pid"
        task = await start_probe(stack, first, mark)
        session = await stack.session(session_id)
        assert session.status == "processing"  # a quarter or so into the step
        assert first.holds(session.lease_owner) and first.holds(task.lease_owner)
        left = min(lease_left(session.lease_expires_at), lease_left(task.lease_expires_at))
        assert left > timedelta(minutes=9)

        first.kill()
        killed_at = time.monotonic()
        [second] = await start_instances(stack.settings, 1, **SETTINGS)

        async with stack.client(second) as http:
            await wait_for(http, session_id, "transcript_review", limit_s=RESUMED_WITHIN_S)
        done = await wait_for_task(
            stack.services.database, "probe-restart", FINISHED, RESUMED_WITHIN_S, second.tail
        )
        assert timedelta(seconds=time.monotonic() - killed_at) < left  # no lapse explains it
        assert done.status == "success" and done.retry_count == 1, done.error
        [line] = mark.read_text().splitlines()  # run once, by the restarted instance
        assert int(line.split()[1]) == second.process.pid
        events = takeovers(second)
        assert {e["event"] for e in events} == {"session.generation_taken_over", "task.taken_over"}
        assert all(e["holder_stopped"] for e in events), events
    finally:
        for instance in (first, second):
            if instance is not None:
                instance.stop()
