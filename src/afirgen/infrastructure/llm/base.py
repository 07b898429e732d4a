"""The one interface every language-model backend implements."""

from __future__ import annotations

from typing import Protocol, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


class LLMClient(Protocol):
    """Chat completion with plain or JSON-schema constrained output."""

    name: str
    capable: bool  # False for tiny embedded models: use only for checked hints

    async def complete_text(self, system: str, user: str, *, max_tokens: int) -> str: ...

    async def complete_json(
        self, system: str, user: str, schema: type[M], *, max_tokens: int
    ) -> M: ...

    async def ping(self) -> None: ...

    async def close(self) -> None: ...
