"""The background tasks this service runs, with the seed's policy per kind:

| queue     | priority | retries | time limit |
|-----------|----------|---------|------------|
| email     | low      | 3       | 60 s       |
| reports   | medium   | 3       | 300 s      |
| analytics | low      | 2       | 120 s      |
| cleanup   | low      | 1       | 600 s      |

plus the periodic schedule beat (or the embedded scheduler) follows. The
built-in tasks are listed in ``handlers.py``; modules named in
``AFIRGEN_TASK_MODULES`` may add tasks: each exposes ``TASKS``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from enum import IntEnum
from typing import Any

from afirgen.config import Settings
from afirgen.infrastructure.cache import DASHBOARD_TTL
from afirgen.infrastructure.celery_app import Periodic, Queue
from afirgen.tasks.context import TaskContext
from afirgen.tasks.names import CLEANUP_TASK, DASHBOARD_TASK, OVERDUE_SCAN_TASK

__all__ = [
    "POLICY",
    "Handler",
    "Priority",
    "Queue",
    "TaskCall",
    "TaskRegistry",
    "TaskSpec",
    "UnknownTask",
    "schedule",
    "task",
]


class Priority(IntEnum):
    """Redis serves lower numbers first."""

    HIGH = 0
    MEDIUM = 3
    LOW = 6


@dataclass(frozen=True)
class TaskCall:
    """One execution of a task, as its handler sees it."""

    task_id: str
    name: str
    params: dict[str, Any]
    attempt: int  # 0 for the first run, then one more per retry


Handler = Callable[[TaskContext, TaskCall], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class TaskSpec:
    name: str
    queue: Queue
    handler: Handler = field(compare=False)
    priority: Priority = Priority.LOW
    max_retries: int = 0
    time_limit_s: float = 60.0


POLICY: dict[Queue, tuple[Priority, int, float]] = {
    Queue.EMAIL: (Priority.LOW, 3, 60.0),
    Queue.REPORTS: (Priority.MEDIUM, 3, 300.0),
    Queue.ANALYTICS: (Priority.LOW, 2, 120.0),
    Queue.CLEANUP: (Priority.LOW, 1, 600.0),
}


def task(name: str, queue: Queue, handler: Handler) -> TaskSpec:
    """A task with its queue's priority, retries and time limit."""
    priority, retries, limit = POLICY[queue]
    return TaskSpec(name, queue, handler, priority, retries, limit)


class UnknownTask(KeyError):
    pass


class TaskRegistry:
    def __init__(self, specs: Iterable[TaskSpec]) -> None:
        self._specs = {spec.name: spec for spec in specs}

    def get(self, name: str) -> TaskSpec:
        try:
            return self._specs[name]
        except KeyError:
            raise UnknownTask(name) from None

    def __iter__(self) -> Iterator[TaskSpec]:
        return iter(self._specs.values())


def schedule(settings: Settings, registry: TaskRegistry) -> list[Periodic]:
    """What runs periodically: clean-up, overdue-review notices, dashboard refresh."""
    every = {
        CLEANUP_TASK: timedelta(minutes=settings.cleanup_interval_minutes),
        OVERDUE_SCAN_TASK: timedelta(
            minutes=max(1.0, min(10.0, settings.review_overdue_minutes / 4))
        ),
        DASHBOARD_TASK: timedelta(seconds=DASHBOARD_TTL),
    }
    entries = []
    for name, interval in every.items():
        spec = registry.get(name)
        entries.append(Periodic(name, interval, spec.queue.value, int(spec.priority)))
    return entries
