"""Taking over background tasks whose holder stopped.

Rules held here:
- a task is taken over when its lease lapsed: sent and not started within the
  dispatch grace (the broker was down, or the process whose in-process queue
  held it stopped), a retry whose process stopped during the wait, or a run
  whose worker stopped renewing (``kill -9``, a lost machine); a run whose
  worker ran on this machine and has certainly stopped is taken over without
  waiting for the lapse (``infrastructure.leases.holder_stopped``);
- of several instances and workers sweeping at once, exactly one takes each
  task over (a conditional UPDATE), and sends it again on the task queue:
  the Celery broker when one is configured, else its own in-process queue;
- a lost run counts as an attempt: past the task's retries it is failed
  ("the worker was lost during the task N times") instead of sent again, so
  nothing stays ``running`` or ``retrying`` for ever.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import structlog

from afirgen.infrastructure.database import Database
from afirgen.infrastructure.leases import holder_stopped
from afirgen.infrastructure.tables import BackgroundTask, utcnow
from afirgen.repositories.tasks import TaskRepository, finished
from afirgen.tasks.registry import UnknownTask
from afirgen.tasks.runner import lost_worker_error
from afirgen.tasks.service import TaskService

log = structlog.get_logger(__name__)


class TaskTakeover:
    def __init__(self, database: Database, service: TaskService) -> None:
        self.database = database
        self.service = service

    async def run(self) -> int:
        """Take over every unattended task; returns how many were sent again or failed."""
        now = utcnow()
        waiting_before = now - self.service.dispatch_grace
        async with self.database.transaction(write=False) as db:
            repo = TaskRepository(db)
            rows = await repo.unattended(now, waiting_before)
            running = await repo.running_held(now)
        stopped = [r for r in running if r.lease_owner and holder_stopped(r.lease_owner)]
        taken = 0
        for row in rows:
            taken += await self._take_over(row, now, waiting_before)
        for row in stopped:
            taken += await self._take_over(row, now, waiting_before, row.lease_owner)
        return taken

    async def resend_waiting(self) -> int:
        """Send every waiting task again, lease or not: at the start of an instance
        that runs tasks in-process, those its stopped predecessor held in memory run
        at once; a copy of one that a live instance holds is skipped by the claim."""
        async with self.database.transaction(write=False) as db:
            rows = await TaskRepository(db).waiting()
        sent = 0
        for row in rows:
            sent += await self.service.redispatch(row)
        return sent

    async def _take_over(
        self,
        row: BackgroundTask,
        now: datetime,
        waiting_before: datetime,
        stopped_holder: str | None = None,
    ) -> bool:
        try:
            spec = self.service.registry.get(row.task_name)
        except UnknownTask:  # not this deployment's task: left as it is
            return False
        values = self._after_lapse(row, spec.max_retries)
        async with self.database.transaction() as db:
            repo = TaskRepository(db)
            won = await repo.take_over(row, now, waiting_before, stopped_holder, **values)
        if not won:
            return False
        log.warning(
            "task.taken_over",
            task_id=row.task_id,
            task=row.task_name,
            was=row.status,
            held_by=row.lease_owner,
            holder_stopped=stopped_holder is not None,  # False: its lease lapsed
            now=values["status"],
        )
        if values["status"] == "failed":
            return True
        return await self.service.redispatch(row)

    def _after_lapse(self, row: BackgroundTask, max_retries: int) -> dict[str, Any]:
        """What the task becomes: sent again (a lost run counted), or failed."""
        if row.status != "running":
            return {"status": row.status, **self.service.waiting_lease()}
        attempt = row.retry_count + 1
        if attempt > max_retries:
            return finished("failed", error=lost_worker_error(attempt))
        return {
            "status": "retrying",
            "retry_count": attempt,
            "error": "the worker running it stopped",
            **self.service.waiting_lease(),
        }
