"""Request and response bodies of the public API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from afirgen.domain import FirStatus, SessionStatus, Step
from afirgen.services.access import Actor
from afirgen.services.signing import signing_officer
from afirgen.text_rules import NAME_CHARS

UserInput = str | dict[str, Any] | list[Any] | None


class SessionAccepted(BaseModel):
    session_id: str
    status: SessionStatus
    status_url: str
    events_url: str


class SessionStatusRead(BaseModel):
    session_id: str
    status: SessionStatus
    current_step: Step
    version: int
    error: str | None = None
    fir_number: str | None = None
    content: Any = Field(None, description="What the officer reviews at the current step")
    missing_fields: list[str] = []
    degraded: bool = False
    degraded_reasons: list[str] = []
    history: list[dict[str, Any]] = []
    stages: list[dict[str, Any]] = []
    source: dict[str, Any] = Field(
        default_factory=dict,
        description="What the complainant gave: kind, filename, language, recognised "
        "segments (times or page lines, with confidence) and the words to check (uncertain)",
    )
    created_at: datetime
    updated_at: datetime


class NoteOutcome(BaseModel):
    recorded_only: bool = Field(description="True: no stage reads the note at this step")
    changes: list[str] = Field(description="What the note changes: IF-1 facts, sections, ...")
    message: str


class SessionStepResult(BaseModel):
    session_id: str
    status: SessionStatus
    current_step: Step
    version: int = Field(description="The session version to send with the next decision")
    fir_number: str | None = None
    note: NoteOutcome | None = Field(None, description="Only when a correction note was sent")


class ValidateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: str = Field(min_length=1, max_length=64)
    step: Step = Field(description="The step the officer reviewed (current_step of the status)")
    version: int = Field(ge=0, description="The session version the officer reviewed")
    approved: bool
    user_input: UserInput = Field(
        None,
        description="Edited content for the current step (text, or an object for summary, "
        "sections and final review), or the correction note when not approved",
    )


class RegenerateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    step: Step = Field(description="The step to make again (reached so far)")
    version: int = Field(ge=0, description="The session version the officer reviewed")
    user_input: str | None = Field(None, max_length=5000, description="Correction note")


class FirRead(BaseModel):
    fir_number: str
    fir_ref: str = Field(description="The FIR across the deployment: STATION-CODE/FIR-number")
    status: FirStatus
    year: int
    station: str | None
    district: str | None
    law: str
    acts_sections: str
    complainant_name: str | None
    place: str | None
    occurred_from: datetime | None
    occurred_to: datetime | None
    complaint_text: str
    summary: str
    fir_content: str
    fields: dict[str, Any] = Field(validation_alias="fields_json")
    violations: dict[str, Any] = Field(validation_alias="violations_json")
    missing_fields: list[str]
    status_history: list[dict[str, Any]]
    degraded: bool
    signature: str | None
    signature_key_id: str | None
    integrity: Literal["valid", "altered", "unknown_key", "not_finalized"] = Field(
        description="Whether a finalized FIR still matches its signature"
    )
    created_at: datetime
    finalized_at: datetime | None
    finalized_by: str | None = Field(description="The login of the officer who finalized it")
    finalized_by_name: str | None = Field(
        description="The finalizing officer's full name as signed; null before finalization "
        "and for FIRs signed before names were signed (signature format 1)"
    )
    finalized_by_rank: str | None = Field(
        description="The finalizing officer's rank as signed; null where the name is"
    )
    version: int = Field(
        description="Up by one with each change; the ETag. A correction sends it back in If-Match"
    )

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Self:
        name, rank = signing_officer(data)
        data = {
            **data,
            "missing_fields": data["missing_fields"].get("fields", []),
            "status_history": data["status_history"].get("entries", []),
            "integrity": data.get("integrity", "not_finalized"),
            "finalized_by_name": name,
            "finalized_by_rank": rank,
        }
        return cls.model_validate(data)


class FirVerification(BaseModel):
    fir_number: str
    fir_ref: str
    integrity: Literal["valid", "altered", "unknown_key", "not_finalized"]
    signature_key_id: str | None
    finalized_events: int = Field(description="fir.finalized events on the audit trail")
    problems: list[str]
    valid: bool


class FirFinalized(FirRead):
    pdf_task_id: str = Field(description="The task making the PDF: GET /api/v1/tasks/{id}")
    pdf_url: str = Field(description="GET it for the PDF (waits briefly while it is made)")


class FirSummary(BaseModel):
    fir_number: str
    fir_ref: str
    status: FirStatus
    station: str | None
    district: str | None
    law: str
    acts_sections: str
    complainant_name: str | None
    place: str | None
    occurred_from: datetime | None
    created_at: datetime
    finalized_at: datetime | None


class FirPage(BaseModel):
    items: list[FirSummary]
    next_cursor: str | None


class FirCorrection(BaseModel):
    """The items to correct; the request names the version they were read at in If-Match."""

    model_config = ConfigDict(extra="forbid")

    fir_content: str | None = Field(None, min_length=1)
    summary: str | None = Field(None, min_length=1)
    place: str | None = Field(None, min_length=1, max_length=500)
    distance_from_station: str | None = Field(None, min_length=1, max_length=NAME_CHARS)


class IdentifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # no length here: the service refuses past AFIRGEN_MAX_TEXT_CHARS with 413, as at intake
    text: str = Field(min_length=1)
    occurred_on: date | None = None


class HealthRead(BaseModel):
    status: Literal["ok"]


class ReadyRead(BaseModel):
    status: Literal["ready", "degraded", "unavailable"]
    checks: dict[str, str]


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1000)


class OfficerRead(BaseModel):
    username: str
    full_name: str
    role: str
    station_code: str
    station_name: str | None = Field(description="missing until an admin gives it")
    district: str | None
    state: str | None
    via: str = Field(description="api_key or sign_in")

    @classmethod
    def of(cls, actor: Actor) -> OfficerRead:
        return cls.model_validate(actor, from_attributes=True)


class LoginResult(BaseModel):
    officer: OfficerRead
    csrf_token: str = Field(description="Send as X-CSRF-Token with every POST/PATCH")
    expires_at: datetime


class AuditEventRead(BaseModel):
    id: int
    chain: str
    seq: int
    at: datetime
    officer: str | None
    role: str | None
    action: str
    object_type: str | None
    object_id: str | None
    before_digest: str | None
    after_digest: str | None
    detail: str | None
    correlation_id: str | None
    client: str | None
    hash: str


class AuditPage(BaseModel):
    items: list[AuditEventRead]
    next_cursor: int | None
