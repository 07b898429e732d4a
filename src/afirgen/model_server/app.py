"""``afirgen model-server``: the embedded models over HTTP, for API hosts without them.

One process holds the GGUF language model, Whisper and Tesseract; each model
has a few work slots and a short queue, and answers 503 with ``Retry-After``
when both are full.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import structlog
from fastapi import FastAPI

from afirgen import __version__
from afirgen.api import middleware as mw
from afirgen.api.errors import install_error_handlers
from afirgen.api.routes.docs import NO_CDN_DOCS, install_docs
from afirgen.config import Settings, get_settings
from afirgen.infrastructure.logging import configure_logging
from afirgen.infrastructure.tracing import configure_tracing
from afirgen.model_server.engines import ModelEngines
from afirgen.model_server.routes import audio, llm, ocr, ops

log = structlog.get_logger(__name__)


def create_model_server(
    settings: Settings | None = None, engines: ModelEngines | None = None
) -> FastAPI:
    """Build the app; ``engines`` lets tests share loaded models between apps."""
    settings = settings or (engines.settings if engines else get_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings)
        configure_tracing(settings)
        app.state.engines = engines or ModelEngines(settings)
        log.info("model_server.started", limits=app.state.engines.state())
        try:
            yield
        finally:
            if engines is None:
                await app.state.engines.close()

    app = FastAPI(
        title="AFIRGen model server",
        version=__version__,
        description="Embedded language, speech and OCR models over HTTP (OpenAI-compatible).",
        lifespan=lifespan,
        **NO_CDN_DOCS,  # served by install_docs from packaged files
    )
    if engines is not None:  # usable without running the lifespan (ASGI transport in tests)
        app.state.engines = engines
    install_error_handlers(app)  # ModelBusy carries its own Retry-After header
    # the API's envelope (correlation id, JSON 500, log line, metrics), no API headers
    app.add_middleware(mw.EnvelopeMiddleware, secure=False)
    for router in (llm.router, audio.router, ocr.router, ops.router):
        app.include_router(router)
    install_docs(app)
    return app
