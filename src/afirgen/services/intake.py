"""Complaints that arrive as files: checked, stored and started as review sessions.

The checks happen before anything is kept: the size limit while the upload is
copied, the format by its first bytes (never by its name or declared type),
and decodability, duration and page count by opening the file. Recognition
itself runs later, in the session's background job (the transcript stage).
"""

from __future__ import annotations

import asyncio
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from afirgen.config import Settings
from afirgen.domain import Source
from afirgen.errors import ComplaintTooLong, ComplaintTooShort, CorruptMedia, EmptyComplaint
from afirgen.media.audio import probe_audio
from afirgen.media.formats import MediaFormat
from afirgen.media.pages import probe_pages
from afirgen.media.spool import Upload, identify, spool
from afirgen.services.access import Action, Actor, require
from afirgen.services.session_service import SessionService
from afirgen.text_rules import clean_text, strip_controls

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class ReceivedMedia:
    format: MediaFormat
    path: Path  # in the incoming folder until a session takes it
    filename: str | None
    size: int
    duration_s: float | None = None
    pages: int | None = None


class ComplaintIntake:
    def __init__(self, settings: Settings, sessions: SessionService) -> None:
        self.settings = settings
        self.sessions = sessions
        self.uploads_dir = settings.data_dir / "uploads"

    async def start_text(
        self,
        db: AsyncSession,
        text: str | None,
        actor: Actor,
    ) -> dict[str, Any]:
        """Start a review session for a typed complaint, kept verbatim (trimmed only)."""
        if text is None or not text.strip():
            raise EmptyComplaint("the complaint text is empty")
        limit = self.settings.max_text_chars
        if len(text) > limit:
            raise ComplaintTooLong(f"the complaint is longer than {limit} characters")
        text = clean_text(text, "text").strip()
        if len(text) < self.settings.min_text_chars:
            raise ComplaintTooShort(
                f"the complaint is too short to draft from (under {self.settings.min_text_chars} "
                "characters): say what happened, when and where"
            )
        source = Source(kind="text", text=text)
        return await self.sessions.start(db, source, actor)

    async def receive(self, upload: Upload, filename: str | None, actor: Actor) -> ReceivedMedia:
        """Copy, identify and check an upload; raises 413/415/422 domain errors."""
        require(actor, Action.DRAFT)  # before anything is written to disk
        incoming = self.uploads_dir / ".incoming" / uuid.uuid4().hex
        incoming.parent.mkdir(parents=True, exist_ok=True)
        try:
            size, head = await spool(upload, incoming, self.settings.max_upload_mb)
            fmt = identify(head)
            checked = await asyncio.to_thread(self._probe, incoming, fmt)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
        media = ReceivedMedia(fmt, incoming, _clean_name(filename), size, **checked)
        log.info("upload.received", format=fmt.name, bytes=size, **checked)
        return media

    async def start(
        self,
        db: AsyncSession,
        media: ReceivedMedia,
        actor: Actor,
    ) -> dict[str, Any]:
        """Store the upload under ``uploads/{session_id}/`` and start its review session."""
        session_id = str(uuid.uuid4())
        folder = self.uploads_dir / session_id
        folder.mkdir(parents=True, exist_ok=False)
        stored = folder / f"complaint{media.format.extension}"
        shutil.move(media.path, stored)
        source = Source(
            kind=media.format.kind,
            filename=media.filename,
            text="",
            upload=stored.relative_to(self.uploads_dir).as_posix(),
        )
        try:
            return await self.sessions.start(db, source, actor, session_id)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    def _probe(self, path: Path, fmt: MediaFormat) -> dict[str, Any]:
        try:
            if fmt.kind == "audio":
                info = probe_audio(path, self.settings.max_audio_s)
                return {"duration_s": info.duration_s}
            pages = probe_pages(path, fmt, self.settings.max_image_pages)
            return {"pages": pages.pages}
        except CorruptMedia as exc:
            raise CorruptMedia(
                f"detected {fmt.name} ({fmt.mime}) but {exc.message}", detected=fmt.name
            ) from exc


def _clean_name(filename: str | None) -> str | None:
    """The base name only, as the citizen's device called it (never used as a path)."""
    if not filename:
        return None
    name = strip_controls(Path(filename.replace("\\", "/")).name).strip()
    return name[:200] or None
