"""Domain vocabulary shared by the API, services, repositories and the pipeline:
review steps, session and FIR statuses, the state a review session carries, and
(in ``fields``) the IF-1 fields a draft is built from. It imports none of them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from afirgen.domain.fields import FirFields, missing_fields

# complaints state dates and times on Indian Standard Time
IST = timezone(timedelta(hours=5, minutes=30), "IST")


class Step(StrEnum):
    TRANSCRIPT_REVIEW = "transcript_review"
    SUMMARY_REVIEW = "summary_review"
    VIOLATIONS_REVIEW = "violations_review"
    NARRATIVE_REVIEW = "narrative_review"
    FINAL_REVIEW = "final_review"

    @property
    def position(self) -> int:
        return STEPS.index(self)

    def next(self) -> Step | None:
        position = self.position + 1
        return STEPS[position] if position < len(STEPS) else None


STEPS: list[Step] = list(Step)


class SessionStatus(StrEnum):
    PROCESSING = "processing"
    AWAITING_VALIDATION = "awaiting_validation"
    COMPLETED = "completed"
    FAILED = "failed"
    EXPIRED = "expired"


class FirStatus(StrEnum):
    PENDING = "pending"
    FINALIZED = "finalized"


SourceKind = Literal["text", "audio", "image"]


class Source(BaseModel):
    """What the complainant gave, kept verbatim."""

    kind: SourceKind = "text"
    filename: str | None = None
    text: str
    language: str | None = None
    # words or spans the recogniser was unsure of, for the officer to check
    uncertain: list[dict[str, Any]] = Field(default_factory=list)
    segments: list[dict[str, Any]] = Field(default_factory=list)
    # the stored recording or scan, relative to data_dir/uploads; recognised in the
    # transcript stage, which then fills ``text``
    upload: str | None = None
    recognized: bool = False


class Decision(BaseModel):
    step: Step
    action: Literal["approve", "regenerate", "send_to_sho"]
    by: str
    at: datetime
    edited: bool = False
    note: str | None = None
    # the IF-1 fields an approval of summary_review edited, replayed when it is made again
    fields: dict[str, Any] | None = None


class StageRun(BaseModel):
    stage: str
    at: datetime
    duration_ms: float
    degraded: bool = False


class SessionData(BaseModel):
    """Everything a review session has produced so far (the ``sessions.data`` JSON)."""

    source: Source
    station: str | None = None
    district: str | None = None
    reported_at: datetime
    transcript: str | None = None
    summary: str | None = None
    fields: FirFields | None = None
    missing_fields: list[str] = Field(default_factory=list)
    identification: dict[str, Any] | None = None
    narrative: str | None = None
    draft: dict[str, Any] | None = None
    degraded: bool = False
    degraded_reasons: list[str] = Field(default_factory=list)
    history: list[Decision] = Field(default_factory=list)
    stages: list[StageRun] = Field(default_factory=list)
    fir_number: str | None = None

    @property
    def reported_on(self) -> date:
        """The day the complaint was made at the station, in IST: "aaj", "kal" and "parso"
        count from it, and its year is the FIR register's (a complaint made at 01:30 IST on
        1 January belongs to the new year, though UTC still says 31 December)."""
        at = self.reported_at if self.reported_at.tzinfo else self.reported_at.replace(tzinfo=UTC)
        return at.astimezone(IST).date()

    def refresh_missing_fields(self) -> None:
        """The IF-1 fields still to fill: the facts, the station header, a late report's reason."""
        self.missing_fields = missing_fields(
            self.fields or FirFields(),
            station=self.station,
            district=self.district,
            reported_on=self.reported_on,
            draft_header=True,
        )

    def notes_for(self, step: Step) -> list[str]:
        """The officer's correction notes on ``step``, oldest first: every regeneration
        applies them all, so a later note adds to the earlier ones (and wins a conflict)
        instead of undoing them."""
        return [
            d.note for d in self.history if d.step is step and d.action == "regenerate" and d.note
        ]

    def corrections_for(self, step: Step) -> list[str | dict[str, Any]]:
        """The officer's notes and approved field edits on ``step``, oldest first, so
        that making it again replays them in the order they were given."""
        found: list[str | dict[str, Any]] = []
        for d in (d for d in self.history if d.step is step):
            if d.action == "regenerate" and d.note:
                found.append(d.note)
            elif d.action == "approve" and d.fields:
                found.append(d.fields)
        return found

    def mark_degraded(self, reason: str) -> None:
        self.degraded = True
        if reason not in self.degraded_reasons:
            self.degraded_reasons.append(reason)
