"""The embedded GGUF model loads from its PyPI package and answers, on the CPU."""

from __future__ import annotations

from datetime import UTC, datetime

from afirgen.config import Settings
from afirgen.domain import SessionData, Source, Step
from afirgen.infrastructure.cache import MemoryCache
from afirgen.infrastructure.llm import create_llm
from afirgen.infrastructure.llm.embedded import packaged_model_path
from afirgen.legal import HybridRetriever, KnowledgeBase, SectionIdentifier
from afirgen.pipeline.stages import PipelineDeps
from afirgen.pipeline.steps import run_stage
from tests.factories import THEFT_COMPLAINT


async def test_packaged_model_answers() -> None:
    assert packaged_model_path().stat().st_size > 50_000_000
    llm = create_llm(Settings(llm_backend="embedded"))
    assert llm is not None and not llm.capable
    try:
        answer = await llm.complete_text("Answer briefly.", "What is 2 + 2?", max_tokens=8)
    finally:
        await llm.close()
    assert answer.strip()


async def test_tiny_model_is_not_trusted_with_facts() -> None:
    """A model that is not capable is never asked for fields or prose."""
    llm = create_llm(Settings(llm_backend="embedded"))
    assert llm is not None
    kb = KnowledgeBase.load()
    deps = PipelineDeps(
        llm=llm,
        identifier=SectionIdentifier(kb, HybridRetriever.build(kb)),
        cache=MemoryCache(16),
    )
    data = SessionData(source=Source(text=THEFT_COMPLAINT), reported_at=datetime.now(UTC))
    await run_stage(Step.SUMMARY_REVIEW, data, deps, None)
    assert data.fields is not None and data.fields.complainant.name == "Ramesh Kumar"
    assert not data.degraded
    assert llm._llama is None  # type: ignore[attr-defined]  # never loaded
