"""OpenAI-compatible speech to text: ``POST /v1/audio/transcriptions``."""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, UploadFile
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from afirgen.media.results import Recognition
from afirgen.model_server.routes.deps import Engines
from afirgen.model_server.schemas import TranscriptionFormat
from afirgen.model_server.uploads import received

router = APIRouter(prefix="/v1/audio", tags=["speech"])
LANGUAGE_NAMES = {"en": "english", "hi": "hindi"}


@router.post("/transcriptions")
async def transcriptions(
    engines: Engines,
    file: Annotated[UploadFile, File(description="WAV, MP3, M4A/AAC, OGG/Opus, WebM, FLAC")],
    model: Annotated[str, Form()] = "whisper-1",
    language: Annotated[str | None, Form()] = None,
    prompt: Annotated[str | None, Form()] = None,
    response_format: Annotated[TranscriptionFormat, Form()] = "json",
    temperature: Annotated[float, Form(ge=0, le=1)] = 0.0,
    granularities: Annotated[list[str] | None, Form(alias="timestamp_granularities[]")] = None,
) -> Response:
    """Transcribe a recording (English: Whisper tiny.en; ``model`` and ``prompt`` are accepted
    for compatibility)."""
    limit = engines.settings.max_upload_mb
    async with received(file, "audio", limit) as (path, fmt):
        result = await engines.transcribe(path, fmt)
    if response_format == "text":
        return PlainTextResponse(result.text)
    if response_format in ("srt", "vtt"):
        return PlainTextResponse(subtitles(result, response_format))
    if response_format == "json":
        return JSONResponse({"text": result.text})
    return JSONResponse(verbose_json(result, granularities or ["segment"]))


def verbose_json(result: Recognition, granularities: list[str]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "task": "transcribe",
        "language": LANGUAGE_NAMES.get(result.language or "", result.language),
        "duration": result.duration_s,
        "text": result.text,
        "model": result.engine,
        "seconds": result.seconds,
        "segments": [_segment(i, s) for i, s in enumerate(result.segments)],
    }
    if "word" in granularities:
        body["words"] = [w for s in body["segments"] for w in s["words"]]
    return body


def _segment(index: int, segment: Any) -> dict[str, Any]:
    return {
        "id": index,
        "seek": 0,
        "start": segment.start,
        "end": segment.end,
        "text": segment.text,
        "tokens": [],
        "temperature": 0.0,
        "avg_logprob": round(math.log(max(segment.confidence, 1e-6)), 4),
        "compression_ratio": 0.0,
        "no_speech_prob": 0.0,
        "confidence": segment.confidence,
        "unrecognised": segment.unrecognised,  # extension: speech not turned into words
        "words": [
            {"word": w.text, "start": w.start, "end": w.end, "probability": w.confidence}
            for w in segment.words
        ],
    }


def subtitles(result: Recognition, kind: str) -> str:
    separator = "," if kind == "srt" else "."
    blocks = []
    for number, segment in enumerate(result.segments, start=1):
        start = _clock(segment.start or 0.0, separator)
        end = _clock(segment.end or 0.0, separator)
        cue = f"{start} --> {end}\n{segment.text}"
        blocks.append(f"{number}\n{cue}" if kind == "srt" else cue)
    body = "\n\n".join(blocks) + "\n"
    return body if kind == "srt" else "WEBVTT\n\n" + body


def _clock(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"
