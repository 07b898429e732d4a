"""Plain factory functions for test data."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from afirgen.domain import Step

THEFT_COMPLAINT = (
    "To the SHO, Kotwali police station, Jaipur.\n"
    "Sir, I, Ramesh Kumar S/o Mohan Lal, aged 34, R/o 12 Gandhi Nagar, Jaipur, "
    "mobile 9876543210, state that at about 9:30 pm on 14/03/2025 two unknown men riding a "
    "black motorcycle snatched my gold chain worth Rs. 60,000 near Ajmeri Gate market. "
    "Please register my report and act on it.\nYours faithfully, Ramesh Kumar"
)
HINDI_COMPLAINT = (
    "सेवा में, थानाध्यक्ष महोदय, थाना कोतवाली, लखनऊ। महोदय, निवेदन है कि मेरा नाम सीता देवी "
    "पत्नी राम प्रसाद है। दिनांक 10/02/2025 को रात 10 बजे मेरे घर से मोबाइल फोन चोरी हो गया "
    "जिसकी कीमत 15000 रुपये है। कृपया रिपोर्ट दर्ज करें।"
)


async def start_session(client: httpx.AsyncClient, text: str = THEFT_COMPLAINT) -> str:
    response = await client.post("/api/v1/process", data={"text": text})
    assert response.status_code == 202, response.text
    return str(response.json()["session_id"])


async def wait_for(
    client: httpx.AsyncClient, session_id: str, step: str, limit_s: float = 30.0
) -> dict[str, Any]:
    """Poll the status endpoint until the session awaits review at ``step``."""
    body: dict[str, Any] = {}
    for _ in range(int(limit_s / 0.05)):
        response = await client.get(f"/api/v1/session/{session_id}/status")
        assert response.status_code == 200, response.text
        body = response.json()
        if body["status"] == "failed":
            raise AssertionError(f"session failed: {body['error']}")
        if body["status"] == "awaiting_validation" and body["current_step"] == step:
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"session never reached {step}: {body}")


async def seen(client: httpx.AsyncClient, session_id: str) -> dict[str, Any]:
    """The step and session version the officer is looking at, as a decision names them."""
    status = (await client.get(f"/api/v1/session/{session_id}/status")).json()
    return {"step": status["current_step"], "version": status["version"]}


async def reviewed(client: httpx.AsyncClient, session_id: str) -> tuple[Step, int]:
    """``seen`` as the session service takes it."""
    basis = await seen(client, session_id)
    return Step(basis["step"]), int(basis["version"])


async def version_of(client: httpx.AsyncClient, session_id: str) -> int:
    return int((await seen(client, session_id))["version"])


async def approve(
    client: httpx.AsyncClient,
    session_id: str,
    user_input: Any = None,
    reviewed: dict[str, Any] | None = None,  # step and version; else read from the status
) -> dict[str, Any]:
    body = {"session_id": session_id, "approved": True, "user_input": user_input}
    body |= reviewed or await seen(client, session_id)
    response = await client.post("/api/v1/validate", json=body)
    assert response.status_code == 200, response.text
    return dict(response.json())


STEPS = (
    "transcript_review",
    "summary_review",
    "violations_review",
    "narrative_review",
    "final_review",
)


# what the officer adds at summary_review when the Hindi complaint leaves it out
HINDI_PLACE = {"fields": {"place": "शिकायतकर्ता का घर, कोतवाली, लखनऊ"}}


async def approve_every_step(
    client: httpx.AsyncClient, session_id: str, edits: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Approve each review step as it becomes ready (with ``edits[step]`` if given);
    returns the last answer."""
    result: dict[str, Any] = {}
    for step in STEPS:
        await wait_for(client, session_id, step)
        result = await approve(client, session_id, (edits or {}).get(step))
    return result


async def reach_final_review(client: httpx.AsyncClient, session_id: str) -> None:
    """Approve every step before the final review, and wait for it."""
    for step in STEPS[:-1]:
        await wait_for(client, session_id, step)
        await approve(client, session_id)
    await wait_for(client, session_id, "final_review")


async def register_fir(
    client: httpx.AsyncClient, text: str = THEFT_COMPLAINT, edits: dict[str, Any] | None = None
) -> str:
    """Walk a complaint through every review step; returns the FIR number."""
    result = await approve_every_step(client, await start_session(client, text), edits)
    assert result["status"] == "completed", result
    return str(result["fir_number"])


async def correct_fir(client: httpx.AsyncClient, number: str, **changes: str) -> httpx.Response:
    """PATCH ``changes`` onto the FIR as an officer does: on the version just read."""
    etag = (await client.get(f"/api/v1/fir/{number}")).headers["etag"]
    return await client.patch(f"/api/v1/fir/{number}", json=changes, headers={"If-Match": etag})


DEFAULT_STATION = "LOCAL-001"


async def ensure_station(
    services: Any, code: str = DEFAULT_STATION, district: str = "Jaipur", state: str = "Rajasthan"
) -> None:
    """The station, created unless it exists (the migration makes the default one, whose
    details the settings may have left missing: those are given here)."""
    from afirgen.domain.station_details import missing_details
    from afirgen.infrastructure.tables import PoliceStation
    from afirgen.repositories.stations import station_by_code

    given = {"name": f"Police Station {code}", "district": district, "state": state}
    async with services.database.transaction() as db:
        found = await station_by_code(db, code)
        if found is None:
            await services.officers.add_station(db, PoliceStation(code=code, **given))
            return
        missing = missing_details(found.name, found.district, found.state)
        if missing:
            changes = {d.field: given[d.field] for d in missing}
            await services.officers.edit_station(db, code, changes)


async def officer_key(
    services: Any,
    username: str,
    role: str = "sho",
    station: str = DEFAULT_STATION,
    *,
    district: str = "Jaipur",
    state: str = "Rajasthan",
    password: str | None = None,
    full_name: str | None = None,
    rank: str | None = None,
) -> str:
    """An API key of a new officer (the station is created when missing)."""
    from afirgen.infrastructure.tables import Officer

    await ensure_station(services, station, district, state)
    async with services.database.transaction() as db:
        name = full_name or username.title()
        officer = Officer(username=username, full_name=name, rank=rank, role=role)
        await services.officers.add_officer(db, officer, station, password)
        return str(await services.officers.create_api_key(db, username))


async def key_at_bare_station(
    services: Any, username: str, role: str, code: str, *, password: str | None = None
) -> str:
    """An API key of a new officer at a new station whose record gives only its code."""
    from afirgen.infrastructure.tables import Officer, PoliceStation

    async with services.database.transaction() as db:
        await services.officers.add_station(db, PoliceStation(code=code))
        officer = Officer(username=username, full_name=username.title(), role=role)
        await services.officers.add_officer(db, officer, code, password)
        return str(await services.officers.create_api_key(db, username))


async def actor_for(services: Any, key: str) -> Any:
    """The officer behind a key, as the services see them."""
    from afirgen.services.access import Origin

    return await services.officers.actor_for_key(key, Origin())
