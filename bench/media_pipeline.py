"""Audio and image complaints -> complete draft: p50/p95 per stage and in total.

    python eval/media/make_speech_set.py && python eval/media/make_ocr_set.py   # once
    python bench/media_pipeline.py [--limit 20] [--backend none|openai]

Runs every stage of the review pipeline as the API's background job does, the
transcript stage recognising the recording or the letter in-process.
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

from afirgen.bootstrap import build_identifier, build_reader
from afirgen.config import Settings
from afirgen.domain import STEPS, SessionData, Source
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.llm import create_llm
from afirgen.infrastructure.logging import configure_logging
from afirgen.infrastructure.recognition.embedded import EmbeddedRecognizer
from afirgen.legal import KnowledgeBase
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from bench.common import describe, machine

GENERATED = Path(__file__).resolve().parents[1] / "eval" / "media" / "generated"


def complaints(limit: int) -> list[tuple[str, Path]]:
    speech = [json.loads(line) for line in (GENERATED / "speech" / "manifest.jsonl").open()]
    pages = [json.loads(line) for line in (GENERATED / "ocr" / "manifest.jsonl").open()]
    audio = [r for r in speech if r["condition"] == "clean" and r["voice"] in ("en-us", "en-in")]
    images = [r for r in pages if r["condition"] in ("clean", "noisy") and r["style"] == "typed"]
    return [("audio", GENERATED / "speech" / r["path"]) for r in audio[:limit]] + [
        ("image", GENERATED / "ocr" / r["path"]) for r in images[:limit]
    ]


async def run(backend: str, limit: int) -> None:
    settings = Settings(llm_backend=backend, log_level="ERROR")  # type: ignore[arg-type]
    configure_logging(settings)
    recognizer = EmbeddedRecognizer(settings)
    deps = PipelineDeps(
        llm=create_llm(settings),
        compute=ComputePool("threads", 1, build_identifier(KnowledgeBase.load())),
        cache=MemoryCache(16),
        reader=build_reader(settings, recognizer),
    )
    await recognizer.speech_engine()
    await recognizer.ocr_engine()
    print(f"{machine()}; backend={backend}; models loaded before timing")
    for kind in ("audio", "image"):
        per_stage: dict[str, list[float]] = defaultdict(list)
        totals = []
        for _, path in [c for c in complaints(limit) if c[0] == kind]:
            source = Source(kind=kind, filename=path.name, text="", upload=str(path))  # type: ignore[arg-type]
            data = SessionData(source=source, reported_at=datetime.now(UTC))
            started = time.perf_counter()
            for step in STEPS:
                await run_stage(step, data, deps, None)
            totals.append((time.perf_counter() - started) * 1000)
            for stage in data.stages:
                per_stage[stage.stage].append(stage.duration_ms)
        print(f"{kind} complaints (n={len(totals)})")
        for stage, values in per_stage.items():
            print(f"  {stage:18s} {describe(values)}")
        print(f"  {'total':18s} {describe(totals)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    # openai: the model behind AFIRGEN_LLM_URL (or AFIRGEN_MODEL_SERVER_URL)
    parser.add_argument("--backend", default="none", choices=["none", "openai"])
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.backend, args.limit))


if __name__ == "__main__":
    main()
