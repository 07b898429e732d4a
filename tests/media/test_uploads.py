"""Complaints by voice and on paper through the API: upload -> 202 -> recognised
transcript at transcript_review; refused files say why; Hindi survives to the FIR."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from afirgen.bootstrap import Services
from tests.factories import HINDI_PLACE, approve, wait_for
from tests.media.samples import (
    DEVANAGARI_FONT,
    ENGLISH_LETTER,
    HINDI_LETTER,
    SPOKEN_COMPLAINT,
    encode,
    image_bytes,
    letter,
    speak,
)

SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
STEPS = ("transcript_review", "summary_review", "violations_review", "narrative_review")


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speak(SPOKEN_COMPLAINT, tmp_path_factory.mktemp("api-speech") / "complaint.wav")


@pytest.fixture(scope="module")
def spoken_wav(spoken: Path) -> bytes:
    return spoken.read_bytes()


async def upload(client: httpx.AsyncClient, name: str, content: bytes) -> httpx.Response:
    # the declared type is deliberately useless: detection goes by content
    files = {"file": (name, content, "application/octet-stream")}
    return await client.post("/api/v1/process", files=files)


async def started(client: httpx.AsyncClient, name: str, content: bytes) -> str:
    response = await upload(client, name, content)
    assert response.status_code == 202, response.text
    return str(response.json()["session_id"])


@SQLITE_ONLY
@pytest.mark.parametrize("kind", ["wav", "mp3", "ogg"])
async def test_recording_becomes_a_transcript_to_review(
    client: httpx.AsyncClient, services: Services, spoken: Path, tmp_path: Path, kind: str
) -> None:
    path = spoken if kind == "wav" else encode(spoken, tmp_path / f"c.{kind}", kind)
    session_id = await started(client, f"complaint.{kind}", path.read_bytes())
    body = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "motorcycle" in body["content"].lower(), body["content"]
    source = body["source"]
    assert source["kind"] == "audio" and source["filename"] == f"complaint.{kind}"
    assert source["language"] == "en"
    assert source["segments"] and all(s["end"] > s["start"] for s in source["segments"])
    assert all(0 < s["confidence"] <= 1 for s in source["segments"])
    assert all(m["reasons"] for m in source["uncertain"])
    stored = list((services.settings.data_dir / "uploads" / session_id).iterdir())
    assert [p.name for p in stored] == [f"complaint.{'ogg' if kind == 'ogg' else kind}"]


@SQLITE_ONLY
async def test_letter_image_marks_numbers_for_checking(client: httpx.AsyncClient) -> None:
    jpeg = image_bytes([letter(ENGLISH_LETTER).convert("RGB")], "JPEG", quality=90)
    session_id = await started(client, "letter.jpg", jpeg)
    body = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "Ajmeri Gate" in body["content"]
    marked = {m["text"]: m["reasons"] for m in body["source"]["uncertain"]}
    assert marked.get("14/03/2025") == ["date"] and "number" in marked.get("60,000", [])
    await approve(client, session_id)
    summary = await wait_for(client, session_id, "summary_review")
    assert summary["content"]["fields"]["complainant"]["name"] == "Ramesh Kumar"


@SQLITE_ONLY
async def test_scanned_pdf_pages_are_joined(client: httpx.AsyncClient) -> None:
    pages = [letter(ENGLISH_LETTER[:2]), letter(ENGLISH_LETTER[2:])]
    session_id = await started(client, "scan.pdf", image_bytes(pages, "PDF", resolution=150))
    body = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert body["content"].index("Ramesh Kumar") < body["content"].index("Ajmeri Gate")
    assert {s["page"] for s in body["source"]["segments"]} == {1, 2}


async def test_hindi_letter_reaches_the_fir_and_its_search(client: httpx.AsyncClient) -> None:
    png = image_bytes([letter(HINDI_LETTER, DEVANAGARI_FONT)], "PNG")
    session_id = await started(client, "शिकायत.png", png)
    transcript = await wait_for(client, session_id, "transcript_review", limit_s=120)
    assert "सीता देवी" in transcript["content"] and transcript["source"]["language"] == "hi"
    assert transcript["source"]["filename"] == "शिकायत.png"
    for step in STEPS:
        await wait_for(client, session_id, step, limit_s=120)
        await approve(client, session_id, HINDI_PLACE if step == "summary_review" else None)
    await wait_for(client, session_id, "final_review", limit_s=120)
    fir_number = (await approve(client, session_id))["fir_number"]
    fir = (await client.get(f"/api/v1/fir/{fir_number}")).json()
    assert "मोबाइल फोन चोरी" in fir["complaint_text"]
    assert fir["fields"]["property"] or fir["complaint_text"]
    found = (await client.get("/api/v1/firs/search", params={"q": "मोबाइल"})).json()
    assert fir_number in _numbers(found)


def _numbers(found: Any) -> set[str]:
    items = found["items"] if isinstance(found, dict) else found
    return {item["fir_number"] for item in items}


@SQLITE_ONLY
async def test_corrupt_recording_is_422_naming_the_format(client: httpx.AsyncClient) -> None:
    response = await upload(client, "complaint.wav", b"RIFF\x24\x00\x00\x00WAVEfmt garbage!")
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "corrupt_media" and "wav" in body["message"]


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"I was robbed near the station", "plain text"),
        (b"", "empty file"),
    ],
)
async def test_unknown_files_are_415_saying_what_arrived(
    client: httpx.AsyncClient, content: bytes, said: str
) -> None:
    response = await upload(client, "complaint.mp3", content)
    assert response.status_code == 415
    assert said in response.json()["message"]


@SQLITE_ONLY
async def test_limits_answer_413_with_the_limit(
    services_factory: Any, api_key: str, spoken_wav: bytes
) -> None:
    from tests.conftest import client_for

    small = await services_factory(max_upload_mb=0.05, max_audio_s=3)
    async with await client_for(small, api_key) as client:
        too_big = await upload(client, "long.wav", spoken_wav)  # ~380 kB
        assert too_big.status_code == 413 and "0.05 MB" in too_big.json()["message"]
    short = await services_factory(max_audio_s=3)
    async with await client_for(short, api_key) as client:
        too_long = await upload(client, "long.wav", spoken_wav)  # ~7 s
        assert too_long.status_code == 413 and "limit is 3 s" in too_long.json()["message"]
    assert not list((small.settings.data_dir / "uploads").glob("*/complaint*"))


@SQLITE_ONLY
async def test_text_and_file_together_are_refused(client: httpx.AsyncClient) -> None:
    png = image_bytes([letter(ENGLISH_LETTER)], "PNG")
    response = await client.post(
        "/api/v1/process",
        data={"text": "my phone was stolen"},
        files={"file": ("l.png", png, "image/png")},
    )
    assert response.status_code == 422
