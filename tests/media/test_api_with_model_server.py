"""The API with AFIRGEN_MODEL_SERVER_URL: recognition and the language model go to the
model server over HTTP; when it is down, text still drafts (degraded) and a
recording fails with the reason, or is recognised in-process if configured."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from afirgen.config import Settings
from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM
from afirgen.infrastructure.recognition.embedded import EmbeddedRecognizer
from afirgen.infrastructure.recognition.fallback import FallbackRecognizer
from afirgen.infrastructure.recognition.remote import RemoteRecognizer
from afirgen.model_server import create_model_server
from afirgen.model_server.engines import ModelEngines
from tests.conftest import client_for
from tests.factories import approve, start_session, wait_for
from tests.media.samples import ENGLISH_LETTER, SPOKEN_COMPLAINT, image_bytes, letter, speak

SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


class Recording(httpx.AsyncBaseTransport):
    """Passes requests to the model server app and notes their paths."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self.inner.handle_async_request(request)


def down(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def remote_settings(**overrides: Any) -> Settings:
    base = {
        "environment": "test",
        "model_server_url": "http://models.test",
        "llm_max_retries": 1,
        "llm_retry_base_s": 0.0,
        "llm_retry_max_s": 0.0,
    }
    return Settings(**(base | overrides))


@pytest.fixture(scope="module")
def model_server() -> Recording:
    settings = Settings(environment="test", log_level="WARNING")
    app = create_model_server(engines=ModelEngines(settings))
    return Recording(httpx.ASGITransport(app=app))


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return speak(SPOKEN_COMPLAINT, tmp_path_factory.mktemp("remote") / "c.wav").read_bytes()


def test_model_server_url_sets_both_clients() -> None:
    settings = remote_settings()
    assert settings.asr_ocr_url == settings.llm_url == "http://models.test"
    assert settings.llm_backend == "openai" and settings.llm_capable is False
    explicit = remote_settings(llm_url="http://big-model.test")
    assert explicit.llm_url == "http://big-model.test" and explicit.llm_capable is None


@SQLITE_ONLY
async def test_recording_goes_through_the_model_server(
    services_factory: Any, api_key: str, model_server: Recording, spoken_wav: bytes
) -> None:
    recognizer = RemoteRecognizer(remote_settings(), transport=model_server)
    services = await services_factory(recognizer=recognizer)
    async with await client_for(services, api_key) as client:
        files = {"file": ("c.wav", spoken_wav, "audio/wav")}
        session_id = (await client.post("/api/v1/process", files=files)).json()["session_id"]
        transcript = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "motorcycle" in transcript["content"].lower()
    assert transcript["source"]["segments"][0]["confidence"] > 0
    # timestamps survive the trip through the model server
    assert all(s["start"] is not None for s in transcript["source"]["segments"])
    assert "/v1/audio/transcriptions" in model_server.paths


@pytest.mark.usefixtures("llm_extra")
async def test_language_model_calls_go_to_the_model_server(model_server: Recording) -> None:
    llm = OpenAICompatibleLLM(remote_settings(), transport=model_server)
    assert llm.capable is False  # the server's tiny model only fills checked gaps
    await llm.ping()
    reply = await llm.complete_text("Answer in one word.", "Colour of the sky?", max_tokens=4)
    assert reply.strip()
    assert {"/v1/models", "/v1/chat/completions"} <= set(model_server.paths)


@SQLITE_ONLY
async def test_letter_goes_through_the_model_server_ocr(
    services_factory: Any, api_key: str, model_server: Recording
) -> None:
    recognizer = RemoteRecognizer(remote_settings(), transport=model_server)
    services = await services_factory(recognizer=recognizer)
    png = image_bytes([letter(ENGLISH_LETTER)], "PNG")
    async with await client_for(services, api_key) as client:
        files = {"file": ("l.png", png, "image/png")}
        session_id = (await client.post("/api/v1/process", files=files)).json()["session_id"]
        body = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "Ajmeri Gate" in body["content"]
    assert any("date" in m["reasons"] for m in body["source"]["uncertain"])


@SQLITE_ONLY
async def test_server_down_text_degrades_and_recording_fails_with_the_reason(
    services_factory: Any, api_key: str, spoken_wav: bytes
) -> None:
    settings = remote_settings(breaker_failure_threshold=1, llm_capable=True)
    llm = OpenAICompatibleLLM(settings, transport=httpx.MockTransport(down))
    recognizer = RemoteRecognizer(settings, transport=httpx.MockTransport(down))
    services = await services_factory(llm=llm, recognizer=recognizer)
    async with await client_for(services, api_key) as client:
        text_session = await start_session(client)
        await wait_for(client, text_session, "transcript_review")
        await approve(client, text_session)
        summary = await wait_for(client, text_session, "summary_review")
        assert summary["degraded"] and summary["content"]["summary"]

        files = {"file": ("c.wav", spoken_wav, "audio/wav")}
        session_id = (await client.post("/api/v1/process", files=files)).json()["session_id"]
        status = await _until_closed(client, session_id)
    assert status["status"] == "failed"
    assert "recognition server unavailable" in status["error"]


@SQLITE_ONLY
async def test_server_down_falls_back_to_embedded_when_configured(
    services_factory: Any, api_key: str, tmp_path: Path
) -> None:
    settings = remote_settings(recognition_fallback=True)
    remote = RemoteRecognizer(settings, transport=httpx.MockTransport(down))
    recognizer = FallbackRecognizer(remote, EmbeddedRecognizer(settings))
    services = await services_factory(recognizer=recognizer)
    png = image_bytes([letter(ENGLISH_LETTER)], "PNG")
    async with await client_for(services, api_key) as client:
        files = {"file": ("l.png", png, "image/png")}
        session_id = (await client.post("/api/v1/process", files=files)).json()["session_id"]
        body = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "Ajmeri Gate" in body["content"]


async def _until_closed(client: httpx.AsyncClient, session_id: str) -> dict[str, Any]:
    import asyncio

    for _ in range(600):
        body = (await client.get(f"/api/v1/session/{session_id}/status")).json()
        if body["status"] != "processing":
            return dict(body)
        await asyncio.sleep(0.05)
    raise AssertionError(f"session {session_id} is still processing")
