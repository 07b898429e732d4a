"""Background tasks: what was asked for, and how it went."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse

from afirgen.api.dependencies import CurrentOfficer, ReadDbSession, Tasks
from afirgen.api.task_schemas import TaskAccepted, TaskRead

router = APIRouter(tags=["tasks"])

TaskId = Annotated[str, Path(min_length=1, max_length=36, examples=["9b2f..."])]


@router.get("/tasks/{task_id}", response_model=TaskRead)
async def read_task(
    task_id: TaskId, db: ReadDbSession, tasks: Tasks, officer: CurrentOfficer
) -> TaskRead:
    """Status, result or error, and retries of one background task of your station."""
    return TaskRead.model_validate(await tasks.service.get(db, task_id, officer))


def accepted(request: Request, task_id: str) -> JSONResponse:
    """202 with the task to poll."""
    url = str(request.url_for("read_task", task_id=task_id))
    body = TaskAccepted(task_id=task_id, status_url=url)
    headers = {"Location": url, "Retry-After": "1"}
    return JSONResponse(body.model_dump(), status_code=202, headers=headers)
