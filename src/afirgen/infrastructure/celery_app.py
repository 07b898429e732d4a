"""The Celery application: Redis as broker and result backend, one queue per job kind.

Reliability settings, and why:
- ``task_acks_late``: a message is acknowledged only after its task returns, so a
  worker killed mid-task leaves it unacknowledged; Redis hands it out again once
  ``visibility_timeout`` has passed (which must exceed every task's time limit,
  or a slow task would be handed out twice while it still runs);
- ``task_reject_on_worker_lost``: a pool process that dies mid-task puts its
  message back at once instead of marking it failed;
- ``worker_prefetch_multiplier=1``: a worker holds one unstarted message per
  process, so a crash strands little and long tasks do not block short ones.

Tasks must therefore be idempotent: the task runner keys that on the task id in
``background_tasks`` (see ``tasks/runner.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from celery import Celery
from kombu.entity import Queue as KombuQueue

from afirgen.config import Settings


class Queue(StrEnum):
    """The broker queues, one per job kind; ``afirgen worker`` consumes them all."""

    GENERATION = "generation"  # a session's step, generated while an officer waits
    EMAIL = "email"
    REPORTS = "reports"
    ANALYTICS = "analytics"
    CLEANUP = "cleanup"


QUEUES = tuple(queue.value for queue in Queue)
# Redis emulates priorities with one list per step; 0 is served first.
PRIORITY_STEPS = [0, 3, 6, 9]


@dataclass(frozen=True)
class Periodic:
    """A task that beat sends every ``every``."""

    task: str
    every: timedelta
    queue: str
    priority: int


def create_celery(settings: Settings, name: str = "afirgen") -> Celery:
    """A Celery app for the configured broker; connects lazily, on first use."""
    if not settings.celery_broker_url:
        raise ValueError("AFIRGEN_CELERY_BROKER_URL is not set")
    app = Celery(
        name,
        broker=settings.celery_broker_url,
        backend=settings.celery_result_backend or settings.celery_broker_url,
        set_as_current=False,
    )
    app.conf.update(_config(settings))
    return app


def _config(settings: Settings) -> dict[str, Any]:
    visibility = settings.celery_visibility_timeout_s
    queues = [KombuQueue(q, routing_key=q) for q in QUEUES]  # type: ignore[no-untyped-call]
    return {
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_acks_on_failure_or_timeout": True,
        "worker_prefetch_multiplier": 1,
        "task_queues": queues,
        "task_default_queue": Queue.REPORTS.value,
        "task_default_priority": 6,
        "broker_transport_options": {
            "visibility_timeout": visibility,
            "priority_steps": PRIORITY_STEPS,
            # sweep for unacknowledged messages often enough for the timeout in use
            "unacked_restore_interval": max(1, min(60, visibility // 10)),
            "unacked_restore_throttle": 1,
        },
        "broker_connection_retry_on_startup": True,
        "result_expires": timedelta(days=1),
        "result_extended": True,
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
        "timezone": "UTC",
        "enable_utc": True,
        "beat_schedule_filename": str(settings.data_dir / "celerybeat-schedule"),
    }


def beat_schedule(entries: Iterable[Periodic]) -> dict[str, dict[str, Any]]:
    """Celery's ``beat_schedule`` for the given periodic tasks."""
    return {
        entry.task: {
            "task": entry.task,
            "schedule": entry.every.total_seconds(),
            "options": {"queue": entry.queue, "priority": entry.priority},
        }
        for entry in entries
    }
