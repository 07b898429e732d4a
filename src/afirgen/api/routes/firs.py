"""Registered FIRs: read, verify, list, search, correct and finalize.

A number resolves within the officer's own station; a supervisor names
another station of their district with ``?station=CODE``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from afirgen.api.dependencies import CurrentOfficer, DbSession, Firs, ReadDbSession
from afirgen.api.schemas import (
    FirCorrection,
    FirFinalized,
    FirPage,
    FirRead,
    FirSummary,
    FirVerification,
)
from afirgen.domain import FirStatus
from afirgen.tasks.reports import pdf_task_id

router = APIRouter(tags=["firs"])

FIR_NUMBER = r"^(FIR|NCR)-\d{4}-\d{6}$"
FirNumber = Annotated[str, Path(pattern=FIR_NUMBER, examples=["FIR-2025-000001"])]
StationCode = Annotated[
    str | None,
    Query(
        pattern=r"^[A-Z0-9][A-Z0-9-]{0,31}$",
        description="A station of your district (supervisors); default: your own",
    ),
]


def render_fir(record: dict[str, Any]) -> str:
    return FirRead.from_record(record).model_dump_json()


@router.get("/fir/{fir_number}", response_model=FirRead)
async def read_fir(
    fir_number: FirNumber,
    db: ReadDbSession,
    firs: Firs,
    officer: CurrentOfficer,
    station: StationCode = None,
) -> Response:
    """The FIR; ``integrity`` says whether a finalized FIR still matches its signature."""
    body = await firs.read(db, officer, fir_number, render_fir, station)
    return Response(body, media_type="application/json")


@router.get("/fir/{fir_number}/verify", response_model=FirVerification)
async def verify_fir(
    fir_number: FirNumber,
    db: DbSession,
    firs: Firs,
    officer: CurrentOfficer,
    station: StationCode = None,
) -> FirVerification:
    """Check the FIR's signature against its stored content, and its audit trail."""
    return FirVerification.model_validate(await firs.verify(db, officer, fir_number, station))


@router.patch("/fir/{fir_number}", response_model=FirRead)
async def correct_fir(
    fir_number: FirNumber, body: FirCorrection, db: DbSession, firs: Firs, officer: CurrentOfficer
) -> FirRead:
    """Correct a pending FIR of your station; a finalized FIR answers 409."""
    changes = body.model_dump(exclude_none=True)
    return FirRead.from_record(await firs.correct(db, officer, fir_number, changes))


@router.post("/fir/{fir_number}/finalize", response_model=FirFinalized)
async def finalize_fir(
    fir_number: FirNumber, request: Request, db: DbSession, firs: Firs, officer: CurrentOfficer
) -> FirFinalized:
    """Sign and lock the FIR (SHO only); from now on it cannot change. Its PDF is being made:
    ``pdf_task_id`` is the task, ``pdf_url`` answers the PDF."""
    record = await firs.finalize(db, officer, fir_number)
    pdf_url = str(request.url_for("fir_pdf", fir_number=fir_number))
    task_id = pdf_task_id(record["fir_ref"])
    return FirFinalized.from_record({**record, "pdf_task_id": task_id, "pdf_url": pdf_url})


@router.get("/firs", response_model=FirPage)
async def list_firs(
    db: ReadDbSession,
    firs: Firs,
    officer: CurrentOfficer,
    station: StationCode = None,
    status: FirStatus | None = None,
    created_from: date | None = Query(None, description="First registration date (inclusive)"),
    created_to: date | None = Query(None, description="Last registration date (inclusive)"),
    cursor: str | None = Query(None, max_length=200),
    limit: int = Query(20, ge=1, le=100),
) -> FirPage:
    """Your station's FIRs, newest first (a supervisor: the district's, or one station's)."""
    rows, next_cursor = await firs.list_page(
        db,
        officer,
        station,
        status=status,
        created_from=created_from,
        created_to=created_to,
        cursor=cursor,
        limit=limit,
    )
    return FirPage(items=[FirSummary.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get("/firs/search", response_model=list[FirSummary])
async def search_firs(
    db: ReadDbSession,
    firs: Firs,
    officer: CurrentOfficer,
    station: StationCode = None,
    q: str = Query(min_length=1, max_length=200, description="Words to find in FIR text"),
    limit: int = Query(20, ge=1, le=100),
) -> list[FirSummary]:
    rows = await firs.search(db, officer, q, limit, station)
    return [FirSummary.model_validate(r) for r in rows]
