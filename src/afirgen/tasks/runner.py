"""Runs one background task by id: the code path a Celery worker and the embedded
in-process queue share.

Rules held here:
- idempotent by task id: a task already ``success`` or ``failed`` is not run
  again, whoever delivers it (a redelivered message, a duplicate send);
- one execution at a time: the row is claimed with a conditional UPDATE under
  a lease that a heartbeat renews while the task runs; a row ``running`` under
  a lapsed lease belongs to a lost worker and may be claimed again (counted as
  an attempt); a run that lost its lease does not record its outcome;
- the time limit is enforced here (``asyncio.timeout``); going past it fails
  the task without retry;
- errors are retried with exponential backoff and jitter up to the task's
  retries when they are transient (``ServiceUnavailable`` or from outside the
  domain error tree), and fail the task at once otherwise.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any, Literal

import structlog

from afirgen.config import Settings
from afirgen.errors import AppError, ServiceUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.leases import LeaseTerms, heartbeat, new_owner
from afirgen.infrastructure.tables import utcnow
from afirgen.infrastructure.task_queue import TaskMessage
from afirgen.repositories.tasks import FINISHED, TaskRepository, finished
from afirgen.tasks.context import TaskContext
from afirgen.tasks.registry import TaskCall, TaskRegistry, TaskSpec

log = structlog.get_logger(__name__)

State = Literal["success", "failed", "retry", "skipped", "busy"]


@dataclass(frozen=True)
class Outcome:
    state: State
    result: dict[str, Any] | None = None
    error: str | None = None
    delay_s: float = 0.0  # for "retry" and "busy": run again after this long


def is_transient(exc: BaseException) -> bool:
    return not isinstance(exc, AppError) or isinstance(exc, ServiceUnavailable)


def describe(exc: BaseException) -> str:
    return exc.message if isinstance(exc, AppError) else f"{type(exc).__name__}: {exc}"


def lost_worker_error(attempts: int) -> str:
    return f"the worker was lost during the task {attempts} times"


@dataclass(frozen=True)
class Run:
    """One claimed execution: what the handler sees, and the lease it runs under."""

    call: TaskCall
    owner: str


class TaskRunner:
    def __init__(self, settings: Settings, registry: TaskRegistry, context: TaskContext) -> None:
        self.registry = registry
        self.context = context  # what handlers receive
        self.database = context.database
        self.retry_base_s = settings.task_retry_base_s
        self.retry_max_s = settings.task_retry_max_s
        self.lease = LeaseTerms.of(settings.lease_s, settings.lease_sweep_s)

    async def execute(self, task_id: str, name: str, params: dict[str, Any]) -> Outcome:
        spec = self.registry.get(name)
        with structlog.contextvars.bound_contextvars(task_id=task_id, task=name):
            owner = new_owner()
            claimed = await self._claim(spec, task_id, params, owner)
            if isinstance(claimed, Outcome):
                metrics.TASKS.labels(task=name, outcome=claimed.state).inc()
                return claimed
            outcome = await self._run(spec, Run(TaskCall(task_id, name, params, claimed), owner))
        metrics.TASKS.labels(task=name, outcome=outcome.state).inc()
        return outcome

    async def run_message(self, message: TaskMessage) -> float | None:
        """The in-process queue's entry: seconds until the next try, or None when done."""
        outcome = await self.execute(message.task_id, message.name, message.params)
        return outcome.delay_s if outcome.state in ("retry", "busy") else None

    def backoff(self, attempt: int) -> float:
        """base * 2^attempt, capped, plus up to one base of jitter."""
        delay = min(self.retry_max_s, self.retry_base_s * 2.0**attempt)
        return round(delay + random.uniform(0, self.retry_base_s), 3)

    async def _claim(
        self, spec: TaskSpec, task_id: str, params: dict[str, Any], owner: str
    ) -> Outcome | int:
        """The attempt number once claimed, or the outcome when it must not run now."""
        async with self.database.transaction() as db:
            repo = TaskRepository(db)
            await repo.insert_if_absent(
                task_id=task_id, name=spec.name, priority=int(spec.priority), params=params
            )
            row = await repo.get(task_id, for_update=True)
            assert row is not None
            if row.status in FINISHED:
                log.info("task.duplicate_skipped", status=row.status)
                return Outcome("skipped", result=row.result, error=row.error)
            lost = row.status == "running"
            if not await repo.claim(task_id, owner, self.lease.until()):
                held_until = row.lease_expires_at or utcnow()
                return Outcome("busy", delay_s=max(1.0, (held_until - utcnow()).total_seconds()))
            attempt = row.retry_count + (1 if lost else 0)
            if lost:
                log.warning("task.worker_lost", attempt=attempt, held_by=row.lease_owner)
                if attempt > spec.max_retries:
                    error = lost_worker_error(attempt)
                    await repo.update(task_id, **finished("failed", error=error))
                    return Outcome("failed", error=error)
                await repo.update(task_id, retry_count=attempt)
        return attempt

    async def _run(self, spec: TaskSpec, run: Run) -> Outcome:
        started = time.perf_counter()
        limit = asyncio.timeout(spec.time_limit_s)
        renew = partial(self._renew_lease, run)
        try:
            beat = heartbeat(renew, self.lease.renew_every_s, task_id=run.call.task_id)
            async with beat, limit:
                result = await spec.handler(self.context, run.call)
        except TimeoutError as exc:
            if limit.expired():
                return await self._fail(run, f"exceeded its time limit of {spec.time_limit_s:g} s")
            return await self._failed_attempt(spec, run, exc)
        except Exception as exc:
            return await self._failed_attempt(spec, run, exc)
        finally:
            metrics.TASK_DURATION.labels(task=spec.name).observe(time.perf_counter() - started)
        outcome = await self._record(run, Outcome("success", result=result))
        log.info("task.succeeded", attempt=run.call.attempt, ms=_ms(started))
        return outcome

    async def _failed_attempt(self, spec: TaskSpec, run: Run, exc: Exception) -> Outcome:
        error, attempt = describe(exc), run.call.attempt
        if not is_transient(exc) or attempt >= spec.max_retries:
            return await self._fail(run, error)
        delay = self.backoff(attempt)
        # held through the wait: lapsed, the retry was lost with its process
        waiting = self.lease.until() + timedelta(seconds=delay)
        outcome = Outcome("retry", error=error, delay_s=delay)
        log.warning("task.retrying", attempt=attempt, delay_s=delay, error=error)
        return await self._record(
            run,
            outcome,
            status="retrying",
            retry_count=attempt + 1,
            error=error,
            lease_expires_at=waiting,
        )

    async def _fail(self, run: Run, error: str) -> Outcome:
        log.error("task.failed", attempt=run.call.attempt, error=error)
        return await self._record(run, Outcome("failed", error=error))

    async def _record(self, run: Run, outcome: Outcome, **values: Any) -> Outcome:
        """Write the outcome unless the task was taken over meanwhile; then the run that
        holds it now records its own, and this one counts as skipped."""
        if not values:
            values = finished(outcome.state, result=outcome.result, error=outcome.error)
        async with self.database.transaction() as db:
            held = await TaskRepository(db).record(run.call.task_id, run.owner, **values)
        if held:
            return outcome
        log.warning("task.lease_lost", outcome=outcome.state)
        return Outcome("skipped", error="taken over by another worker")

    async def _renew_lease(self, run: Run) -> bool:
        async with self.database.transaction() as db:
            return await TaskRepository(db).renew_lease(
                run.call.task_id, run.owner, self.lease.until()
            )


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
