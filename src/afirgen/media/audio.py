"""Recordings decoded in-process with PyAV (which ships its own FFmpeg).

Every recording becomes 16 kHz mono float32 samples, the input Whisper expects.
Decoding stops at the duration limit, so a file that hides its length in its
header cannot run the decoder for longer than that.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
import numpy.typing as npt

from afirgen.errors import CorruptMedia, MediaTooLarge

SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class AudioInfo:
    duration_s: float | None  # from the container header, when it says


def probe_audio(path: Path, max_seconds: float) -> AudioInfo:
    """Check that ``path`` holds a decodable audio stream no longer than ``max_seconds``."""
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = _audio_stream(container, path)
            duration = _duration_s(container, stream)
            _decode_first_frame(container, stream)
    except av.FFmpegError as exc:
        raise CorruptMedia(f"the recording cannot be decoded: {exc}") from exc
    if duration is not None and duration > max_seconds:
        raise MediaTooLarge(
            f"the recording is {duration:.0f} s long; the limit is {max_seconds:.0f} s",
            limit_s=max_seconds,
        )
    return AudioInfo(duration_s=duration)


def decode_audio(path: Path, max_seconds: float) -> npt.NDArray[np.float32]:
    """All of the recording as 16 kHz mono float32 in [-1, 1]."""
    limit = int(max_seconds * SAMPLE_RATE)
    chunks: list[npt.NDArray[np.float32]] = []
    total = 0
    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            stream = _audio_stream(container, path)
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    total += _append(chunks, out)
                if total > limit:
                    raise _too_long(max_seconds)
            for out in resampler.resample(None):
                total += _append(chunks, out)
    except av.FFmpegError as exc:
        raise CorruptMedia(f"the recording cannot be decoded: {exc}") from exc
    if total > limit:
        raise _too_long(max_seconds)
    if not chunks:
        raise CorruptMedia("the recording holds no sound")
    return np.concatenate(chunks)


def _append(chunks: list[npt.NDArray[np.float32]], frame: av.AudioFrame) -> int:
    samples = frame.to_ndarray().reshape(-1).astype(np.float32, copy=False)
    chunks.append(samples)
    return int(samples.shape[0])


def _audio_stream(container: av.container.InputContainer, path: Path) -> av.AudioStream:
    if not container.streams.audio:
        raise CorruptMedia(f"{path.name} has no audio stream")
    return container.streams.audio[0]


def _duration_s(container: av.container.InputContainer, stream: av.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _decode_first_frame(container: av.container.InputContainer, stream: av.AudioStream) -> None:
    for _ in container.decode(stream):
        return
    raise CorruptMedia("the recording holds no decodable sound")


def _too_long(max_seconds: float) -> MediaTooLarge:
    return MediaTooLarge(
        f"the recording is longer than the limit of {max_seconds:.0f} s", limit_s=max_seconds
    )
