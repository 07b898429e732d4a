"""A decision names the step and session version the officer reviewed: one that arrives
after the session moved on is refused, never applied to the step now showing."""

from __future__ import annotations

import asyncio

import httpx

from tests.factories import STEPS, THEFT_COMPLAINT, approve, seen, start_session, wait_for

EDITED = THEFT_COMPLAINT.replace("gold chain", "gold chain of 2 tola")


async def test_fifty_concurrent_approvals_land_on_one_step(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    await wait_for(client, session_id, "transcript_review")
    body = {"session_id": session_id, "approved": True, "user_input": EDITED}
    body |= await seen(client, session_id)

    answers = await asyncio.gather(*(client.post("/api/v1/validate", json=body) for _ in range(50)))

    codes = sorted(a.status_code for a in answers)
    assert codes == [200] + [409] * 49, codes
    refused = [a.json() for a in answers if a.status_code == 409]
    assert all(r["message"] for r in refused)
    stale = [r for r in refused if r["error"] == "stale_review"]
    assert all(r["details"]["current_step"] == "summary_review" for r in stale)
    summary = await wait_for(client, session_id, "summary_review")
    assert summary["content"]["summary"] != EDITED
    for step in STEPS[1:]:
        await wait_for(client, session_id, step)
        result = await approve(client, session_id)
    fir = (await client.get(f"/api/v1/fir/{result['fir_number']}")).json()
    assert fir["summary"] != EDITED and fir["summary"].startswith("Ramesh Kumar")


async def test_an_approval_for_a_step_already_passed_is_refused(
    client: httpx.AsyncClient,
) -> None:
    session_id = await start_session(client)
    await wait_for(client, session_id, "transcript_review")
    old = await seen(client, session_id)
    await approve(client, session_id, EDITED)
    now = await wait_for(client, session_id, "summary_review")

    late = await client.post(
        "/api/v1/validate",
        json={"session_id": session_id, "approved": True, "user_input": EDITED} | old,
    )

    assert late.status_code == 409
    assert late.json()["error"] == "stale_review"
    assert late.json()["details"] == {
        "current_step": "summary_review",
        "version": now["version"],
        "status": "awaiting_validation",
    }
    after = await seen(client, session_id)
    assert after == {"step": "summary_review", "version": now["version"]}


async def test_a_regeneration_on_an_old_version_is_refused(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    old = await wait_for(client, session_id, "transcript_review")
    await approve(client, session_id)
    now = await wait_for(client, session_id, "summary_review")

    late = await client.post(
        f"/api/v1/regenerate/{session_id}",
        json={"step": "transcript_review", "version": old["version"], "user_input": "again"},
    )

    assert late.status_code == 409
    assert late.json()["details"]["version"] == now["version"]
    assert (await seen(client, session_id))["version"] == now["version"]


async def test_a_decision_without_its_step_and_version_is_refused(
    client: httpx.AsyncClient,
) -> None:
    session_id = await start_session(client)
    before = await wait_for(client, session_id, "transcript_review")

    bare = await client.post("/api/v1/validate", json={"session_id": session_id, "approved": True})
    regenerate = await client.post(
        f"/api/v1/regenerate/{session_id}", json={"step": "transcript_review"}
    )

    assert bare.status_code == 422
    fields = {p["field"]: p["problem"] for p in bare.json()["details"]["problems"]}
    assert fields == {"body.step": "Field required", "body.version": "Field required"}
    assert regenerate.status_code == 422
    assert "body.version: Field required" in regenerate.json()["message"]
    assert (await seen(client, session_id))["version"] == before["version"]
