"""How close the training corpus comes to the blind split, in counts only.

    python eval/train_overlap.py            # every eval/train/*.jsonl against eval/blind/

Prints, for each training line that comes too close to any blind line, only the training
line's id: a scenario sketch sharing half its words (Jaccard >= 0.5) or 5% of the
complaint's 8-word sequences found in a blind complaint. No blind text is ever printed, so
whoever writes rules may run it. Flagged lines are dropped from the corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SCENARIO_JACCARD = 0.5
SHARED_GRAMS = 0.05
GRAM = 8


def _lines(folder: str) -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in sorted((ROOT / folder).glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _words(text: object) -> list[str]:
    return re.findall(r"\w+", str(text).casefold())


def _grams(text: object) -> set[str]:
    words = _words(text)
    return {" ".join(words[i : i + GRAM]) for i in range(len(words) - GRAM + 1)}


def main() -> None:
    blind = _lines("blind")
    scenarios = [set(_words(line.get("scenario", ""))) for line in blind]
    blind_grams = set().union(*(_grams(line["text"]) for line in blind))
    train = _lines("train")
    flagged = []
    for line in train:
        sketch = set(_words(line.get("scenario", "")))
        closest = max((len(sketch & s) / max(1, len(sketch | s)) for s in scenarios), default=0.0)
        grams = _grams(line["text"])
        shared = len(grams & blind_grams) / max(1, len(grams))
        if closest >= SCENARIO_JACCARD or shared >= SHARED_GRAMS:
            flagged.append(str(line["id"]))
    print(f"training lines {len(train)}, blind lines {len(blind)}, too close: {len(flagged)}")
    for line_id in flagged:
        print(line_id)


if __name__ == "__main__":
    main()
