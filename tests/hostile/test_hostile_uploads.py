"""Hostile images fail their own session only (issue 12, item 5)."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import httpx
import pypdfium2 as pdfium
import pytest
from PIL import Image

from afirgen.infrastructure.recognition.isolated import RecognitionLimitExceeded, read_in_child
from afirgen.infrastructure.recognition.ocr import find_tessdata
from afirgen.media.formats import PDF, PNG
from afirgen.media.pages import MAX_OCR_PIXELS, load_pages, prepare_page
from tests.media.samples import ENGLISH_LETTER, image_bytes, letter

SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def strip_png() -> bytes:
    """A few hundred bytes that decode to a 100x20000 white strip."""
    buffer = io.BytesIO()
    Image.new("L", (100, 20_000), 255).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def giant_page_pdf(target: Path) -> Path:
    document = pdfium.PdfDocument.new()
    document.new_page(7200, 7200)  # 100 inches square: 30000x30000 at 300 dpi
    document.save(str(target))
    return target


def test_a_narrow_strip_is_enlarged_within_the_pixel_cap() -> None:
    page = Image.open(io.BytesIO(strip_png()))
    prepared = prepare_page(page)
    assert prepared.width * prepared.height <= MAX_OCR_PIXELS


def test_a_giant_pdf_page_is_rendered_within_the_pixel_cap(tmp_path: Path) -> None:
    pdf = giant_page_pdf(tmp_path / "giant.pdf")
    assert pdf.stat().st_size < 1000
    (page,) = load_pages(pdf, PDF, max_pages=1)
    assert page.width * page.height <= MAX_OCR_PIXELS


def test_reading_in_a_child_returns_the_text(tmp_path: Path) -> None:
    png = tmp_path / "letter.png"
    png.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    result = read_in_child(
        png,
        PNG,
        tessdata=find_tessdata(None),
        languages="eng",
        max_pages=1,
        memory_mb=3072,
        timeout_s=120,
    )
    assert "Ramesh Kumar" in result.text


@pytest.mark.parametrize(
    ("memory_mb", "timeout_s", "said"), [(64, 120, "MB"), (3072, 0.001, "longer than")]
)
def test_a_child_past_its_limits_is_stopped(
    tmp_path: Path, memory_mb: int, timeout_s: float, said: str
) -> None:
    png = tmp_path / "letter.png"
    png.write_bytes(image_bytes([letter(ENGLISH_LETTER)], "PNG"))
    with pytest.raises(RecognitionLimitExceeded, match=said):
        read_in_child(
            png,
            PNG,
            tessdata=find_tessdata(None),
            languages="eng",
            max_pages=1,
            memory_mb=memory_mb,
            timeout_s=timeout_s,
        )


@SQLITE_ONLY
async def test_hostile_strip_upload_leaves_the_service_answering(
    client: httpx.AsyncClient,
) -> None:
    files = {"file": ("strip.png", strip_png(), "image/png")}
    response = await client.post("/api/v1/process", files=files)
    assert response.status_code == 202, response.text
    session_url = f"/api/v1/session/{response.json()['session_id']}/status"
    status = {}
    for _ in range(600):
        assert (await client.get("/health")).status_code == 200
        status = (await client.get(session_url)).json()
        if status["status"] != "processing":
            break
        await asyncio.sleep(0.1)
    assert status["status"] in ("awaiting_validation", "failed"), status
