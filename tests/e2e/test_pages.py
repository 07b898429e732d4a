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
from tests.e2e.flows import HINGLISH_COMPLAINT, approve, sign_in, start_draft, wait_for_step
from tests.e2e.seed import PASSWORD

AXE = (Path(__file__).parent / "vendor" / "axe-4.10.3.min.js").read_text("utf-8")
PAGE_BUDGET = 200 * 1024
SCREENSHOTS = os.environ.get("AFIRGEN_SCREENSHOTS")


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
    """Loads a page, counting every byte it fetched (HTML, scripts, styles)."""

    def __init__(self, page: Page, language: str) -> None:
        self.page, self.language, self.bytes = page, language, 0
        self.problems: list[str] = []
        page.on("requestfinished", self._count)

    def _count(self, request: Any) -> None:
        self.bytes += request.sizes()["responseBodySize"]

    def check(self, name: str, url: str | None = None) -> None:
        self.bytes = 0
        if url is not None:
            self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        found = serious_violations(self.page)
        if found:
            self.problems.append(f"{name} [{self.language}]: {found}")
        if self.bytes > PAGE_BUDGET:
            self.problems.append(f"{name} [{self.language}]: {self.bytes} bytes")
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=f"{SCREENSHOTS}/{name}-{self.language}.png")


def choose_language(page: Page, base: str, language: str) -> None:
    page.goto(base + "/login")
    with page.expect_navigation():
        page.locator("#language").select_option(language)


def use_language(page: Page, language: str) -> None:
    """Signed in: the switch sets the officer's own language (kept on their record)."""
    if page.locator("html").get_attribute("lang") != language:
        with page.expect_navigation():
            page.locator("#language").select_option(language)
    expect(page.locator("html")).to_have_attribute("lang", language)


def walk_every_page(server: LiveServer, new_page: Any, language: str) -> list[str]:
    base = server.url
    page = new_page()
    choose_language(page, base, language)
    checks = PageCheck(page, language)
    checks.check("login", base + "/login")
    sign_in_as(page, base, "sho1", language)
    use_language(page, language)
    checks.check("home", base + "/")
    checks.check("new-complaint", base + "/complaints/new")
    start_draft_any_language(page, base)
    for step in ("transcript", "summary", "violations", "narrative", "final"):
        awaiting = page.locator(f"#step-form input[name=step][value={step}_review]")
        expect(awaiting).to_have_count(1, timeout=60_000)
        checks.check(f"review-{step}")
        if step == "summary":  # IF-1 needs the place of occurrence to register
            page.locator("input[name='fields.place']").fill("Ajmeri Gate market, Jaipur")
        page.locator("button[form=step-form]").click()
    page.locator("#fir-number").click()
    checks.check("fir")
    checks.check("register", base + "/firs")
    checks.check("queue", base + "/queue")
    checks.check("dashboard", base + "/dashboard")
    checks.check("not-found", base + "/firs/FIR-2099-000001")
    return checks.problems


def sign_in_as(page: Page, base: str, username: str, language: str) -> None:
    page.goto(base + "/login")
    page.locator("#username").fill(username)
    page.locator("#password").fill(PASSWORD)
    page.locator("form[action='/login'] button[type=submit]").click()
    expect(page.locator("form[action='/logout']")).to_be_visible()


def start_draft_any_language(page: Page, base: str) -> None:
    page.goto(base + "/complaints/new")
    page.locator("#complaint").fill(HINGLISH_COMPLAINT)
    page.locator("#complaint-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/complaints/[0-9a-f-]{36}$"))


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
    sign_in_as(page, sqlite_server.url, "duty3", "hi")
    page.goto(sqlite_server.url + "/complaints/new")
    expect(page.get_by_label("शिकायत", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="मसौदा शुरू करें")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "hi")
    elsewhere = new_page()  # another desk's browser, its sign-in page in English
    sign_in_as(elsewhere, sqlite_server.url, "duty3", "hi")
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
        sign_in_as(page, sqlite_server.url, "admin1", language)
        assert page.url.endswith("/admin")  # an admin's home is the administration
        use_language(page, language)
        checks = PageCheck(page, language)
        checks.check("admin")
        problems += checks.problems
    assert problems == []
