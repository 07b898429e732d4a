"""Liveness with per-model load, and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from afirgen.model_server.routes.deps import Engines
from afirgen.model_server.schemas import ModelServerHealth

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=ModelServerHealth)
async def health(engines: Engines) -> ModelServerHealth:
    return ModelServerHealth(status="ok", models=engines.state())


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
