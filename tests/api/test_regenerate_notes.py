"""A correction note changes what it states, or the answer says it was only recorded."""

from __future__ import annotations

import httpx

from tests.factories import approve, start_session, version_of, wait_for


async def at_summary_review(client: httpx.AsyncClient) -> tuple[str, dict[str, object]]:
    session_id = await start_session(client)
    await wait_for(client, session_id, "transcript_review")
    await approve(client, session_id)
    return session_id, (await wait_for(client, session_id, "summary_review"))["content"]


async def regenerate(client: httpx.AsyncClient, session_id: str, note: str) -> dict[str, object]:
    response = await client.post(
        f"/api/v1/regenerate/{session_id}",
        json={
            "step": "summary_review",
            "version": await version_of(client, session_id),
            "user_input": note,
        },
    )
    assert response.status_code == 200, response.text
    return dict(response.json()["note"])


async def test_a_note_stating_facts_changes_the_regenerated_summary(
    client: httpx.AsyncClient,
) -> None:
    session_id, _ = await at_summary_review(client)
    note = await regenerate(
        client,
        session_id,
        "The date was 15/03/2025 at 10:45 pm, not 14/03. The place was Johari Bazaar, "
        "not Ajmeri Gate. The chain was worth Rs. 80,000.",
    )
    assert note["recorded_only"] is False
    assert {"occurrence", "place", "property"} <= set(note["changes"])  # type: ignore[call-overload]

    content = (await wait_for(client, session_id, "summary_review"))["content"]
    fields = content["fields"]
    assert fields["occurrence"]["date_from"] == "2025-03-15"
    assert fields["occurrence"]["time_from"].startswith("22:45")
    assert fields["place"] == "Johari Bazaar"
    assert "15.03.2025" in content["summary"] and "22:45" in content["summary"]
    assert "Johari Bazaar" in content["summary"] and "80,000" in content["summary"]


async def test_a_note_stating_no_fact_is_said_to_be_only_recorded(
    client: httpx.AsyncClient,
) -> None:
    session_id, before = await at_summary_review(client)
    note = await regenerate(client, session_id, "Please look at this again carefully.")
    assert note["recorded_only"] is True and note["changes"] == []
    after = (await wait_for(client, session_id, "summary_review"))["content"]
    assert after["summary"] == before["summary"]
    history = (await client.get(f"/api/v1/session/{session_id}/status")).json()["history"]
    assert history[-1]["note"] == "Please look at this again carefully."


async def test_a_place_with_commas_is_kept_whole_to_the_end_of_its_sentence(
    client: httpx.AsyncClient,
) -> None:
    session_id, _ = await at_summary_review(client)
    note = await regenerate(
        client,
        session_id,
        "The place was the shop at H. No. 5, Opp. bus stand, Johari Bazaar, Jaipur. "
        "The time was about 9:45 pm.",
    )
    assert "place" in note["changes"]  # type: ignore[operator]
    fields = (await wait_for(client, session_id, "summary_review"))["content"]["fields"]
    assert fields["place"] == "the shop at H. No. 5, Opp. bus stand, Johari Bazaar, Jaipur"
    assert fields["occurrence"]["time_from"].startswith("21:45")


async def test_a_second_note_adds_to_the_first_instead_of_undoing_it(
    client: httpx.AsyncClient,
) -> None:
    session_id, _ = await at_summary_review(client)
    await regenerate(client, session_id, "The time was about 9:45 pm.")
    fields = (await wait_for(client, session_id, "summary_review"))["content"]["fields"]
    assert fields["occurrence"]["time_from"].startswith("21:45")

    await regenerate(client, session_id, "The place was Makan No. 12, Shivaji Nagar, Bhopal.")
    content = (await wait_for(client, session_id, "summary_review"))["content"]
    assert content["fields"]["place"] == "Makan No. 12, Shivaji Nagar, Bhopal"
    assert content["fields"]["occurrence"]["time_from"].startswith("21:45")
    assert "21:45" in content["summary"]

    await regenerate(client, session_id, "The time was about 10:15 pm.")  # the later note wins
    fields = (await wait_for(client, session_id, "summary_review"))["content"]["fields"]
    assert fields["occurrence"]["time_from"].startswith("22:15")
    assert fields["place"] == "Makan No. 12, Shivaji Nagar, Bhopal"
    history = (await client.get(f"/api/v1/session/{session_id}/status")).json()["history"]
    assert [h["note"] for h in history if h["action"] == "regenerate"] == [
        "The time was about 9:45 pm.",
        "The place was Makan No. 12, Shivaji Nagar, Bhopal.",
        "The time was about 10:15 pm.",
    ]


async def regenerate_summary_from_sections(
    client: httpx.AsyncClient, session_id: str, note: str
) -> None:
    await wait_for(client, session_id, "violations_review")
    await regenerate(client, session_id, note)


async def test_going_back_to_the_facts_keeps_the_officers_approved_field_edits(
    client: httpx.AsyncClient,
) -> None:
    session_id, _ = await at_summary_review(client)
    await regenerate(client, session_id, "The time was about 9:45 pm.")
    await wait_for(client, session_id, "summary_review")
    await approve(client, session_id, {"fields": {"complainant": {"phone": "9899001122"}}})

    await regenerate_summary_from_sections(
        client, session_id, "The place was Makan No. 12, Shivaji Nagar, Bhopal."
    )
    fields = (await wait_for(client, session_id, "summary_review"))["content"]["fields"]
    assert fields["complainant"]["phone"] == "9899001122"  # the approved edit
    assert fields["occurrence"]["time_from"].startswith("21:45")  # the first note
    assert fields["place"] == "Makan No. 12, Shivaji Nagar, Bhopal"  # the new note
