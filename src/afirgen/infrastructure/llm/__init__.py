"""Language-model backends behind one interface (:class:`LLMClient`)."""

from __future__ import annotations

from afirgen.config import Settings
from afirgen.infrastructure.llm.base import LLMClient


def create_llm(settings: Settings) -> LLMClient | None:
    """The configured backend, or ``None`` when models are switched off."""
    if settings.llm_backend == "openai":
        from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM

        return OpenAICompatibleLLM(settings)
    if settings.llm_backend == "embedded":
        from afirgen.infrastructure.llm.embedded import EmbeddedLLM

        return EmbeddedLLM(settings)
    return None


__all__ = ["LLMClient", "create_llm"]
