"""The ``background_tasks`` table: one row per task id, the record of what ran.

A row is inserted in the transaction that asks for the task (or by the worker,
for tasks beat sends), claimed with a conditional UPDATE so only one execution
runs it at a time, and finished with its result or error.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import BackgroundTask, utcnow

FINISHED = ("success", "failed")


def task_to_dict(task: BackgroundTask) -> dict[str, Any]:
    columns = sa.inspect(BackgroundTask).columns
    return {c.key: getattr(task, c.key) for c in columns}


class TaskRepository:
    def __init__(self, db: AsyncSession) -> None:
        self.db = db

    async def insert_if_absent(
        self,
        *,
        task_id: str,
        name: str,
        priority: int,
        params: dict[str, Any],
        station_id: int | None = None,
    ) -> bool:
        """Insert a ``pending`` row; False when a row with this id exists already."""
        values = {
            "task_id": task_id,
            "task_name": name[:100],
            "status": "pending",
            "priority": priority,
            "params": params,
            "retry_count": 0,
            "station_id": station_id,
            "created_at": utcnow(),
        }
        if self.db.get_bind().dialect.name == "sqlite":
            stmt: sa.Insert = sqlite.insert(BackgroundTask).values(values).on_conflict_do_nothing()
        else:
            stmt = mysql.insert(BackgroundTask).values(values).prefix_with("IGNORE")
        result = await self.db.execute(stmt)
        return getattr(result, "rowcount", 0) == 1

    async def get(self, task_id: str, *, for_update: bool = False) -> BackgroundTask | None:
        return await self.db.get(
            BackgroundTask, task_id, populate_existing=True, with_for_update=for_update
        )

    async def claim(self, task_id: str, stale_before: datetime) -> bool:
        """Mark the task running if it is waiting, or running but abandoned."""
        waiting = BackgroundTask.status.in_(("pending", "retrying"))
        abandoned = (BackgroundTask.status == "running") & (
            BackgroundTask.started_at < stale_before
        )
        stmt = (
            sa.update(BackgroundTask)
            .where(BackgroundTask.task_id == task_id, waiting | abandoned)
            .values(status="running", started_at=utcnow(), completed_at=None)
            .execution_options(synchronize_session=False)
        )
        return getattr(await self.db.execute(stmt), "rowcount", 0) == 1

    async def update(self, task_id: str, **values: Any) -> None:
        stmt = (
            sa.update(BackgroundTask)
            .where(BackgroundTask.task_id == task_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        await self.db.execute(stmt)

    async def rearm(self, task_id: str) -> bool:
        """Make a finished task ``pending`` again, to run it once more."""
        stmt = (
            sa.update(BackgroundTask)
            .where(BackgroundTask.task_id == task_id, BackgroundTask.status.in_(FINISHED))
            .values(
                status="pending",
                retry_count=0,
                result=None,
                error=None,
                started_at=None,
                completed_at=None,
            )
            .execution_options(synchronize_session=False)
        )
        return getattr(await self.db.execute(stmt), "rowcount", 0) == 1

    async def stalled(
        self, *, waiting_before: datetime, running_before: datetime, limit: int = 200
    ) -> list[BackgroundTask]:
        """Tasks nobody is running: long waiting, or running since a lost worker."""
        waiting = BackgroundTask.status.in_(("pending", "retrying")) & (
            sa.func.coalesce(BackgroundTask.started_at, BackgroundTask.created_at) < waiting_before
        )
        lost = (BackgroundTask.status == "running") & (BackgroundTask.started_at < running_before)
        stmt = (
            sa.select(BackgroundTask)
            .where(waiting | lost)
            .order_by(BackgroundTask.priority, BackgroundTask.created_at)
            .limit(limit)
        )
        return list((await self.db.execute(stmt)).scalars())

    async def delete_finished_before(self, before: datetime) -> int:
        stmt = sa.delete(BackgroundTask).where(
            BackgroundTask.status.in_(FINISHED), BackgroundTask.completed_at < before
        )
        return int(getattr(await self.db.execute(stmt), "rowcount", 0) or 0)
