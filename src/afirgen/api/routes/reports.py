"""Documents: the finalized FIR as a PDF (form IF-1), and the FIR register."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse

from afirgen.api.dependencies import CurrentOfficer, DbSession, Tasks
from afirgen.api.routes.firs import FirNumber, StationCode
from afirgen.api.routes.tasks import accepted
from afirgen.api.task_schemas import TaskAccepted
from afirgen.reports import RegisterFormat, RegisterPart
from afirgen.tasks.reports import PdfReady

router = APIRouter(tags=["reports"])


@router.get(
    "/fir/{fir_number}/pdf",
    response_class=Response,
    responses={
        200: {"content": {"application/pdf": {}}, "description": "The FIR as form IF-1"},
        202: {
            "model": TaskAccepted,
            "description": "Still being made after a short wait: retry after `Retry-After` "
            "seconds, or poll `Location` (the task; its id also in `X-Task-Id`). The JSON "
            "body only when the request accepts `application/json`, so that a download "
            "(`curl -o fir.pdf`) never saves it as the PDF.",
        },
    },
)
async def fir_pdf(
    fir_number: FirNumber,
    request: Request,
    tasks: Tasks,
    officer: CurrentOfficer,
    station: StationCode = None,
) -> Response:
    """The finalized FIR as a PDF, waited for briefly while it is being made."""
    found = await tasks.reports.pdf_or_task_waiting(officer, fir_number, station)
    if isinstance(found, PdfReady):
        return FileResponse(
            found.path,
            media_type="application/pdf",
            filename=found.path.name,
            content_disposition_type="inline",
        )
    if "application/json" in request.headers.get("accept", ""):
        response: Response = accepted(request, found.task_id)
    else:
        url = str(request.url_for("read_task", task_id=found.task_id))
        response = Response(status_code=202, headers={"Location": url, "Retry-After": "1"})
    response.headers["X-Task-Id"] = found.task_id
    return response


@router.get(
    "/reports/register",
    response_class=Response,
    responses={200: {"content": {"application/vnd.ms-excel": {}, "text/csv": {}}}},
)
async def fir_register(
    db: DbSession,
    tasks: Tasks,
    officer: CurrentOfficer,
    first: Annotated[date, Query(alias="from", description="First day (UTC), inclusive")],
    last: Annotated[date, Query(alias="to", description="Last day (UTC), inclusive")],
    format: RegisterFormat = "xlsx",
    station: StationCode = None,
    part: Annotated[
        RegisterPart,
        Query(
            description="CSV only: `firs` (the register), or `audit` (the period's audit "
            "trail, which the workbook holds as its second sheet; SHO and supervisor)"
        ),
    ] = "firs",
) -> Response:
    """Your station's FIRs registered in a date range, as an Excel workbook (with the
    period's audit trail as a second sheet, for those who may read it) or CSV."""
    register = await tasks.reports.register(db, officer, first, last, format, station, part)
    disposition = f'attachment; filename="{register.filename}"'
    headers = {"Content-Disposition": disposition, "X-Row-Count": str(register.rows)}
    return Response(register.content, media_type=register.media_type, headers=headers)
