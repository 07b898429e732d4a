"""Registered FIRs: read, list, search, correct and finalize."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from afirgen.api.dependencies import CurrentOfficer, DbSession, Firs, ReadDbSession
from afirgen.api.schemas import FirCorrection, FirPage, FirRead, FirSummary
from afirgen.domain import FirStatus

router = APIRouter(tags=["firs"])

FIR_NUMBER = r"^(FIR|NCR)-\d{4}-\d{6}$"
FirNumber = Annotated[str, Path(pattern=FIR_NUMBER, examples=["FIR-2025-000001"])]


async def valid_fir(fir_number: FirNumber, db: ReadDbSession, firs: Firs) -> dict[str, Any]:
    """Load the FIR or answer 404."""
    return await firs.get(db, fir_number)


ValidFir = Annotated[dict[str, Any], Depends(valid_fir)]


@router.get("/fir/{fir_number}", response_model=FirRead)
async def read_fir(fir: ValidFir) -> FirRead:
    return FirRead.from_record(fir)


@router.patch("/fir/{fir_number}", response_model=FirRead)
async def correct_fir(
    fir_number: FirNumber, body: FirCorrection, db: DbSession, firs: Firs, officer: CurrentOfficer
) -> FirRead:
    """Correct a pending FIR; a finalized FIR answers 409."""
    changes = body.model_dump(exclude_none=True)
    return FirRead.from_record(await firs.correct(db, fir_number, changes, officer))


@router.post("/fir/{fir_number}/finalize", response_model=FirRead)
async def finalize_fir(
    fir_number: FirNumber, db: DbSession, firs: Firs, officer: CurrentOfficer
) -> FirRead:
    """Sign and lock the FIR; from now on it cannot change."""
    return FirRead.from_record(await firs.finalize(db, fir_number, officer))


@router.get("/firs", response_model=FirPage)
async def list_firs(
    db: ReadDbSession,
    firs: Firs,
    status: FirStatus | None = None,
    created_from: date | None = Query(None, description="First registration date (inclusive)"),
    created_to: date | None = Query(None, description="Last registration date (inclusive)"),
    cursor: str | None = Query(None, max_length=200),
    limit: int = Query(20, ge=1, le=100),
) -> FirPage:
    rows, next_cursor = await firs.list_page(
        db,
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
    q: str = Query(min_length=1, max_length=200, description="Words to find in FIR text"),
    limit: int = Query(20, ge=1, le=100),
) -> list[FirSummary]:
    rows = await firs.search(db, q, limit)
    return [FirSummary.model_validate(r) for r in rows]
