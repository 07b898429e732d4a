"""Text complaint -> complete draft: p50/p95 per stage and in total.

    python bench/pipeline_latency.py [--backend none|openai] [--limit 40]
                                     [--compute processes threads]

Runs every stage of the review pipeline (as the API's background job does)
over the complaints in eval/dev/fields.jsonl, once per way of running the
CPU-heavy stages (``AFIRGEN_COMPUTE_MODE``): the difference is what handing a
stage to a worker process costs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afirgen.bootstrap import build_compute, build_identifier
from afirgen.config import Settings
from afirgen.domain import STEPS, SessionData, Source
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.llm import create_llm
from afirgen.legal import KnowledgeBase
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from bench.common import describe, machine

ROOT = Path(__file__).resolve().parents[1]


async def run(backend: str, limit: int, mode: str) -> None:
    texts = [json.loads(line)["text"] for line in (ROOT / "eval/dev/fields.jsonl").open()][:limit]
    settings = Settings(llm_backend=backend, log_level="ERROR", compute_mode=mode)  # type: ignore[arg-type]
    started = time.perf_counter()
    llm = create_llm(settings)
    compute = build_compute(settings, build_identifier(KnowledgeBase.load()))
    print(f"{machine()}; backend={backend}; start-up {time.perf_counter() - started:.1f} s")
    deps = PipelineDeps(llm=llm, compute=compute, cache=MemoryCache(16))
    await compute.start()
    warm = SessionData(source=Source(text=texts[0]), reported_at=datetime.now(UTC))
    await run_stage(STEPS[1], warm, deps, None)
    per_stage: dict[str, list[float]] = defaultdict(list)
    totals = []
    for text in texts:
        data = SessionData(source=Source(text=text), reported_at=datetime.now(UTC))
        for step in STEPS:
            await run_stage(step, data, deps, None)
        for run_ in data.stages:
            per_stage[run_.stage].append(run_.duration_ms)
        totals.append(sum(r.duration_ms for r in data.stages))
    for stage, values in per_stage.items():
        print(f"  {stage:18s} {describe(values)}")
    print(f"  {'total':18s} {describe(totals)}  (n={len(totals)}, compute {mode})")
    await compute.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    # openai: the model behind AFIRGEN_LLM_URL (or AFIRGEN_MODEL_SERVER_URL)
    parser.add_argument("--backend", default="none", choices=["none", "openai"])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--compute", nargs="+", default=["processes", "threads"])
    args = parser.parse_args()
    for mode in args.compute:
        asyncio.run(run(args.backend, args.limit, mode))


if __name__ == "__main__":
    main()
