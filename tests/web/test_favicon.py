"""Every console page names its icon, a file of the package: no browser asks for a
missing /favicon.ico."""

from __future__ import annotations

from afirgen.bootstrap import Services
from tests.web.clients import console_client


async def test_the_console_icon_is_linked_and_served_from_the_package(
    services: Services,
) -> None:
    async with console_client(services) as browser:
        page = (await browser.get("/login")).text
        icon = await browser.get("/static/favicon.svg")
        asked = await browser.get("/favicon.ico", follow_redirects=True)
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.text.startswith("<svg")
    assert asked.status_code == 200 and asked.content == icon.content
    assert asked.headers["content-security-policy"].startswith("default-src 'self'")
