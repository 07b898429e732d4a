"""The ``background_tasks`` table: one row per task id, the record of what ran.

A row is inserted in the transaction that asks for the task (or by the worker,
for tasks beat sends), claimed with a conditional UPDATE so only one execution
runs it at a time, and finished with its result or error. An unfinished task
carries a lease (``repositories/leases.py``): sent and not yet started, waiting
for a retry, or running; a lapsed one is taken over by a conditional UPDATE too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.infrastructure.tables import BackgroundTask, utcnow
from afirgen.repositories import leases

FINISHED = ("success", "failed")
WAITING = ("pending", "retrying")


def finished(
    status: str, *, result: dict[str, Any] | None = None, error: str | None = None
) -> dict[str, Any]:
    """The values that end a task (and release its lease)."""
    return {
        "status": status,
        "result": result,
        "error": error,
        "completed_at": utcnow(),
        **leases.released(),
    }


def _unattended(now: datetime, waiting_before: datetime) -> sa.ColumnElement[bool]:
    """Unfinished, and nobody holds it: its lease lapsed, or (rows from before leases)
    it has none and is running, or has waited since before ``waiting_before``."""
    expires = BackgroundTask.lease_expires_at
    unleased = expires.is_(None) & (
        (BackgroundTask.status == "running")
        | (sa.func.coalesce(BackgroundTask.started_at, BackgroundTask.created_at) < waiting_before)
    )
    return BackgroundTask.status.in_((*WAITING, "running")) & ((expires < now) | unleased)


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
        lease: dict[str, Any] | None = None,  # held while it waits to be started
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
            **(lease or {}),
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

    async def claim(self, task_id: str, owner: str, until: datetime) -> bool:
        """Run the task under ``owner``'s lease if it is waiting, or running under a
        lapsed lease (its worker stopped)."""
        now = utcnow()
        waiting = BackgroundTask.status.in_(WAITING)
        abandoned = (BackgroundTask.status == "running") & leases.lapsed(BackgroundTask, now)
        return await leases.update_leased(
            self.db,
            BackgroundTask,
            task_id,
            waiting | abandoned,
            status="running",
            started_at=now,
            completed_at=None,
            lease_owner=owner,
            lease_expires_at=until,
        )

    async def update(self, task_id: str, **values: Any) -> None:
        stmt = (
            sa.update(BackgroundTask)
            .where(BackgroundTask.task_id == task_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        await self.db.execute(stmt)

    async def record(self, task_id: str, owner: str, **values: Any) -> bool:
        """Write a run's outcome if ``owner`` still holds the task; False when it lost it."""
        held = leases.held_by(BackgroundTask, owner)
        return await leases.update_leased(self.db, BackgroundTask, task_id, held, **values)

    async def renew_lease(self, task_id: str, owner: str, until: datetime) -> bool:
        return await leases.renew(self.db, BackgroundTask, task_id, owner, until)

    async def unattended(
        self, now: datetime, waiting_before: datetime, limit: int = 200
    ) -> list[BackgroundTask]:
        """Unfinished tasks nobody holds (see ``_unattended``), most urgent first."""
        stmt = (
            sa.select(BackgroundTask)
            .where(_unattended(now, waiting_before))
            .order_by(BackgroundTask.priority, BackgroundTask.created_at)
            .limit(limit)
        )
        return list((await self.db.execute(stmt)).scalars())

    async def running_held(self, now: datetime, limit: int = 200) -> list[BackgroundTask]:
        """Tasks running under a lease that has not lapsed (their holder's to run)."""
        stmt = (
            sa.select(BackgroundTask)
            .where(BackgroundTask.status == "running", leases.held(BackgroundTask, now))
            .order_by(BackgroundTask.priority, BackgroundTask.created_at)
            .limit(limit)
        )
        return list((await self.db.execute(stmt)).scalars())

    async def waiting(self, limit: int = 200) -> list[BackgroundTask]:
        """Tasks sent or due for a retry and not started, most urgent first."""
        stmt = (
            sa.select(BackgroundTask)
            .where(BackgroundTask.status.in_(WAITING))
            .order_by(BackgroundTask.priority, BackgroundTask.created_at)
            .limit(limit)
        )
        return list((await self.db.execute(stmt)).scalars())

    async def take_over(
        self,
        row: BackgroundTask,
        now: datetime,
        waiting_before: datetime,
        stopped_holder: str | None = None,
        **values: Any,
    ) -> bool:
        """Write ``values`` if the task is still as read and still unattended (or still
        held by ``stopped_holder``, a holder known to have stopped): of several sweepers,
        exactly one takes it over."""
        same = (BackgroundTask.status == row.status) & (
            BackgroundTask.retry_count == row.retry_count
        )
        unattended = _unattended(now, waiting_before)
        if stopped_holder is not None:
            unattended = unattended | leases.held_by(BackgroundTask, stopped_holder)
        condition = same & unattended
        return await leases.update_leased(self.db, BackgroundTask, row.task_id, condition, **values)

    async def rearm(self, task_id: str, lease: dict[str, Any]) -> bool:
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
                **lease,
            )
            .execution_options(synchronize_session=False)
        )
        return getattr(await self.db.execute(stmt), "rowcount", 0) == 1

    async def delete_finished_before(self, before: datetime) -> int:
        stmt = sa.delete(BackgroundTask).where(
            BackgroundTask.status.in_(FINISHED), BackgroundTask.completed_at < before
        )
        return int(getattr(await self.db.execute(stmt), "rowcount", 0) or 0)
