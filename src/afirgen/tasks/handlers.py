"""The built-in background tasks, what each one does in a few lines, and the
registry: these plus ``TASKS`` of each module named in ``AFIRGEN_TASK_MODULES``.

A handler receives a :class:`TaskContext` (the services tasks use) and the call.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from afirgen.errors import BadInput
from afirgen.infrastructure.celery_app import Queue
from afirgen.tasks.context import TaskContext
from afirgen.tasks.names import (
    CLEANUP_TASK,
    COPY_TASK,
    DASHBOARD_TASK,
    OVERDUE_SCAN_TASK,
    OVERDUE_TASK,
    PDF_TASK,
)
from afirgen.tasks.registry import TaskCall, TaskRegistry, TaskSpec, task

DASHBOARD_DAYS = 30


def param(call: TaskCall, name: str) -> str:
    value = call.params.get(name)
    if not isinstance(value, str) or not value:
        raise BadInput(f"{call.name} needs the parameter {name!r}")
    return value


def message_id(task_id: str, sender: str | None) -> str:
    """Stable per task, so a resent copy can be recognised as the same message."""
    domain = sender.rsplit("@", 1)[-1].strip("> ") if sender and "@" in sender else "afirgen"
    return f"<{task_id}@{domain}>"


async def make_fir_pdf(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    fir_number = param(call, "fir_number")
    path = await ctx.reports.ensure_pdf(fir_number)
    return {"fir_number": fir_number, "file": path.name, "bytes": path.stat().st_size}


async def send_fir_copy(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    msg_id = message_id(call.task_id, ctx.mail_from)
    return await ctx.notifications.send_fir_copy(param(call, "fir_number"), msg_id)


async def scan_overdue_reviews(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    return await ctx.notifications.scan_overdue_reviews()


async def send_review_overdue(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    msg_id = message_id(call.task_id, ctx.mail_from)
    return await ctx.notifications.send_review_overdue(
        param(call, "session_id"), param(call, "waiting_since"), msg_id
    )


async def refresh_dashboard(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    days = call.params.get("days", DASHBOARD_DAYS)
    if not isinstance(days, int) or not 1 <= days <= 366:
        raise BadInput("days must be a whole number from 1 to 366")
    return await ctx.stats.refresh(days)


async def run_cleanup(ctx: TaskContext, call: TaskCall) -> dict[str, Any]:
    return await ctx.cleanup.run()


BUILTIN_TASKS: list[TaskSpec] = [
    task(PDF_TASK, Queue.REPORTS, make_fir_pdf),
    task(COPY_TASK, Queue.EMAIL, send_fir_copy),
    task(OVERDUE_TASK, Queue.EMAIL, send_review_overdue),
    task(OVERDUE_SCAN_TASK, Queue.EMAIL, scan_overdue_reviews),
    task(DASHBOARD_TASK, Queue.ANALYTICS, refresh_dashboard),
    task(CLEANUP_TASK, Queue.CLEANUP, run_cleanup),
]


def load_registry(modules: Iterable[str] = ()) -> TaskRegistry:
    """The built-in tasks plus ``TASKS`` of each named module."""
    specs = list(BUILTIN_TASKS)
    for name in modules:
        specs.extend(importlib.import_module(name).TASKS)
    return TaskRegistry(specs)
