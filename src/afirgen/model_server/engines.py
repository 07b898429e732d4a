"""The models this server holds, each behind its own :class:`SlotLimiter`.

Models load on first use, in a worker thread, so the server starts at once and
a host that only serves OCR never loads the language model. The language model
is an optional extra: without it, completions answer 503 (``ModelUnavailable``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Literal

from afirgen.config import Settings
from afirgen.infrastructure.recognition.embedded import EmbeddedRecognizer
from afirgen.media.formats import MediaFormat
from afirgen.media.results import Recognition
from afirgen.model_server.limits import SlotLimiter
from afirgen.model_server.llama import LlamaEngine, llama_installed

ModelName = Literal["llm", "asr", "ocr"]


class ModelEngines:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.recognizer = EmbeddedRecognizer(
            settings,
            asr_slots=settings.model_server_asr_slots,
            ocr_slots=settings.model_server_ocr_slots,
        )
        queue, wait_s = settings.model_server_queue, settings.model_server_queue_wait_s
        slots: dict[ModelName, int] = {
            "llm": settings.model_server_llm_slots,
            "asr": settings.model_server_asr_slots,
            "ocr": settings.model_server_ocr_slots,
        }
        self.limits = {
            name: SlotLimiter(name, slots=n, queue=queue, wait_s=wait_s)
            for name, n in slots.items()
        }
        self._llm: LlamaEngine | None = None
        self._llm_loading = asyncio.Lock()

    async def chat(self, request: dict[str, Any]) -> dict[str, Any]:
        async with self.limits["llm"].slot():
            engine = await self.llm()
            return await asyncio.to_thread(engine.chat, request)

    async def complete(self, request: dict[str, Any]) -> dict[str, Any]:
        async with self.limits["llm"].slot():
            engine = await self.llm()
            return await asyncio.to_thread(engine.complete, request)

    async def transcribe(self, path: Path, fmt: MediaFormat) -> Recognition:
        async with self.limits["asr"].slot():
            return await self.recognizer.recognize(path, fmt)

    async def read_text(self, path: Path, fmt: MediaFormat, languages: str | None) -> Recognition:
        async with self.limits["ocr"].slot():
            return await self.recognizer.recognize(path, fmt, languages=languages)

    async def llm(self) -> LlamaEngine:
        async with self._llm_loading:
            if self._llm is None:
                self._llm = await asyncio.to_thread(LlamaEngine, self.settings)
            return self._llm

    def llm_name(self) -> str | None:
        """The language model's name, or ``None`` when the ``llm`` extra is not installed."""
        if self._llm is not None:
            return self._llm.name
        return "embedded-gguf" if llama_installed() else None

    def state(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"slots": lim.slots, "active": lim.active, "waiting": lim.waiting}
            for name, lim in self.limits.items()
        }

    async def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
        await self.recognizer.close()
