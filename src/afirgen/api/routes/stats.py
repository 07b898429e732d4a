"""Dashboard statistics."""

from __future__ import annotations

from fastapi import APIRouter, Query

from afirgen.api.dependencies import CurrentOfficer, ReadDbSession, Tasks
from afirgen.api.routes.firs import StationCode
from afirgen.api.task_schemas import DashboardRead

router = APIRouter(tags=["statistics"])


@router.get("/stats/dashboard", response_model=DashboardRead)
async def dashboard(
    db: ReadDbSession,
    tasks: Tasks,
    officer: CurrentOfficer,
    station: StationCode = None,
    days: int = Query(30, ge=1, le=366, description="Window: the last N days"),
) -> DashboardRead:
    """Your station's FIRs and sessions by status, FIRs by section and by day, time to FIR
    (a supervisor: the district's); cached 5 min."""
    return DashboardRead.model_validate(await tasks.stats.dashboard(db, officer, days, station))
