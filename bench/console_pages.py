"""First render of every console page in Debian's Chromium, against a live server.

    python bench/console_pages.py [--mysql] [--repeats 5] [--language en|hi]

Starts the console as the browser tests do (uvicorn on loopback over SQLite, or
MariaDB + Redis with ``--mysql``; the e2e seed's officers), then walks an
officer's day in headless Chromium at 1366x768: sign-in, home, new complaint,
each review step of a typed complaint, the SHO queue, the register, the FIR
page, the dashboard, and the admin page. Each page is loaded ``--repeats``
times after a first visit; the browser's navigation timing gives
``responseEnd`` (the HTML has arrived), first contentful paint and the load
event, in ms from the start of navigation. A baseline, ``/health`` (a few bytes
of JSON, nothing to draw), is loaded the same way in the same run, so each
page's figure also reads as a ratio to what the browser and server cost with
nothing to render. The browser's very first page (its fonts read from disk) is
measured apart, in a context of its own, before the walk. Bytes are the page's
HTML plus every asset it uses, decoded (the 200 KB budget); the timed loads use
the browser cache as an officer's does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import Browser, Page, sync_playwright
from tests.e2e.conftest import CHROMIUM, LiveServer
from tests.e2e.flows import sign_in_as, use_language, walk_officer_pages
from tests.e2e.weight import PageWeight

from bench.common import machine

TIMING = """() => new Promise(resolve => {
  const started = performance.now();
  const read = () => {
    const nav = performance.getEntriesByType('navigation')[0];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const loaded = nav && nav.loadEventEnd > 0;
    if (!loaded || (!paint && performance.now() - started < 1500)) {
      setTimeout(read, 20);
      return;
    }
    resolve({response: nav.responseEnd, fcp: paint ? paint.startTime : null,
             load: nav.loadEventEnd});
  };
  read();
})"""


class Walk:
    """Measures pages as the officer reaches them; keeps one row per page."""

    def __init__(self, page: Page, repeats: int) -> None:
        self.page, self.repeats = page, repeats
        self.rows: dict[str, dict[str, list[float]]] = {}
        self.bytes: dict[str, int] = {}
        self.first: dict[str, dict[str, float | None]] = {}
        self.weight = PageWeight(page)

    def measure(self, name: str, url: str | None = None) -> None:
        target = url or self.page.url
        self.weight.reset()
        self.page.goto(target)
        self.page.wait_for_load_state("networkidle")
        self.first[name] = self.page.evaluate(TIMING)
        self.bytes[name] = self.weight.total()
        row: dict[str, list[float]] = {"response": [], "fcp": [], "load": []}
        for _ in range(self.repeats):
            self.page.goto(target)
            timing = self.page.evaluate(TIMING)
            for key in row:
                if timing[key] is not None:
                    row[key].append(float(timing[key]))
        self.rows[name] = row


def browser_start(browser: Browser, base: str) -> dict[str, float | None]:
    """The browser's first page with text, in a throwaway context (its cache goes with it).

    Chromium's first text layout after it starts reads its fonts (Noto Sans, Noto Sans
    Devanagari) from disk: up to a second on a busy machine, once per browser, whatever
    the page. Measured and reported apart, so the walk's figures are the pages' own."""
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(base + "/login")
    timing = dict(page.evaluate(TIMING))
    context.close()
    return timing


def officer_day(walk: Walk, base: str, language: str) -> None:
    """The browser tests' walk over the main pages, then the admin's page and the baseline."""
    page = walk.page
    walk_officer_pages(page, base, language, walk.measure)
    page.locator("form[action='/logout'] button").click()
    sign_in_as(page, base, "admin1")
    use_language(page, language)
    walk.measure("admin", base + "/admin")
    walk.measure("baseline: /health", base + "/health")


def report(walk: Walk, describe: Callable[[list[float]], float]) -> list[str]:
    base = walk.rows["baseline: /health"]
    base_load = describe(base["load"])
    lines = [
        "| page | first visit: FCP / load | HTML arrived (responseEnd) | first contentful "
        "paint | load event | load / baseline | max load | HTML + assets |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, row in walk.rows.items():
        fcp = f"{describe(row['fcp']):.0f} ms" if row["fcp"] else "-"
        first = walk.first[name]
        cold = f"{first['fcp'] or 0:.0f} / {first['load'] or 0:.0f} ms"
        lines.append(
            f"| {name} | {cold} | {describe(row['response']):.0f} ms | {fcp} "
            f"| {describe(row['load']):.0f} ms | {describe(row['load']) / base_load:.1f}x "
            f"| {max(row['load']):.0f} ms | {walk.bytes[name] / 1024:.1f} KB |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mysql", action="store_true", help="MariaDB + Redis, not SQLite")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--language", choices=("en", "hi"), default="en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="console-bench-") as folder:
        server = LiveServer("mysql" if args.mysql else "sqlite", Path(folder))
        server.start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox"]
                )
                cold = browser_start(browser, server.url)
                context = browser.new_context(viewport={"width": 1366, "height": 768})
                walk = Walk(context.new_page(), args.repeats)
                officer_day(walk, server.url, args.language)
                browser.close()
        finally:
            server.stop()
    print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f}")
    print(f"backend: {'MariaDB + Redis' if args.mysql else 'SQLite'}, language {args.language}")
    print(
        f"browser's first page (/login, fonts read from disk, in a throwaway context): "
        f"first contentful paint {cold['fcp'] or 0:.0f} ms, load {cold['load']:.0f} ms"
    )
    print(f"median of {args.repeats} loads after a first visit; bytes from the first visit\n")
    print("\n".join(report(walk, statistics.median)))


if __name__ == "__main__":
    main()
