"""Speech recognition accuracy and speed on synthesized spoken complaints.

    python eval/media/make_speech_set.py          # once: the recordings
    python bench/asr_accuracy.py [--beam 5] [--limit 0]

Word error rate (digits spelled out, punctuation ignored) and real-time factor
(recognition seconds / audio seconds, decoding included), by voice and noise.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.infrastructure.recognition.speech import WhisperEngine
from afirgen.media.audio import decode_audio
from bench.common import machine
from bench.text_metrics import wer

SET = Path(__file__).resolve().parents[1] / "eval" / "media" / "generated" / "speech"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (SET / "manifest.jsonl").open()]
    rows = rows[: args.limit] if args.limit else rows
    engine = WhisperEngine(None, threads=args.threads, workers=1, beam_size=args.beam)
    edits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    timing: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for row in rows:
        started = time.perf_counter()
        samples = decode_audio(SET / row["path"], 600)
        text = engine.transcribe(samples).text
        elapsed = time.perf_counter() - started
        errors, words = wer(row["text"], text)
        for key in (f"{row['voice']}/{row['condition']}", row["condition"], "all"):
            edits[key][0] += errors
            edits[key][1] += words
            timing[key][0] += elapsed
            timing[key][1] += row["seconds"]
    print(f"{machine()}; Whisper tiny.en int8, beam {args.beam}, {args.threads} threads")
    print(f"{'set':18s} {'WER':>6s} {'RTF':>6s} {'clips':>6s}")
    for key in sorted(edits, key=lambda k: (k == "all", "/" not in k, k)):
        n = sum(1 for r in rows if key in ("all", r["condition"], f"{r['voice']}/{r['condition']}"))
        wer_value = edits[key][0] / edits[key][1]
        rtf = timing[key][0] / timing[key][1]
        print(f"{key:18s} {wer_value:6.3f} {rtf:6.3f} {n:6d}")


if __name__ == "__main__":
    main()
