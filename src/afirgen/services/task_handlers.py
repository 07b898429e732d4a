"""The built-in background tasks: what each one does, in a few lines each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afirgen.errors import BadInput
from afirgen.services.notification_service import COPY_TASK, OVERDUE_TASK, message_id
from afirgen.services.report_service import PDF_TASK
from afirgen.services.task_registry import (
    CLEANUP_TASK,
    DASHBOARD_TASK,
    OVERDUE_SCAN_TASK,
    Queue,
    TaskCall,
    TaskSpec,
    task,
)

if TYPE_CHECKING:
    from afirgen.services.background import Background

DASHBOARD_DAYS = 30


def param(call: TaskCall, name: str) -> str:
    value = call.params.get(name)
    if not isinstance(value, str) or not value:
        raise BadInput(f"{call.name} needs the parameter {name!r}")
    return value


async def make_fir_pdf(bg: Background, call: TaskCall) -> dict[str, Any]:
    fir_number = param(call, "fir_number")
    path = await bg.reports.ensure_pdf(fir_number)
    return {"fir_number": fir_number, "file": path.name, "bytes": path.stat().st_size}


async def send_fir_copy(bg: Background, call: TaskCall) -> dict[str, Any]:
    msg_id = message_id(call.task_id, bg.settings.mail_from)
    return await bg.notifications.send_fir_copy(param(call, "fir_number"), msg_id)


async def scan_overdue_reviews(bg: Background, call: TaskCall) -> dict[str, Any]:
    return await bg.notifications.scan_overdue_reviews()


async def send_review_overdue(bg: Background, call: TaskCall) -> dict[str, Any]:
    msg_id = message_id(call.task_id, bg.settings.mail_from)
    return await bg.notifications.send_review_overdue(
        param(call, "session_id"), param(call, "waiting_since"), msg_id
    )


async def refresh_dashboard(bg: Background, call: TaskCall) -> dict[str, Any]:
    days = call.params.get("days", DASHBOARD_DAYS)
    if not isinstance(days, int) or not 1 <= days <= 366:
        raise BadInput("days must be a whole number from 1 to 366")
    return await bg.stats.refresh(days)


async def run_cleanup(bg: Background, call: TaskCall) -> dict[str, Any]:
    return await bg.cleanup.run()


BUILTIN_TASKS: list[TaskSpec] = [
    task(PDF_TASK, Queue.REPORTS, make_fir_pdf),
    task(COPY_TASK, Queue.EMAIL, send_fir_copy),
    task(OVERDUE_TASK, Queue.EMAIL, send_review_overdue),
    task(OVERDUE_SCAN_TASK, Queue.EMAIL, scan_overdue_reviews),
    task(DASHBOARD_TASK, Queue.ANALYTICS, refresh_dashboard),
    task(CLEANUP_TASK, Queue.CLEANUP, run_cleanup),
]
