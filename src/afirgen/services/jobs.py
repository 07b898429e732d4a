"""In-process background jobs for the review pipeline.

Without a broker, generation runs as asyncio tasks in the API process that
accepted the request, under a lease on the session; the database holds each
session's state, so when that process stops, any live instance takes the
generation over (``services/generation.py``, run by the lease sweep).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import structlog

log = structlog.get_logger(__name__)


class JobRunner:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, name: str, job: Callable[[], Awaitable[None]]) -> None:
        task = asyncio.create_task(self._run(name, job), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, name: str, job: Callable[[], Awaitable[None]]) -> None:
        try:
            await job()
        except Exception:
            log.exception("job.failed", job=name)

    async def drain(self, limit_s: float = 30.0) -> None:
        """Wait for running jobs (shutdown, tests)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=limit_s)
