"""The home page and the header name the officer's station, or its code while it has no name."""

from __future__ import annotations

from afirgen.bootstrap import Services
from tests.factories import key_at_bare_station
from tests.web.clients import PASSWORD, console_client, sign_in


async def test_a_station_without_a_name_shows_its_code_not_none(services: Services) -> None:
    await key_at_bare_station(services, "duty7", "duty_officer", "BARE-007", password=PASSWORD)
    async with console_client(services) as desk:
        await sign_in(desk, "duty7")
        page = (await desk.get("/")).text
    assert "<h1>BARE-007</h1>" in page and "None" not in page
