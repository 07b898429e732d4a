"""An officer's console language is kept on the officer: chosen once (at the sign-in
page or with the switch), it is applied at every sign-in, on any browser."""

from __future__ import annotations

import re

from afirgen.bootstrap import Services
from afirgen.web.i18n import LANGUAGE_COOKIE
from tests.factories import officer_key
from tests.web.clients import PASSWORD, console_client, sign_in


def page_language(page: str) -> str:
    found = re.search(r'<html lang="(\w+)">', page)
    assert found is not None
    return found.group(1)


async def test_the_switch_follows_the_officer_to_another_browser(services: Services) -> None:
    await officer_key(services, "duty1", "duty_officer", password=PASSWORD)
    async with console_client(services) as desk:
        await sign_in(desk, "duty1")
        assert page_language((await desk.get("/complaints/new")).text) == "en"
        csrf = desk.cookies["afirgen_csrf"]
        switched = await desk.post(
            "/officer/language?back=/complaints/new", data={"language": "hi", "csrf_token": csrf}
        )
        assert switched.status_code == 303 and switched.headers["location"] == "/complaints/new"
        assert LANGUAGE_COOKIE not in switched.cookies  # kept on the officer, not the browser
        assert page_language((await desk.get("/complaints/new")).text) == "hi"
    async with console_client(services) as other_browser:
        assert page_language((await other_browser.get("/login")).text) == "en"  # nobody known
        await sign_in(other_browser, "duty1", language="en")  # its sign-in page said English
        page = (await other_browser.get("/complaints/new")).text
        assert page_language(page) == "hi" and "मसौदा शुरू करें" in page


async def test_a_first_choice_on_the_sign_in_page_becomes_the_officers(
    services: Services,
) -> None:
    await officer_key(services, "sho1", "sho", password=PASSWORD)
    async with console_client(services) as desk:
        await sign_in(desk, "sho1", language="hi")
        assert page_language((await desk.get("/")).text) == "hi"
        signed_out = await desk.post("/logout", data={"csrf_token": desk.cookies["afirgen_csrf"]})
        assert signed_out.cookies[LANGUAGE_COOKIE] == "hi"  # the sign-in page goes on in Hindi
    async with console_client(services) as other_browser:
        await sign_in(other_browser, "sho1")
        assert page_language((await other_browser.get("/")).text) == "hi"


async def test_the_switch_needs_the_sign_ins_csrf_token_and_a_known_language(
    services: Services,
) -> None:
    await officer_key(services, "duty1", "duty_officer", password=PASSWORD)
    async with console_client(services) as desk:
        await sign_in(desk, "duty1")
        forged = await desk.post("/officer/language", data={"language": "hi"})
        assert forged.status_code == 403
        csrf = desk.cookies["afirgen_csrf"]
        unknown = await desk.post("/officer/language", data={"language": "fr", "csrf_token": csrf})
        assert unknown.status_code == 422 and "choose one of en, hi" in unknown.text
        assert page_language((await desk.get("/")).text) == "en"
