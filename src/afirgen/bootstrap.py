"""Wiring: build every long-lived object from settings, and close them again.

Used by the app's lifespan and by CLI commands; nothing here runs at import.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

import structlog

from afirgen.config import Settings
from afirgen.infrastructure.cache import Cache, MemoryCache, RedisCache, create_cache
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.database import Database, standalone_transaction
from afirgen.infrastructure.leases import LeaseTerms, Sweep
from afirgen.infrastructure.llm import LLMClient, create_llm
from afirgen.infrastructure.rate_limits import (
    WINDOW_S,
    MemoryWindowCounter,
    RedisWindowCounter,
    WindowCounter,
)
from afirgen.infrastructure.recognition import Recognizer, create_recognizer
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier
from afirgen.legal.identify import DEFAULT_ENGINE, Engine
from afirgen.legal.section_model import SectionModel
from afirgen.pipeline.recognition import SourceReader
from afirgen.pipeline.stages import PipelineDeps
from afirgen.repositories import statutes
from afirgen.services.audit_trail import AuditTrail
from afirgen.services.auth_failures import FailedAuthLimit
from afirgen.services.fir_service import FirService, action_taken
from afirgen.services.generation import (
    BrokerGenerations,
    GenerationQueue,
    GenerationTakeover,
    InProcessGenerations,
    StepGenerator,
)
from afirgen.services.intake import ComplaintIntake
from afirgen.services.jobs import JobRunner
from afirgen.services.kb_service import KbService
from afirgen.services.officers import OfficerService
from afirgen.services.session_service import SessionService
from afirgen.services.signing import FirSigner
from afirgen.tasks import Tasks, build_tasks

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
    recognizer: Recognizer
    intake: ComplaintIntake
    tasks: Tasks
    kb_search: KbService
    audit: AuditTrail
    officers: OfficerService
    limits: WindowCounter  # rate-limit counters, apart from the cache
    sweep: Sweep  # takes over generations and tasks whose instance stopped
    compute: ComputePool[SectionIdentifier]  # CPU-heavy work, off the event loop
    generator: StepGenerator  # generates steps here when no broker is configured

    async def start(self) -> dict[str, int]:
        """Background work of a serving instance: tasks, then the lease sweep (whose
        first round takes over what a stopped process left)."""
        await self.compute.start()
        await self.tasks.start()
        return await self.sweep.start()

    async def close(self) -> None:
        await self.sweep.close()
        await self.jobs.drain()
        await self.tasks.close()
        await self.audit.close()
        if self.llm is not None:
            await self.llm.close()
        await self.recognizer.close()
        await self.cache.close()
        await self.compute.close()
        await self.database.dispose()


def build_identifier(
    kb: KnowledgeBase,
    retriever: HybridRetriever | None = None,
    engine: Engine = DEFAULT_ENGINE,
) -> SectionIdentifier:
    """The identifier; engines other than "rules" load the learned section model, which
    reads complaints with the retriever's static embedding model (without it: rules only,
    logged, as retrieval runs lexical-only)."""
    retriever = retriever or HybridRetriever.build(kb)
    encoder = retriever.encoder
    if engine != "rules" and encoder is None:
        log.warning("legal.section_model.unavailable", engine=engine, reason="no_encoder")
    if engine == "rules" or encoder is None:
        return SectionIdentifier(kb, retriever)
    model = SectionModel.load(encoder)
    return SectionIdentifier(kb, retriever, model=model, engine=engine)


def build_compute(
    settings: Settings, identifier: SectionIdentifier
) -> ComputePool[SectionIdentifier]:
    """The pool for CPU-heavy stages; each worker holds the identifier (started lazily)."""
    return ComputePool(settings.compute_mode, settings.compute_workers, identifier)


def build_reader(settings: Settings, recognizer: Recognizer) -> SourceReader:
    return SourceReader(
        recognizer=recognizer,
        uploads_dir=settings.data_dir / "uploads",
        asr_min_confidence=settings.asr_word_confidence,
        ocr_min_confidence=settings.ocr_word_confidence / 100,
    )


async def imported_statute_texts(settings: Settings) -> dict[tuple[str, str], str]:
    """Official text stored by ``afirgen kb import``, keyed by (act, section)."""
    async with standalone_transaction(settings, write=False) as db:
        return await statutes.texts_by_section(db)


def build_fir_service(
    settings: Settings, database: Database, cache: Cache | None = None
) -> FirService:
    """The FIR service with its signer and audit trail (commands pass no cache)."""
    signer = FirSigner(settings.signing_key_id, settings.secret_key, settings.retired_signing_keys)
    cache = cache or MemoryCache(16)
    audit = AuditTrail(database)
    return FirService(database, cache, signer, audit, text_limit=settings.max_text_chars)


def build_services(
    settings: Settings,
    *,
    llm: LLMClient | None = None,
    recognizer: Recognizer | None = None,
    statute_texts: Mapping[tuple[str, str], str] | None = None,
) -> Services:
    """Everything the app needs; ``statute_texts`` adds imported official text to retrieval."""
    database = Database(settings)
    cache = create_cache(settings)
    model = llm if llm is not None else create_llm(settings)
    kb = KnowledgeBase.load()
    retriever = HybridRetriever.build(kb, extra_text=statute_texts)
    identifier = build_identifier(kb, retriever)
    compute = build_compute(settings, identifier)
    jobs = JobRunner()
    firs = build_fir_service(settings, database, cache)
    audit = firs.audit
    tasks = build_tasks(settings, database, cache, compute=compute)
    firs.on_finalizing.append(tasks.request_followups)
    recognizer = recognizer or create_recognizer(settings)
    deps = build_pipeline_deps(settings, cache, model, compute, recognizer)
    generator = build_generator(settings, database, cache, deps)
    queue = build_generation_queue(settings, tasks, jobs, generator)
    ttl = timedelta(hours=settings.session_ttl_hours)
    sessions = SessionService(
        cache, deps, firs, queue, ttl, audit, text_limit=settings.max_text_chars
    )
    intake = ComplaintIntake(settings, sessions)
    log.info(
        "services.built",
        cache=cache.backend,
        llm=model.name if model else None,
        recognizer=recognizer.name,
        generation=type(queue).__name__,
    )
    takeover = GenerationTakeover(database, cache, queue, settings.session_max_takeovers)
    return Services(
        settings,
        database,
        cache,
        model,
        kb,
        identifier,
        jobs,
        firs,
        sessions,
        recognizer,
        intake,
        tasks,
        KbService(kb, retriever, cache, compute, text_limit=settings.max_text_chars),
        audit,
        OfficerService(settings, database, audit, cache, build_failed_auth_limit(settings, cache)),
        create_window_counter(cache),
        Sweep(settings.lease_sweep_s, generations=takeover.run, tasks=tasks.takeover.run),
        compute,
        generator,
    )


def build_pipeline_deps(
    settings: Settings,
    cache: Cache,
    llm: LLMClient | None,
    compute: ComputePool[SectionIdentifier],
    recognizer: Recognizer,
) -> PipelineDeps:
    reader = build_reader(settings, recognizer)
    return PipelineDeps(
        llm=llm, compute=compute, cache=cache, reader=reader, action_taken=action_taken
    )


def build_generator(
    settings: Settings, database: Database, cache: Cache, deps: PipelineDeps
) -> StepGenerator:
    lease = LeaseTerms.of(settings.lease_s, settings.lease_sweep_s)
    return StepGenerator(database, cache, deps, lease, stage_delay_s=settings.test_stage_delay_s)


def build_generation_queue(
    settings: Settings, tasks: Tasks, jobs: JobRunner, generator: StepGenerator
) -> GenerationQueue:
    """Steps go to Celery workers with a broker, else to this process's event loop."""
    if tasks.embedded:
        return InProcessGenerations(jobs, generator)
    grace = timedelta(seconds=settings.task_dispatch_grace_s)
    return BrokerGenerations(tasks.dispatcher, grace)


