"""The console in a real browser (Debian's Chromium): the whole review, the register,
sign-in, language, the docs page and an accessibility scan of every page."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.e2e.conftest import LiveServer
from tests.e2e.flows import HINGLISH_COMPLAINT, review_every_step, sign_in, start_draft


def main_flow(server: LiveServer, new_page: Any, tmp_path: Any) -> None:
    base = server.url
    duty = new_page()
    sign_in(duty, base, "duty1")
    review_url = start_draft(duty, base, HINGLISH_COMPLAINT)
    changes = review_every_step(duty, "cheating")
    duty.get_by_role("button", name="Send to the SHO").click()
    expect(duty.get_by_text("Sent to the SHO.")).to_be_visible()
    expect(duty.get_by_role("button", name="Register FIR")).to_have_count(0)

    sho = new_page()
    sign_in(sho, base, "sho1")
    sho.goto(base + "/queue")
    sho.get_by_role("link", name=re.compile("Open")).first.click()
    assert sho.url == review_url
    expect(sho.get_by_text(changes["added"].split("|")[1], exact=False).first).to_be_visible()
    sho.get_by_role("button", name="Register FIR").click()
    number = sho.locator("#fir-number")
    expect(number).to_have_text(re.compile(r"^FIR-\d{4}-\d{6}$"))
    fir_number = number.inner_text()
    number.click()
    expect(sho.get_by_role("heading", level=1)).to_contain_text(fir_number)
    expect(sho.get_by_text("Not finalized yet")).to_be_visible()
    sho.get_by_role("button", name="Finalize").click()
    expect(sho.get_by_text("The signature matches the record.")).to_be_visible()
    with sho.expect_download(timeout=60_000) as download:
        sho.get_by_role("link", name="Download PDF").click()
    saved = tmp_path / "fir.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")

    sho.goto(base + "/firs")
    sho.get_by_label("Search").fill("मोहल्ला")
    sho.get_by_role("button", name="Filter").click()
    expect(sho.get_by_role("link", name=fir_number)).to_be_visible()

    other = new_page()
    sign_in(other, base, "duty2")
    other.goto(base + "/firs")
    expect(other.get_by_role("link", name=fir_number)).to_have_count(0)
    response = other.goto(f"{base}/firs/{fir_number}")
    assert response is not None and response.status == 404
    assert other.goto(review_url).status == 404  # type: ignore[union-attr]


def test_main_flow_on_sqlite(sqlite_server: LiveServer, new_page: Any, tmp_path: Any) -> None:
    main_flow(sqlite_server, new_page, tmp_path)


def test_main_flow_on_mariadb_and_redis(
    mysql_server: LiveServer, new_page: Any, tmp_path: Any
) -> None:
    main_flow(mysql_server, new_page, tmp_path)
