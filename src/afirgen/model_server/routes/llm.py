"""OpenAI-compatible language model endpoints on the embedded GGUF model.

Without the optional ``llm`` extra both completion endpoints answer 503
``model_unavailable`` saying how to install it; ``/v1/models`` then lists only
speech and OCR."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from afirgen.model_server.routes.deps import Engines
from afirgen.model_server.schemas import ChatCompletionRequest, CompletionRequest

router = APIRouter(prefix="/v1", tags=["language model"])


@router.post("/chat/completions")
async def chat_completions(body: ChatCompletionRequest, engines: Engines) -> dict[str, Any]:
    """Chat completion; ``response_format`` json_schema constrains the output to the schema."""
    return await engines.chat(body.model_dump(exclude_none=True))


@router.post("/completions")
async def completions(body: CompletionRequest, engines: Engines) -> dict[str, Any]:
    """Text completion; ``response_format`` (an extension) constrains it to JSON."""
    return await engines.complete(body.model_dump(exclude_none=True))


@router.get("/models")
async def models(engines: Engines) -> dict[str, Any]:
    names = [n for n in (engines.llm_name(), "whisper-1", "tesseract") if n is not None]
    return {
        "object": "list",
        "data": [{"id": n, "object": "model", "owned_by": "afirgen"} for n in names],
    }
