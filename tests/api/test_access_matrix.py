"""Every route of the OpenAPI document, with every role and another station's SHO.

The table below says what each role gets; a route that is missing from it fails
the test, so a new route cannot skip authorization. ``ok`` means the request got
past authorization (any answer but 401/403/404, and never a 5xx); ``403`` and
``404`` are what a refused officer must get (404 for another station's object,
so its existence does not leak); ``open`` routes need no officer at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import PoliceStation
from afirgen.repositories.stations import station_by_code
from afirgen.services.access import readable_stations
from tests.conftest import client_for
from tests.factories import (
    DEFAULT_STATION,
    actor_for,
    ensure_station,
    key_at_bare_station,
    officer_key,
)
from tests.jobs.factories import create_fir, create_session

ROLES = ("duty_officer", "sho", "supervisor", "admin", "other_station")
OK, DENIED, HIDDEN, OPEN = "ok", "403", "404", "open"

# what each role gets: duty officer, SHO, supervisor, admin, another station's SHO
READ = (OK, OK, OK, DENIED, HIDDEN)  # an object of station A
READ_LIST = (OK, OK, OK, DENIED, OK)  # station-scoped lists: the other SHO sees only theirs
DRAFT = (OK, OK, DENIED, DENIED, HIDDEN)
SHO_ONLY = (DENIED, OK, DENIED, DENIED, HIDDEN)
EVERYONE = (OK, OK, OK, OK, OK)
MATRIX: dict[tuple[str, str], tuple[str, ...]] = {
    ("POST", "/api/v1/auth/login"): (OPEN,) * 5,
    ("POST", "/api/v1/auth/logout"): EVERYONE,
    ("GET", "/api/v1/me"): EVERYONE,
    ("POST", "/api/v1/process"): (OK, OK, DENIED, DENIED, OK),
    ("GET", "/api/v1/session/{session_id}/status"): READ,
    ("GET", "/api/v1/session/{session_id}/events"): READ,
    ("POST", "/api/v1/validate"): DRAFT,
    ("POST", "/api/v1/regenerate/{session_id}"): DRAFT,
    ("GET", "/api/v1/fir/{fir_number}"): READ,
    ("GET", "/api/v1/fir/{fir_number}/verify"): READ,
    ("PATCH", "/api/v1/fir/{fir_number}"): DRAFT,
    ("POST", "/api/v1/fir/{fir_number}/finalize"): SHO_ONLY,
    ("GET", "/api/v1/fir/{fir_number}/pdf"): READ,
    ("GET", "/api/v1/firs"): READ_LIST,
    ("GET", "/api/v1/firs/search"): READ_LIST,
    ("GET", "/api/v1/reports/register"): READ_LIST,
    ("GET", "/api/v1/stats/dashboard"): READ_LIST,
    ("GET", "/api/v1/tasks/{task_id}"): READ,
    ("GET", "/api/v1/audit"): (DENIED, OK, OK, DENIED, OK),
    ("GET", "/api/v1/kb/sections"): EVERYONE,
    ("GET", "/api/v1/kb/sections/{act}/{number}"): EVERYONE,
    ("POST", "/api/v1/kb/identify"): EVERYONE,
    ("GET", "/health"): (OPEN,) * 5,
    ("GET", "/ready"): (OPEN,) * 5,
}


@dataclass
class World:
    """Station A's objects, and a client per role."""

    clients: dict[str, httpx.AsyncClient]
    anonymous: httpx.AsyncClient
    params: dict[str, str]
    secrets: list[str]  # what station A's records contain and nobody else may see


