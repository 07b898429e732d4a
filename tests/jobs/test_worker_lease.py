"""A worker killed in the middle of a task while the broker would hold its message
for an hour (its visibility timeout): another worker's lease sweep takes the task
over once its lease lapses (issue 12, item 9), with no API instance running."""

from __future__ import annotations

from pathlib import Path

from tests.jobs.conftest import CeleryStack, stack_per_backend

LEASE_S = 2.0  # job_settings: lease 2 s, swept every 0.5 s


stack = stack_per_backend("lease", celery_visibility_timeout_s=3600)


async def test_killed_worker_task_is_taken_over_by_a_live_worker(
    stack: CeleryStack, tmp_path: Path
) -> None:
    mark = tmp_path / "marks"
    survivor = await stack.start_worker("survivor", pool="solo")
    first = await stack.start_worker("first", pool="solo")
    params = {"seconds": 3, "mark": str(mark)}
    async with stack.tasks.database.transaction() as db:
        task_id = await stack.tasks.service.enqueue(db, "probe.sleep", params)
    running = await stack.wait_task(task_id, states=("running",), limit_s=15)
    holder = first if f":{first.process.pid}:" in (running.lease_owner or "") else survivor

    holder.kill()  # its message stays unacknowledged in the broker for the hour

    row = await stack.wait_task(task_id, limit_s=LEASE_S + 20)
    assert row.status == "success", row.error
    assert row.retry_count == 1  # the lost run counts as one attempt
    [line] = mark.read_text().splitlines()
    assert int(line.split()[1]) != holder.process.pid
