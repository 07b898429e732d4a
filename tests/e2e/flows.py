"""What an officer does in the console, as browser steps the tests share."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from tests.e2e.seed import PASSWORD

# Hinglish, typed at the desk, with one Devanagari word (मोहल्ला) to search by
HINGLISH_COMPLAINT = (
    "Sir, mera naam Ramesh Kumar hai, S/o Mohan Lal, umar 34 saal, R/o 12 Gandhi Nagar "
    "मोहल्ला, Jaipur. 14/03/2025 ko raat 9 baje do ladke bike par aaye aur meri sone ki chain "
    "chheen kar bhaag gaye, chain ki keemat Rs 60000 thi. Kripya FIR darj karein."
)


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def start_draft(page: Page, base: str, text: str) -> str:
    page.goto(base + "/")
    page.get_by_role("link", name="New complaint").first.click()
    page.get_by_label("Complaint").fill(text)
    page.get_by_role("button", name="Start draft").click()
    page.wait_for_url(re.compile(r"/complaints/[0-9a-f-]{36}$"))
    return page.url


def wait_for_step(page: Page, heading: str) -> None:
    """The progress stream reloads the page once the step awaits review."""
    expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible(timeout=60_000)


def approve(page: Page) -> None:
    page.get_by_role("button", name="Approve").click()


def review_every_step(page: Page, section_query: str) -> dict[str, Any]:
    """Edit a fact, add a section found in the KB, remove one, approve every step."""
    wait_for_step(page, "Transcript")
    expect(page.locator("span.num").first).to_be_visible()  # numbers marked
    approve(page)

    wait_for_step(page, "Facts")
    phone = page.get_by_label(re.compile(r"^Complainant phone"))
    expect(phone).to_have_attribute("aria-invalid", "true")  # missing, highlighted
    expect(page.get_by_role("link", name="Complainant phone")).to_be_visible()  # and listed
    phone.fill("9876543210")
    page.get_by_label("Place of occurrence").fill("Ajmeri Gate market, Jaipur")
    approve(page)

    wait_for_step(page, "Sections")
    proposed = page.locator("ul.sections input[name=section]:checked")
    removed = proposed.first.get_attribute("value") or ""
    proposed.first.uncheck()
    page.get_by_label("Words or a section number").fill(section_query)
    page.get_by_role("button", name="Find sections").click()
    hit = page.locator("#kb-hits input[name=section]").first
    expect(hit).to_be_visible()
    added = hit.get_attribute("value") or ""
    hit.check()
    approve(page)

    wait_for_step(page, "Narrative")
    approve(page)
    wait_for_step(page, "Final preview of the IF-1")
    return {"removed": removed, "added": added}


def sign_in_as(page: Page, base: str, username: str) -> None:
    """Sign in by the form's fields, whatever language the page is in."""
    page.goto(base + "/login")
    page.locator("#username").fill(username)
    page.locator("#password").fill(PASSWORD)
    page.locator("form[action='/login'] button[type=submit]").click()
    expect(page.locator("form[action='/logout']")).to_be_visible()


def use_language(page: Page, language: str) -> None:
    """Signed in: the switch sets the officer's own language (kept on their record)."""
    if page.locator("html").get_attribute("lang") != language:
        with page.expect_navigation():
            page.locator("#language").select_option(language)
    expect(page.locator("html")).to_have_attribute("lang", language)


def start_draft_any_language(page: Page, base: str) -> None:
    page.goto(base + "/complaints/new")
    page.locator("#complaint").fill(HINGLISH_COMPLAINT)
    page.locator("#complaint-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/complaints/[0-9a-f-]{36}$"))


Visit = Callable[[str, "str | None"], None]  # (page name, URL to open or None for this one)


def walk_officer_pages(page: Page, base: str, language: str, visit: Visit) -> None:
    """An SHO's day, each main page handed to ``visit`` once reached: sign-in, home,
    new complaint, every review step of a typed complaint, the FIR, the register,
    the queue and the dashboard."""
    visit("login", base + "/login")
    sign_in_as(page, base, "sho1")
    use_language(page, language)
    visit("home", base + "/")
    visit("new-complaint", base + "/complaints/new")
    start_draft_any_language(page, base)
    for step in ("transcript", "summary", "violations", "narrative", "final"):
        awaiting = page.locator(f"#step-form input[name=step][value={step}_review]")
        expect(awaiting).to_have_count(1, timeout=120_000)
        visit(f"review-{step}", None)
        if step == "summary":  # IF-1 needs the place of occurrence to register
            page.locator("input[name='fields.place']").fill("Ajmeri Gate market, Jaipur")
        page.locator("button[form=step-form]").click()
    page.locator("#fir-number").click()
    expect(page.locator("h1")).to_contain_text("FIR-")
    visit("fir", None)
    visit("register", base + "/firs")
    visit("queue", base + "/queue")
    visit("dashboard", base + "/dashboard")
