"""Bodies and texts too large to handle are refused early (issue 12, items 6-7)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from tests.conftest import client_for
from tests.factories import version_of, wait_for
from tests.hostile.helpers import session_at, validate

CHUNK = 64 * 1024


async def test_upload_without_length_stops_at_the_limit(
    services_factory: Any, api_key: str
) -> None:
    services = await services_factory(max_upload_mb=1)
    sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\n\r\n'
        for _ in range(50 * 16):  # 50 MB if read to the end
            sent += CHUNK
            yield b"\0" * CHUNK

    async with await client_for(services, api_key) as http:
        response = await http.post(
            "/api/v1/process",
            content=endless(),
            headers={"content-type": "multipart/form-data; boundary=b"},
        )
    assert response.status_code == 413, response.text
    assert "1 MB" in response.json()["message"]
    assert sent < 2 * 1024 * 1024  # reading stopped just past the limit
    assert not list((services.settings.data_dir / "uploads").glob("**/complaint*"))


async def test_declared_length_over_the_limit_is_refused_unread(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/validate",
        content=b"{}",
        headers={"content-type": "application/json", "content-length": str(2 * 1024**3)},
    )
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large"


async def test_json_body_over_the_limit_is_refused(client: httpx.AsyncClient) -> None:
    body = {"session_id": "x", "approved": True, "user_input": "च" * 2_000_000}
    response = await client.post("/api/v1/validate", json=body)
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large"


async def test_edited_transcript_has_the_intake_limit(services_factory: Any, api_key: str) -> None:
    services = await services_factory(max_text_chars=2_000, max_json_body_kb=4096)
    async with await client_for(services, api_key) as http:
        session_id = await session_at(http, "transcript_review")
        long_edit = await validate(http, session_id, "chori " * 1_000)
        assert long_edit.status_code == 413, long_edit.text
        assert long_edit.json()["error"] == "text_too_long"
        note = await http.post(
            f"/api/v1/regenerate/{session_id}",
            json={
                "step": "transcript_review",
                "version": await version_of(http, session_id),
                "user_input": "x" * 2_001,
            },
        )
        assert note.status_code in (413, 422)
        assert (await validate(http, session_id, None)).status_code == 200
        await wait_for(http, session_id, "summary_review")
        summary_edit = {"fields": {"place": "p" * 1_500, "delay_reason": "d" * 1_500}}
        too_much = await validate(http, session_id, summary_edit)  # 3,000 characters in all
        assert too_much.status_code == 413, too_much.text
