"""A model server that is down or misbehaving degrades the draft, never blocks it."""

from __future__ import annotations

import json

import httpx
import pytest

from afirgen.config import Settings
from afirgen.errors import ModelUnavailable
from afirgen.infrastructure.circuit_breaker import BreakerState, CircuitBreaker, CircuitOpen
from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM
from tests.conftest import client_for
from tests.factories import approve, start_session, wait_for


def model_server(status: int, calls: list[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if status != 200:
            return httpx.Response(status, json={"error": "overloaded"})
        body = json.loads(request.content)
        content = "{}" if "response_format" in body else "The complainant reported a theft."
        return httpx.Response(200, json={"choices": [{"message": {"content": content}}]})

    return httpx.MockTransport(handle)


def llm_settings(**overrides: object) -> Settings:
    base = {"llm_url": "http://model.test", "llm_retry_base_s": 0.0, "llm_retry_max_s": 0.0}
    return Settings(**(base | overrides))  # type: ignore[arg-type]


async def test_retries_then_gives_up_on_503() -> None:
    calls: list[str] = []
    llm = OpenAICompatibleLLM(llm_settings(llm_max_retries=2), model_server(503, calls))
    with pytest.raises(ModelUnavailable):
        await llm.complete_text("s", "u", max_tokens=5)
    assert len(calls) == 3


async def test_no_retry_on_401() -> None:
    calls: list[str] = []
    llm = OpenAICompatibleLLM(llm_settings(llm_max_retries=3), model_server(401, calls))
    with pytest.raises(ModelUnavailable):
        await llm.complete_text("s", "u", max_tokens=5)
    assert len(calls) == 1


async def test_breaker_opens_and_recovers() -> None:
    breaker = CircuitBreaker("test", failure_threshold=2, recovery_s=0.05)

    async def fail() -> None:
        raise ConnectionError("down")

    async def succeed() -> str:
        return "ok"

    for _ in range(2):
        with pytest.raises(ConnectionError):
            await breaker.call(fail)
    assert breaker.state is BreakerState.OPEN
    with pytest.raises(CircuitOpen):
        await breaker.call(succeed)
    import asyncio

    await asyncio.sleep(0.06)
    assert breaker.state is BreakerState.HALF_OPEN
    assert await breaker.call(succeed) == "ok"
    assert breaker.state is BreakerState.CLOSED


async def test_draft_is_produced_when_the_model_is_down(
    services_factory: object, api_key: str
) -> None:
    calls: list[str] = []
    settings = llm_settings(llm_max_retries=0, breaker_failure_threshold=1)
    llm = OpenAICompatibleLLM(settings, model_server(503, calls))
    services = await services_factory(llm=llm)  # type: ignore[operator]
    async with await client_for(services, api_key) as client:
        session_id = await start_session(client)
        await wait_for(client, session_id, "transcript_review")
        await approve(client, session_id)
        summary = await wait_for(client, session_id, "summary_review")
    assert summary["degraded"] is True
    assert any("unavailable" in r for r in summary["degraded_reasons"])
    assert summary["content"]["fields"]["complainant"]["name"] == "Ramesh Kumar"
    assert summary["content"]["summary"]
