"""An uploaded file copied to disk under a size limit, and identified by its first bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from afirgen.errors import MediaTooLarge, UnsupportedMedia
from afirgen.media.formats import (
    SNIFF_BYTES,
    SUPPORTED,
    MediaFormat,
    MediaKind,
    describe_unknown,
    detect_format,
)

CHUNK = 1024 * 1024


def _names(kind: MediaKind) -> str:
    return ", ".join(fmt.name.upper() for fmt in SUPPORTED if fmt.kind == kind)


# built from SUPPORTED so the 415 message cannot drift from what detection accepts
ACCEPTED = f"send a recording ({_names('audio')}) or an image of the letter ({_names('image')})"


class Upload(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


async def spool(upload: Upload, target: Path, limit_mb: float) -> tuple[int, bytes]:
    """Copy ``upload`` to ``target``; returns its size and first bytes. 413 past the limit."""
    limit_bytes = int(limit_mb * 1024 * 1024)
    size, head = 0, b""
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > limit_bytes:
                raise MediaTooLarge(
                    f"the file is larger than the limit of {limit_mb:g} MB", limit_mb=limit_mb
                )
            if len(head) < SNIFF_BYTES:
                head += chunk[: SNIFF_BYTES - len(head)]
            out.write(chunk)
    return size, head


def identify(head: bytes) -> MediaFormat:
    """The supported format of a file starting with ``head``; 415 naming what it is if none."""
    fmt = detect_format(head)
    if fmt is None:
        found = describe_unknown(head)
        raise UnsupportedMedia(f"unsupported file: {found}; {ACCEPTED}", detected=found)
    return fmt
