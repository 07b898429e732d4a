"""Recognition in this process: PyAV + faster-whisper for recordings, Pillow/PDFium +
Tesseract for images. Models load on first use (not at start-up) and run in
worker threads, at most ``slots`` of each kind at once. Images are read in a
child process with a memory and time limit (``isolated``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import structlog

from afirgen.config import Settings
from afirgen.infrastructure import metrics
from afirgen.infrastructure.recognition.isolated import read_in_child
from afirgen.infrastructure.recognition.ocr import TesseractEngine, find_tessdata
from afirgen.infrastructure.recognition.speech import WhisperEngine
from afirgen.infrastructure.tracing import get_tracer
from afirgen.media.audio import decode_audio
from afirgen.media.formats import MediaFormat
from afirgen.media.results import Recognition

log = structlog.get_logger(__name__)
tracer = get_tracer(__name__)
E = TypeVar("E")


class EmbeddedRecognizer:
    name = "embedded"

    def __init__(
        self, settings: Settings, *, asr_slots: int | None = None, ocr_slots: int | None = None
    ) -> None:
        self.settings = settings
        self.asr_slots = asr_slots or settings.recognition_concurrency
        self.ocr_slots = ocr_slots or settings.recognition_concurrency
        self._slots = {
            "audio": asyncio.Semaphore(self.asr_slots),
            "image": asyncio.Semaphore(self.ocr_slots),
        }
        self._speech: WhisperEngine | None = None
        self._ocr: TesseractEngine | None = None
        self._loading = asyncio.Lock()

    async def recognize(
        self, path: Path, fmt: MediaFormat, *, languages: str | None = None
    ) -> Recognition:
        started = time.perf_counter()
        with tracer.start_as_current_span(
            f"recognition.{fmt.kind}", attributes={"format": fmt.name}
        ):
            async with self._slots[fmt.kind]:
                if fmt.kind == "audio":
                    result = await self._transcribe(path)
                else:
                    result = await self._read(path, fmt, languages)
        elapsed = time.perf_counter() - started
        metrics.RECOGNITIONS.labels(kind=fmt.kind, backend="embedded", outcome="ok").inc()
        metrics.RECOGNITION_DURATION.labels(kind=fmt.kind, backend="embedded").observe(elapsed)
        log.info(
            "recognition.done",
            kind=fmt.kind,
            format=fmt.name,
            language=result.language,
            chars=len(result.text),
            seconds=round(elapsed, 3),
        )
        return result

    async def speech_engine(self) -> WhisperEngine:
        if self._speech is None:
            self._speech = await self._load(self._new_speech)
        return self._speech

    async def ocr_engine(self) -> TesseractEngine:
        if self._ocr is None:
            self._ocr = await self._load(self._new_ocr)
        return self._ocr

    async def ping(self) -> None:
        await asyncio.to_thread(find_tessdata, self.settings.tessdata_dir)

    async def close(self) -> None:
        if self._ocr is not None:
            self._ocr.close()

    async def _transcribe(self, path: Path) -> Recognition:
        engine = await self.speech_engine()
        samples = await asyncio.to_thread(decode_audio, path, self.settings.max_audio_s)
        return await asyncio.to_thread(engine.transcribe, samples)

    async def _read(self, path: Path, fmt: MediaFormat, languages: str | None) -> Recognition:
        settings = self.settings
        tessdata = await asyncio.to_thread(find_tessdata, settings.tessdata_dir)
        return await asyncio.to_thread(
            read_in_child,
            path,
            fmt,
            tessdata=tessdata,
            languages=languages or settings.ocr_languages,
            max_pages=settings.max_image_pages,
            memory_mb=settings.ocr_memory_mb,
            timeout_s=settings.recognition_timeout_s,
        )

    async def _load(self, factory: Callable[[], E]) -> E:
        async with self._loading:
            return await asyncio.to_thread(factory)

    def _new_speech(self) -> WhisperEngine:
        if self._speech is not None:  # loaded while this caller waited for the lock
            return self._speech
        return WhisperEngine(
            self.settings.asr_model_path,
            threads=self.settings.asr_threads,
            workers=self.asr_slots,
            beam_size=self.settings.asr_beam_size,
        )

    def _new_ocr(self) -> TesseractEngine:
        if self._ocr is not None:
            return self._ocr
        tessdata = find_tessdata(self.settings.tessdata_dir)
        return TesseractEngine(tessdata, languages=self.settings.ocr_languages)
