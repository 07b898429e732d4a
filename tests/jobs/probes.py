"""Tasks for the worker tests, loaded with AFIRGEN_TASK_MODULES=["tests.jobs.probes"].

``probe.sleep`` sleeps, then appends ``task_id pid`` to a file: the file shows
how many times the task's work really completed, and in which process.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from afirgen.tasks import Priority, Queue, TaskCall, TaskContext, TaskSpec


async def sleep_then_mark(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    await asyncio.sleep(float(call.params["seconds"]))
    await asyncio.to_thread(_append, Path(call.params["mark"]), f"{call.task_id} {os.getpid()}\n")
    return {"slept_s": call.params["seconds"], "pid": os.getpid()}


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(line)


TASKS = [
    TaskSpec("probe.sleep", Queue.REPORTS, sleep_then_mark, Priority.MEDIUM, 2, 4.0),
    TaskSpec("probe.sleep_limited", Queue.REPORTS, sleep_then_mark, Priority.MEDIUM, 2, 1.0),
]
