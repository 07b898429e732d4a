"""Form IF-1's mandatory items at registration."""

from __future__ import annotations

import httpx

from tests.factories import (
    HINDI_COMPLAINT,
    STEPS,
    approve,
    seen,
    start_session,
    version_of,
    wait_for,
)


async def test_final_review_refuses_to_register_without_the_place_of_occurrence(
    client: httpx.AsyncClient,
) -> None:
    session_id = await start_session(client, HINDI_COMPLAINT)  # "from my house": no place
    for step in STEPS[:-1]:
        await wait_for(client, session_id, step)
        await approve(client, session_id)
    await wait_for(client, session_id, "final_review")

    refused = await client.post(
        "/api/v1/validate",
        json={"session_id": session_id, "approved": True} | await seen(client, session_id),
    )
    assert refused.status_code == 422
    body = refused.json()
    assert body["error"] == "if1_incomplete"
    assert body["details"]["missing"] == ["place of occurrence"]
    assert "summary_review" in body["message"]
    still = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert still["current_step"] == "final_review" and still["fir_number"] is None

    again = await client.post(
        f"/api/v1/regenerate/{session_id}",
        json={
            "step": "summary_review",
            "version": await version_of(client, session_id),
            "user_input": "The place was Kotwali market.",
        },
    )
    assert again.json()["note"]["changes"] == ["place"]
    for step in STEPS[1:]:
        await wait_for(client, session_id, step)
        result = await approve(client, session_id)
    assert result["fir_number"]
    fir = (await client.get(f"/api/v1/fir/{result['fir_number']}")).json()
    assert fir["place"] == "Kotwali market"
