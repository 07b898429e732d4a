"""The review workflow: a complaint becomes a draft one reviewed step at a time.

Statuses ``processing -> awaiting_validation -> completed`` (plus ``failed`` and
``expired``); steps ``transcript_review -> summary_review -> violations_review
-> narrative_review -> final_review``. Each approval (optionally with edited
content) moves to the next step and generates it in the background; a
regeneration re-runs a step with the officer's correction note. Every decision
is kept with who and when. All state lives in the ``sessions`` table, so any
API process can continue any session.

Rules held here:
- a session belongs to the station of the officer who took the complaint;
  officers of that station (and their district's supervisor, read-only) see
  it, anyone else gets 404;
- duty officers and SHOs review; only an SHO approves the final review,
  which registers the FIR; a duty officer ends at the final review by sending
  the draft to the SHO, whose queue lists the drafts sent and not yet
  registered; every decision goes on the audit trail;
- a step to generate is saved with the lease it waits under and sent to be
  generated (in this process, or to a Celery worker when a broker is
  configured) only once the transaction commits; ``services/generation.py``
  holds how it is generated and taken over when its generator stops.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.domain import Decision, SessionData, SessionStatus, Source, Step
from afirgen.errors import (
    BadInput,
    Conflict,
    SessionClosed,
    SessionExpired,
    SessionNotAwaitingValidation,
    SessionNotFound,
    StaleReview,
    StepOutOfOrder,
)
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.database import after_commit
from afirgen.infrastructure.tables import SessionRecord
from afirgen.pipeline.edits import UserInput, edited_fields
from afirgen.pipeline.notes import note_outcome, note_uses
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import apply_edit, clear_from
from afirgen.repositories.sessions import SessionRepository
from afirgen.services.access import Action, Actor, require, stations_in_scope
from afirgen.services.audit_trail import AuditTrail, Target
from afirgen.services.fir_service import FirService, ensure_registrable
from afirgen.services.generation import GenerationQueue
from afirgen.text_rules import clean_json_text

log = structlog.get_logger(__name__)

OPEN_STATUSES = (SessionStatus.PROCESSING, SessionStatus.AWAITING_VALIDATION)


class SessionService:
    def __init__(
        self,
        cache: Cache,
        deps: PipelineDeps,
        firs: FirService,
        generations: GenerationQueue,
        ttl: timedelta,
        audit: AuditTrail,
        *,
        text_limit: int = 50_000,
    ) -> None:
        self.audit = audit
        self.text_limit = text_limit  # every edit and note, as at intake
        self.cache = cache
        self.deps = deps
        self.firs = firs
        self.generations = generations
        self.ttl = ttl

    async def start(
        self,
        db: AsyncSession,
        source: Source,
        actor: Actor,
        session_id: str | None = None,  # pre-assigned when an upload is stored under it
    ) -> dict[str, Any]:
        """A complaint taken at the officer's station; station and district from its record."""
        require(actor, Action.DRAFT)
        data = SessionData(
            source=source,
            station=actor.station_name,
            district=actor.district,
            reported_at=datetime.now(UTC),
        )
        lease = self.generations.waiting_lease()  # leased from the moment it is asked for
        record = SessionRecord(
            session_id=session_id or str(uuid.uuid4()),
            status=SessionStatus.PROCESSING,
            current_step=Step.TRANSCRIPT_REVIEW,
            data=data.model_dump(mode="json"),
            user_id=actor.username,
            station_id=actor.station_id,
            **lease,
        )
        await SessionRepository(db, self.cache).add(record)
        self._generate_after_commit(db, record.session_id, lease["lease_owner"])
        await self.audit.record(
            db, actor, "complaint.submitted", _target(record.session_id), detail=source.kind
        )
        log.info("session.started", session_id=record.session_id, source=source.kind)
        return {"session_id": record.session_id, "status": record.status}

    async def status(self, db: AsyncSession, actor: Actor, session_id: str) -> dict[str, Any]:
        readable = await stations_in_scope(db, actor, None)
        snapshot = await SessionRepository(db, self.cache).get_snapshot(session_id)
        if snapshot is None or snapshot.get("station_id") not in readable:
            raise SessionNotFound(f"no session {session_id}", session_id=session_id)
        if snapshot["status"] in OPEN_STATUSES and self._idle(snapshot["updated_at"]):
            snapshot["status"] = SessionStatus.EXPIRED
        return snapshot

    async def validate(
        self,
        db: AsyncSession,
        actor: Actor,
        session_id: str,
        approved: bool,
        edit: UserInput,
        *,
        seen: tuple[Step, int],
    ) -> dict[str, Any]:
        """Decide the step the officer reviewed: ``seen`` is that step and the session
        version shown with it; a decision on anything else is refused, never moved on."""
        edit = clean_json_text(edit, "user_input", self.text_limit)
        repo = SessionRepository(db, self.cache)
        record = await self._awaiting(repo, actor, session_id, seen)
        step = Step(record.current_step)
        if not approved:
            return await self._rewind(repo, actor, record, step, edit)
        next_step = step.next()
        if next_step is None:
            require(actor, Action.REGISTER)
        data = SessionData.model_validate(record.data)
        before = record.data
        edited = apply_edit(step, data, edit, self.deps.identifier.kb)
        fields = edited_fields(step, edit)
        data.history.append(
            _decision(step, "approve", actor.username, edited=edited, fields=fields)
        )
        if next_step is None:
            await self.firs.register(db, session_id, data, actor)
            await self._save(repo, record, data, SessionStatus.COMPLETED, step)
        else:
            await self._generate_next(repo, record, data, next_step)
        action = "step.edited" if edited else "step.approved"
        await self.audit.record(
            db,
            actor,
            action,
            _target(session_id),
            before=before,
            after=data.model_dump(mode="json"),
            detail=step,
        )
        return self._view(record)

    async def regenerate(
        self,
        db: AsyncSession,
        actor: Actor,
        session_id: str,
        step: Step,
        note: UserInput,
        *,
        version: int,
    ) -> dict[str, Any]:
        note = clean_json_text(note, "user_input", self.text_limit)
        repo = SessionRepository(db, self.cache)
        record = await self._awaiting(repo, actor, session_id, (None, version))
        if step.position > Step(record.current_step).position:
            raise StepOutOfOrder(
                f"{step.value} has not been reached; the session is at {record.current_step}"
            )
        return await self._rewind(repo, actor, record, step, note)

    async def send_to_sho(self, db: AsyncSession, actor: Actor, session_id: str) -> dict[str, Any]:
        """A duty officer's end of the review: the final draft waits for the SHO."""
        repo = SessionRepository(db, self.cache)
        record = await self._awaiting(repo, actor, session_id)
        step = Step(record.current_step)
        if step is not Step.FINAL_REVIEW:
            raise StepOutOfOrder(f"only the final review goes to the SHO; this is at {step.value}")
        data = SessionData.model_validate(record.data)
        ensure_registrable(data, actor)  # the SHO gets only drafts that can be registered
        data.history.append(_decision(step, "send_to_sho", actor.username))
        await self._save(repo, record, data, SessionStatus.AWAITING_VALIDATION, step)
        await self.audit.record(db, actor, "draft.sent_to_sho", _target(session_id), detail=step)
        return self._view(record)

    async def open_sessions(
        self, db: AsyncSession, actor: Actor, *, awaiting_sho: bool = False
    ) -> list[dict[str, Any]]:
        """The station's open sessions; ``awaiting_sho``: final drafts sent to the SHO."""
        readable = await stations_in_scope(db, actor, None)
        step = Step.FINAL_REVIEW if awaiting_sho else None
        records = await SessionRepository(db, self.cache).open_for_stations(readable, step)
        views = [_listed(r) for r in records if not self._idle(r.updated_at)]
        return [v for v in views if v["sent_to_sho"]] if awaiting_sho else views

    async def _rewind(
        self,
        repo: SessionRepository,
        actor: Actor,
        record: SessionRecord,
        step: Step,
        note: UserInput,
    ) -> dict[str, Any]:
        if note is not None and not isinstance(note, str):
            raise BadInput("a correction note must be text")
        before = record.data
        data = SessionData.model_validate(record.data)
        clear_from(step, data)
        data.history.append(_decision(step, "regenerate", actor.username, note=note or None))
        await self._generate_next(repo, record, data, step)
        target = _target(record.session_id)
        await self.audit.record(
            repo.db,
            actor,
            "step.regenerated",
            target,
            before=before,
            after=data.model_dump(mode="json"),
            detail=step,
        )
        view = self._view(record)
        if note:
            model_reads = self.deps.llm is not None and self.deps.llm.capable
            uses = note_uses(step, note, data.reported_on, model_reads)
            view["note"] = note_outcome(uses)
        return view

    async def _awaiting(
        self,
        repo: SessionRepository,
        actor: Actor,
        session_id: str,
        seen: tuple[Step | None, int] | None = None,
    ) -> SessionRecord:
        """The officer's own station's session, locked, awaiting review, still at the
        step and version the officer saw (``None``: any step)."""
        require(actor, Action.DRAFT)
        record = await repo.get(session_id, for_update=True)
        if record is None or record.station_id != actor.station_id:
            raise SessionNotFound(f"no session {session_id}", session_id=session_id)
        if record.status in OPEN_STATUSES and self._idle(record.updated_at):
            raise SessionExpired(f"session {session_id} expired after {self.ttl} without activity")
        if record.status not in OPEN_STATUSES:
            raise SessionClosed(f"session {session_id} is {record.status}")
        step, version = seen or (None, record.version)
        if record.version != version or (step is not None and step != record.current_step):
            raise StaleReview(
                f"session {session_id} is at {record.current_step} (version {record.version}), "
                f"not {step or 'the step'} (version {version}) that was reviewed: reload it",
                current_step=str(record.current_step),
                version=record.version,
                status=str(record.status),
            )
        if record.status != SessionStatus.AWAITING_VALIDATION:
            raise SessionNotAwaitingValidation(
                f"session {session_id} is still generating {record.current_step}; retry shortly"
            )
        return record

    async def _save(
        self,
        repo: SessionRepository,
        record: SessionRecord,
        data: SessionData,
        status: SessionStatus,
        step: Step,
        **lease: Any,
    ) -> None:
        changes: dict[str, Any] = {"status": status, "current_step": step}
        changes["data"] = data.model_dump(mode="json")
        if not await repo.save(record, **changes, **lease):
            raise Conflict("the session was changed by another request; reload and retry")

    async def _generate_next(
        self, repo: SessionRepository, record: SessionRecord, data: SessionData, step: Step
    ) -> None:
        """Save the session as generating ``step``, under the lease it waits under until
        its generation, sent once this transaction commits, starts."""
        lease = self.generations.waiting_lease()
        await self._save(repo, record, data, SessionStatus.PROCESSING, step, takeovers=0, **lease)
        self._generate_after_commit(repo.db, record.session_id, lease["lease_owner"])

    def _generate_after_commit(self, db: AsyncSession, session_id: str, sent_as: str) -> None:
        async def send() -> None:
            await self.generations.send(session_id, sent_as)

        after_commit(db, send)

    def _idle(self, updated_at: datetime | str) -> bool:
        at = datetime.fromisoformat(updated_at) if isinstance(updated_at, str) else updated_at
        return datetime.now(UTC) - at > self.ttl

    @staticmethod
    def _view(record: SessionRecord) -> dict[str, Any]:
        data = record.data
        return {
            "session_id": record.session_id,
            "status": record.status,
            "current_step": record.current_step,
            "version": record.version,
            "fir_number": data.get("fir_number"),
        }


def _listed(record: SessionRecord) -> dict[str, Any]:
    data = SessionData.model_validate(record.data)
    last = data.history[-1] if data.history else None
    sent = last is not None and last.action == "send_to_sho" and last.step is Step.FINAL_REVIEW
    complainant = data.fields.complainant.name if data.fields else None
    return {
        "session_id": record.session_id,
        "status": record.status,
        "current_step": record.current_step,
        "updated_at": record.updated_at,
        "taken_by": record.user_id,
        "complainant": complainant,
        "sent_to_sho": sent,
    }


def _target(session_id: str) -> Target:
    return Target("session", session_id)


def _decision(step: Step, action: str, by: str, **extra: Any) -> Decision:
    return Decision(step=step, action=action, by=by, at=datetime.now(UTC), **extra)
