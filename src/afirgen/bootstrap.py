"""Wiring: build every long-lived object from settings, and close them again.

Used by the app's lifespan and by CLI commands; nothing here runs at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import structlog

from afirgen.config import Settings
from afirgen.infrastructure.cache import Cache, create_cache
from afirgen.infrastructure.database import Database
from afirgen.infrastructure.llm import LLMClient, create_llm
from afirgen.legal import KnowledgeBase, SectionIdentifier
from afirgen.pipeline.stages import PipelineDeps
from afirgen.services.fir_service import FirService
from afirgen.services.jobs import JobRunner
from afirgen.services.session_service import SessionService

log = structlog.get_logger(__name__)


@dataclass
class Services:
    settings: Settings
    database: Database
    cache: Cache
    llm: LLMClient | None
    kb: KnowledgeBase
    identifier: SectionIdentifier
    jobs: JobRunner
    firs: FirService
    sessions: SessionService

    async def close(self) -> None:
        await self.jobs.drain()
        if self.llm is not None:
            await self.llm.close()
        await self.cache.close()
        await self.database.dispose()


def build_identifier(kb: KnowledgeBase) -> SectionIdentifier:
    return SectionIdentifier.create(kb)


def build_services(settings: Settings, *, llm: LLMClient | None = None) -> Services:
    database = Database(settings)
    cache = create_cache(settings.redis_url, settings.memory_cache_size)
    model = llm if llm is not None else create_llm(settings)
    kb = KnowledgeBase.load()
    identifier = build_identifier(kb)
    jobs = JobRunner()
    firs = FirService(database, cache, settings.secret_key)
    deps = PipelineDeps(llm=model, identifier=identifier, cache=cache)
    ttl = timedelta(hours=settings.session_ttl_hours)
    sessions = SessionService(database, cache, deps, firs, jobs, ttl)
    log.info("services.built", cache=cache.backend, llm=model.name if model else None)
    return Services(settings, database, cache, model, kb, identifier, jobs, firs, sessions)
