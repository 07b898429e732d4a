"""Dates in console forms are typed and shown DD/MM/YYYY, whatever the browser's locale
(a browser draws ``<input type=date>`` in its own, MM/DD/YYYY on an en-US install)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from starlette.datastructures import FormData

from afirgen.bootstrap import Services
from afirgen.errors import BadInput
from afirgen.web.forms import field_inputs, fields_from_form
from afirgen.web.i18n import HINDI, parse_date
from tests.conftest import client_for
from tests.factories import officer_key, register_fir
from tests.web.clients import PASSWORD, console_client, sign_in, signed_in

FIELDS = {"occurrence": {"date_from": "2025-03-04", "time_from": "21:00:00"}}


def test_a_date_field_shows_and_reads_day_first() -> None:
    shown = {f.name: f.value for f in field_inputs(FIELDS)}
    assert shown["fields.occurrence.date_from"] == "04/03/2025"  # 4 March, not 3 April
    form = FormData({"fields.occurrence.date_from": "05/03/2025"})
    assert fields_from_form(form, FIELDS)["occurrence"]["date_from"] == "2025-03-05"
    with pytest.raises(BadInput) as refused:
        fields_from_form(FormData({"fields.occurrence.date_from": "03/31/2025"}), FIELDS)
    assert refused.value.message in HINDI  # said in the officer's language


def test_day_first_and_iso_dates_are_read() -> None:
    assert parse_date("4/3/2025") == date(2025, 3, 4)
    assert parse_date("2025-03-04") == date(2025, 3, 4)
    with pytest.raises(ValueError):
        parse_date("31/02/2025")


async def test_the_register_filters_by_day_first_dates(services: Services) -> None:
    async with signed_in(services, "sho1", "sho") as sho:
        page = await sho.get("/firs?created_from=01/03/2025&created_to=31/03/2025")
        assert page.status_code == 200
        assert 'value="31/03/2025"' in page.text and 'type="date"' not in page.text
        wrong = await sho.get("/firs?created_from=2025/31/03")
        assert wrong.status_code == 422
        assert "DD/MM/YYYY" in wrong.text


async def test_the_dashboard_reads_days_and_statuses_in_the_officers_words(
    services: Services,
) -> None:
    key = await officer_key(services, "sho1", "sho", password=PASSWORD)
    async with await client_for(services, key) as api:
        await register_fir(api)
    async with console_client(services) as desk:
        await sign_in(desk, "sho1", language="hi")
        page = (await desk.get("/dashboard")).text
    assert re.search(r">\d{2}/\d{2}/20\d{2}</text>", page)  # the day's bar, DD/MM/YYYY
    assert not re.search(r">20\d{2}-\d{2}-\d{2}</text>", page)
    assert f">{HINDI['pending']}</text>" in page and ">pending</text>" not in page


async def test_a_refused_date_says_how_to_write_it_and_leads_back(services: Services) -> None:
    async with signed_in(services, "sho1", "sho") as sho:
        refused = await sho.get(
            "/firs?created_from=31/02/2025", headers={"referer": "http://test/firs?q=chain"}
        )
        assert refused.status_code == 422
        assert "DD/MM/YYYY (for example 14/03/2025)" in refused.text
        assert 'href="/firs?q=chain"' in refused.text  # back where the officer was
