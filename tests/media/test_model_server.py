"""The model server: OpenAI-compatible endpoints on the embedded models, OCR, health,
metrics, and a 503 with Retry-After when a model is saturated."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from afirgen.config import Settings
from afirgen.errors import ModelBusy
from afirgen.model_server import create_model_server
from afirgen.model_server.engines import ModelEngines
from tests.media.samples import (
    DEVANAGARI_FONT,
    ENGLISH_LETTER,
    HINDI_LETTER,
    SPOKEN_COMPLAINT,
    image_bytes,
    letter,
    speak,
)


def server_settings(**overrides: object) -> Settings:
    base = {"environment": "test", "log_level": "WARNING"}
    return Settings(**(base | overrides))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engines() -> ModelEngines:
    return ModelEngines(server_settings())


@pytest.fixture
async def server(engines: ModelEngines) -> AsyncIterator[httpx.AsyncClient]:
    app = create_model_server(engines=engines)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://models") as client:
        yield client


@pytest.fixture(scope="module")
def wav(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("ms")
    return speak(SPOKEN_COMPLAINT, folder / "c.wav").read_bytes()


async def test_transcription_verbose_json(server: httpx.AsyncClient, wav: bytes) -> None:
    response = await server.post(
        "/v1/audio/transcriptions",
        files={"file": ("complaint.wav", wav, "audio/wav")},
        data={
            "model": "whisper-1",
            "response_format": "verbose_json",
            "timestamp_granularities[]": ["word", "segment"],
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["language"] == "english" and "motorcycle" in body["text"]
    assert body["duration"] > 5 and body["segments"][0]["end"] > body["segments"][0]["start"]
    assert body["words"] and all(0 <= w["probability"] <= 1 for w in body["words"])


async def test_transcription_as_text_and_subtitles(server: httpx.AsyncClient, wav: bytes) -> None:
    files = {"file": ("c.wav", wav, "audio/wav")}
    text = await server.post(
        "/v1/audio/transcriptions", files=files, data={"response_format": "text"}
    )
    assert "motorcycle" in text.text
    srt = await server.post(
        "/v1/audio/transcriptions", files=files, data={"response_format": "srt"}
    )
    assert srt.text.startswith("1\n00:00:00,000 --> ")


async def test_ocr_returns_lines_with_confidence(server: httpx.AsyncClient) -> None:
    png = image_bytes([letter(HINDI_LETTER, DEVANAGARI_FONT)], "PNG")
    response = await server.post("/v1/ocr", files={"file": ("patra.png", png, "image/png")})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["language"] == "hi" and "सीता देवी" in body["text"]
    assert len(body["lines"]) == len(HINDI_LETTER)
    assert all(0 < line["confidence"] <= 1 and line["words"] for line in body["lines"])


async def test_wrong_kind_and_garbage_are_refused(server: httpx.AsyncClient, wav: bytes) -> None:
    as_image = await server.post("/v1/ocr", files={"file": ("c.png", wav, "image/png")})
    assert as_image.status_code == 415 and "wav" in as_image.json()["message"]
    garbage = await server.post(
        "/v1/audio/transcriptions", files={"file": ("c.wav", b"RIFF\x00\x00\x00\x00WAVEjunk", "")}
    )
    assert garbage.status_code == 422 and garbage.json()["error"] == "corrupt_media"


@pytest.mark.usefixtures("llm_extra")
async def test_chat_completion_follows_a_json_schema(server: httpx.AsyncClient) -> None:
    schema = {
        "type": "object",
        "properties": {"item": {"type": "string"}, "value_inr": {"type": "integer"}},
        "required": ["item", "value_inr"],
    }
    response = await server.post(
        "/v1/chat/completions",
        json={
            "model": "default",
            "messages": [
                {"role": "system", "content": "Extract the stolen item and its value."},
                {"role": "user", "content": "My phone worth Rs 15000 was stolen."},
            ],
            "max_tokens": 120,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "f", "schema": schema},
            },
        },
    )
    assert response.status_code == 200, response.text
    content = json.loads(response.json()["choices"][0]["message"]["content"])
    assert isinstance(content["item"], str) and isinstance(content["value_inr"], int)


@pytest.mark.usefixtures("llm_extra")
async def test_text_completion_with_json_grammar(server: httpx.AsyncClient) -> None:
    response = await server.post(
        "/v1/completions",
        json={
            "prompt": "A JSON object with a key city:",
            "max_tokens": 20,
            "response_format": {"type": "json_object"},
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "text_completion"
    assert body["choices"][0]["text"].lstrip().startswith("{")
    models = (await server.get("/v1/models")).json()["data"]
    assert {"whisper-1", "tesseract"} <= {m["id"] for m in models}


async def test_without_the_llm_extra_completions_answer_503(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The default install has no llama.cpp: a clear 503, and speech and OCR stay up."""
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # as if not installed
    app = create_model_server(engines=ModelEngines(server_settings()))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as c:
        chat = await c.post(
            "/v1/chat/completions", json={"messages": [{"role": "user", "content": "Hi"}]}
        )
        text = await c.post("/v1/completions", json={"prompt": "Hi"})
        models = (await c.get("/v1/models")).json()["data"]
    for response in (chat, text):
        assert response.status_code == 503
        assert response.json()["error"] == "model_unavailable"
        assert "make install-llm" in response.json()["message"]
    assert [m["id"] for m in models] == ["whisper-1", "tesseract"]


async def test_saturated_model_answers_503_with_retry_after(tmp_path: Path) -> None:
    engines = ModelEngines(server_settings(model_server_ocr_slots=1, model_server_queue=0))
    app = create_model_server(engines=engines)
    png = image_bytes([letter(ENGLISH_LETTER)], "PNG")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as c:
        async with engines.limits["ocr"].slot():  # another request is being served
            busy = await c.post("/v1/ocr", files={"file": ("l.png", png, "image/png")})
            health = (await c.get("/health")).json()
        assert busy.status_code == 503
        assert int(busy.headers["retry-after"]) >= 1
        assert busy.json()["error"] == "model_busy"
        assert health["models"]["ocr"] == {"slots": 1, "active": 1, "waiting": 0}
        assert (await c.post("/v1/ocr", files={"file": ("l.png", png, "image/png")})).is_success
        metrics = (await c.get("/metrics")).text
        assert 'afirgen_model_server_rejected_total{model="ocr"}' in metrics


async def test_waiting_past_the_limit_answers_503() -> None:
    engines = ModelEngines(
        server_settings(
            model_server_asr_slots=1, model_server_queue=4, model_server_queue_wait_s=0.05
        )
    )
    limiter = engines.limits["asr"]
    async with limiter.slot():
        waiter = asyncio.create_task(limiter.slot().__aenter__())
        with pytest.raises(ModelBusy, match="no slot became free"):
            await waiter
    assert limiter.waiting == 0 and limiter.active == 0
