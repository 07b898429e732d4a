"""Asking for background tasks, and reading their record.

A task is written to ``background_tasks`` inside the caller's transaction and
handed to the dispatcher only once that transaction commits; a rollback drops
both (``after_commit``). A task asked for under a fixed id (``task_key``) is
asked for once: the same id again returns the existing task. A task sent and
not started within ``dispatch_grace`` is sent again (``tasks/takeover.py``).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.errors import TaskNotFound
from afirgen.infrastructure.database import after_commit
from afirgen.infrastructure.leases import new_owner
from afirgen.infrastructure.tables import BackgroundTask, utcnow
from afirgen.infrastructure.task_queue import TaskDispatcher, TaskMessage
from afirgen.repositories.tasks import TaskRepository, task_to_dict
from afirgen.services.access import Actor, stations_in_scope
from afirgen.tasks.registry import TaskRegistry, TaskSpec, UnknownTask

log = structlog.get_logger(__name__)

_TASK_NAMESPACE = uuid.UUID("6f0c7c2e-3b1e-4d55-9a53-0c1f3f0b9a11")


def task_key(*parts: str) -> str:
    """A stable task id for work that must happen once (one PDF, one copy per FIR)."""
    return str(uuid.uuid5(_TASK_NAMESPACE, "\x1f".join(parts)))


class TaskService:
    def __init__(
        self,
        registry: TaskRegistry,
        dispatcher: TaskDispatcher,
        dispatch_grace: timedelta = timedelta(minutes=5),
    ) -> None:
        self.registry = registry
        self.dispatcher = dispatcher
        self.dispatch_grace = dispatch_grace

    async def enqueue(
        self,
        db: AsyncSession,
        name: str,
        params: dict[str, Any],
        *,
        task_id: str | None = None,
        rerun_finished: bool = False,
        station_id: int | None = None,
    ) -> str:
        """Record the task now; dispatch it after commit. Returns the task id.

        With an existing ``task_id`` nothing new happens, unless ``rerun_finished``
        and that task has finished: then it runs once more under the same id.
        """
        spec = self.registry.get(name)
        task_id = task_id or str(uuid.uuid4())
        repo = TaskRepository(db)
        lease = self.waiting_lease()
        created = await repo.insert_if_absent(
            task_id=task_id,
            name=name,
            priority=int(spec.priority),
            params=params,
            station_id=station_id,
            lease=lease,
        )
        if created or (rerun_finished and await repo.rearm(task_id, lease)):
            message = self.message(spec, task_id, params)

            async def dispatch() -> None:
                await self.dispatch(message)

            after_commit(db, dispatch)
            log.info("task.enqueued", task_id=task_id, task=name, queue=spec.queue.value)
        return task_id

    def waiting_lease(self) -> dict[str, Any]:
        """The lease of a task sent and not yet started: lapsed, it is sent again."""
        return {"lease_owner": new_owner(), "lease_expires_at": utcnow() + self.dispatch_grace}

    async def get(self, db: AsyncSession, task_id: str, actor: Actor) -> dict[str, Any]:
        """A task of a station the officer can read (or deployment-wide work), else 404."""
        readable = await stations_in_scope(db, actor, None)
        task = await TaskRepository(db).get(task_id)
        if task is None or (task.station_id is not None and task.station_id not in readable):
            raise TaskNotFound(f"no task {task_id}", task_id=task_id)
        return task_to_dict(task)

    def message(
        self, spec: TaskSpec, task_id: str, params: dict[str, Any], delay_s: float = 0.0
    ) -> TaskMessage:
        return TaskMessage(
            task_id=task_id,
            name=spec.name,
            params=params,
            queue=spec.queue.value,
            priority=int(spec.priority),
            delay_s=delay_s,
        )

    async def dispatch(self, message: TaskMessage) -> bool:
        """Hand a recorded task to the queue; a broker outage leaves it ``pending``.

        Its lease lapses and the sweep dispatches it again, so a task recorded
        while the broker was down still runs once it is back.
        """
        try:
            await self.dispatcher.dispatch(message)
        except Exception as exc:  # kombu/redis raise many types; all mean "not sent"
            log.error(
                "task.dispatch_failed", task_id=message.task_id, task=message.name, error=str(exc)
            )
            return False
        return True

    async def redispatch(self, row: BackgroundTask) -> bool:
        """Hand a recorded task to the queue again; False when it was not sent.

        Safe to repeat: the runner skips a finished task and lets one execution
        at a time hold a running one. A task no longer registered here is left
        as it is.
        """
        try:
            spec = self.registry.get(row.task_name)
        except UnknownTask:
            log.warning("task.redispatch_unknown", task_id=row.task_id, task=row.task_name)
            return False
        return await self.dispatch(self.message(spec, row.task_id, row.params))
