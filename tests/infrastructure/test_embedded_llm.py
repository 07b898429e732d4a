"""The embedded GGUF model runs only in the model server, never in the API process,
and the API never asks a model that is not capable for facts."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError

from afirgen.config import Settings
from afirgen.domain import SessionData, Source, Step
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.compute import ComputePool
from afirgen.infrastructure.llm import create_llm
from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier
from afirgen.model_server.engines import ModelEngines
from afirgen.model_server.llama import packaged_model_path
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from tests.factories import THEFT_COMPLAINT

# Builds the API's services and app on the defaults and reports whether llama.cpp
# got imported: in a fresh interpreter, since the model server tests import it here.
_API_IMPORTS_LLAMA = """
import sys
from afirgen.bootstrap import build_services
from afirgen.config import Settings
from afirgen.main import create_app
services = build_services(Settings(environment="test", data_dir=sys.argv[1]))
create_app(services=services)
print(services.llm, "llama_cpp" in sys.modules)
"""


@pytest.mark.usefixtures("llm_extra")
async def test_packaged_model_answers() -> None:
    assert packaged_model_path().stat().st_size > 50_000_000
    engines = ModelEngines(Settings(environment="test"))
    try:
        reply = await engines.chat(
            {"messages": [{"role": "user", "content": "What is 2 + 2?"}], "max_tokens": 8}
        )
    finally:
        await engines.close()
    assert reply["choices"][0]["message"]["content"].strip()


def test_the_api_never_loads_llama_in_process(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _API_IMPORTS_LLAMA, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.splitlines()[-1].split() == ["None", "False"]
    assert create_llm(Settings(model_server_url="http://models:8001")) is not None


def test_the_removed_embedded_backend_is_refused_with_the_way_out() -> None:
    with pytest.raises(ValidationError, match="AFIRGEN_MODEL_SERVER_URL"):
        Settings(llm_backend="embedded")  # type: ignore[arg-type]


async def test_tiny_model_is_not_trusted_with_facts() -> None:
    """The model server's tiny model (not capable) is never asked for fields or prose."""
    asked: list[str] = []

    def model_server(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return httpx.Response(500)

    settings = Settings(environment="test", model_server_url="http://models:8001")
    llm = OpenAICompatibleLLM(settings, transport=httpx.MockTransport(model_server))
    assert not llm.capable
    kb = KnowledgeBase.load()
    deps = PipelineDeps(
        llm=llm,
        compute=ComputePool("threads", 1, SectionIdentifier(kb, HybridRetriever.build(kb))),
        cache=MemoryCache(16),
    )
    data = SessionData(source=Source(text=THEFT_COMPLAINT), reported_at=datetime.now(UTC))
    await run_stage(Step.SUMMARY_REVIEW, data, deps)
    await llm.close()
    assert data.fields is not None and data.fields.complainant.name == "Ramesh Kumar"
    assert not data.degraded
    assert asked == []
