"""Section identification per complaint: wall and CPU time over the dev split.

    python bench/sections_latency.py [--repeat 2] [--engine rules|model|both]

CPU time (``time.process_time``) is shown beside wall time because the shared
development machine is often loaded by other work; the budget is a mean under
200 ms per complaint. The dev split is used so that no blind line is read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import get_args

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.bootstrap import build_identifier
from afirgen.legal import KnowledgeBase
from afirgen.legal.identify import DEFAULT_ENGINE, Engine
from bench.common import describe, machine

ROOT = Path(__file__).resolve().parents[1]


def complaints() -> list[tuple[str, date | None]]:
    found = []
    for path in sorted((ROOT / "eval" / "dev").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                item = json.loads(line)
                when = item.get("occurred_on")
                found.append((item["text"], date.fromisoformat(when) if when else None))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--engine", choices=get_args(Engine), default=DEFAULT_ENGINE)
    args = parser.parse_args()
    identifier = build_identifier(KnowledgeBase.load(), engine=args.engine)
    texts = complaints()
    identifier.identify(texts[0][0], texts[0][1])  # warm caches and compiled patterns
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(args.repeat):
        for text, when in texts:
            started, started_cpu = time.perf_counter(), time.process_time()
            identifier.identify(text, when)
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    print(f"{machine()}; engine {args.engine}; {len(texts)} dev complaints x {args.repeat}")
    print(f"wall: {describe(wall)}")
    print(f"cpu:  {describe(cpu)}")


if __name__ == "__main__":
    main()
