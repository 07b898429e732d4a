"""Every console page in a real browser: accessibility (axe-core), weight, language,
keyboard, sign-in messages, and the offline /docs page.

With ``AFIRGEN_SCREENSHOTS=DIR`` the page walk also saves a 1366x768 screenshot of
each main page in English and Hindi under DIR (see the README).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.e2e.conftest import LiveServer
from tests.e2e.flows import (
    HINGLISH_COMPLAINT,
    approve,
    sign_in,
    sign_in_as,
    start_draft,
    use_language,
    wait_for_step,
    walk_officer_pages,
)
from tests.e2e.seed import PASSWORD
from tests.e2e.weight import PageWeight

AXE = (Path(__file__).parent / "vendor" / "axe-4.10.3.min.js").read_text("utf-8")
PAGE_BUDGET = 200 * 1024
SCREENSHOTS = os.environ.get("AFIRGEN_SCREENSHOTS")
VENDORED_HTMX = "src/afirgen/web/static/vendor/htmx-2.0.11.min.js"


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical findings (evaluated through the debugger, not CSP)."""
    page.evaluate(AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['html'][:120]})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


class PageCheck:
    """Loads a page, weighing its HTML and every script and style it used."""

    def __init__(self, page: Page, language: str) -> None:
        self.page, self.language = page, language
        self.weight = PageWeight(page)
        self.problems: list[str] = []

    def check(self, name: str, url: str | None = None) -> None:
        self.weight.reset()
        self.page.goto(url or self.page.url)
        self.page.wait_for_load_state("networkidle")
        weight = self.weight.total()
        found = serious_violations(self.page)
        if found:
            self.problems.append(f"{name} [{self.language}]: {found}")
        if weight > PAGE_BUDGET:
            self.problems.append(f"{name} [{self.language}]: {weight} bytes")
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=f"{SCREENSHOTS}/{name}-{self.language}.png")


def choose_language(page: Page, base: str, language: str) -> None:
    page.goto(base + "/login")
    with page.expect_navigation():
        page.locator("#language").select_option(language)


def walk_every_page(server: LiveServer, new_page: Any, language: str) -> list[str]:
    page = new_page()
    choose_language(page, server.url, language)
    checks = PageCheck(page, language)
    walk_officer_pages(page, server.url, language, checks.check)
    checks.check("not-found", server.url + "/firs/FIR-2099-000001")
    return checks.problems


def test_every_page_passes_axe_and_weighs_under_200_kb_in_english(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    assert walk_every_page(sqlite_server, new_page, "en") == []


def test_every_page_passes_axe_and_weighs_under_200_kb_in_hindi(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    assert walk_every_page(sqlite_server, new_page, "hi") == []


def test_hindi_is_remembered_for_the_officer_on_another_browser(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    page = new_page()
    choose_language(page, sqlite_server.url, "hi")
    sign_in_as(page, sqlite_server.url, "duty3")
    page.goto(sqlite_server.url + "/complaints/new")
    expect(page.get_by_label("शिकायत", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="मसौदा शुरू करें")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "hi")
    elsewhere = new_page()  # another desk's browser, its sign-in page in English
    sign_in_as(elsewhere, sqlite_server.url, "duty3")
    expect(elsewhere.locator("html")).to_have_attribute("lang", "hi")
    use_language(elsewhere, "en")  # switched back there, English everywhere
    page.goto(sqlite_server.url + "/complaints/new")
    expect(page.get_by_label("Complaint", exact=True)).to_be_visible()


def test_wrong_credentials_say_so_without_saying_which(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    page = new_page()
    messages = []
    for username, password in (("duty1", "wrong-password"), ("nobody", PASSWORD)):
        page.goto(sqlite_server.url + "/login")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("Wrong username or password")
        messages.append(alert.inner_text())
    assert messages[0] == messages[1]
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)


def test_signed_out_pages_lead_to_sign_in_and_sign_out_ends_it(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    page = new_page()
    page.goto(sqlite_server.url + "/firs")
    assert page.url.endswith("/login")
    sign_in(page, sqlite_server.url, "duty1")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    page.goto(sqlite_server.url + "/firs")
    assert page.url.endswith("/login")


def test_keyboard_alone_signs_in_and_reaches_a_new_complaint(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    page = new_page()
    page.goto(sqlite_server.url + "/login")
    page.get_by_label("Username").focus()
    page.keyboard.type("duty1")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.get_by_role("link", name="New complaint").first.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Complaint")).to_be_visible()


def test_docs_draw_swagger_ui_offline(sqlite_server: LiveServer, new_page: Any) -> None:
    page = new_page()
    origins: set[str] = set()
    page.on("request", lambda r: origins.add(re.sub(r"^(\w+://[^/]+).*", r"\1", r.url)))
    page.goto(sqlite_server.url + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("AFIRGen")
    expect(page.locator(".opblock").first).to_be_visible()
    assert origins <= {sqlite_server.url}, origins


def test_phone_width_keeps_the_review_usable(sqlite_server: LiveServer, new_page: Any) -> None:
    page = new_page(viewport={"width": 390, "height": 844})
    sign_in(page, sqlite_server.url, "duty1")
    start_draft(page, sqlite_server.url, HINGLISH_COMPLAINT)
    wait_for_step(page, "Transcript")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    approve(page)
    wait_for_step(page, "Facts")


def test_the_scan_finds_an_unlabelled_control(sqlite_server: LiveServer, new_page: Any) -> None:
    """The accessibility check above can fail: a control without a label is caught."""
    page = new_page()
    page.goto(sqlite_server.url + "/login")
    page.evaluate("document.querySelector('main').append(document.createElement('select'))")
    assert any(v.startswith("select-name") for v in serious_violations(page))


def test_admin_page_passes_axe_in_both_languages(sqlite_server: LiveServer, new_page: Any) -> None:
    problems: list[str] = []
    for language in ("en", "hi"):
        page = new_page()
        choose_language(page, sqlite_server.url, language)
        sign_in_as(page, sqlite_server.url, "admin1")
        assert page.url.endswith("/admin")  # an admin's home is the administration
        use_language(page, language)
        checks = PageCheck(page, language)
        checks.check("admin")
        problems += checks.problems
    assert problems == []


def test_a_page_weighs_the_assets_it_took_from_the_cache(
    sqlite_server: LiveServer, new_page: Any
) -> None:
    """The 200 KB check above can fail: a second visit still weighs its scripts."""
    page = new_page()
    weight = PageWeight(page)
    page.goto(sqlite_server.url + "/login")
    page.wait_for_load_state("networkidle")
    first = weight.total()
    weight.reset()
    page.goto(sqlite_server.url + "/login")  # scripts and styles now from the cache
    page.wait_for_load_state("networkidle")
    htmx = len((Path(__file__).parents[2] / VENDORED_HTMX).read_bytes())
    assert weight.total() == first > htmx
