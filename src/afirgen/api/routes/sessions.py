"""Complaint intake and the step-by-step review of its draft."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile, status
from sse_starlette import EventSourceResponse

from afirgen.api.dependencies import AppServices, CurrentOfficer, DbSession, ReadDbSession, Sessions
from afirgen.api.forms import FORM_TYPES, StrictFormRoute
from afirgen.api.schemas import (
    RegenerateRequest,
    SessionAccepted,
    SessionStatusRead,
    SessionStepResult,
    ValidateRequest,
)
from afirgen.domain import SessionStatus, Step
from afirgen.errors import BadInput, UnsupportedMedia
from afirgen.pipeline.steps import step_content

router = APIRouter(tags=["review"], route_class=StrictFormRoute)

CLOSED = {SessionStatus.COMPLETED, SessionStatus.FAILED, SessionStatus.EXPIRED}


@router.post(
    "/process",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=SessionAccepted,
    summary="Start a draft FIR from a complaint",
)
async def process_complaint(
    request: Request,
    db: DbSession,
    services: AppServices,
    officer: CurrentOfficer,
    text: Annotated[str | None, Form(description="The complaint as typed text")] = None,
    file: Annotated[
        UploadFile | None,
        File(
            description="A recording (WAV, MP3, M4A/AAC, OGG/Opus, WebM) or an image of a "
            "letter (JPEG, PNG, WebP, TIFF, PDF); recognised in the background"
        ),
    ] = None,
) -> SessionAccepted:
    """The complaint is taken at your station: its station and district come from its record."""
    if not request.headers.get("content-type", "").startswith(FORM_TYPES):
        raise UnsupportedMedia(
            "send the complaint as a form (multipart/form-data): a 'text' field or a 'file'"
        )
    if file is not None:
        if text and text.strip():
            raise BadInput("send the complaint as text or as a file, not both")
        media = await services.intake.receive(file, file.filename, officer)
        started = await services.intake.start(db, media, officer)
        return accepted(request, started)
    started = await services.intake.start_text(db, text, officer)
    return accepted(request, started)


def accepted(request: Request, started: dict[str, Any]) -> SessionAccepted:
    base = str(request.url_for("session_status", session_id=started["session_id"]))
    return SessionAccepted(
        **started, status_url=base, events_url=base.removesuffix("/status") + "/events"
    )


@router.get("/session/{session_id}/status", response_model=SessionStatusRead)
async def session_status(
    session_id: str, db: ReadDbSession, sessions: Sessions, officer: CurrentOfficer
) -> dict[str, Any]:
    return status_view(await sessions.status(db, officer, session_id))


@router.get("/session/{session_id}/events", summary="Progress as server-sent events")
async def session_events(
    session_id: str, services: AppServices, sessions: Sessions, officer: CurrentOfficer
) -> EventSourceResponse:
    async with services.database.transaction(write=False) as db:
        first = await sessions.status(db, officer, session_id)  # 404 before the stream starts

    async def stream() -> AsyncIterator[dict[str, str]]:
        snapshot, seen = first, -1
        for _ in range(1200):  # at most ten minutes a connection
            if snapshot["version"] != seen or snapshot["status"] in CLOSED:
                seen = snapshot["version"]
                view = status_view(snapshot)
                yield {"event": "status", "id": str(seen), "data": json.dumps(view, default=str)}
            if snapshot["status"] in CLOSED:
                return
            await asyncio.sleep(0.5)
            async with services.database.transaction(write=False) as db:
                snapshot = await sessions.status(db, officer, session_id)

    return EventSourceResponse(stream(), ping=15)


@router.post("/validate", response_model=SessionStepResult)
async def validate_step(
    body: ValidateRequest, db: DbSession, sessions: Sessions, officer: CurrentOfficer
) -> dict[str, Any]:
    """Approve the current step (optionally with edited content), or reject it to regenerate."""
    return await sessions.validate(
        db, officer, body.session_id, body.approved, body.user_input, seen=(body.step, body.version)
    )


@router.post("/regenerate/{session_id}", response_model=SessionStepResult)
async def regenerate_step(
    session_id: str,
    body: RegenerateRequest,
    db: DbSession,
    sessions: Sessions,
    officer: CurrentOfficer,
) -> dict[str, Any]:
    """Re-run a step reached so far, with the officer's correction note."""
    return await sessions.regenerate(
        db, officer, session_id, body.step, body.user_input, version=body.version
    )


def status_view(snapshot: dict[str, Any]) -> dict[str, Any]:
    data = snapshot["data"]
    content = None
    if snapshot["status"] != SessionStatus.PROCESSING:
        content = step_content(Step(snapshot["current_step"]), data)
    return {
        **snapshot,
        "fir_number": data.get("fir_number"),
        "content": content,
        "missing_fields": data.get("missing_fields", []),
        "degraded": data.get("degraded", False),
        "degraded_reasons": data.get("degraded_reasons", []),
        "history": data.get("history", []),
        "stages": data.get("stages", []),
        "source": source_view(data.get("source") or {}),
    }


def source_view(source: dict[str, Any]) -> dict[str, Any]:
    """What the complainant gave, without the verbatim text (shown as the transcript)
    and without where the upload is stored."""
    return {k: v for k, v in source.items() if k not in ("text", "upload")}
