"""The admin's pages: stations, officers and keys, each change by the signed-in admin."""

from __future__ import annotations

from afirgen.bootstrap import Services
from tests.web.clients import PASSWORD, signed_in


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
