"""The audit trail: who did what to which record (SHO: own station; supervisor: district)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from afirgen.api.dependencies import AppServices, CurrentOfficer, ReadDbSession
from afirgen.api.routes.firs import StationCode
from afirgen.api.schemas import AuditEventRead, AuditPage
from afirgen.infrastructure.tables import utcnow

router = APIRouter(tags=["audit"])

Text = Annotated[str | None, Query(max_length=80)]


@router.get("/audit", response_model=AuditPage)
async def audit_events(
    db: ReadDbSession,
    services: AppServices,
    officer: CurrentOfficer,
    station: StationCode = None,
    action: Text = None,
    by: Annotated[str | None, Query(max_length=64, description="Officer username")] = None,
    object_type: Text = None,
    object_id: Text = None,
    since: date | None = Query(None, description="First day (UTC), inclusive"),
    until: date | None = Query(None, description="Last day (UTC), inclusive"),
    cursor: int | None = Query(
        None, ge=1, le=2**53, description="next_cursor of the previous page"
    ),
    limit: int = Query(50, ge=1, le=500),
) -> AuditPage:
    filters = {
        "action": action,
        "officer": by,
        "object_type": object_type,
        "object_id": object_id,
        "since": _day(since),
        "until": _day(until + timedelta(days=1)) if until else None,
    }
    events, next_cursor = await services.audit.page(db, officer, station, filters, cursor, limit)
    return AuditPage(
        items=[AuditEventRead.model_validate(e, from_attributes=True) for e in events],
        next_cursor=next_cursor,
    )


def _day(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0, 0), tzinfo=utcnow().tzinfo) if day else None
