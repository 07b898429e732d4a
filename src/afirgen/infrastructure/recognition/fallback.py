"""A remote recogniser with in-process recognition as the stand-in while it is down.

Only used when ``AFIRGEN_RECOGNITION_FALLBACK=true``: by default a deployment
that points at a model server keeps models off the API hosts, and an audio or
image session whose server is down fails with the reason instead.
"""

from __future__ import annotations

from pathlib import Path

import structlog

from afirgen.errors import RecognitionUnavailable
from afirgen.infrastructure.recognition.base import Recognizer
from afirgen.media.formats import MediaFormat
from afirgen.media.results import Recognition

log = structlog.get_logger(__name__)


class FallbackRecognizer:
    def __init__(self, primary: Recognizer, fallback: Recognizer) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = f"{primary.name} (fallback {fallback.name})"

    async def recognize(
        self, path: Path, fmt: MediaFormat, *, languages: str | None = None
    ) -> Recognition:
        try:
            return await self.primary.recognize(path, fmt, languages=languages)
        except RecognitionUnavailable as exc:
            log.warning("recognition.fallback", kind=fmt.kind, reason=exc.message)
            return await self.fallback.recognize(path, fmt, languages=languages)

    async def ping(self) -> None:
        await self.primary.ping()

    async def close(self) -> None:
        await self.primary.close()
        await self.fallback.close()
