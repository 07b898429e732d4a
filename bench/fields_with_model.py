"""Does the embedded model help field extraction? Held-out accuracy and latency,
deterministic extraction alone vs with the model filling gaps (checked). The model
runs where it always runs, in the model server (here in this process, over ASGI);
it needs the optional extra: `make install-llm`.

    python bench/fields_with_model.py [--split holdout]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx

from afirgen.config import Settings
from afirgen.domain.fields import FirFields
from afirgen.errors import ModelUnavailable
from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM
from afirgen.model_server import create_model_server
from afirgen.model_server.engines import ModelEngines
from afirgen.pipeline.evaluation import evaluate_fields
from afirgen.pipeline.extraction import extract_fields
from afirgen.pipeline.llm_assist import fill_field_gaps
from bench.common import machine

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="holdout")
    args = parser.parse_args()
    lines = [json.loads(x) for x in (ROOT / "eval/dev/fields.jsonl").open()]
    chosen = [x for x in lines if x.get("split", "tuned") == args.split]
    subset = Path(tempfile.mkdtemp()) / "subset.jsonl"
    subset.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in chosen))
    settings = Settings(model_server_url="http://models", llm_timeout_s=120, llm_max_retries=0)
    server = create_model_server(engines=ModelEngines(settings))
    llm = OpenAICompatibleLLM(settings, transport=httpx.ASGITransport(app=server))
    timings: list[float] = []
    filled: list[str] = []
    failures: list[str] = []
    loop = asyncio.new_event_loop()

    def with_model(text: str, reference: date | None) -> FirFields:
        fields = extract_fields(text, reference)
        started = time.perf_counter()
        try:
            filled.extend(loop.run_until_complete(fill_field_gaps(llm, text, fields)))
        except ModelUnavailable:
            failures.append(text)
        timings.append(time.perf_counter() - started)
        return fields

    alone = evaluate_fields(subset)
    assisted = evaluate_fields(subset, with_model)
    print(f"{machine()}; {len(chosen)} {args.split} complaints")
    print(f"deterministic only: {alone.summary_line()}")
    print(f"with {llm.name} filling gaps: {assisted.summary_line()}")
    print(f"fields filled by the model: {len(filled)}; invalid model output: {len(failures)}")
    print(f"model time per complaint: mean {sum(timings) / len(timings):.2f} s")


if __name__ == "__main__":
    main()
