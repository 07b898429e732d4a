"""The Celery worker's wiring: one Celery task per registered background task.

Each worker process (prefork child, or the solo process) builds its own event
loop, database engine, cache client and services on its first task, after
the fork, and runs every task through :meth:`TaskRunner.execute`: the same
code the embedded in-process queue runs. The task's outcome becomes Celery's:
a retry is re-sent under the same id after the backoff, a failure raises.

The worker's main process also sweeps for tasks whose lease lapsed (their
worker stopped) and sends them again on the queue, so a killed worker's task is
taken over within a lease and a sweep, whether or not an API instance runs, and
long before the broker's visibility timeout would hand its message out again.
"""

from __future__ import annotations

import asyncio
import os
import threading
from contextlib import AsyncExitStack
from typing import Any

import structlog
from celery import Celery, Task
from celery.signals import worker_process_shutdown, worker_ready, worker_shutdown

from afirgen.config import Settings
from afirgen.infrastructure.celery_app import beat_schedule, create_celery
from afirgen.infrastructure.leases import Sweep
from afirgen.infrastructure.task_queue import CeleryDispatcher
from afirgen.tasks import Outcome, Tasks, TaskSpec, open_tasks
from afirgen.tasks.handlers import load_registry
from afirgen.tasks.registry import schedule

log = structlog.get_logger(__name__)


class TaskFailedError(Exception):
    """Raised to Celery so that it records the failure the runner recorded."""


class WorkerRuntime:
    """Per-process state of a worker: an event loop and the services on it."""

    def __init__(self, settings: Settings, app: Celery) -> None:
        self.settings = settings
        self.app = app
        self._pid: int | None = None
        self._loop: asyncio.Runner | None = None
        self._tasks: Tasks | None = None
        self._resources = AsyncExitStack()  # what the tasks hold open, closed at exit

    def execute(self, task_id: str, name: str, params: dict[str, Any]) -> Outcome:
        loop, tasks = self._started()
        return loop.run(tasks.runner.execute(task_id, name, params))

    def _started(self) -> tuple[asyncio.Runner, Tasks]:
        if self._pid != os.getpid() or self._loop is None or self._tasks is None:
            self._pid = os.getpid()
            self._loop = asyncio.Runner()
            self._resources = AsyncExitStack()
            opened = open_tasks(self.settings, CeleryDispatcher(self.app))
            self._tasks = self._loop.run(self._resources.enter_async_context(opened))
            log.info("worker.process_started", pid=self._pid)
        return self._loop, self._tasks

    def close(self) -> None:
        if self._loop is None or self._tasks is None or self._pid != os.getpid():
            return
        self._loop.run(self._resources.aclose())
        self._loop.close()
        self._loop = self._tasks = None


class LeaseSweeper:
    """The lease sweep of a worker, in a thread of its main process with its own
    event loop, database engine and cache client."""

    def __init__(self, settings: Settings, app: Celery) -> None:
        self.settings = settings
        self.app = app
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="lease-sweep", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._sweep())

    async def _sweep(self) -> None:
        async with open_tasks(self.settings, CeleryDispatcher(self.app)) as tasks:
            sweep = Sweep(self.settings.lease_sweep_s, tasks=tasks.takeover.run)
            await sweep.start()
            try:
                await asyncio.to_thread(self._stop.wait)
            finally:
                await sweep.close()


def bind_task(app: Celery, spec: TaskSpec, runtime: WorkerRuntime) -> None:
    """Register ``spec`` with Celery: its queue, priority and a hard time limit."""

    @app.task(  # type: ignore[untyped-decorator]
        name=spec.name,
        bind=True,
        queue=spec.queue.value,
        priority=int(spec.priority),
        max_retries=None,  # the runner counts retries in background_tasks
        time_limit=spec.time_limit_s + runtime.settings.task_hard_limit_grace_s,
        acks_late=True,
        reject_on_worker_lost=True,
        typing=False,
        throws=(TaskFailedError,),  # expected: logged without a traceback
    )
    def run(self: Task, **params: Any) -> dict[str, Any] | None:
        outcome = runtime.execute(self.request.id, spec.name, params)
        return to_celery(self, outcome, params)


def to_celery(task: Task, outcome: Outcome, params: dict[str, Any]) -> dict[str, Any] | None:
    if outcome.state == "retry":
        raise task.retry(countdown=outcome.delay_s, kwargs=params)
    if outcome.state == "busy":  # another execution holds it: look again later
        task.apply_async(kwargs=params, task_id=task.request.id, countdown=outcome.delay_s)
        return {"deferred_s": outcome.delay_s}
    if outcome.state == "failed":
        raise TaskFailedError(outcome.error)
    return outcome.result


def create_worker_app(settings: Settings) -> Celery:
    """The Celery app ``afirgen worker`` and ``afirgen beat`` run."""
    app = create_celery(settings)
    registry = load_registry(settings.task_modules)
    runtime = WorkerRuntime(settings, app)
    for spec in registry:
        bind_task(app, spec, runtime)
    app.conf.beat_schedule = beat_schedule(schedule(settings, registry))

    @worker_process_shutdown.connect(weak=False)  # type: ignore[untyped-decorator]
    def _shutdown(**_: Any) -> None:
        runtime.close()

    sweeper = LeaseSweeper(settings, app)

    @worker_ready.connect(weak=False)  # type: ignore[untyped-decorator]
    def _ready(sender: Any = None, **_: Any) -> None:
        sweeper.start()
        queues = sorted(q.name for q in (app.amqp.queues.consume_from or {}).values())
        log.info("worker.ready", hostname=getattr(sender, "hostname", None), queues=queues)

    @worker_shutdown.connect(weak=False)  # type: ignore[untyped-decorator]
    def _stopping(**_: Any) -> None:
        sweeper.stop()

    return app
