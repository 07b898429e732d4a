"""A worker killed in the middle of a task: the task is delivered again (acks_late,
visibility timeout) and its work completes exactly once (idempotency by task id)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.jobs.conftest import CeleryStack, stack_per_backend

stack = stack_per_backend("crash")


async def test_killed_worker_task_is_redelivered_and_done_once(
    stack: CeleryStack, tmp_path: Path
) -> None:
    mark = tmp_path / "marks"
    first = await stack.start_worker("first")
    params = {"seconds": 2, "mark": str(mark)}
    async with stack.tasks.database.transaction() as db:
        task_id = await stack.tasks.service.enqueue(db, "probe.sleep", params)

    await stack.wait_task(task_id, states=("running",), limit_s=15)
    first.kill()  # mid-task: nothing acknowledged, nothing marked
    assert not mark.exists()

    await stack.start_worker("second")
    row = await stack.wait_task(task_id, limit_s=40)

    assert row.status == "success", row.error
    assert row.retry_count == 1  # the lost worker counts as one attempt
    lines = mark.read_text().splitlines()
    assert len(lines) == 1
    done_by = int(lines[0].split()[1])
    assert done_by != first.process.pid

    # a duplicate delivery of the finished task (as after a lost ack) changes nothing
    assert await stack.tasks.service.redispatch(row)
    await asyncio.sleep(1.5)
    assert mark.read_text().splitlines() == lines
    assert (await stack.task(task_id)).status == "success"  # type: ignore[union-attr]
