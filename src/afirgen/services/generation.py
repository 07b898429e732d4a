"""Generating a session's step: who generates it, where it is sent, and taking over
generations nobody runs.

Without a broker (the embedded default) a step is generated on the event loop of
the API instance that asked for it (:class:`InProcessGenerations`). With
``AFIRGEN_CELERY_BROKER_URL`` set it is a Celery task (:data:`GENERATE_TASK`, on
the ``generation`` queue) that a worker runs (:class:`BrokerGenerations`); the
API instance only sends it, once the transaction that asked for it commits.

Rules held here:
- a step is generated under the session's lease: whoever runs it claims the
  lease it was sent under (or a lapsed one) as its own process, renews it while
  it runs, and saves its result only while it still holds it;
- a step sent to the broker and not started is held by no process
  (``queued:...``) for the dispatch grace (``AFIRGEN_TASK_DISPATCH_GRACE_S``):
  the broker holds its message whatever becomes of its sender, and only once
  that grace lapses is it sent again, not counted as a takeover;
- a step whose holder stopped (its lease lapsed, or it ran on this machine and
  has certainly stopped) is taken over by one sweeping instance or worker and
  sent again where steps are generated here; past ``max_takeovers`` the session
  fails instead of stopping worker after worker.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Protocol

import structlog

from afirgen.domain import SessionData, SessionStatus, Step
from afirgen.errors import CacheUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.cache import Cache
from afirgen.infrastructure.celery_app import Queue
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.leases import (
    LeaseTerms,
    heartbeat,
    holder_stopped,
    is_queued,
    new_owner,
    queued_owner,
)
from afirgen.infrastructure.tables import SessionRecord, utcnow
from afirgen.infrastructure.task_queue import TaskDispatcher, TaskMessage
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from afirgen.repositories.leases import released
from afirgen.repositories.sessions import SessionRepository
from afirgen.services.fir_service import registration_terms
from afirgen.services.jobs import JobRunner

log = structlog.get_logger(__name__)

GENERATE_TASK = "sessions.generate"  # kwargs: session_id, sent_as (the lease it was sent under)
GENERATE_PRIORITY = 0  # an officer waits for it: ahead of every background task


class StepGenerator:
    """Produces the content of a session's current step, in whichever process runs it."""

    def __init__(
        self,
        database: Database,
        cache: Cache,
        deps: PipelineDeps,
        lease: LeaseTerms,
        *,
        stage_delay_s: float = 0.0,  # test only (AFIRGEN_TEST_STAGE_DELAY_S)
    ) -> None:
        self.database = database
        self.cache = cache
        self.deps = deps
        self.lease = lease
        self.stage_delay_s = stage_delay_s

    async def generate(self, session_id: str, sent_as: str) -> None:
        """Generate the step sent under the lease ``sent_as``, holding it as this process;
        a session whose lease another holds is left to it."""
        owner = new_owner()
        record = await self._claim(session_id, sent_as, owner)
        if record is None:
            return
        data = SessionData.model_validate(record.data)
        step = Step(record.current_step)
        metrics.ACTIVE_SESSIONS.inc()
        try:
            renew = partial(self._renew_lease, session_id, owner)
            async with heartbeat(renew, self.lease.renew_every_s, session_id=session_id):
                await self._run_step(step, data)
            status, error = SessionStatus.AWAITING_VALIDATION, None
        except Exception as exc:
            log.exception("session.stage_failed", session_id=session_id, step=step.value)
            status, error = SessionStatus.FAILED, f"{step.value} failed: {exc}"
        finally:
            metrics.ACTIVE_SESSIONS.dec()
        changes = {"status": status, "data": data.model_dump(mode="json"), "error": error}
        saved = await self._save(record, owner, changes)
        log.info("session.generated", session_id=session_id, step=step.value, saved=saved)

    async def _save(self, record: SessionRecord, owner: str, changes: dict[str, Any]) -> bool:
        """The step saved under its lease (taken over meanwhile: the new holder's result
        counts). While the cache cannot be marked (Redis down) the save waits and is
        tried again, the lease renewed meanwhile, instead of losing the work."""
        while True:
            try:
                async with self.database.transaction() as db:
                    repo = SessionRepository(db, self.cache)
                    return await repo.save(
                        record, holder=owner, takeovers=0, **changes, **released()
                    )
            except CacheUnavailable as exc:
                log.warning("session.save_deferred", session_id=record.session_id)
                await asyncio.sleep(exc.retry_after_s)
                if not await self._renew_lease(record.session_id, owner):
                    return False

    async def _claim(self, session_id: str, sent_as: str, owner: str) -> SessionRecord | None:
        async with self.database.transaction() as db:
            repo = SessionRepository(db, self.cache)
            if not await repo.claim_generation(session_id, sent_as, owner, self.lease.until()):
                log.info("session.generation_held_elsewhere", session_id=session_id)
                return None
            return await repo.get(session_id)

    async def _renew_lease(self, session_id: str, owner: str) -> bool:
        async with self.database.transaction() as db:
            repo = SessionRepository(db, self.cache)
            return await repo.renew_lease(session_id, owner, self.lease.until())

    async def _run_step(self, step: Step, data: SessionData) -> None:
        if self.stage_delay_s:  # test only: a window to stop this process mid-step
            await asyncio.sleep(self.stage_delay_s)
        await run_stage(step, data, self.deps)
        if step is Step.NARRATIVE_REVIEW:  # the final draft needs no officer input
            await run_stage(Step.FINAL_REVIEW, data, self.deps)
        if data.draft is not None:  # what registering it will record
            data.draft.update(registration_terms(data.identification))


