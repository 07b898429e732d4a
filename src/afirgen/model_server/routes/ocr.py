"""Text in images and PDFs: ``POST /v1/ocr`` (image or PDF in; text and lines with
per-line and per-word confidence out)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, UploadFile

from afirgen.model_server.routes.deps import Engines
from afirgen.model_server.schemas import OcrLine, OcrRead, OcrWord
from afirgen.model_server.uploads import received

router = APIRouter(prefix="/v1", tags=["ocr"])


@router.post("/ocr", response_model=OcrRead)
async def ocr(
    engines: Engines,
    file: Annotated[UploadFile, File(description="JPEG, PNG, WebP, TIFF or PDF")],
    languages: Annotated[
        str | None,
        Form(pattern=r"^(auto|[a-z]{3}(\+[a-z]{3})*)$", description="auto, eng, hin, eng+hin"),
    ] = None,
) -> OcrRead:
    limit = engines.settings.max_upload_mb
    async with received(file, "image", limit) as (path, fmt):
        result = await engines.read_text(path, fmt, languages)
    lines = [
        OcrLine(
            page=s.page or 1,
            line=s.line or index + 1,
            text=s.text,
            confidence=s.confidence,
            bbox=s.bbox,
            words=[OcrWord(text=w.text, confidence=w.confidence, bbox=w.bbox) for w in s.words],
        )
        for index, s in enumerate(result.segments)
    ]
    return OcrRead(
        text=result.text,
        language=result.language,
        engine=result.engine,
        pages=result.pages,
        seconds=result.seconds,
        lines=lines,
    )
