"""``GET /api/v1/fir/{n}`` answered below the router (``api.fir_read``) answers as the
FastAPI route does, and every request it does not recognise reaches the route.

The route ignores a query parameter it does not know while the shortcut passes such a
request on, so ``?via=route`` sends the same read through FastAPI: each pair below must
get the same status, body, headers and audit event.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from afirgen.api.fir_read import wanted_read
from afirgen.bootstrap import Services
from afirgen.infrastructure.tables import AuditEvent
from tests.api.test_numbering import approved_draft
from tests.conftest import client_for
from tests.factories import DEFAULT_STATION, actor_for, officer_key

# headers whose values differ between any two answers
PER_ANSWER = {"x-correlation-id", "x-ratelimit-remaining", "x-ratelimit-reset", "date"}


@dataclass
class Station:
    services: Services
    number: str
    keys: dict[str, str]


@pytest.fixture
async def station(services: Services) -> AsyncIterator[Station]:
    """A pending FIR of the default station, and keys of officers who may or may not
    read it."""
    keys = {
        "sho": await officer_key(services, "sho-here", "sho"),
        "supervisor": await officer_key(services, "supervisor-here", "supervisor"),
        "admin": await officer_key(services, "admin-here", "admin"),
        "elsewhere": await officer_key(
            services, "sho-elsewhere", "sho", "FAR-001", district="Far Away"
        ),
    }
    sho = await actor_for(services, keys["sho"])
    async with services.database.transaction() as db:
        number = await services.firs.register(db, str(uuid.uuid4()), approved_draft(), sho)
    yield Station(services, number, keys)


async def audit_trail(services: Services) -> list[tuple[str, str | None, str | None]]:
    await services.audit.flush()
    async with services.database.transaction(write=False) as db:
        events = (await db.execute(sa.select(AuditEvent).order_by(AuditEvent.id))).scalars()
        return [(e.action, e.officer, e.object_id) for e in events]


async def answer(http: httpx.AsyncClient, url: str, services: Services) -> dict[str, Any]:
    """The answer to ``url`` as a client sees it, and the events it put on the audit trail."""
    before = len(await audit_trail(services))
    response = await http.get(url)
    assert response.status_code < 500, response.text
    return {
        "status": response.status_code,
        "body": response.json(),
        "headers": {k: v for k, v in response.headers.items() if k not in PER_ANSWER},
        "audited": (await audit_trail(services))[before:],
    }


@pytest.mark.parametrize(
    ("who", "query", "status"),
    [
        ("sho", "", 200),
        ("supervisor", f"?station={DEFAULT_STATION}", 200),  # a station of the district
        ("supervisor", "?station=FAR-001", 404),  # a station outside the district
        ("elsewhere", "", 404),  # another station's FIR does not exist for them
        ("admin", "", 403),  # an administrator reads no FIR
        ("unknown-key", "", 401),
        ("no-key", "", 401),
    ],
)
async def test_the_shortcut_answers_as_the_route_does(
    station: Station, who: str, query: str, status: int
) -> None:
    key = {"unknown-key": "afg_" + "x" * 43, "no-key": None}.get(who, station.keys.get(who))
    url = f"/api/v1/fir/{station.number}{query}"
    routed_url = f"{url}{'&' if query else '?'}via=route"
    assert wanted_read(_scope(url)) is not None and wanted_read(_scope(routed_url)) is None
    async with await client_for(station.services, key) as http:
        shortcut = await answer(http, url, station.services)
        routed = await answer(http, routed_url, station.services)
    assert shortcut["status"] == status and shortcut["audited"]  # each answer is audited
    assert shortcut == routed


async def test_an_unknown_number_answers_404_and_is_audited(station: Station) -> None:
    async with await client_for(station.services, station.keys["sho"]) as http:
        missing = await answer(http, "/api/v1/fir/FIR-2025-999999", station.services)
    assert missing["status"] == 404 and missing["body"]["error"] == "fir_not_found"
    assert [event[:2] for event in missing["audited"]] == [("access.not_found", "sho-here")]


async def test_every_read_is_audited_with_the_request_headers(station: Station) -> None:
    async with await client_for(station.services, station.keys["sho"]) as http:
        response = await http.get(f"/api/v1/fir/{station.number}")
    assert response.status_code == 200 and response.json()["fir_number"] == station.number
    assert response.headers["etag"] == '"1"'
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"
    assert int(response.headers["x-ratelimit-remaining"]) >= 0
    assert len(response.headers["x-correlation-id"]) == 36
    viewed = ("fir.viewed", "sho-here", f"{DEFAULT_STATION}/{station.number}")
    assert (await audit_trail(station.services))[-1] == viewed


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [
        ("/api/v1/fir/FIR-2025-12", 422, "validation_error"),  # a malformed number
        ("/api/v1/fir/FIR-2025-000001?station=kotwali", 422, "validation_error"),
        # Devanagari digits: MariaDB's collation took them for the FIR's own number
        ("/api/v1/fir/FIR-२०२५-000001", 422, "validation_error"),
    ],
)
async def test_requests_the_shortcut_passes_on_get_the_routes_answer(
    station: Station, path: str, status: int, error: str
) -> None:
    assert wanted_read(_scope(path)) is None
    async with await client_for(station.services, station.keys["sho"]) as http:
        response = await http.get(path)
    assert response.status_code == status and response.json()["error"] == error


@pytest.mark.parametrize(
    ("method", "path", "query", "wanted"),
    [
        ("GET", "/api/v1/fir/FIR-2025-000001", b"", ("FIR-2025-000001", None)),
        ("GET", "/api/v1/fir/NCR-2025-000001", b"station=ST-C", ("NCR-2025-000001", "ST-C")),
        ("HEAD", "/api/v1/fir/FIR-2025-000001", b"", None),
        ("GET", "/api/v1/fir/FIR-2025-000001/", b"", None),
        ("GET", "/api/v1/fir/FIR-2025-000001/verify", b"", None),
        ("GET", "/api/v1/fir/FIR-2025-000001", b"station=ST%2DC", None),
        ("GET", "/api/v1/fir/FIR-2025-000001", b"station=ST-C&station=ST-D", None),
        ("GET", "/api/v1/fir/fir-2025-000001", b"", None),
    ],
)
def test_which_requests_the_shortcut_answers(
    method: str, path: str, query: bytes, wanted: tuple[str, str | None] | None
) -> None:
    assert wanted_read(_scope(path, method, query)) == wanted


def _scope(url: str, method: str = "GET", query: bytes | None = None) -> dict[str, Any]:
    path, _, given = url.partition("?")
    return {
        "method": method,
        "path": path,
        "query_string": given.encode() if query is None else query,
    }


SET_UP = {"SELECT", "HELLO", "CLIENT"}  # a new pooled connection's own commands


async def redis_commands(services: Services, read: Any) -> list[str]:
    """The commands the API sent to Redis (not those its scripts ran) while ``read`` ran."""
    client = services.cache.client  # type: ignore[attr-defined]
    db = client.connection_pool.connection_kwargs.get("db", 0)
    seen: list[str] = []
    async with client.monitor() as monitor:
        await read()
        await client.ping()  # the last command seen: everything before it was read

        while True:
            command = await asyncio.wait_for(monitor.next_command(), 5)
            if command["command"] == "PING":
                return seen
            name = command["command"].split()[0].upper()
            if command["db"] == db and command["client_type"] != "lua" and name not in SET_UP:
                seen.append(name)


async def test_on_redis_a_read_is_one_round_trip_once_the_key_is_known(
    station: Station,
) -> None:
    """The FIR comes back with the rate count, read under the station the key's officer
    read from before; a supervisor naming a station is read apart, as before."""
    if not station.services.cache.shared:
        pytest.skip("one round trip is a Redis promise; the in-process cache has none")
    url = f"/api/v1/fir/{station.number}"
    async with await client_for(station.services, station.keys["sho"]) as http:
        assert (await http.get(url)).status_code == 200  # the FIR and the station now known

        async def read() -> None:
            response = await http.get(url)
            assert response.status_code == 200 and response.json()["fir_number"] == station.number

        assert await redis_commands(station.services, read) == ["EVALSHA"]
