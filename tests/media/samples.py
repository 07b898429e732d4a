"""Small complaint recordings and letter images, made at test time.

Speech comes from espeak-ng, other audio formats are encoded with PyAV, letters
are drawn with Pillow in Noto fonts (Debian's fonts-noto-core). Missing tools
skip the test, except under CI=true, where they fail it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/truetype/noto")
LATIN_FONT = FONTS / "NotoSans-Regular.ttf"
DEVANAGARI_FONT = FONTS / "NotoSansDevanagari-Regular.ttf"
IN_CI = os.environ.get("CI", "").lower() == "true"

SPOKEN_COMPLAINT = (
    "My name is Ramesh Kumar. Yesterday evening two men on a black motorcycle "
    "snatched my gold chain near the market."
)
ENGLISH_LETTER = [
    "To the SHO, Kotwali police station, Jaipur.",
    "I, Ramesh Kumar, state that at about 9:30 pm on 14/03/2025",
    "two unknown men snatched my gold chain worth Rs. 60,000",
    "near Ajmeri Gate market. Kindly register my complaint.",
]
HINDI_LETTER = [
    "सेवा में, थानाध्यक्ष महोदय, थाना कोतवाली, लखनऊ।",
    "निवेदन है कि मेरा नाम सीता देवी है।",
    "दिनांक 10/02/2025 को रात 10 बजे मेरे घर से मोबाइल फोन चोरी हो गया",
    "जिसकी कीमत 15000 रुपये है। कृपया रिपोर्ट दर्ज करें।",
]


def missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} is not installed (CI=true: make install provides it)")
    pytest.skip(f"{what} is not installed (run make install)")


def speak(text: str, target: Path, voice: str = "en-us", speed: int = 150) -> Path:
    """A WAV of ``text`` spoken by espeak-ng."""
    if shutil.which("espeak-ng") is None:
        missing("espeak-ng")
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(target), text],
        check=True,
        capture_output=True,
    )
    return target


CODECS = {  # container format, codec, sample rate
    "mp3": ("mp3", "libmp3lame", 22050),
    "ogg": ("ogg", "libopus", 48000),
    "m4a": ("ipod", "aac", 22050),
    "webm": ("webm", "libopus", 48000),
    "flac": ("flac", "flac", 22050),
}


def encode(wav: Path, target: Path, kind: str) -> Path:
    """``wav`` re-encoded as mp3, ogg (Opus), m4a (AAC), webm (Opus) or flac."""
    container_format, codec, rate = CODECS[kind]
    samples = _read_mono(wav, rate)
    with av.open(str(target), "w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        frame_size = stream.codec_context.frame_size or 1024
        for start in range(0, len(samples), frame_size):
            chunk = samples[start : start + frame_size]
            if len(chunk) < frame_size:
                chunk = np.pad(chunk, (0, frame_size - len(chunk)))
            frame = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate, frame.pts = rate, start
            frame.time_base = Fraction(1, rate)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return target


def _read_mono(wav: Path, rate: int) -> np.ndarray:
    with av.open(str(wav)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        chunks = [
            out.to_ndarray().reshape(-1)
            for frame in container.decode(audio=0)
            for out in resampler.resample(frame)
        ]
    return np.concatenate(chunks).astype(np.int16)


def letter(lines: list[str], font: Path = LATIN_FONT, size: int = 34) -> Image.Image:
    """A white page with ``lines`` typed on it."""
    if not font.exists():
        missing(f"the font {font.name} (fonts-noto-core)")
    page = Image.new("L", (1700, 120 + 64 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    face = ImageFont.truetype(str(font), size)
    for index, line in enumerate(lines):
        draw.text((80, 60 + index * 64), line, font=face, fill=0)
    return page


def image_bytes(pages: list[Image.Image], fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    if len(pages) > 1:
        options |= {"save_all": True, "append_images": pages[1:]}
    pages[0].save(buffer, fmt, **options)
    return buffer.getvalue()
