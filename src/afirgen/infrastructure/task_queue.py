"""Where a background task goes once its transaction has committed.

- :class:`CeleryDispatcher` publishes it to Redis for a Celery worker (production).
- :class:`InProcessDispatcher` runs it in this process, the embedded default: a
  priority queue drained by a few asyncio workers on the API's own event loop.
  Each job awaits the same task-runner coroutine a Celery worker runs; blocking
  work inside a task (PDF rendering, SMTP) goes to a thread with
  ``asyncio.to_thread``, so the loop keeps serving requests. Celery's
  ``task_always_eager`` is not used: it would run tasks synchronously inside the
  request, blocking the loop and the response.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import structlog
from celery import Celery

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class TaskMessage:
    task_id: str
    name: str
    params: dict[str, Any]
    queue: str
    priority: int
    delay_s: float = 0.0


# Runs one message; returns seconds after which to run it again, or None when done.
Execute = Callable[[TaskMessage], Awaitable[float | None]]


class TaskDispatcher(Protocol):
    mode: str

    async def dispatch(self, message: TaskMessage) -> None: ...
    async def drain(self, limit_s: float = 30.0) -> None: ...
    async def close(self) -> None: ...


class CeleryDispatcher:
    """Publishes to the broker; a worker runs the task under the same id."""

    mode = "celery"

    def __init__(self, app: Celery) -> None:
        self.app = app

    async def dispatch(self, message: TaskMessage) -> None:
        await asyncio.to_thread(self._send, message)
        log.debug("task.published", task_id=message.task_id, task=message.name)

    def _send(self, message: TaskMessage) -> None:
        self.app.send_task(
            message.name,
            kwargs=message.params,
            task_id=message.task_id,
            queue=message.queue,
            priority=message.priority,
            countdown=message.delay_s or None,
        )

    async def drain(self, limit_s: float = 30.0) -> None:
        return None  # the broker holds what was sent

    async def close(self) -> None:
        await asyncio.to_thread(self.app.close)


@dataclass(order=True)
class _Queued:
    priority: int
    sequence: int
    message: TaskMessage = field(compare=False)


class InProcessDispatcher:
    """Runs tasks on this event loop, lowest priority number first."""

    mode = "embedded"

    def __init__(self, concurrency: int) -> None:
        self._concurrency = concurrency
        self._execute: Execute | None = None
        self._queue: asyncio.PriorityQueue[_Queued] | None = None
        self._workers: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.Task[None]] = set()
        self._sequence = itertools.count()
        self._outstanding = 0  # queued or running

    def bind(self, execute: Execute) -> None:
        self._execute = execute

    async def dispatch(self, message: TaskMessage) -> None:
        if message.delay_s > 0:
            timer = asyncio.create_task(self._later(message), name=f"retry:{message.task_id}")
            self._timers.add(timer)
            timer.add_done_callback(self._timers.discard)
            return
        self._started().put_nowait(_Queued(message.priority, next(self._sequence), message))
        self._outstanding += 1

    async def _later(self, message: TaskMessage) -> None:
        await asyncio.sleep(message.delay_s)
        await self.dispatch(replace(message, delay_s=0.0))

    def _started(self) -> asyncio.PriorityQueue[_Queued]:
        if self._queue is None:
            self._queue = asyncio.PriorityQueue()
            self._workers = [
                asyncio.create_task(self._work(self._queue), name=f"task-worker-{n}")
                for n in range(self._concurrency)
            ]
        return self._queue

    async def _work(self, queue: asyncio.PriorityQueue[_Queued]) -> None:
        while True:
            item = await queue.get()
            try:
                await self._run(item.message)
            finally:
                self._outstanding -= 1
                queue.task_done()

    async def _run(self, message: TaskMessage) -> None:
        if self._execute is None:
            raise RuntimeError("InProcessDispatcher.bind() was not called")
        try:
            again = await self._execute(message)
        except Exception:  # the runner records task failures; this is a bug in it
            log.exception("task.crashed", task_id=message.task_id, task=message.name)
            return
        if again is not None:
            await self.dispatch(replace(message, delay_s=again))

    async def drain(self, limit_s: float = 30.0) -> None:
        """Wait until queued tasks and due retries are done (shutdown, tests)."""
        try:
            async with asyncio.timeout(limit_s):
                while self._timers or self._outstanding:
                    if self._timers:
                        await asyncio.wait(set(self._timers))
                    if self._queue is not None:
                        await self._queue.join()
        except TimeoutError:
            log.warning("tasks.drain_timed_out", pending=self.pending)

    @property
    def pending(self) -> int:
        return self._outstanding + len(self._timers)

    async def close(self) -> None:
        for task in [*self._workers, *self._timers]:
            task.cancel()
        await asyncio.gather(*self._workers, *self._timers, return_exceptions=True)
        self._workers, self._queue = [], None