@pytest.fixture
async def world(services: Services) -> AsyncIterator[World]:
    keys = {
        role: await officer_key(services, f"a-{role}", role)
        for role in ("duty_officer", "sho", "supervisor", "admin")
    }
    await ensure_station(services, "ST-C", district="Elsewhere", state="Elsewhere")
    keys["other_station"] = await officer_key(services, "c-sho", "sho", "ST-C")
    params = await station_a_objects(services, keys["sho"])
    clients = {role: await client_for(services, key) for role, key in keys.items()}
    anonymous = await client_for(services, None)
    secrets = [params["finalized_ref"], "Ramesh Kumar"]
    yield World(clients, anonymous, params, secrets)
    for client in [*clients.values(), anonymous]:
        await client.aclose()


async def station_a_objects(services: Services, sho_key: str) -> dict[str, str]:
    now = datetime.now(UTC)
    async with services.database.transaction() as db:
        waiting = await create_session(db, "awaiting_validation", now)
        closed = await create_session(db, "completed", now - timedelta(minutes=5))
        finalized = await create_fir(db, 1)
        pending = await create_fir(db, 2, status="pending")
        task_id = await services.tasks.reports.request_pdf(
            db, finalized.fir_ref, finalized.station_id
        )
    assert (await actor_for(services, sho_key)).station_code == DEFAULT_STATION
    return {
        "session_id": waiting.session_id,
        "session_version": str(waiting.version),
        "closed_session_id": closed.session_id,
        "fir_number": finalized.fir_number,
        "finalized_ref": finalized.fir_ref,
        "pending_number": pending.fir_number,
        "task_id": task_id,
        "act": "BNS",
        "number": "303",
    }


def request_for(method: str, path: str, params: dict[str, str]) -> dict[str, Any]:
    """A concrete, well-formed request for the route."""
    values = dict(params)
    if path.endswith("/events"):
        values["session_id"] = params["closed_session_id"]  # a closed stream ends at once
    if method in ("PATCH", "POST") and "{fir_number}" in path:
        values["fir_number"] = params["pending_number"]
    url = path.format(**values)
    bodies: dict[str, dict[str, Any]] = {
        "/api/v1/process": {"data": {"text": "My bicycle was stolen from the market today."}},
        "/api/v1/validate": {
            "json": {
                "session_id": params["session_id"],
                "approved": False,
                "step": "transcript_review",
                "version": int(params["session_version"]),
            }
        },
        "/api/v1/kb/identify": {"json": {"text": "He stole my phone."}},
        "/api/v1/auth/login": {"json": {"username": "nobody", "password": "wrong-password"}},
    }
    query: dict[str, dict[str, str]] = {
        "/api/v1/firs/search": {"q": "chain"},
        "/api/v1/reports/register": {"from": "2000-01-01", "to": "2100-01-01", "format": "csv"},
    }
    extra = bodies.get(path, {})
    if path.startswith("/api/v1/regenerate"):
        extra = {"json": {"step": "transcript_review", "version": int(params["session_version"])}}
    if method == "PATCH":
        extra = {"json": {"summary": "Corrected summary."}}
    return {"method": method, "url": url, "params": query.get(path), **extra}


