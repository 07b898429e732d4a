"""Dashboard statistics."""

from __future__ import annotations

from fastapi import APIRouter, Query

from afirgen.api.dependencies import ReadDbSession, Tasks
from afirgen.api.task_schemas import DashboardRead

router = APIRouter(tags=["statistics"])


@router.get("/stats/dashboard", response_model=DashboardRead)
async def dashboard(
    db: ReadDbSession,
    tasks: Tasks,
    days: int = Query(30, ge=1, le=366, description="Window: the last N days"),
) -> DashboardRead:
    """FIRs and sessions by status, FIRs by section and by day, time to FIR (cached 5 min)."""
    return DashboardRead.model_validate(await tasks.stats.dashboard(db, days))
