"""The one interface speech and text recognition backends implement."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from afirgen.media.formats import MediaFormat
from afirgen.media.results import Recognition


class Recognizer(Protocol):
    """Recording -> transcript, or image/PDF -> text, with confidences."""

    name: str

    async def recognize(
        self, path: Path, fmt: MediaFormat, *, languages: str | None = None
    ) -> Recognition: ...

    async def ping(self) -> None: ...

    async def close(self) -> None: ...
