"""Response bodies of the background-task, report and statistics endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

TaskStatus = Literal["pending", "running", "retrying", "success", "failed"]


class TaskRead(BaseModel):
    task_id: str
    name: str = Field(validation_alias="task_name")
    status: TaskStatus
    priority: int = Field(description="Lower runs first")
    params: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None
    retry_count: int
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None


class TaskAccepted(BaseModel):
    task_id: str
    status_url: str


class SectionCount(BaseModel):
    section: str = Field(examples=["303(2) BNS"])
    count: int


class DayCount(BaseModel):
    day: str = Field(examples=["2025-03-14"])
    count: int


class StationRef(BaseModel):
    code: str
    name: str
    district: str


class DashboardRead(BaseModel):
    generated_at: datetime
    days: int
    since: datetime
    stations: list[StationRef] = Field(description="The police stations the figures cover")
    firs_by_status: dict[str, int]
    sessions_by_status: dict[str, int]
    tasks_by_status: dict[str, int]
    firs_by_section: list[SectionCount]
    firs_by_day: list[DayCount]
    avg_seconds_complaint_to_registration: float | None = Field(
        description="Mean time from the complaint's arrival to the FIR's registration"
    )
    avg_seconds_complaint_to_finalization: float | None
