"""Form IF-1's mandatory items at registration."""

from __future__ import annotations

import httpx

from afirgen.bootstrap import Services
from afirgen.domain.station_details import STATION_DETAILS
from tests.conftest import client_for
from tests.factories import (
    HINDI_COMPLAINT,
    STEPS,
    approve,
    key_at_bare_station,
    reach_final_review,
    seen,
    start_session,
    version_of,
    wait_for,
)


async def test_final_review_refuses_to_register_without_the_place_of_occurrence(
    client: httpx.AsyncClient,
) -> None:
    session_id = await start_session(client, HINDI_COMPLAINT)  # "from my house": no place
    await reach_final_review(client, session_id)

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


async def test_a_station_without_its_name_district_and_state_registers_nothing(
    services: Services,
) -> None:
    """Nothing stands in for them: the refusal names them and the command that gives them."""
    key = await key_at_bare_station(services, "sho-new", "sho", "RJ-NEW-1")
    async with await client_for(services, key) as client:
        session_id = await start_session(client)
        await reach_final_review(client, session_id)
        decision = {"session_id": session_id, "approved": True}
        refused = await client.post(
            "/api/v1/validate", json=decision | await seen(client, session_id)
        )
        assert refused.status_code == 422, refused.text
        body = refused.json()
        assert body["details"]["missing"] == [d.label for d in STATION_DETAILS]
        assert (
            "afirgen station edit RJ-NEW-1 --name NAME --district DISTRICT --state STATE"
            in (body["message"])
        )

        changes = {"name": "Sadar", "district": "Ajmer", "state": "Rajasthan"}
        async with services.database.transaction() as db:
            await services.officers.edit_station(db, "RJ-NEW-1", changes)
        registered = await approve(client, session_id)
        assert registered["fir_number"], registered
        fir = (await client.get(f"/api/v1/fir/{registered['fir_number']}")).json()
    assert (fir["station"], fir["district"]) == ("Sadar", "Ajmer")
    # the draft was made before the station had them; the registered record has them
    fields = fir["fields"]
    assert (fields["police_station"], fields["district"]) == ("Sadar", "Ajmer")
    assert not {"police_station", "district"} & {*fir["missing_fields"], *fields["missing_fields"]}
