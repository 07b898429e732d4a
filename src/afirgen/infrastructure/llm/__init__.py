"""Language-model backends behind one interface (:class:`LLMClient`).

The API holds only HTTP clients: a model that runs in-process (llama.cpp) runs in
``afirgen model-server``, where its crash cannot take the API down.
"""

from __future__ import annotations

from afirgen.config import Settings
from afirgen.infrastructure.llm.base import LLMClient


def create_llm(settings: Settings) -> LLMClient | None:
    """The configured backend, or ``None`` when no model server is configured."""
    if settings.llm_backend == "openai":
        from afirgen.infrastructure.llm.openai_compat import OpenAICompatibleLLM

        return OpenAICompatibleLLM(settings)
    return None


__all__ = ["LLMClient", "create_llm"]
