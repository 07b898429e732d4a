"""Issue 12, item 9: an instance killed (``kill -9``) in the middle of work while
other instances serve the same database. The work completes on another instance,
without any restart.

Three ``afirgen serve`` processes share one database (an SQLite file; MariaDB
with Redis as the cache). Leases are short here (``AFIRGEN_LEASE_S=2``, swept
every ``AFIRGEN_LEASE_SWEEP_S=0.5``) and each generated step first waits
``AFIRGEN_TEST_STAGE_DELAY_S=4`` (a setting refused outside the test
environment), so that an instance can be killed half-way through a step. The
instances run on one machine, so the next sweep of a survivor finds the killed
holder stopped (its pid free) without waiting for its lease to lapse; on other
machines the lapse is waited for (``tests/jobs/test_leases.py``). The step then
runs again in full on the instance that took it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import BackgroundTask, SessionRecord
from afirgen.repositories.tasks import TaskRepository
from tests.conftest import BACKENDS
from tests.factories import THEFT_COMPLAINT, approve, wait_for
from tests.hostile.servers import Instance, shared_database, start_instances
from tests.jobs.conftest import wait_for_task

LEASE_S, SWEEP_S, STAGE_S = 2.0, 0.5, 4.0
SLACK_S = 20.0  # two shared cores, three servers: room for a slow beat, never a pass
TAKEN_OVER_WITHIN_S = LEASE_S + SWEEP_S + STAGE_S + SLACK_S


@dataclass
class Cluster:
    services: Services  # the test's own view of the shared database
    key: str
    instances: list[Instance]

    def live(self) -> list[Instance]:
        return [i for i in self.instances if i.alive]

    def client(self, instance: Instance) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=instance.url, headers={"X-API-Key": self.key}, timeout=30)

    async def session(self, session_id: str) -> SessionRecord:
        async with self.services.database.transaction(write=False) as db:
            row = await db.get(SessionRecord, session_id, populate_existing=True)
        assert row is not None
        return row

    async def wait_task(self, task_id: str, states: tuple[str, ...]) -> BackgroundTask:
        def logs() -> str:
            return "\n".join(i.tail() for i in self.instances)

        database = self.services.database
        return await wait_for_task(database, task_id, states, TAKEN_OVER_WITHIN_S, logs)


def lease_settings() -> dict[str, str]:
    return {
        "LEASE_S": str(LEASE_S),
        "LEASE_SWEEP_S": str(SWEEP_S),
        "TEST_STAGE_DELAY_S": str(STAGE_S),
    }


@pytest.fixture(scope="module", params=BACKENDS)
async def cluster(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Cluster]:
    backend = str(request.param)
    async with shared_database(backend, tmp_path_factory.mktemp(f"instances-{backend}")) as shared:
        instances: list[Instance] = []
        try:
            instances = await start_instances(shared.settings, 3, **lease_settings())
            yield Cluster(shared.services, shared.key, instances)
        finally:
            for instance in instances:
                instance.stop()


async def test_generation_of_a_killed_instance_completes_on_another(cluster: Cluster) -> None:
    first, *others = cluster.live()
    async with cluster.client(first) as http:
        submitted = await http.post("/api/v1/process", data={"text": THEFT_COMPLAINT})
    assert submitted.status_code == 202, submitted.text
    session_id = submitted.json()["session_id"]
    await asyncio.sleep(1.0)  # a quarter into the step
    before = await cluster.session(session_id)
    assert before.status == "processing"
    assert first.holds(before.lease_owner), before.lease_owner

    first.kill()

    async with cluster.client(others[0]) as http:
        await wait_for(http, session_id, "transcript_review", limit_s=TAKEN_OVER_WITHIN_S)
        after = await cluster.session(session_id)
        assert after.lease_owner is None and after.takeovers == 0
        assert any(i.logged("session.generation_taken_over", session_id) for i in others)
        # the officer goes on as if nothing happened: no 409, the next step is generated
        await approve(http, session_id)
        await wait_for(http, session_id, "summary_review", limit_s=TAKEN_OVER_WITHIN_S)


async def test_task_of_a_killed_instance_is_run_by_another(
    cluster: Cluster, tmp_path: Path
) -> None:
    mark = tmp_path / "marks"  # a line per completed run: "task_id pid"
    lapsed = {"lease_owner": "nobody", "lease_expires_at": datetime.now(UTC) - timedelta(1)}
    async with cluster.services.database.transaction() as db:
        await TaskRepository(db).insert_if_absent(
            task_id="probe-kill-9",
            name="probe.sleep",
            priority=3,
            params={"seconds": 3, "mark": str(mark)},
            lease=lapsed,  # the next sweep of any instance takes it
        )
    running = await cluster.wait_task("probe-kill-9", ("running",))
    [holder] = [i for i in cluster.live() if i.holds(running.lease_owner)]

    holder.kill()

    done = await cluster.wait_task("probe-kill-9", ("success", "failed"))
    assert done.status == "success", done.error
    assert done.retry_count == 1  # the killed run counted as an attempt
    [line] = mark.read_text().splitlines()  # done once, by a live instance
    assert int(line.split()[1]) in {i.process.pid for i in cluster.live()}
