"""Recognition in-process: recordings in every accepted format, letters in English
and Hindi, PDFs, turned photos; numbers and doubtful words marked for the officer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from afirgen.config import Settings
from afirgen.errors import CorruptMedia, MediaTooLarge
from afirgen.infrastructure.recognition.embedded import EmbeddedRecognizer
from afirgen.media import detect_format, layout, mark_uncertain
from afirgen.media.audio import SAMPLE_RATE, decode_audio, probe_audio
from afirgen.media.formats import PDF, PNG, WAV
from afirgen.media.pages import estimate_skew, load_pages
from afirgen.media.results import Recognition, Segment, Word
from tests.media.samples import (
    DEVANAGARI_FONT,
    ENGLISH_LETTER,
    HINDI_LETTER,
    SPOKEN_COMPLAINT,
    encode,
    image_bytes,
    letter,
    speak,
)


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("speech")
    return speak(SPOKEN_COMPLAINT, folder / "complaint.wav")


@pytest.fixture(scope="module")
def recognizer() -> EmbeddedRecognizer:
    return EmbeddedRecognizer(Settings(environment="test", log_level="WARNING"))


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("kind", ["mp3", "ogg", "m4a", "webm"])
def test_every_format_decodes_to_16k_mono(spoken: Path, tmp_path: Path, kind: str) -> None:
    encoded = encode(spoken, tmp_path / f"c.{kind}", kind)
    fmt = detect_format(encoded.read_bytes()[:1024])
    assert fmt is not None and fmt.kind == "audio"
    samples = decode_audio(encoded, 600)
    assert samples.dtype == np.float32
    assert abs(len(samples) / SAMPLE_RATE - probe_audio(encoded, 600).duration_s) < 0.2


def test_a_recording_over_the_duration_limit(spoken: Path) -> None:
    with pytest.raises(MediaTooLarge, match="limit is 2 s"):
        probe_audio(spoken, max_seconds=2)
    with pytest.raises(MediaTooLarge):
        decode_audio(spoken, max_seconds=2)


def test_a_truncated_recording_is_corrupt(spoken: Path, tmp_path: Path) -> None:
    mp3 = encode(spoken, tmp_path / "c.mp3", "mp3").read_bytes()
    broken = write(tmp_path, "broken.mp3", mp3[:10] + bytes(range(256)) * 4)
    with pytest.raises(CorruptMedia):
        decode_audio(broken, 600)


async def test_speech_has_timed_segments_and_confidence(
    recognizer: EmbeddedRecognizer, spoken: Path
) -> None:
    result = await recognizer.recognize(spoken, WAV)
    assert result.kind == "audio" and result.language == "en"
    heard = set(result.text.lower().replace(".", " ").replace(",", " ").split())
    assert {"gold", "black", "motorcycle", "market"} <= heard, result.text
    assert result.segments and all(s.end > s.start for s in result.segments)  # type: ignore[operator]
    assert all(0 < s.confidence <= 1 for s in result.segments)
    assert all(w.start is not None for s in result.segments for w in s.words)


async def test_english_letter_marks_numbers_and_dates(
    recognizer: EmbeddedRecognizer, tmp_path: Path
) -> None:
    path = write(tmp_path, "letter.png", image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = await recognizer.recognize(path, PNG)
    assert "Ramesh Kumar" in result.text and "Ajmeri Gate" in result.text
    assert result.language == "en" and result.pages == 1
    marks = mark_uncertain(result, 0.6)
    dates = [m["text"] for m in marks if "date" in m["reasons"]]
    numbers = [m["text"] for m in marks if "number" in m["reasons"]]
    assert "14/03/2025" in dates
    assert "60,000" in numbers
    for mark in marks:  # offsets point at the marked words in the text
        assert result.text[mark["offset"] : mark["offset"] + mark["length"]] == mark["text"]


async def test_hindi_letter_keeps_devanagari(
    recognizer: EmbeddedRecognizer, tmp_path: Path
) -> None:
    page = letter(HINDI_LETTER, DEVANAGARI_FONT)
    path = write(tmp_path, "patra.png", image_bytes([page], "PNG"))
    result = await recognizer.recognize(path, PNG)
    assert result.language == "hi"
    for phrase in ("सीता देवी", "मोबाइल फोन चोरी", "कोतवाली"):
        assert phrase in result.text, result.text


async def test_pdf_pages_are_joined_in_order(
    recognizer: EmbeddedRecognizer, tmp_path: Path
) -> None:
    pages = [letter(ENGLISH_LETTER[:2]), letter(ENGLISH_LETTER[2:])]
    path = write(tmp_path, "letter.pdf", image_bytes(pages, "PDF", resolution=150))
    result = await recognizer.recognize(path, PDF)
    assert result.pages == 2
    assert result.text.index("Ramesh") < result.text.index("Ajmeri")
    assert {s.page for s in result.segments} == {1, 2}
    assert "\n\n" in result.text


async def test_exif_orientation_and_a_sideways_scan(
    recognizer: EmbeddedRecognizer, tmp_path: Path
) -> None:
    page = letter(ENGLISH_LETTER)
    exif = Image.Exif()
    exif[0x0112] = 6  # camera held sideways: view rotated 90 degrees clockwise
    stored = page.rotate(90, expand=True)  # as the sensor saved it
    jpeg = write(tmp_path, "photo.jpg", image_bytes([stored.convert("RGB")], "JPEG", exif=exif))
    assert load_pages(jpeg, detect_format(jpeg.read_bytes()[:16]), 5)[0].size == page.size  # type: ignore[arg-type]
    turned = write(tmp_path, "scan.png", image_bytes([page.rotate(270, expand=True)], "PNG"))
    for path in (jpeg, turned):
        result = await recognizer.recognize(path, detect_format(path.read_bytes()[:16]))  # type: ignore[arg-type]
        assert "Ajmeri Gate" in result.text, result.text


def test_skew_is_measured() -> None:
    page = letter(ENGLISH_LETTER)
    tilted = page.rotate(3, expand=True, fillcolor=255)
    assert abs(estimate_skew(tilted) + 3) <= 0.5


def test_low_confidence_speech_words_are_marked() -> None:
    words = [
        Word(text=" two", confidence=0.2, start=0.0, end=0.3),
        Word(text=" men", confidence=0.9, start=0.3, end=0.5),
        Word(text=" at", confidence=0.95, start=0.5, end=0.6),
        Word(text=" 10:30", confidence=0.9, start=0.6, end=1.0),
    ]
    segment = Segment(text="two men at 10:30", confidence=0.7, start=0.0, end=1.0, words=words)
    result = Recognition.build("audio", [segment], engine="test")
    marks = mark_uncertain(result, 0.5)
    assert [(m["text"], m["reasons"]) for m in marks] == [
        ("two", ["low_confidence"]),
        ("10:30", ["number"]),
    ]
    assert marks[0]["start"] == 0.0 and marks[1]["offset"] == len("two men at ")
    assert layout("audio", [segment])[0] == "two men at 10:30"
