"""Client for any OpenAI-compatible server (llama.cpp server, vLLM, Ollama,
``afirgen model-server``), behind retries and a circuit breaker."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
from pydantic import ValidationError

from afirgen.config import Settings
from afirgen.errors import ModelUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.circuit_breaker import CircuitBreaker
from afirgen.infrastructure.llm.base import M
from afirgen.infrastructure.retry import call_with_retry
from afirgen.infrastructure.tracing import get_tracer

tracer = get_tracer(__name__)


class OpenAICompatibleLLM:
    capable = True

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        assert settings.llm_url, "llm_url is required for the OpenAI-compatible backend"
        headers = (
            {"Authorization": f"Bearer {settings.llm_api_key}"} if settings.llm_api_key else {}
        )
        self.name = f"openai:{settings.llm_model}"
        self.capable = settings.llm_capable is not False
        self.model = settings.llm_model
        self.settings = settings
        self.client = httpx.AsyncClient(
            base_url=settings.llm_url.rstrip("/"),
            timeout=settings.llm_timeout_s,
            headers=headers,
            transport=transport,
        )
        self.breaker = CircuitBreaker(
            "llm",
            failure_threshold=settings.breaker_failure_threshold,
            recovery_s=settings.breaker_recovery_s,
        )

    async def complete_text(self, system: str, user: str, *, max_tokens: int) -> str:
        body = self._body(system, user, max_tokens)
        return await self._chat(body)

    async def complete_json(self, system: str, user: str, schema: type[M], *, max_tokens: int) -> M:
        body = self._body(system, user, max_tokens)
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema()},
        }
        content = await self._chat(body)
        try:
            return schema.model_validate(json.loads(content))
        except (ValueError, ValidationError) as exc:
            metrics.MODEL_CALLS.labels(model=self.name, outcome="invalid").inc()
            raise ModelUnavailable("model returned output that does not fit the schema") from exc

    async def ping(self) -> None:
        response = await self.client.get("/v1/models", timeout=5.0)
        response.raise_for_status()

    async def close(self) -> None:
        await self.client.aclose()

    def _body(self, system: str, user: str, max_tokens: int) -> dict[str, Any]:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        return {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": 0,
        }

    async def _chat(self, body: dict[str, Any]) -> str:
        started = time.perf_counter()
        with tracer.start_as_current_span("llm.chat", attributes={"llm.model": self.model}):
            try:
                data = await self.breaker.call(lambda: self._post_with_retry(body))
            except (httpx.HTTPError, ModelUnavailable) as exc:
                metrics.MODEL_CALLS.labels(model=self.name, outcome="error").inc()
                raise ModelUnavailable(f"language model unavailable: {exc}") from exc
        metrics.MODEL_CALLS.labels(model=self.name, outcome="ok").inc()
        metrics.MODEL_DURATION.labels(model=self.name).observe(time.perf_counter() - started)
        return str(data["choices"][0]["message"]["content"])

    async def _post_with_retry(self, body: dict[str, Any]) -> dict[str, Any]:
        async def post() -> dict[str, Any]:
            response = await self.client.post("/v1/chat/completions", json=body)
            response.raise_for_status()
            return dict(response.json())

        return await call_with_retry(
            post,
            attempts=self.settings.llm_max_retries + 1,
            base_s=self.settings.llm_retry_base_s,
            max_s=self.settings.llm_retry_max_s,
        )
