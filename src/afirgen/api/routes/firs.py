"""Registered FIRs: read, verify, list, search, correct and finalize.

A number resolves within the officer's own station; a supervisor names
another station of their district with ``?station=CODE``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Request, Response

from afirgen.api.dependencies import (
    CurrentOfficer,
    DbSession,
    Firs,
    ReadDbSession,
    fir_service,
)
from afirgen.api.middleware import PREFETCHED
from afirgen.api.schemas import (
    FirCorrection,
    FirFinalized,
    FirPage,
    FirRead,
    FirSummary,
    FirVerification,
)
from afirgen.domain import FirStatus
from afirgen.domain.versions import etag_of, version_in
from afirgen.errors import BadInput
from afirgen.services.access import Actor
from afirgen.tasks.reports import pdf_task_id

router = APIRouter(tags=["firs"])

# ASCII digits: ``\d`` takes any Unicode digit, and MariaDB's collation matched such a
# spelling to the FIR, whose cached copy was then kept under a key no change dropped
FIR_NUMBER = r"^(FIR|NCR)-[0-9]{4}-[0-9]{6}$"
STATION_CODE = r"^[A-Z0-9][A-Z0-9-]{0,31}$"
FirNumber = Annotated[str, Path(pattern=FIR_NUMBER, examples=["FIR-2025-000001"])]
StationCode = Annotated[
    str | None,
    Query(
        pattern=STATION_CODE,
        description="A station of your district (supervisors); default: your own",
    ),
]


IfMatch = Annotated[
    str | None,
    Header(
        max_length=64,
        description="The FIR's ETag as read (GET /fir/{n}): the change applies only to "
        "that version",
        examples=['"3"'],
    ),
]


def render_fir(record: dict[str, Any]) -> str:
    return FirRead.from_record(record).model_dump_json()


def seen_version(if_match: str | None) -> int | None:
    """The version ``If-Match`` names; None when it is absent (the service says 428)."""
    if if_match is None or not if_match.strip():
        return None
    version = version_in(if_match)
    if version is None:
        raise BadInput(
            f"If-Match must be the FIR's ETag as read, such as '\"3\"', not {if_match!r}"
        )
    return version


@router.get("/fir/{fir_number}", response_model=FirRead)
async def read_fir(
    fir_number: FirNumber,
    officer: CurrentOfficer,
    request: Request,
    station: StationCode = None,
) -> Response:
    """The FIR; ``integrity`` says whether a finalized FIR still matches its signature."""
    return await answer_read(request, officer, fir_number, station)


async def answer_read(
    request: Request, officer: Actor, fir_number: str, station: str | None
) -> Response:
    """The read's answer, the FIR as cached with its ``ETag``; ``api.fir_read`` answers
    well-formed reads with it below the router, this route every other one."""
    prefetched = request.scope["state"].get(PREFETCHED)
    found = await fir_service(request).read(officer, fir_number, render_fir, station, prefetched)
    headers = {"ETag": etag_of(found.version)}
    return Response(found.body, media_type="application/json", headers=headers)


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


@router.patch(
    "/fir/{fir_number}",
    response_model=FirRead,
    responses={
        412: {"description": "The FIR changed since that version; `ETag` holds the current"},
        428: {"description": "No If-Match: the correction must name the version it was made on"},
    },
)
async def correct_fir(
    fir_number: FirNumber,
    body: FirCorrection,
    response: Response,
    db: DbSession,
    firs: Firs,
    officer: CurrentOfficer,
    if_match: IfMatch = None,
) -> FirRead:
    """Correct a pending FIR of your station, on the version you read (``If-Match``: its
    ETag). A finalized FIR answers 409; each correction is kept in its history."""
    changes = body.model_dump(exclude_none=True)
    record = await firs.correct(db, officer, fir_number, changes, seen_version(if_match))
    response.headers["ETag"] = etag_of(record["version"])
    return FirRead.from_record(record)


@router.post("/fir/{fir_number}/finalize", response_model=FirFinalized)
async def finalize_fir(
    fir_number: FirNumber,
    request: Request,
    response: Response,
    db: DbSession,
    firs: Firs,
    officer: CurrentOfficer,
    if_match: IfMatch = None,
) -> FirFinalized:
    """Sign and lock the FIR (SHO only); from now on it cannot change. With ``If-Match``,
    only the version read is finalized (412 otherwise). Its PDF is being made:
    ``pdf_task_id`` is the task, ``pdf_url`` answers the PDF."""
    record = await firs.finalize(db, officer, fir_number, seen_version(if_match))
    response.headers["ETag"] = etag_of(record["version"])
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
