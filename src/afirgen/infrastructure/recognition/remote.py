"""Recognition on ``afirgen model-server`` (or any server with the same endpoints):
``/v1/audio/transcriptions`` (OpenAI form fields, ``verbose_json``) and ``/v1/ocr``.

Calls go through retries with backoff and the circuit breaker. A server that is
down or saturated raises :class:`RecognitionUnavailable`; a file the server
refuses (corrupt, too large) raises the matching domain error, without
counting against the breaker.
"""

from __future__ import annotations

import asyncio
import math
import time
from pathlib import Path
from typing import Any

import httpx
import structlog

from afirgen.config import Settings
from afirgen.errors import (
    BadInput,
    CorruptMedia,
    MediaTooLarge,
    ModelUnavailable,
    RecognitionUnavailable,
    UnsupportedMedia,
)
from afirgen.infrastructure import metrics
from afirgen.infrastructure.circuit_breaker import CircuitBreaker
from afirgen.infrastructure.retry import RETRYABLE_STATUS, call_with_retry
from afirgen.infrastructure.tracing import get_tracer
from afirgen.media.formats import MediaFormat
from afirgen.media.results import Recognition, Segment, Word

log = structlog.get_logger(__name__)
tracer = get_tracer(__name__)

REFUSALS: dict[int, type[BadInput]] = {
    413: MediaTooLarge,
    415: UnsupportedMedia,
    422: CorruptMedia,
}


class RemoteRecognizer:
    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        assert settings.asr_ocr_url, "asr_ocr_url is required for remote recognition"
        self.settings = settings
        self.name = f"remote:{settings.asr_ocr_url}"
        self.client = httpx.AsyncClient(
            base_url=settings.asr_ocr_url.rstrip("/"),
            timeout=httpx.Timeout(settings.recognition_timeout_s, connect=5.0),
            transport=transport,
        )
        self.breaker = CircuitBreaker(
            "recognition",
            failure_threshold=settings.breaker_failure_threshold,
            recovery_s=settings.breaker_recovery_s,
        )

    async def recognize(
        self, path: Path, fmt: MediaFormat, *, languages: str | None = None
    ) -> Recognition:
        started = time.perf_counter()
        content = await asyncio.to_thread(path.read_bytes)
        if fmt.kind == "audio":
            url, form = "/v1/audio/transcriptions", transcription_form()
        else:
            url, form = "/v1/ocr", {"languages": languages or self.settings.ocr_languages}
        files = {"file": (f"upload{fmt.extension}", content, fmt.mime)}
        with tracer.start_as_current_span(f"recognition.remote.{fmt.kind}"):
            body = await self._post(url, form, files, fmt)
        result = parse_transcription(body) if fmt.kind == "audio" else parse_ocr(body)
        elapsed = time.perf_counter() - started
        metrics.RECOGNITIONS.labels(kind=fmt.kind, backend="remote", outcome="ok").inc()
        metrics.RECOGNITION_DURATION.labels(kind=fmt.kind, backend="remote").observe(elapsed)
        return result

    async def ping(self) -> None:
        response = await self.client.get("/health", timeout=5.0)
        response.raise_for_status()

    async def close(self) -> None:
        await self.client.aclose()

    async def _post(
        self, url: str, form: dict[str, Any], files: dict[str, Any], fmt: MediaFormat
    ) -> dict[str, Any]:
        async def post() -> httpx.Response:
            response = await self.client.post(url, data=form, files=files)
            if response.status_code in RETRYABLE_STATUS:
                response.raise_for_status()
            return response

        async def guarded() -> httpx.Response:
            return await call_with_retry(
                post,
                attempts=self.settings.llm_max_retries + 1,
                base_s=self.settings.llm_retry_base_s,
                max_s=self.settings.llm_retry_max_s,
            )

        try:
            response = await self.breaker.call(guarded)
        except (httpx.HTTPError, ModelUnavailable) as exc:
            metrics.RECOGNITIONS.labels(kind=fmt.kind, backend="remote", outcome="error").inc()
            log.warning("recognition.remote_failed", url=url, error=str(exc))
            reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
            raise RecognitionUnavailable(f"recognition server unavailable: {reason}") from exc
        return _checked(response)


def transcription_form() -> dict[str, Any]:
    return {
        "model": "whisper-1",
        "response_format": "verbose_json",
        "timestamp_granularities[]": ["segment", "word"],
    }


def _checked(response: httpx.Response) -> dict[str, Any]:
    if response.is_success:
        return dict(response.json())
    try:
        message = str(response.json().get("message", response.text))
    except ValueError:
        message = response.text[:200]
    refusal = REFUSALS.get(response.status_code)
    if refusal is not None:
        raise refusal(message)
    raise RecognitionUnavailable(f"recognition server answered {response.status_code}: {message}")


def parse_transcription(body: dict[str, Any]) -> Recognition:
    """OpenAI ``verbose_json`` (with word probabilities) -> :class:`Recognition`."""
    loose = [_speech_word(w) for w in body.get("words") or []]
    segments = []
    for raw in body.get("segments") or []:
        start, end = float(raw.get("start", 0.0)), float(raw.get("end", 0.0))
        words = [_speech_word(w) for w in raw.get("words") or []] or [
            w for w in loose if w.start is not None and start <= w.start < end
        ]
        confidence = raw.get("confidence")
        if confidence is None:
            confidence = min(1.0, math.exp(float(raw.get("avg_logprob", 0.0))))
        segments.append(
            Segment(
                text=str(raw.get("text", "")).strip(),
                confidence=round(float(confidence), 4),
                start=start,
                end=end,
                words=words,
                unrecognised=bool(raw.get("unrecognised", False)),
            )
        )
    return Recognition.build(
        "audio",
        segments,
        language=_language(body.get("language")),
        engine=str(body.get("model") or "remote-asr"),
        duration_s=body.get("duration"),
        seconds=float(body.get("seconds", 0.0)),
    )


def parse_ocr(body: dict[str, Any]) -> Recognition:
    segments = [
        Segment(
            text=str(line["text"]),
            confidence=float(line["confidence"]),
            page=line.get("page"),
            line=line.get("line"),
            bbox=line.get("bbox"),
            words=[Word.model_validate(w) for w in line.get("words") or []],
        )
        for line in body.get("lines") or []
    ]
    return Recognition.build(
        "image",
        segments,
        language=body.get("language"),
        engine=str(body.get("engine") or "remote-ocr"),
        pages=body.get("pages"),
        seconds=float(body.get("seconds", 0.0)),
    )


def _speech_word(raw: dict[str, Any]) -> Word:
    return Word(
        text=str(raw.get("word", raw.get("text", ""))),
        confidence=float(raw.get("probability", raw.get("confidence", 1.0))),
        start=raw.get("start"),
        end=raw.get("end"),
    )


def _language(name: Any) -> str | None:
    """OpenAI answers language names ("english"); keep two-letter codes."""
    if not name:
        return None
    text = str(name).lower()
    return {"english": "en", "hindi": "hi"}.get(text, text)