def build_generation_takeover(settings: Settings, tasks: Tasks) -> GenerationTakeover:
    """A worker's sweep round for generations: taken over, sent again on the broker."""
    grace = timedelta(seconds=settings.task_dispatch_grace_s)
    queue = BrokerGenerations(tasks.dispatcher, grace)
    return GenerationTakeover(tasks.database, tasks.cache, queue, settings.session_max_takeovers)


@asynccontextmanager
async def open_generator(
    settings: Settings, database: Database, cache: Cache
) -> AsyncIterator[StepGenerator]:
    """A step generator for a Celery worker process, on its database and cache: the
    knowledge base and models loaded here, CPU-heavy stages in its own threads (its
    event loop answers no ``/health``); all of it closed on the way out."""
    kb = KnowledgeBase.load()
    retriever = HybridRetriever.build(kb, extra_text=await imported_statute_texts(settings))
    identifier = build_identifier(kb, retriever)
    compute = ComputePool("threads", settings.compute_workers, identifier)
    llm, recognizer = create_llm(settings), create_recognizer(settings)
    deps = build_pipeline_deps(settings, cache, llm, compute, recognizer)
    log.info("generator.built", llm=llm.name if llm else None, recognizer=recognizer.name)
    try:
        yield build_generator(settings, database, cache, deps)
    finally:
        if llm is not None:
            await llm.close()
        await recognizer.close()
        await compute.close()


def create_window_counter(cache: Cache, window_s: int = WINDOW_S) -> WindowCounter:
    """Counters in the cache's Redis when there is one: one limit across instances."""
    if isinstance(cache, RedisCache):
        return RedisWindowCounter(cache, window_s)
    return MemoryWindowCounter(window_s)


def build_failed_auth_limit(settings: Settings, cache: Cache) -> FailedAuthLimit:
    """Failed authentications per client address, on the rate limits' counters."""
    counter = create_window_counter(cache, settings.failed_auth_window_minutes * 60)
    return FailedAuthLimit(counter, settings.failed_auth_per_address)
