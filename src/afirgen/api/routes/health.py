"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from afirgen.api.dependencies import AppServices, get_officer
from afirgen.api.schemas import HealthRead, ReadyRead

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=HealthRead)
async def health() -> HealthRead:
    """The process is up."""
    return HealthRead(status="ok")


@router.get("/ready", response_model=ReadyRead, responses={503: {"model": ReadyRead}})
async def ready(services: AppServices) -> JSONResponse:
    """Database reachable, models loaded; 503 when the database is down. A cache that is
    down degrades (reads go to the database, writes answer 503 until it is back): an
    instance is not taken out of service for it, as every instance shares it."""
    checks: dict[str, str] = {}
    for name, probe in (("database", services.database.ping), ("cache", services.cache.ping)):
        try:
            await probe()
            checks[name] = "ok"
        except Exception as exc:  # any failure of a dependency means not ready
            checks[name] = f"error: {type(exc).__name__}"
    checks["knowledge_base"] = f"ok: {len(services.kb.sections())} sections"
    checks["llm"] = await _llm_state(services)
    checks["recognition"] = await _recognition_state(services)
    required_ok = checks["database"] == "ok"
    state = "unavailable" if not required_ok else "ready"
    optional = (checks["cache"], checks["llm"], checks["recognition"])
    if required_ok and any(c.startswith("error") for c in optional):
        state = "degraded"
    body = ReadyRead(status=state, checks=checks)
    return JSONResponse(body.model_dump(), status_code=503 if state == "unavailable" else 200)


async def _llm_state(services: AppServices) -> str:
    if services.llm is None:
        return "off: deterministic pipeline"
    try:
        await services.llm.ping()
    except Exception as exc:  # a model server that is down degrades, never blocks
        return f"error: {type(exc).__name__}"
    return f"ok: {services.llm.name}"


async def _recognition_state(services: AppServices) -> str:
    try:
        await services.recognizer.ping()
    except Exception as exc:  # speech/OCR down degrades audio and image complaints only
        return f"error: {type(exc).__name__}"
    return f"ok: {services.recognizer.name}"


@router.get("/metrics", include_in_schema=False, dependencies=[Depends(get_officer)])
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
