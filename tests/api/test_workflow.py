"""The officer's path: complaint -> reviewed steps -> numbered FIR -> finalized."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
from prometheus_client import REGISTRY

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import (
    HINDI_COMPLAINT,
    HINDI_PLACE,
    THEFT_COMPLAINT,
    approve,
    approve_every_step,
    correct_fir,
    register_fir,
    seen,
    start_session,
    wait_for,
)


async def test_complaint_becomes_a_numbered_pending_fir(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    transcript = await wait_for(client, session_id, "transcript_review")
    assert transcript["content"] == THEFT_COMPLAINT

    await approve(client, session_id)
    summary = await wait_for(client, session_id, "summary_review")
    fields = summary["content"]["fields"]
    assert fields["complainant"]["name"] == "Ramesh Kumar"
    assert fields["complainant"]["phone"] == "9876543210"
    assert summary["content"]["summary"]

    await approve(client, session_id)
    sections = await wait_for(client, session_id, "violations_review")
    cited = {(s["act"], s["section"]) for s in sections["content"]["sections"]}
    assert ("BNS", "304") in cited, cited
    assert all(s["evidence"] and s["reason"] for s in sections["content"]["sections"])

    await approve(client, session_id)
    narrative = await wait_for(client, session_id, "narrative_review")
    assert "Ramesh Kumar" in narrative["content"]

    await approve(client, session_id)
    final = await wait_for(client, session_id, "final_review")
    assert final["content"]["complainant_statement"] == THEFT_COMPLAINT
    result = await approve(client, session_id)

    year = datetime.now(UTC).year
    assert result["fir_number"] == f"FIR-{year}-000001"
    fir = (await client.get(f"/api/v1/fir/{result['fir_number']}")).json()
    assert fir["status"] == "pending"
    assert fir["complaint_text"] == THEFT_COMPLAINT
    assert "304(2) BNS" in fir["acts_sections"]
    history = (await client.get(f"/api/v1/session/{session_id}/status")).json()["history"]
    assert [h["step"] for h in history] == [
        "transcript_review",
        "summary_review",
        "violations_review",
        "narrative_review",
        "final_review",
    ]
    assert all(h["by"] == "test-officer" and h["at"] for h in history)


async def test_edited_content_is_kept(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    await wait_for(client, session_id, "transcript_review")
    corrected = THEFT_COMPLAINT.replace("60,000", "65,000")
    await approve(client, session_id, corrected)
    summary = await wait_for(client, session_id, "summary_review")
    assert summary["content"]["fields"]["total_property_value_inr"] == 65000
    status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    assert status["history"][0]["edited"] is True


async def test_regenerate_with_a_correction_note(client: httpx.AsyncClient) -> None:
    text = "My bicycle was stolen from outside the library. I am Arjun Mehta, phone 9811122233."
    session_id = await start_session(client, text)
    await wait_for(client, session_id, "transcript_review")
    await approve(client, session_id)
    summary = await wait_for(client, session_id, "summary_review")
    assert summary["content"]["fields"]["occurrence"]["date_from"] is None
    assert "occurrence.date_from" in summary["missing_fields"]

    response = await client.post(
        f"/api/v1/regenerate/{session_id}",
        json={
            "step": "summary_review",
            "version": summary["version"],
            "user_input": "It happened on 02/01/2025 at 6 pm.",
        },
    )
    assert response.status_code == 200, response.text
    again = await wait_for(client, session_id, "summary_review")
    assert again["content"]["fields"]["occurrence"]["date_from"] == "2025-01-02"
    assert again["history"][-1]["action"] == "regenerate"


async def test_officer_replaces_sections(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    for step in ("transcript_review", "summary_review"):
        await wait_for(client, session_id, step)
        await approve(client, session_id)
    await wait_for(client, session_id, "violations_review")
    chosen = [{"act": "BNS", "section": "303", "subsection": "2"}]
    await approve(client, session_id, chosen)
    narrative = await wait_for(client, session_id, "narrative_review")
    assert "303(2)" in narrative["content"]

    bad = await client.post(
        "/api/v1/validate",
        json={"session_id": session_id, "approved": True, "user_input": [{"act": "BNS"}]}
        | await seen(client, session_id),
    )
    assert bad.status_code == 422


async def test_finalized_fir_is_immutable(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    edit = await correct_fir(client, number, place="Ajmeri Gate")
    assert edit.status_code == 200
    assert edit.json()["place"] == "Ajmeri Gate"

    done = await client.post(f"/api/v1/fir/{number}/finalize")
    assert done.status_code == 200
    assert done.json()["status"] == "finalized"
    assert len(done.json()["signature"]) == 64

    again = await correct_fir(client, number, place="elsewhere")
    assert again.status_code == 409
    assert (await client.post(f"/api/v1/fir/{number}/finalize")).status_code == 409
    fir = (await client.get(f"/api/v1/fir/{number}")).json()
    assert fir["status"] == "finalized" and fir["place"] == "Ajmeri Gate"


async def test_a_cached_fir_shows_each_correction_and_the_finalization(
    client: httpx.AsyncClient,
) -> None:
    number = await register_fir(client)
    first = await client.get(f"/api/v1/fir/{number}")  # now served from the cache
    assert first.headers["content-type"] == "application/json"
    await correct_fir(client, number, place="Ajmeri Gate")
    assert (await client.get(f"/api/v1/fir/{number}")).json()["place"] == "Ajmeri Gate"
    await client.post(f"/api/v1/fir/{number}/finalize")
    assert (await client.get(f"/api/v1/fir/{number}")).json()["status"] == "finalized"
    missing = await client.get("/api/v1/fir/FIR-2025-999999")
    assert missing.status_code == 404 and missing.json()["error"]


async def test_list_search_and_devanagari(client: httpx.AsyncClient) -> None:
    first = await register_fir(client)
    hindi = await register_fir(client, HINDI_COMPLAINT, {"summary_review": HINDI_PLACE})

    fir = (await client.get(f"/api/v1/fir/{hindi}")).json()
    assert fir["complaint_text"] == HINDI_COMPLAINT
    assert "सीता देवी" in fir["fir_content"]

    found = (await client.get("/api/v1/firs/search", params={"q": "मोबाइल"})).json()
    assert [f["fir_number"] for f in found] == [hindi]
    found = (await client.get("/api/v1/firs/search", params={"q": "motorcycle chain"})).json()
    assert [f["fir_number"] for f in found] == [first]

    page = (await client.get("/api/v1/firs", params={"limit": 1})).json()
    assert [f["fir_number"] for f in page["items"]] == [hindi]
    rest = (await client.get("/api/v1/firs", params={"cursor": page["next_cursor"]})).json()
    assert [f["fir_number"] for f in rest["items"]] == [first]
    assert rest["next_cursor"] is None
    pending = (await client.get("/api/v1/firs", params={"status": "finalized"})).json()
    assert pending["items"] == []


async def test_missing_facts_stay_missing(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client, "Someone stole my scooter last week from the market.")
    await wait_for(client, session_id, "transcript_review")
    await approve(client, session_id)
    summary = await wait_for(client, session_id, "summary_review")
    complainant = summary["content"]["fields"]["complainant"]
    assert complainant["name"] is None and complainant["phone"] is None
    assert {"complainant.name", "complainant.phone"} <= set(summary["missing_fields"])


async def test_another_process_continues_the_session(
    services_factory: object, services: Services, api_key: str
) -> None:
    """A second API process (or a restarted one) picks the session up from the database."""
    first = await client_for(services, api_key)
    session_id = await start_session(first)
    await wait_for(first, session_id, "transcript_review")
    await first.aclose()
    other = await services_factory()  # type: ignore[operator]
    async with await client_for(other, api_key) as second:
        await approve(second, session_id)
        await wait_for(second, session_id, "summary_review")
        reviewed = await seen(second, session_id)
    async with await client_for(services, api_key) as back:  # its own cache is stale
        await approve(back, session_id, reviewed=reviewed)
        state = await wait_for(back, session_id, "violations_review")
    assert [h["step"] for h in state["history"]] == ["transcript_review", "summary_review"]


async def test_progress_as_server_sent_events(client: httpx.AsyncClient) -> None:
    session_id = await start_session(client)
    await approve_every_step(client, session_id)
    response = await client.get(f"/api/v1/session/{session_id}/events")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "event: status" in response.text
    assert '"status": "completed"' in response.text
    missing = await client.get("/api/v1/session/unknown/events")
    assert missing.status_code == 404


async def test_idle_session_expires(services_factory: Any, api_key: str) -> None:
    services = await services_factory(session_ttl_hours=0.0005)  # 1.8 s
    async with await client_for(services, api_key) as client:
        session_id = await start_session(client)
        await wait_for(client, session_id, "transcript_review")
        await asyncio.sleep(2.0)
        status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
        assert status["status"] == "expired"
        response = await client.post(
            "/api/v1/validate",
            json={"session_id": session_id, "approved": True} | await seen(client, session_id),
        )
    assert response.status_code == 410
    assert response.json()["error"] == "session_expired"


def cache_hits() -> float:
    sample = REGISTRY.get_sample_value(
        "afirgen_cache_operations_total", {"operation": "get", "result": "hit"}
    )
    return sample or 0.0


async def test_reads_are_served_from_the_cache(client: httpx.AsyncClient) -> None:
    number = await register_fir(client)
    first = (await client.get(f"/api/v1/fir/{number}")).json()
    before = cache_hits()
    second = (await client.get(f"/api/v1/fir/{number}")).json()
    assert cache_hits() > before
    assert second == first
    await client.post(f"/api/v1/fir/{number}/finalize")
    assert (await client.get(f"/api/v1/fir/{number}")).json()["status"] == "finalized"
