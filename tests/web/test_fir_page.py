"""The console's FIR page corrects and finalizes the version it showed: a form posted
after someone else changed the FIR saves nothing and says so."""

from __future__ import annotations

import re

from afirgen.bootstrap import Services
from tests.conftest import client_for
from tests.factories import officer_key, register_fir
from tests.web.clients import PASSWORD, console_client, sign_in
from tests.web.test_admin_pages import signed_in


def shown_version(page: str, form: str) -> str:
    found = re.search(rf'action="[^"]*/{form}".*?name="version" value="(\d+)"', page, re.S)
    assert found, f"no version in the {form} form"
    return found.group(1)


async def test_console_corrections_name_the_version_they_were_made_on(
    services: Services,
) -> None:
    async with await client_for(services, await officer_key(services, "sho-api")) as api:
        number = await register_fir(api)
    async with signed_in(services, "sho1", "sho") as sho:
        csrf = sho.cookies["afirgen_csrf"]
        page = (await sho.get(f"/firs/{number}")).text
        version = shown_version(page, "correct")
        form = {"csrf_token": csrf, "version": version, "place": "Plot 7, Johari Bazaar"}

        saved = await sho.post(f"/firs/{number}/correct", data=form)
        late = await sho.post(f"/firs/{number}/correct", data=form | {"place": "Elsewhere"})

        assert saved.status_code == 303, saved.text
        assert late.status_code == 412
        assert "The FIR changed after you opened it" in late.text
        page = (await sho.get(f"/firs/{number}")).text
        assert "Plot 7, Johari Bazaar" in page and "Elsewhere" not in page
        stale = {"csrf_token": csrf, "version": version}
        assert (await sho.post(f"/firs/{number}/finalize", data=stale)).status_code == 412
        current = {"csrf_token": csrf, "version": shown_version(page, "finalize")}
        assert (await sho.post(f"/firs/{number}/finalize", data=current)).status_code == 303
    async with await client_for(services, await officer_key(services, "sho-check")) as api:
        fir = (await api.get(f"/api/v1/fir/{number}")).json()
    assert fir["status"] == "finalized" and fir["place"] == "Plot 7, Johari Bazaar"


async def test_the_fir_page_lists_each_entry_of_its_history(services: Services) -> None:
    async with await client_for(services, await officer_key(services, "sho-api")) as api:
        number = await register_fir(api)
    async with signed_in(services, "sho1", "sho") as sho:
        page = (await sho.get(f"/firs/{number}")).text
        form = {
            "csrf_token": sho.cookies["afirgen_csrf"],
            "version": shown_version(page, "correct"),
            "place": "Plot 7, Johari Bazaar",
        }
        assert (await sho.post(f"/firs/{number}/correct", data=form)).status_code == 303
        page = (await sho.get(f"/firs/{number}")).text
    history = page.split('id="hist-h"', 1)[1].split("</section>", 1)[0]
    entries = re.findall(r"<li>(.*?)</li>", history, re.S)
    assert len(entries) == 2, history
    assert "(sho-api): registered" in entries[0]
    assert "(sho1): corrected: Place" in entries[1] and "Plot 7, Johari Bazaar" in entries[1]


async def test_the_history_reads_in_hindi_on_a_hindi_page(services: Services) -> None:
    async with await client_for(services, await officer_key(services, "sho-api")) as api:
        number = await register_fir(api)
    async with signed_in(services, "sho1", "sho") as sho:
        csrf = sho.cookies["afirgen_csrf"]
        await sho.post("/officer/language", data={"language": "hi", "csrf_token": csrf})
        page = (await sho.get(f"/firs/{number}")).text
    history = page.split('id="hist-h"', 1)[1].split("</section>", 1)[0]
    assert "(sho-api): दर्ज की गई" in history and "registered" not in history


async def test_opening_the_fir_page_is_one_audited_read(services: Services) -> None:
    async with await client_for(services, await officer_key(services, "sho-api")) as api:
        number = await register_fir(api)
    async with signed_in(services, "sho1", "sho") as sho:
        first = (await sho.get(f"/firs/{number}")).text
        second = (await sho.get(f"/firs/{number}")).text
    assert second.count("fir.viewed") - first.count("fir.viewed") == 1


async def test_the_fir_page_names_the_officer_who_finalized_it(services: Services) -> None:
    """Full name and rank, as the FIR was signed; the label in the officer's language."""
    async with await client_for(services, await officer_key(services, "sho-api")) as api:
        number = await register_fir(api)
    await officer_key(
        services,
        "sho-kotwali",
        "sho",
        full_name="Meena Kumari",
        rank="Inspector",
        password=PASSWORD,
    )
    async with console_client(services) as sho:
        await sign_in(sho, "sho-kotwali")
        csrf = sho.cookies["afirgen_csrf"]
        pending = (await sho.get(f"/firs/{number}")).text
        form = {"csrf_token": csrf, "version": shown_version(pending, "finalize")}
        assert (await sho.post(f"/firs/{number}/finalize", data=form)).status_code == 303
        page = (await sho.get(f"/firs/{number}")).text
        await sho.post("/officer/language", data={"language": "hi", "csrf_token": csrf})
        hindi = (await sho.get(f"/firs/{number}")).text

    assert "Finalized by" not in pending
    assert "<dt>Finalized by</dt><dd>Meena Kumari, Inspector</dd>" in page
    assert "<dt>अंतिम करने वाले अधिकारी</dt><dd>Meena Kumari, Inspector</dd>" in hindi
