"""Bad input gets a 4xx JSON error that says what is wrong, and changes nothing."""

from __future__ import annotations

import httpx
import pytest

from tests.factories import approve_every_step, seen, start_session, wait_for


@pytest.mark.parametrize("text", ["", "   \n\t "])
async def test_empty_complaint(client: httpx.AsyncClient, text: str) -> None:
    response = await client.post("/api/v1/process", data={"text": text})
    assert response.status_code == 422
    assert response.json()["error"] == "empty_complaint"


async def test_complaint_over_the_limit(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/process", data={"text": "chori " * 20_000})
    assert response.status_code == 413
    assert "50000" in response.json()["message"]


async def test_wrong_content_type(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/process", json={"text": "my phone was stolen"})
    assert response.status_code == 415


async def test_unknown_session(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/session/no-such-session/status")
    assert response.status_code == 404
    assert response.json()["error"] == "session_not_found"
    body = {"session_id": "nope", "approved": True, "step": "transcript_review", "version": 1}
    response = await client.post("/api/v1/validate", json=body)
    assert response.status_code == 404


async def test_malformed_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/validate", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"


async def test_invalid_fir_number(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v1/fir/12345")).status_code == 422
    missing = await client.get("/api/v1/fir/FIR-2025-999999")
    assert missing.status_code == 404
    assert missing.json()["error"] == "fir_not_found"


async def test_step_out_of_order_changes_nothing(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    before = await wait_for(client, session_id, "transcript_review")
    response = await client.post(
        f"/api/v1/regenerate/{session_id}",
        json={"step": "narrative_review", "version": before["version"]},
    )
    assert response.status_code == 409
    assert response.json()["error"] == "step_out_of_order"
    after = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert after["version"] == before["version"]


async def test_bad_edit_changes_nothing(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    before = await wait_for(client, session_id, "transcript_review")
    response = await client.post(
        "/api/v1/validate",
        json={"session_id": session_id, "approved": True, "user_input": {"not": "text"}}
        | await seen(client, session_id),
    )
    assert response.status_code == 422
    after = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert (after["version"], after["current_step"]) == (before["version"], "transcript_review")


async def test_completed_session_is_closed(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    await approve_every_step(client, session_id)
    response = await client.post(
        "/api/v1/validate",
        json={"session_id": session_id, "approved": True} | await seen(client, session_id),
    )
    assert response.status_code == 409
    assert response.json()["error"] == "session_closed"


async def test_bad_cursor(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/firs", params={"cursor": "garbage!"})
    assert response.status_code == 422


async def test_broken_upload_is_refused_with_a_reason(client: httpx.AsyncClient) -> None:
    files = {"file": ("complaint.wav", b"RIFF0000WAVEfmt ", "audio/wav")}
    response = await client.post("/api/v1/process", files=files)
    assert response.status_code == 422  # looks like WAV, does not decode
    assert "wav" in response.json()["message"]
