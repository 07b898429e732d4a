"""Long recordings: word error rate, real-time factor and how much of the speech the
transcript covers, for 1, 3 and 5 minute oral complaints.

    python bench/long_audio.py [--voices en-us,en-gb,en-in] [--minutes 1,3,5] [--texts 1]

The recordings are made on first use (espeak-ng -s 150, clean and
with pink noise at 10 dB SNR by sox, as eval/media/make_speech_set.py does) from
the long complaints in eval/media/long_complaints.jsonl, cut at a sentence end
once the words fill the length. Coverage: the share of the speech that Silero VAD
finds in the recording which lies inside a recognised segment; ``unrecognised``
counts the stretches the transcript marks for the officer instead of dropping.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval" / "media"))

from make_speech_set import SNR_DB, VOICES, add_noise, duration, run  # noqa: E402

from afirgen.infrastructure.recognition.speech import WhisperEngine  # noqa: E402
from afirgen.media.audio import SAMPLE_RATE, decode_audio  # noqa: E402
from afirgen.media.results import Recognition  # noqa: E402
from bench.common import machine  # noqa: E402
from bench.text_metrics import wer  # noqa: E402

OUT = ROOT / "eval" / "media" / "generated" / "long"
WORDS_PER_MINUTE = 170  # espeak-ng -s 150 speaks about 170 of these words a minute


def script_for(text: str, minutes: int) -> str:
    """Whole sentences from the start of ``text`` until about ``minutes`` of speech."""
    sentences = re.split(r"(?<=[.?!])\s+", text)
    chosen: list[str] = []
    while sentences and sum(len(s.split()) for s in chosen) < minutes * WORDS_PER_MINUTE:
        chosen.append(sentences.pop(0))
    return " ".join(chosen)


def recording(text_id: str, text: str, voice: str, minutes: int, condition: str) -> Path:
    clean = OUT / f"{text_id}-{minutes}min-{voice}-clean.wav"
    if not clean.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        run("espeak-ng", "-v", VOICES[voice], "-s", "150", "-w", str(clean), text)
    if condition == "clean":
        return clean
    noisy = clean.with_name(clean.name.replace("-clean", "-noisy"))
    if not noisy.exists():
        add_noise(clean, noisy, SNR_DB)
    return noisy


def speech_in(samples: Any) -> list[tuple[float, float]]:
    """Silero VAD's speech, with its defaults: independent of the recogniser's own use."""
    from faster_whisper.vad import get_speech_timestamps

    return [
        (s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in get_speech_timestamps(samples)
    ]


def coverage(result: Recognition, speech: list[tuple[float, float]]) -> float:
    """Share of the VAD speech inside recognised segments (marked ones excluded)."""
    spans = [
        (s.start or 0.0, s.end or 0.0)
        for s in result.segments
        if s.words and not getattr(s, "unrecognised", False)  # also runs on older versions
    ]
    total = sum(end - start for start, end in speech)
    inside = sum(max(0.0, min(end, b) - max(start, a)) for start, end in speech for a, b in spans)
    return inside / total if total else 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--voices", default="en-us,en-gb,en-in")
    parser.add_argument("--conditions", default="clean,noisy")
    parser.add_argument("--minutes", default="1,3,5")
    parser.add_argument("--texts", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    texts = [json.loads(x) for x in (ROOT / "eval/media/long_complaints.jsonl").open()]
    engine = WhisperEngine(None, threads=args.threads, workers=1, beam_size=5)
    print(f"{machine()}; {engine.name}, beam 5, {args.threads} threads")
    print(
        f"{'recording':34s} {'audio s':>7s} {'WER':>6s} {'RTF':>6s} {'covered':>7s} {'marked':>6s}"
    )
    totals: dict[int, list[float]] = {}
    for minutes in (int(m) for m in args.minutes.split(",")):
        for item in texts[: args.texts]:
            script = script_for(item["text"], minutes)
            for voice in args.voices.split(","):
                for condition in args.conditions.split(","):
                    path = recording(item["id"], script, voice, minutes, condition)
                    samples = decode_audio(path, 3600)
                    started = time.perf_counter()
                    result = engine.transcribe(samples)
                    elapsed = time.perf_counter() - started
                    errors, words = wer(script, result.text)
                    seconds = duration(path)
                    cover = coverage(result, speech_in(samples))
                    marked = sum(1 for s in result.segments if getattr(s, "unrecognised", False))
                    row = totals.setdefault(minutes, [0, 0, 0.0, 0.0, 0.0, 0])
                    row[0] += errors
                    row[1] += words
                    row[2] += elapsed
                    row[3] += seconds
                    row[4] += cover
                    row[5] += 1
                    print(
                        f"{path.name:34s} {seconds:7.1f} {errors / words:6.3f} "
                        f"{elapsed / seconds:6.3f} {cover:7.1%} {marked:6d}",
                        flush=True,
                    )
    print(f"\n{'length':8s} {'WER':>6s} {'RTF':>6s} {'covered':>7s} {'recordings':>10s}")
    for minutes, (errors, words, elapsed, seconds, cover, n) in totals.items():
        rates = f"{errors / words:6.3f} {elapsed / seconds:6.3f} {cover / n:7.1%}"
        print(f"{minutes} min   {rates} {n:10d}")


if __name__ == "__main__":
    main()
