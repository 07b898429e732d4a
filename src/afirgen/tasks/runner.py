"""Runs one background task by id: the code path a Celery worker and the embedded
in-process queue share.

Rules held here:
- idempotent by task id: a task already ``success`` or ``failed`` is not run
  again, whoever delivers it (a redelivered message, a duplicate send);
- one execution at a time: the row is claimed with a conditional UPDATE; a
  row ``running`` for longer than its time limit plus the hard-kill grace
  belongs to a lost worker and may be claimed again (counted as an attempt);
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
from typing import Any, Literal

import structlog

from afirgen.config import Settings
from afirgen.errors import AppError, ServiceUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.tables import utcnow
from afirgen.infrastructure.task_queue import TaskMessage
from afirgen.repositories.tasks import FINISHED, TaskRepository
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


class TaskRunner:
    def __init__(self, settings: Settings, registry: TaskRegistry, context: TaskContext) -> None:
        self.registry = registry
        self.context = context  # what handlers receive
        self.database = context.database
        self.retry_base_s = settings.task_retry_base_s
        self.retry_max_s = settings.task_retry_max_s
        self.grace_s = settings.task_hard_limit_grace_s

    async def execute(self, task_id: str, name: str, params: dict[str, Any]) -> Outcome:
        spec = self.registry.get(name)
        with structlog.contextvars.bound_contextvars(task_id=task_id, task=name):
            claimed = await self._claim(spec, task_id, params)
            if isinstance(claimed, Outcome):
                metrics.TASKS.labels(task=name, outcome=claimed.state).inc()
                return claimed
            outcome = await self._run(spec, TaskCall(task_id, name, params, claimed))
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

    async def _claim(self, spec: TaskSpec, task_id: str, params: dict[str, Any]) -> Outcome | int:
        """The attempt number once claimed, or the outcome when it must not run now."""
        stale_before = utcnow() - spec.stale_after(self.grace_s)
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
            if not await repo.claim(task_id, stale_before):
                wait = (row.started_at or utcnow()) - stale_before
                return Outcome("busy", delay_s=max(1.0, wait.total_seconds()))
            attempt = row.retry_count + (1 if lost else 0)
            if lost:
                log.warning("task.worker_lost", attempt=attempt)
                if attempt > spec.max_retries:
                    error = f"the worker was lost during the task {attempt} times"
                    await repo.update(task_id, **_finished("failed", error=error))
                    return Outcome("failed", error=error)
                await repo.update(task_id, retry_count=attempt)
        return attempt

    async def _run(self, spec: TaskSpec, call: TaskCall) -> Outcome:
        started = time.perf_counter()
        limit = asyncio.timeout(spec.time_limit_s)
        try:
            async with limit:
                result = await spec.handler(self.context, call)
        except TimeoutError as exc:
            if limit.expired():
                return await self._fail(call, f"exceeded its time limit of {spec.time_limit_s:g} s")
            return await self._failed_attempt(spec, call, exc)
        except Exception as exc:
            return await self._failed_attempt(spec, call, exc)
        finally:
            metrics.TASK_DURATION.labels(task=spec.name).observe(time.perf_counter() - started)
        await self._record(call.task_id, **_finished("success", result=result))
        log.info("task.succeeded", attempt=call.attempt, ms=_ms(started))
        return Outcome("success", result=result)

    async def _failed_attempt(self, spec: TaskSpec, call: TaskCall, exc: Exception) -> Outcome:
        error = describe(exc)
        if not is_transient(exc) or call.attempt >= spec.max_retries:
            return await self._fail(call, error)
        delay = self.backoff(call.attempt)
        await self._record(
            call.task_id, status="retrying", retry_count=call.attempt + 1, error=error
        )
        log.warning("task.retrying", attempt=call.attempt, delay_s=delay, error=error)
        return Outcome("retry", error=error, delay_s=delay)

    async def _fail(self, call: TaskCall, error: str) -> Outcome:
        await self._record(call.task_id, **_finished("failed", error=error))
        log.error("task.failed", attempt=call.attempt, error=error)
        return Outcome("failed", error=error)

    async def _record(self, task_id: str, **values: Any) -> None:
        async with self.database.transaction() as db:
            await TaskRepository(db).update(task_id, **values)


def _finished(
    status: str, *, result: dict[str, Any] | None = None, error: str | None = None
) -> dict[str, Any]:
    return {"status": status, "result": result, "error": error, "completed_at": utcnow()}


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
