"""A task that does nothing, to measure the task machinery itself.

Loaded by the benchmark's worker with AFIRGEN_TASK_MODULES=["bench.job_tasks"].
"""

from __future__ import annotations

from typing import Any

from afirgen.tasks import Priority, Queue, TaskCall, TaskContext, TaskSpec


async def noop(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    return {"n": call.params.get("n")}


TASKS = [TaskSpec("bench.noop", Queue.ANALYTICS, noop, Priority.LOW, 0, 10.0)]
