"""The transcript of a recording or a letter: recognise the stored upload, keep
timestamps or page lines, and mark what the officer must check."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import structlog

from afirgen.domain import Source
from afirgen.errors import CorruptMedia, EmptyComplaint
from afirgen.infrastructure.recognition import Recognizer
from afirgen.media import detect_format, mark_uncertain
from afirgen.media.formats import SNIFF_BYTES

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class SourceReader:
    """Turns a stored upload into text with the configured recogniser."""

    recognizer: Recognizer
    uploads_dir: Path
    asr_min_confidence: float  # 0..1: Whisper word probability
    ocr_min_confidence: float  # 0..1: Tesseract word confidence / 100

    async def read(self, source: Source) -> Source:
        """``source`` with its recognised text, segments and uncertain words filled in."""
        if source.upload is None:
            raise CorruptMedia("the complaint has no stored recording or image")
        path = self.uploads_dir / source.upload
        fmt = detect_format(await asyncio.to_thread(_read_head, path))
        if fmt is None or fmt.kind != source.kind:
            raise CorruptMedia(f"the stored upload {source.upload} is not a {source.kind} file")
        result = await self.recognizer.recognize(path, fmt)
        if not result.text.strip():
            what = "speech" if fmt.kind == "audio" else "text"
            raise EmptyComplaint(f"no {what} was recognised in {source.filename or fmt.name}")
        threshold = self.asr_min_confidence if fmt.kind == "audio" else self.ocr_min_confidence
        uncertain = mark_uncertain(result, threshold)
        log.info(
            "source.recognized",
            kind=fmt.kind,
            engine=result.engine,
            language=result.language,
            chars=len(result.text),
            uncertain=len(uncertain),
            seconds=result.seconds,
        )
        segments = [s.model_dump(exclude={"words"}, exclude_none=True) for s in result.segments]
        return source.model_copy(
            update={
                "text": result.text,
                "language": result.language,
                "segments": segments,
                "uncertain": uncertain,
                "recognized": True,
            }
        )


def _read_head(path: Path) -> bytes:
    with path.open("rb") as stored:
        return stored.read(SNIFF_BYTES)
