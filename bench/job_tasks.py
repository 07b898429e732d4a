"""A task that does nothing, to measure the task machinery itself.

Loaded by the benchmark's worker with AFIRGEN_TASK_MODULES=["bench.job_tasks"].
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afirgen.services.task_registry import Priority, Queue, TaskCall, TaskSpec

if TYPE_CHECKING:
    from afirgen.services.background import Background


async def noop(bg: Background, call: TaskCall) -> dict[str, Any]:
    return {"n": call.params.get("n")}


TASKS = [TaskSpec("bench.noop", Queue.ANALYTICS, noop, Priority.LOW, 0, 10.0)]
