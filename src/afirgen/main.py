"""The FastAPI application: middleware in the seed's order, routes under /api/v1."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from fastapi import Depends, FastAPI
from starlette.middleware.cors import CORSMiddleware

from afirgen import __version__, web
from afirgen.api import middleware as mw
from afirgen.api.dependencies import get_officer
from afirgen.api.errors import install_error_handlers
from afirgen.api.fir_read import FirReadShortcut
from afirgen.api.openapi import declare_api_key
from afirgen.api.routes import audit, auth, docs, firs, health, kb, reports, sessions, stats, tasks
from afirgen.bootstrap import Services, build_services, imported_statute_texts
from afirgen.config import Settings, get_settings
from afirgen.domain.station_details import how_to_give, missing_details
from afirgen.infrastructure.logging import configure_logging
from afirgen.infrastructure.tracing import configure_tracing

log = structlog.get_logger(__name__)


async def complete_default_station(services: Services) -> None:
    """Fill the default station's missing details from the settings; say what is still
    missing, since no FIR can be registered there until it is given."""
    async with services.database.transaction() as db:
        station = await services.officers.complete_default_station(db)
    missing = missing_details(station.name, station.district, station.state) if station else []
    if station and missing:
        log.warning(
            "station.details_missing",
            station=station.code,
            missing=[d.field for d in missing],
            give_with=how_to_give(station.code, missing),
            or_set=[d.setting for d in missing],
        )


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """Build the app; ``services`` lets tests hand in their own wiring."""
    settings = settings or (services.settings if services else get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings)
        configure_tracing(settings)
        if services is None:
            texts = await imported_statute_texts(settings)
            app.state.services = build_services(settings, statute_texts=texts)
        else:
            app.state.services = services
        # The knowledge base, indexes and models are long-lived: keep them out of
        # the cyclic GC so full collections stop pausing requests for ~100 ms.
        gc.collect()
        gc.freeze()
        await complete_default_station(app.state.services)
        taken_over = await app.state.services.start()
        log.info("app.started", environment=settings.environment, taken_over=taken_over)
        try:
            yield
        finally:
            if services is None:
                await app.state.services.close()

    app = FastAPI(
        title="AFIRGen",
        version=__version__,
        description="Draft First Information Reports from complaints, reviewed by an officer.",
        lifespan=lifespan,
        **docs.NO_CDN_DOCS,  # served by install_docs from packaged files
        # FastAPI's own request and dependency spans cost about a third of a cached
        # read; request spans come from _instrument, only when they are exported
        telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False},
    )
    install_error_handlers(app)
    declare_api_key(app)
    app.include_router(auth.router, prefix="/api/v1")
    # First, since FastAPI tries routes in order and the FIR read is the hot path; each of
    # its routes names CurrentOfficer itself (a router-level copy is solved a second time)
    app.include_router(firs.router, prefix="/api/v1")
    for router in (
        auth.me_router,
        sessions.router,
        kb.router,
        tasks.router,
        reports.router,
        stats.router,
        audit.router,
    ):  # every route here needs an officer (the matrix test walks them all)
        app.include_router(router, prefix="/api/v1", dependencies=[Depends(get_officer)])
    app.include_router(health.router)
    docs.install_docs(app)
    web.install(app)  # the officer's console (sign-in cookie, HTML pages)
    # add_middleware wraps from the inside out: the last added runs first. Few layers:
    # each one is a call and a closure on every request, a cached read's largest cost
    app.add_middleware(mw.RateLimitMiddleware)
    # the hot read, answered below the router; it counts its own reads in the rate limit
    app.add_middleware(FirReadShortcut)
    app.add_middleware(mw.CompressionMiddleware, minimum_size=1024)
    app.add_middleware(mw.RequestChecksMiddleware, allowed_hosts=settings.allowed_hosts)
    if settings.cors_origins:  # outside the rate limit: a preflight carries no key
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH"],
            allow_headers=["X-API-Key", "Content-Type", "If-Match", "X-Correlation-ID"],
            expose_headers=["ETag", "Retry-After", "X-Correlation-ID", "X-RateLimit-Remaining"],
            max_age=600,
        )
    app.add_middleware(mw.EnvelopeMiddleware)
    if settings.otlp_endpoint:
        _instrument(app)
    return app


def _instrument(app: FastAPI) -> None:
    """Request spans for every route; only when spans are exported (they cost ~15% CPU)."""
    try:
        from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
    except ImportError:
        return
    FastAPIInstrumentor.instrument_app(app, excluded_urls="health,metrics")
