"""The admin's pages: stations, officers and keys, each change by the signed-in admin."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from afirgen.bootstrap import Services
from afirgen.main import create_app
from tests.factories import officer_key

PASSWORD = "Correct-Horse-42"


@asynccontextmanager
async def signed_in(
    services: Services, username: str, role: str
) -> AsyncIterator[httpx.AsyncClient]:
    await officer_key(services, username, role, password=PASSWORD)
    app = create_app(services=services)
    app.state.services = services
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.post("/login", data={"username": username, "password": PASSWORD})
        assert answer.status_code == 303, answer.text
        yield client


async def test_admin_adds_a_station_and_an_officer_and_makes_a_key(services: Services) -> None:
    async with signed_in(services, "admin1", "admin") as admin:
        csrf = admin.cookies["afirgen_csrf"]
        added = await admin.post(
            "/admin/stations",
            data={
                "csrf_token": csrf,
                "code": "NEW-009",
                "name": "Police Station New",
                "district": "Ajmer",
                "state": "Rajasthan",
            },
        )
        assert added.status_code == 303
        officer = {"username": "newduty", "full_name": "New Duty", "station": "NEW-009"}
        officer |= {"role": "duty_officer", "password": PASSWORD, "csrf_token": csrf}
        assert (await admin.post("/admin/officers", data=officer)).status_code == 303
        page = (await admin.get("/admin")).text
        assert "Police Station New" in page and "newduty" in page
        key = await admin.post("/admin/keys", data={"username": "newduty", "csrf_token": csrf})
        assert key.status_code == 200 and 'id="new-key"' in key.text
        forged = await admin.post("/admin/keys", data={"username": "newduty"})
        assert forged.status_code == 403  # no CSRF token: refused


async def test_a_duty_officer_may_not_administer(services: Services) -> None:
    async with signed_in(services, "duty1", "duty_officer") as duty:
        page = await duty.get("/admin")
        assert page.status_code == 403
        assert "Your role does not allow this." in page.text
