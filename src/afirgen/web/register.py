"""Console pages over registered FIRs: the register, one FIR, the dashboard."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import FileResponse, Response

from afirgen.api.dependencies import AppServices, DbSession, ReadDbSession
from afirgen.domain import FirStatus
from afirgen.services.access import ALLOWED, Action
from afirgen.services.signing import signed_by
from afirgen.tasks.reports import PdfReady
from afirgen.web.charts import bar_chart
from afirgen.web.forms import read_date
from afirgen.web.i18n import LANGUAGE_COOKIE, format_date, page_language, translate
from afirgen.web.pages import see
from afirgen.web.render import render
from afirgen.web.signin import ConsoleOfficer, ConsoleRoute

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)

CHART_TITLES = ("FIRs by section", "FIRs by day", "FIRs by status")


def _day(value: str) -> date | None:
    return read_date(value) if value.strip() else None


@router.get("/firs")
async def fir_register(
    request: Request,
    db: ReadDbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    q: Annotated[str, Query(max_length=200)] = "",
    status: str = "",
    created_from: str = "",
    created_to: str = "",
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """The station's FIRs newest first, filtered; or what the Search box found."""
    filters = {"q": q.strip(), "status": status, "from": created_from, "to": created_to}
    next_cursor = None
    if filters["q"]:
        rows = await services.firs.search(db, officer, filters["q"], 50)
    else:
        rows, next_cursor = await services.firs.list_page(
            db,
            officer,
            None,
            status=FirStatus(status) if status in set(FirStatus) else None,
            created_from=_day(created_from),
            created_to=_day(created_to),
            cursor=cursor,
            limit=20,
        )
    return render(
        request,
        "firs.html",
        officer,
        rows=rows,
        filters=filters,
        statuses=list(FirStatus),
        next_cursor=next_cursor,
    )


@router.get("/firs/{fir_number}")
async def fir_page(
    request: Request,
    fir_number: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
) -> Response:
    """The record, its history, its audit events (SHO, supervisor) and signature check."""
    fir = await services.firs.get(db, officer, fir_number)
    check = await services.firs.verification(db, fir)
    events: list[Any] = []
    if officer.role in ALLOWED[Action.READ_AUDIT]:
        filters = {"object_type": "fir", "object_id": fir["fir_ref"]}
        events, _ = await services.audit.page(db, officer, None, filters, None, 50)
    return render(
        request,
        "fir.html",
        officer,
        fir=fir,
        signed_by=signed_by(fir),
        check=check,
        events=events,
        can_finalize=officer.role in ALLOWED[Action.FINALIZE],
        can_correct=officer.role in ALLOWED[Action.DRAFT],
    )


@router.post("/firs/{fir_number}/correct")
async def correct(
    fir_number: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    version: Annotated[int, Form(ge=1)],
    place: Annotated[str, Form(max_length=500)] = "",
    distance_from_station: Annotated[str, Form(max_length=200)] = "",
    summary: Annotated[str, Form(max_length=200_000)] = "",
    fir_content: Annotated[str, Form(max_length=200_000)] = "",
) -> Response:
    """The correction form, made on the version the page showed (412 page if it moved on)."""
    given = {
        "place": place,
        "distance_from_station": distance_from_station,
        "summary": summary,
        "fir_content": fir_content,
    }
    changes = {name: value.strip() for name, value in given.items() if value.strip()}
    await services.firs.correct(db, officer, fir_number, changes, version)
    return see(f"/firs/{fir_number}")


@router.post("/firs/{fir_number}/finalize")
async def finalize(
    fir_number: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    version: Annotated[int, Form(ge=1)],
) -> Response:
    """Finalizes the version the page showed: a FIR corrected since answers 412."""
    await services.firs.finalize(db, officer, fir_number, version)
    return see(f"/firs/{fir_number}")


@router.get("/firs/{fir_number}/pdf")
async def fir_pdf(
    request: Request,
    fir_number: str,
    db: DbSession,
    services: AppServices,
    officer: ConsoleOfficer,
) -> Response:
    """The PDF as a download; while it is being made, a page that retries by itself."""
    found = await services.tasks.reports.pdf_or_task(db, officer, fir_number)
    if isinstance(found, PdfReady):
        return FileResponse(found.path, media_type="application/pdf", filename=found.path.name)
    return render(request, "pdf_pending.html", officer, fir_number=fir_number)


@router.get("/dashboard")
async def dashboard(
    request: Request,
    db: ReadDbSession,
    services: AppServices,
    officer: ConsoleOfficer,
    days: Annotated[int, Query(ge=1, le=366)] = 30,
) -> Response:
    stats = await services.tasks.stats.dashboard(db, officer, days, None)
    by_section = [(r["section"], r["count"]) for r in stats.get("firs_by_section", [])]
    language = page_language(officer, request.cookies.get(LANGUAGE_COOKIE))
    by_day = [(format_date(str(r["day"])), r["count"]) for r in stats.get("firs_by_day", [])]
    by_status = [
        (translate(language, status), count)
        for status, count in (stats.get("firs_by_status") or {}).items()
    ]
    sessions = stats.get("sessions_by_status") or {}
    hours = stats.get("avg_seconds_complaint_to_registration")
    return render(
        request,
        "dashboard.html",
        officer,
        days=days,
        pending=sessions.get("awaiting_validation", 0),
        hours=round(hours / 3600, 1) if hours is not None else None,
        charts=[
            (title, bar_chart(rows, f"chart-{index}"))
            for index, (title, rows) in enumerate(
                zip(CHART_TITLES, (by_section, by_day, by_status), strict=True)
            )
        ],
    )
