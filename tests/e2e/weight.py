"""What a page weighs: its HTML and every asset it loaded, decoded, cached or not.

Playwright's ``request.sizes()`` reports bytes on the wire, and a negative body
size for a file the browser had cached, so a page after the first looked
lighter than it is. Here the page's own requests (from its last navigation on)
are fetched again with the page's cookies and their decoded bodies added up,
whether the browser took them from the network or its cache.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page


class PageWeight:
    """Notes the page's requests; ``total()`` once its load is done."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[Any] = []
        page.on("request", self._started)  # in the order asked: the document first

    def _started(self, request: Any) -> None:
        self.requests.append(request)

    def reset(self) -> None:
        self.requests.clear()

    def total(self) -> int:
        """HTML plus assets of the document now shown (a live event stream excluded)."""
        main = self.page.main_frame
        starts = [
            i
            for i, r in enumerate(self.requests)
            if r.is_navigation_request() and r.frame == main and r.method == "GET"
        ]
        used = self.requests[starts[-1] :] if starts else []
        urls = dict.fromkeys(r.url for r in used if r.resource_type != "eventsource")
        return sum(len(self.page.request.get(url).body()) for url in urls)