class GenerationQueue(Protocol):
    """Where a step to generate goes, and the lease it waits under until it starts."""

    def waiting_lease(self) -> dict[str, Any]: ...
    async def send(self, session_id: str, sent_as: str) -> None: ...


class InProcessGenerations:
    """The embedded default: generated on this event loop, at once, so the lease it
    waits under is this process's own."""

    def __init__(self, jobs: JobRunner, generator: StepGenerator) -> None:
        self.jobs = jobs
        self.generator = generator

    def waiting_lease(self) -> dict[str, Any]:
        return {"lease_owner": new_owner(), "lease_expires_at": self.generator.lease.until()}

    async def send(self, session_id: str, sent_as: str) -> None:
        job = partial(self.generator.generate, session_id, sent_as)
        self.jobs.submit(f"generate:{session_id}", job)


class BrokerGenerations:
    """With a broker: a Celery task on the ``generation`` queue, for a worker."""

    def __init__(self, dispatcher: TaskDispatcher, grace: timedelta) -> None:
        self.dispatcher = dispatcher
        self.grace = grace

    def waiting_lease(self) -> dict[str, Any]:
        return {"lease_owner": queued_owner(), "lease_expires_at": utcnow() + self.grace}

    async def send(self, session_id: str, sent_as: str) -> None:
        message = TaskMessage(
            task_id=str(uuid.uuid4()),
            name=GENERATE_TASK,
            params={"session_id": session_id, "sent_as": sent_as},
            queue=Queue.GENERATION.value,
            priority=GENERATE_PRIORITY,
        )
        try:
            await self.dispatcher.dispatch(message)
        except Exception as exc:  # kombu/redis raise many types; all mean "not sent"
            # its waiting lease lapses after the grace, and the sweep sends it again
            log.error("session.send_failed", session_id=session_id, error=str(exc))
            return
        log.info("session.sent", session_id=session_id, sent_as=sent_as)


class GenerationTakeover:
    """The lease sweep's round for generations: take over those nobody runs."""

    def __init__(
        self, database: Database, cache: Cache, queue: GenerationQueue, max_takeovers: int
    ) -> None:
        self.database = database
        self.cache = cache
        self.queue = queue
        self.max_takeovers = max_takeovers

    async def run(self) -> int:
        """Generations whose lease lapsed, or whose holder ran on this machine and has
        certainly stopped, taken over and sent again; returns how many."""
        now = utcnow()
        async with self.database.transaction(write=False) as db:
            repo = SessionRepository(db, self.cache)
            lapsed = await repo.lapsed_generations(now)
            held = await repo.held_generations(now)
        stranded: list[tuple[str, str | None, str | None]] = [(i, h, None) for i, h in lapsed]
        stranded += [(i, h, h) for i, h in held if holder_stopped(h)]
        taken = 0
        for session_id, holder, stopped_holder in stranded:
            lease = self.queue.waiting_lease()
            started = not is_queued(holder)  # one never started stopped nobody
            if await self._take_over(session_id, lease, now, stopped_holder, started):
                await self.queue.send(session_id, lease["lease_owner"])
                taken += 1
        return taken

    async def _take_over(
        self,
        session_id: str,
        lease: dict[str, Any],
        now: datetime,
        stopped_holder: str | None,
        started: bool,
    ) -> bool:
        """Hold a generation nobody runs; False when another took it first, or when it
        has been taken over too often (the session is failed instead)."""
        async with self.database.transaction() as db:
            repo = SessionRepository(db, self.cache)
            takeovers = await repo.take_over_generation(
                session_id, lease, now, stopped_holder, counted=started
            )
            if takeovers is None:
                return False
            log.warning(
                "session.generation_taken_over",
                session_id=session_id,
                times=takeovers,
                holder_stopped=stopped_holder is not None,  # False: its lease lapsed
                started=started,  # False: it waited on the broker past the grace
            )
            if takeovers <= self.max_takeovers:
                return True
            await self._fail(repo, session_id, lease["lease_owner"], takeovers)
        return False

    async def _fail(
        self, repo: SessionRepository, session_id: str, holder: str, takeovers: int
    ) -> None:
        record = await repo.get(session_id)
        assert record is not None
        error = (
            f"generating {record.current_step} stopped {takeovers} times with the "
            "instance running it; submit the complaint again"
        )
        await repo.save(
            record, holder=holder, status=SessionStatus.FAILED, error=error, **released()
        )
        log.error("session.generation_abandoned", session_id=session_id, times=takeovers)
