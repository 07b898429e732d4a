"""The embedded GGUF model (the same one as ``infrastructure/llm/embedded.py``) behind
OpenAI-shaped chat and text completions, with JSON-schema constrained output."""

from __future__ import annotations

import json
import time
from typing import Any, cast

import structlog

from afirgen.config import Settings
from afirgen.errors import BadInput
from afirgen.infrastructure.llm.embedded import json_response_format, load_llama

log = structlog.get_logger(__name__)


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
