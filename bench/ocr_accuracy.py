"""OCR accuracy and speed on rendered complaint letters.

    python eval/media/make_ocr_set.py            # once: the pages
    python bench/ocr_accuracy.py [--languages auto]

Character error rate (white space collapsed) and seconds per page (loading,
preparation, orientation and recognition), by language, style and condition.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.infrastructure.recognition.ocr import TesseractEngine, find_tessdata
from afirgen.media.formats import detect_format
from afirgen.media.pages import load_pages
from bench.common import machine, percentile
from bench.text_metrics import cer

SET = Path(__file__).resolve().parents[1] / "eval" / "media" / "generated" / "ocr"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--languages", default="auto")
    parser.add_argument("--show-worst", type=int, default=0)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (SET / "manifest.jsonl").open()]
    engine = TesseractEngine(find_tessdata(None), languages=args.languages)
    edits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    seconds: dict[str, list[float]] = defaultdict(list)
    worst = []
    for row in rows:
        path = SET / row["path"]
        started = time.perf_counter()
        fmt = detect_format(path.read_bytes()[:1024])
        assert fmt is not None
        text = engine.recognize(load_pages(path, fmt, 20)).text
        elapsed = time.perf_counter() - started
        errors, chars = cer(row["text"], text)
        worst.append((errors / chars, row["path"], text))
        for key in _keys(row):
            edits[key][0] += errors
            edits[key][1] += chars
            seconds[key].append(elapsed)
    print(f"{machine()}; {engine.name}, languages {args.languages}")
    print(f"{'set':28s} {'CER':>7s} {'s/page p50':>10s} {'p95':>6s} {'pages':>6s}")
    for key in sorted(edits):
        rate = edits[key][0] / edits[key][1]
        p50, p95 = percentile(seconds[key], 50), percentile(seconds[key], 95)
        print(f"{key:28s} {rate:7.2%} {p50:10.2f} {p95:6.2f} {len(seconds[key]):6d}")
    for rate, name, text in sorted(worst, reverse=True)[: args.show_worst]:
        print(f"--- {name} CER {rate:.1%}\n{text}")


def _keys(row: dict[str, str]) -> list[str]:
    lang, style, condition = row["lang"], row["style"], row["condition"]
    return [f"{lang}", f"{lang}/{condition}", f"{lang}/{style}", f"{lang}/{style}/{condition}"]


if __name__ == "__main__":
    main()
