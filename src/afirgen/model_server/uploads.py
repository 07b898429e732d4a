"""A file posted to the model server: spooled to a temporary folder, identified,
checked to be the kind the endpoint serves, and removed afterwards."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from afirgen.errors import UnsupportedMedia
from afirgen.media.formats import MediaFormat, MediaKind
from afirgen.media.spool import Upload, identify, spool


@asynccontextmanager
async def received(
    upload: Upload, kind: MediaKind, limit_mb: float
) -> AsyncIterator[tuple[Path, MediaFormat]]:
    with tempfile.TemporaryDirectory(prefix="afirgen-ms-") as folder:
        path = Path(folder) / "upload"
        _, head = await spool(upload, path, limit_mb)
        fmt = identify(head)
        if fmt.kind != kind:
            raise UnsupportedMedia(f"this endpoint takes {kind} files; received {fmt.name}")
        yield path, fmt