async def routes_of(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    document = (await client.get("/openapi.json")).json()
    return [
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
    ]


async def test_every_route_is_in_the_matrix(world: World) -> None:
    routes = await routes_of(world.anonymous)
    missing = [route for route in routes if route not in MATRIX]
    assert not missing, f"routes without an authorization row: {missing}"
    assert set(MATRIX) == set(routes), set(MATRIX) - set(routes)


async def test_every_route_with_every_role(world: World) -> None:
    failures: list[str] = []
    for method, path in await routes_of(world.anonymous):
        for role, expected in zip(ROLES, MATRIX[(method, path)], strict=True):
            request = request_for(method, path, world.params)
            response = await world.clients[role].request(**request)
            problem = judge(expected, response, role, world.secrets)
            if problem:
                failures.append(f"{method} {path} as {role}: {problem}")
    assert not failures, "\n".join(failures)


async def test_every_protected_route_needs_an_officer(world: World) -> None:
    for method, path in await routes_of(world.anonymous):
        if MATRIX[(method, path)][0] == OPEN:
            continue
        response = await world.anonymous.request(**request_for(method, path, world.params))
        assert response.status_code == 401, (method, path, response.text)
        assert response.json()["error"] == "unauthorized"


def judge(expected: str, response: httpx.Response, role: str, secrets: list[str]) -> str | None:
    status = response.status_code
    if status >= 500:
        return f"server error {status}: {response.text[:200]}"
    if expected in (DENIED, HIDDEN):
        if str(status) != expected:
            return f"expected {expected}, got {status}: {response.text[:200]}"
        if "message" not in response.json():
            return "a refusal without a JSON message"
        return None
    if expected == OK and status in (401, 403, 404):
        return f"expected to pass authorization, got {status}: {response.text[:200]}"
    if role == "other_station" and any(s in response.text for s in secrets):
        return "another station's records leaked into the answer"
    return None


async def test_a_supervisor_reads_the_district_and_names_the_station(
    services: Services, world: World
) -> None:
    async with services.database.transaction() as db:
        home = await station_by_code(db, DEFAULT_STATION)
    assert home is not None
    await ensure_station(services, "ST-B", district=home.district, state=home.state)
    sho_b = await client_for(services, await officer_key(services, "b-sho", "sho", "ST-B"))
    number = world.params["fir_number"]
    async with sho_b:
        assert world.params["finalized_ref"] not in await searched(sho_b, "gold chain")
        assert (await sho_b.get(f"/api/v1/fir/{number}")).status_code == 404
        assert (
            await sho_b.get(f"/api/v1/fir/{number}?station={DEFAULT_STATION}")
        ).status_code == 404
    supervisor, other = world.clients["supervisor"], world.clients["other_station"]
    found = await supervisor.get(f"/api/v1/fir/{number}", params={"station": DEFAULT_STATION})
    assert found.status_code == 200 and found.json()["fir_ref"] == world.params["finalized_ref"]
    listed = (await supervisor.get("/api/v1/firs")).json()["items"]
    assert world.params["finalized_ref"] in [item["fir_ref"] for item in listed]
    assert world.params["finalized_ref"] in await searched(supervisor, "gold chain")
    assert world.params["finalized_ref"] not in await searched(other, "gold chain")
    hidden = await other.get(f"/api/v1/fir/{number}", params={"station": DEFAULT_STATION})
    assert hidden.status_code == 404


async def searched(client: httpx.AsyncClient, words: str) -> list[str]:
    response = await client.get("/api/v1/firs/search", params={"q": words})
    assert response.status_code == 200, response.text
    return [found["fir_ref"] for found in response.json()]


async def test_refusals_say_why(world: World) -> None:
    number = world.params["pending_number"]
    refused = await world.clients["duty_officer"].post(f"/api/v1/fir/{number}/finalize")
    assert refused.status_code == 403
    assert "duty_officer may not finalize an FIR" in refused.json()["message"]
    edit = await world.clients["supervisor"].patch(
        f"/api/v1/fir/{number}", json={"summary": "changed"}
    )
    assert edit.status_code == 403 and "supervisor may not" in edit.json()["message"]
    fir = await world.clients["sho"].get(f"/api/v1/fir/{number}")
    assert fir.json()["summary"] != "changed" and fir.json()["status"] == "pending"


async def test_a_supervisor_whose_station_lacks_its_district_reads_that_station_only(
    services: Services,
) -> None:
    """Two stations with no district must not make one district of the missing."""
    key = await key_at_bare_station(services, "sup-x", "supervisor", "NO-DIST-1")
    async with services.database.transaction() as db:
        db.add(PoliceStation(code="NO-DIST-2"))
    watcher = await actor_for(services, key)
    async with services.database.transaction(write=False) as db:
        assert await readable_stations(db, watcher) == [watcher.station_id]
    async with await client_for(services, key) as client:
        other = await client.get("/api/v1/firs", params={"station": "NO-DIST-2"})
    assert other.status_code == 404, other.text
