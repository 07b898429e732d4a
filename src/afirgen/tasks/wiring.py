"""Background tasks, wired: the task service, the services tasks use, the runner
and where tasks run.

With ``AFIRGEN_CELERY_BROKER_URL`` set, tasks go to Celery workers through
Redis (``afirgen worker``; ``afirgen beat`` sends the periodic ones). Without
it, the embedded default, they run inside this process on its event loop
(``InProcessDispatcher``), and :meth:`Tasks.start` runs the periodic
schedule here too. Both run each task through the same
:meth:`TaskRunner.execute`. Either way ``takeover`` sends again the tasks
whose holder stopped; the API's lease sweep and each worker run it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.infrastructure.cache import Cache, create_cache
from afirgen.infrastructure.celery_app import Periodic, create_celery
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.mailer import Mailer, SmtpConfig
from afirgen.infrastructure.tables import FirRecord
from afirgen.infrastructure.task_queue import (
    CeleryDispatcher,
    InProcessDispatcher,
    TaskDispatcher,
)
from afirgen.services.audit_trail import AuditTrail
from afirgen.services.stats_service import StatsService
from afirgen.tasks.cleanup import CleanupService
from afirgen.tasks.handlers import load_registry
from afirgen.tasks.notifications import NotificationService
from afirgen.tasks.registry import TaskRegistry, schedule
from afirgen.tasks.reports import ReportService
from afirgen.tasks.runner import TaskRunner
from afirgen.tasks.service import TaskService
from afirgen.tasks.takeover import TaskTakeover

log = structlog.get_logger(__name__)


@dataclass
class Tasks:
    """Background tasks: ask for them (``service``), run them (``runner``), and the
    services they use; handlers see it only as a :class:`TaskContext`."""

    settings: Settings
    database: Database
    cache: Cache
    registry: TaskRegistry
    dispatcher: TaskDispatcher
    service: TaskService
    reports: ReportService
    notifications: NotificationService
    stats: StatsService
    takeover: TaskTakeover
    cleanup: CleanupService
    runner: TaskRunner = field(init=False)
    periodic: list[asyncio.Task[None]] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.runner = TaskRunner(self.settings, self.registry, self)
        if isinstance(self.dispatcher, InProcessDispatcher):
            self.dispatcher.bind(self.runner.run_message)

    @property
    def embedded(self) -> bool:
        return self.dispatcher.mode == "embedded"

    @property
    def mail_from(self) -> str | None:
        return self.settings.mail_from

    async def request_followups(self, db: AsyncSession, fir: FirRecord) -> None:
        """In the finalizing transaction: ask for the PDF and the complainant's copy.

        Recorded with the finalization itself, dispatched once it commits: a
        finalization that rolls back asks for nothing, one that commits cannot
        lose its follow-ups to a crash between the two.
        """
        await self.reports.request_pdf(db, fir.fir_ref, fir.station_id)
        await self.notifications.request_fir_copy(db, fir.fir_ref, fir.station_id)

    async def start(self) -> None:
        """Embedded only: resume tasks a stopped process left, run the schedule here."""
        if not self.embedded:
            return
        resumed = await self.takeover.resend_waiting()
        for entry in schedule(self.settings, self.registry):
            self.periodic.append(asyncio.create_task(self._every(entry), name=entry.task))
        log.info("tasks.embedded_started", resumed=resumed, periodic=len(self.periodic))

    async def _every(self, entry: Periodic) -> None:
        while True:
            await asyncio.sleep(entry.every.total_seconds())
            try:
                async with self.database.transaction() as db:
                    await self.service.enqueue(db, entry.task, {})
            except Exception:  # a failed round must not end the schedule
                log.exception("tasks.schedule_failed", task=entry.task)

    async def close(self, drain_s: float = 30.0) -> None:
        for timer in self.periodic:
            timer.cancel()
        await asyncio.gather(*self.periodic, return_exceptions=True)
        self.periodic.clear()
        await self.dispatcher.drain(drain_s)
        await self.dispatcher.close()


def create_dispatcher(settings: Settings) -> TaskDispatcher:
    if settings.celery_broker_url:
        return CeleryDispatcher(create_celery(settings))
    return InProcessDispatcher(settings.embedded_task_concurrency)


def build_tasks(
    settings: Settings,
    database: Database,
    cache: Cache,
    dispatcher: TaskDispatcher | None = None,
    compute: ComputePool[Any] | None = None,
) -> Tasks:
    """``compute``: the API's pool; a worker or a command renders in its own threads (its
    event loop answers no ``/health``)."""
    compute = compute or ComputePool("threads", settings.compute_workers, None)
    registry = load_registry(settings.task_modules)
    dispatcher = dispatcher or create_dispatcher(settings)
    service = TaskService(registry, dispatcher, timedelta(seconds=settings.task_dispatch_grace_s))
    reports = ReportService(settings, database, cache, service, AuditTrail(database), compute)
    smtp = SmtpConfig.from_settings(settings)
    mailer = Mailer(smtp) if smtp else None
    notifications = NotificationService(settings, database, cache, service, reports, mailer)
    stats = StatsService(database, cache)
    takeover = TaskTakeover(database, service)
    cleanup = CleanupService(settings, database, cache, takeover)
    tasks = Tasks(
        settings,
        database,
        cache,
        registry,
        dispatcher,
        service,
        reports,
        notifications,
        stats,
        takeover,
        cleanup,
    )
    log.debug("tasks.wired", mode=dispatcher.mode, tasks=len(list(registry)))
    return tasks


@asynccontextmanager
async def open_tasks(
    settings: Settings, dispatcher: TaskDispatcher | None = None
) -> AsyncIterator[Tasks]:
    """Background tasks with their own database engine and cache client, for a
    process that is not the API (a worker, a command); all of it is closed on the
    way out."""
    database = Database(settings)
    cache = create_cache(settings)
    tasks = build_tasks(settings, database, cache, dispatcher)
    try:
        yield tasks
    finally:
        await tasks.close()
        await cache.close()
        await database.dispose()
